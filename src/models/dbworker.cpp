#include "dbworker.h"

#include "database.h"

#include <QSqlDatabase>

DbWorker::DbWorker(const QString &location, const QString &connectionName, const QString &password)
    : m_location(location)
    , m_connectionName(connectionName)
    , m_password(password)
{
}

DbWorker::~DbWorker() = default;

void DbWorker::execute(const Job &job)
{
    if (!m_database || !m_database->isOpen()) {
        m_database = std::make_unique<Database>();
        m_openError = m_database->open(m_location, m_connectionName, m_password).error();
    }
    QSqlDatabase db = m_database->connection();
    job(db, m_openError);
}

void DbWorker::shutdown()
{
    m_database.reset();   // Database closes and removes its connection name
    m_openError.clear();
}
