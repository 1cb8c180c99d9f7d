#pragma once

#include "result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

class QSqlDatabase;

// Writes the lead_history rows of one action (see HistoryFields) through one prepared statement:
// every row names the same acting employee and time. LeadRepository and LeadService write through it.
class LeadHistoryWriter
{
public:
    // `databaseError`: the message for a failed write, %1 the database's own words.
    LeadHistoryWriter(const QSqlDatabase &db, qint64 actorId, const QString &at, const QString &databaseError);

    Result<void> add(qint64 leadId, const QString &field, const QString &oldValue, const QString &newValue);

private:
    QSqlQuery m_query;
    QVariant m_actor;
    QString m_at;
    QString m_databaseError;
    bool m_prepared = false;
};
