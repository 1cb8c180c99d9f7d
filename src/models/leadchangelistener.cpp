#include "leadchangelistener.h"

#include "connectionfactory.h"
#include "database.h"
#include "leadchangechannel.h"

#include <QSqlDriver>
#include <QThread>
#include <QTimer>

LeadChangeListener::LeadChangeListener(const QString &location, const QString &password,
                                       const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_password(password)
    , m_connectionName(connectionName)
    , m_delay(new QTimer(this))
    , m_thread(new QThread)
    , m_threadContext(new QObject)
    , m_checkTimer(new QTimer(m_threadContext))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(DelayMs);
    connect(m_delay, &QTimer::timeout, this, &LeadChangeListener::leadsChanged);
    m_thread->setObjectName(QStringLiteral("crm-lead-changes"));
    m_threadContext->moveToThread(m_thread);
    connect(m_checkTimer, &QTimer::timeout, m_threadContext, [this] { check(); });
}

LeadChangeListener::~LeadChangeListener()
{
    if (m_thread->isRunning()) {
        QMetaObject::invokeMethod(
            m_threadContext,
            [this] {
                m_checkTimer->stop();
                m_database.reset();   // closes and removes the connection on its own thread
            },
            Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    delete m_threadContext;   // and the check timer with it
    delete m_thread;
}

void LeadChangeListener::setCheckInterval(int ms)
{
    m_checkIntervalMs = ms;
}

void LeadChangeListener::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread->start();
    QMetaObject::invokeMethod(
        m_threadContext,
        [this, interval = m_checkIntervalMs] {
            m_checkTimer->start(interval);
            connectAndListen();
        },
        Qt::QueuedConnection);
}

void LeadChangeListener::connectAndListen()
{
    auto database = std::make_unique<Database>();
    Result<void> listened = database->open(m_location, m_connectionName, m_password);
    if (listened) {
        QSqlDatabase db = database->connection();
        listened = LeadChangeChannel::subscribe(db);
        if (listened) {
            connect(db.driver(), &QSqlDriver::notification, m_threadContext, [this] {
                QMetaObject::invokeMethod(this, &LeadChangeListener::onNotified, Qt::QueuedConnection);
            });
        }
    }
    if (!listened) {
        QMetaObject::invokeMethod(this, [this, reason = listened.error()] { onFailed(reason); }, Qt::QueuedConnection);
        return;   // the check timer tries again
    }
    m_database = std::move(database);
    const bool again = m_everListened;
    m_everListened = true;
    QMetaObject::invokeMethod(this, [this, again] { onListening(again); }, Qt::QueuedConnection);
}

void LeadChangeListener::check()
{
    if (m_database) {
        const QString lost = [this] {
            QSqlDatabase db = m_database->connection();
            return ConnectionFactory::probe(db);
        }();
        if (lost.isEmpty())
            return;
        m_database.reset();
        QMetaObject::invokeMethod(this, [this, lost] { onFailed(lost); }, Qt::QueuedConnection);
    }
    connectAndListen();
}

void LeadChangeListener::onNotified()
{
    if (!m_delay->isActive())
        m_delay->start();
}

void LeadChangeListener::onListening(bool again)
{
    m_listening = true;
    m_lastError.clear();
    Q_EMIT listening();
    if (again)
        onNotified();   // changes made while the connection was lost were not heard
}

void LeadChangeListener::onFailed(const QString &reason)
{
    m_listening = false;
    m_lastError = reason;
    Q_EMIT listeningFailed(reason);
}
