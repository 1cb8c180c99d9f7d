#pragma once

#include <QSqlDatabase>
#include <QString>

// Makes `leads` demo leads in the open database `db` (at `path`, named in the progress line) with
// TestDemo, saying how long it took; false, with the reason on standard error, when it could not.
bool makeDemoLeads(QSqlDatabase db, const QString &path, qint64 leads);
