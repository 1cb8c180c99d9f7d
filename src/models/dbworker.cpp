#include "dbworker.h"

#include "connectionfactory.h"
#include "database.h"
#include "databasedamage.h"
#include "sessiondamage.h"

#include <QSqlDatabase>

DbWorker::DbWorker(const QString &location, const QString &connectionName, const QString &password, Retry retry,
                   std::shared_ptr<SessionDamage> damage)
    : m_location(location)
    , m_connectionName(connectionName)
    , m_password(password)
    , m_retry(retry)
    , m_damage(std::move(damage))
{
}

DbWorker::~DbWorker() = default;

QString DbWorker::lostWriteMessage()
{
    return tr("The connection to the database was lost; your changes are still in the form, save again.");
}

bool DbWorker::ensureOpen()
{
    if (m_database && m_database->isOpen())
        return true;
    m_database = std::make_unique<Database>();
    m_stoppedWriting = false;
    const Result<void> opened = m_database->open(m_location, m_connectionName, m_password);
    m_passwordRefused.store(m_database->passwordRefused());
    if (!opened) {
        m_openError = opened.error();
        return false;
    }
    m_openError.clear();
    if (m_lost) {
        m_lost = false;
        Q_EMIT connectionRestored();
    }
    return true;
}

void DbWorker::lose(const QString &reason)
{
    m_database.reset();   // closes the dead connection; the next job opens a new one
    if (!m_lost) {
        m_lost = true;
        Q_EMIT connectionLost(reason);
    }
}

QString DbWorker::damageMessage()
{
    const QString message = m_damage ? m_damage->message() : QString();
    if (!message.isEmpty() && !m_stoppedWriting && m_database && m_database->isOpen()) {
        m_database->stopWriting();
        m_stoppedWriting = true;
    }
    return message;
}

QString DbWorker::checkDamage()
{
    const QString detail = DatabaseDamage::seenOnThread();
    if (detail.isEmpty() || !m_damage)
        return QString();
    const QString message = DatabaseDamage::messageFor(m_location, detail);
    if (m_damage->record(message))
        Q_EMIT databaseDamaged(message);
    return damageMessage();   // this connection stops writing now
}

void DbWorker::execute(const Job &job)
{
    QSqlDatabase none;
    if (const QString damaged = damageMessage(); !damaged.isEmpty() && m_retry == Retry::Never) {
        job(none, damaged);
        return;
    }
    const int attempts = m_retry == Retry::Once ? 2 : 1;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (!ensureOpen()) {
            job(none, m_openError);
            return;
        }
        damageMessage();   // a connection opened after the damage was found stops writing too
        QSqlDatabase db = m_database->connection();
        DatabaseDamage::watchThread();
        job(db, QString());
        if (const QString damaged = checkDamage(); !damaged.isEmpty()) {
            // The job answers what is wrong and what to do, not the statement's bare words.
            job(none, damaged);
            return;
        }
        const QString lost = ConnectionFactory::lostReason(db);
        if (lost.isEmpty())
            return;
        db = QSqlDatabase();   // no handle left on the connection that lose() removes
        lose(lost);
        if (attempt == attempts) {
            job(none, m_retry == Retry::Never ? lostWriteMessage()
                                              : tr("The connection to the database was lost: %1").arg(lost));
        }
    }
}

void DbWorker::probe()
{
    if (m_database) {   // not isOpen(): a connection libpq knows is lost says it is not open
        QSqlDatabase db = m_database->connection();
        const QString lost = ConnectionFactory::probe(db);
        db = QSqlDatabase();
        if (!lost.isEmpty())
            lose(lost);
    }
    if (m_lost)   // lost now, or before and not yet opened again
        ensureOpen();
}

void DbWorker::shutdown()
{
    damageMessage();      // no checkpoint into a damaged file when the connection closes
    m_database.reset();   // Database closes and removes its connection name
    m_openError.clear();
}
