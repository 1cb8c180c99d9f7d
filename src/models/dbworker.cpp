#include "dbworker.h"

#include "database.h"

#include <QSqlDatabase>

DbWorker::DbWorker(const QString &databasePath, const QString &connectionName)
    : m_path(databasePath)
    , m_connectionName(connectionName)
{
}

DbWorker::~DbWorker() = default;

void DbWorker::execute(const Job &job)
{
    if (!m_database || !m_database->isOpen()) {
        m_database = std::make_unique<Database>();
        m_openError = m_database->openSqlite(m_path, m_connectionName) ? QString() : m_database->errorString();
    }
    QSqlDatabase db = m_database->connection();
    job(db, m_openError);
}

void DbWorker::shutdown()
{
    m_database.reset();   // Database closes and removes its connection name
    m_openError.clear();
}
