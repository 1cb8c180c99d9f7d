#include "leadhistorywriter.h"

#include "sqlvalues.h"

#include <QSqlDatabase>
#include <QSqlError>

LeadHistoryWriter::LeadHistoryWriter(const QSqlDatabase &db, qint64 actorId, const QString &at,
                                     const QString &databaseError)
    : m_query(db), m_actor(SqlValues::idOrNull(actorId)), m_at(at), m_databaseError(databaseError)
{
    m_prepared = m_query.prepare(QStringLiteral("INSERT INTO lead_history (lead_id, employee_id, changed_at, field, "
                                                "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)"));
}

Result<void> LeadHistoryWriter::add(qint64 leadId, const QString &field, const QString &oldValue,
                                    const QString &newValue)
{
    if (m_prepared) {
        m_query.bindValue(0, leadId);
        m_query.bindValue(1, m_actor);
        m_query.bindValue(2, m_at);
        m_query.bindValue(3, field);
        m_query.bindValue(4, SqlValues::notNull(oldValue));
        m_query.bindValue(5, SqlValues::notNull(newValue));
        if (m_query.exec())
            return {};
    }
    return Failure{m_databaseError.arg(m_query.lastError().text())};
}
