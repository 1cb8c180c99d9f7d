#pragma once

#include <QSqlDatabase>
#include <QString>

// The versioned schema: one cumulative ladder of forward migrations run in one transaction.
class Schema
{
public:
    static constexpr int CurrentVersion = 1;

    // Reads the stored version (PRAGMA user_version); 0 for an empty file.
    static int version(const QSqlDatabase &db);
    // Migrates from the stored version to CurrentVersion. Refuses (returns false, sets *error)
    // a version newer than CurrentVersion without touching the file.
    static bool migrate(QSqlDatabase &db, QString *error);
};
