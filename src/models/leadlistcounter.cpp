#include "leadlistcounter.h"

#include "leadlistsql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>

namespace {
std::atomic<int> g_counterConnections{0};
}

LeadListCounter::LeadListCounter(const QString &databasePath)
    : m_path(databasePath)
{
}

LeadListCounter::~LeadListCounter()
{
    shutdown();
}

bool LeadListCounter::open(QString *error)
{
    if (!m_connectionName.isEmpty())
        return true;
    const QString name = QStringLiteral("crm-list-count-%1").arg(++g_counterConnections);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    m_connectionName = name;
    return true;
}

void LeadListCounter::count(quint64 generation, const LeadListQuery &query, qint64 employeeId)
{
    if (generation < m_latest.load())
        return;   // a newer request is queued behind this one
    QString error;
    if (!open(&error)) {
        Q_EMIT failed(generation, error);
        return;
    }
    const LeadListSql sql(query, employeeId);
    LeadListCounts counts;
    if (!sql.matchesNothing()) {
        const LeadListReader reader(QSqlDatabase::database(m_connectionName, false));
        if (!reader.counts(sql, &counts, &error)) {
            Q_EMIT failed(generation, error);
            return;
        }
    }
    Q_EMIT counted(generation, counts);
}

void LeadListCounter::shutdown()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}
