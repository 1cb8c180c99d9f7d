#include "session.h"

#include "dbworker.h"
#include "leadchangelistener.h"
#include "schema.h"
#include "sessiondamage.h"
#include "sqldialect.h"

#include <QThread>
#include <QTimer>

#include <atomic>

namespace {
std::atomic<int> g_sessions{0};

const char *laneName(int lane)
{
    static const char *const names[Session::LaneCount] = {"write", "read", "list", "count", "background"};
    return names[lane];
}

// How often a lane whose connection is still lost tries to open a new one.
constexpr int RetryIntervalMs = 3000;
} // namespace

Session::Session(const QString &databaseLocation, QObject *parent)
    : Session(databaseLocation, QString(), parent)
{
}

Session::Session(const QString &databaseLocation, const QString &password, QObject *parent)
    : QObject(parent)
    , m_location(databaseLocation)
    , m_damage(std::make_shared<SessionDamage>())
{
    const int number = ++g_sessions;
    for (int lane = 0; lane < LaneCount; ++lane) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("crm-%1").arg(QLatin1String(laneName(lane))));
        // Reads run again on a new connection when theirs was lost; writes and exports never do.
        const auto kind = static_cast<Lane>(lane);
        const bool reads = kind == Lane::Read || kind == Lane::List || kind == Lane::Count;
        auto *worker = new DbWorker(m_location, QStringLiteral("crm-session%1-%2").arg(number).arg(QLatin1String(laneName(lane))),
                                    password, reads ? DbWorker::Retry::Once : DbWorker::Retry::Never, m_damage);
        worker->moveToThread(thread);
        connect(worker, &DbWorker::connectionLost, this,
                [this, lane](const QString &reason) { laneLost(lane, reason); });
        connect(worker, &DbWorker::connectionRestored, this, [this, lane] { laneRestored(lane); });
        connect(worker, &DbWorker::databaseDamaged, this, [this](const QString &message) {
            if (!m_damageMessage.isEmpty())
                return;
            m_damageMessage = message;
            Q_EMIT databaseDamaged(message);
        });
        thread->start();
        m_threads[lane] = thread;
        m_workers[lane] = worker;
    }
    m_retryTimer = new QTimer(this);
    m_retryTimer->setInterval(RetryIntervalMs);
    connect(m_retryTimer, &QTimer::timeout, this, &Session::probeLanes);
    if (SqlDialect::forLocation(m_location).isPostgreSql()) {
        m_leadChanges = new LeadChangeListener(m_location, password,
                                               QStringLiteral("crm-session%1-lead-changes").arg(number), this);
        connect(m_leadChanges, &LeadChangeListener::leadsChanged, this, &Session::leadsChanged);
    }
}

Session::~Session()
{
    m_retryTimer->stop();
    delete m_leadChanges;   // before the lanes: it stops its own thread
    m_leadChanges = nullptr;
    for (int lane = 0; lane < LaneCount; ++lane) {
        // Behind every job already queued on the lane: those finish first (their answers are dropped).
        QMetaObject::invokeMethod(m_workers[lane], &DbWorker::shutdown, Qt::BlockingQueuedConnection);
        m_threads[lane]->quit();
        m_threads[lane]->wait();
        delete m_workers[lane];
        delete m_threads[lane];
    }
}

int Session::schemaVersion()
{
    return Schema::CurrentVersion;
}

void Session::setEmployee(const Employee &employee)
{
    m_employee = employee;
}

bool Session::passwordRefused() const
{
    return m_workers[static_cast<int>(Lane::Write)]->passwordRefused();
}

void Session::open(QObject *context, std::function<void(Result<void>)> done)
{
    run(Lane::Write, context, [](QSqlDatabase &) { return Result<void>(); },
        [this, done = std::move(done)](Result<void> opened) {
            // Once the file is open and migrated, the lanes the window asks at once connect in parallel,
            // so that the first page, look-up or count does not also wait for its lane's connection.
            // Not Background: the export it runs opens its own read-only handle.
            if (opened) {
                for (Lane lane : {Lane::Read, Lane::List, Lane::Count})
                    post(lane, [](QSqlDatabase &, const QString &) {});
                if (m_leadChanges)
                    m_leadChanges->start();   // once the schema is there to notify
            }
            done(std::move(opened));
        });
}

void Session::post(Lane lane, std::function<void(QSqlDatabase &db, const QString &failure)> attempt,
                   std::function<void()> finished)
{
    DbWorker *worker = m_workers[static_cast<int>(lane)];
    QMetaObject::invokeMethod(
        worker,
        [worker, attempt = std::move(attempt), finished = std::move(finished)] {
            worker->execute(attempt);
            if (finished)
                finished();
        },
        Qt::QueuedConnection);
}

void Session::laneLost(int lane, const QString &reason)
{
    m_lostLanes[lane] = true;
    if (m_outage)
        return;
    m_outage = true;
    Q_EMIT connectionLost(reason);
    // The other lanes' connections most likely went the same way: each checks its own now, so
    // that the outage ends once for all of them rather than once per lane as each next job finds it.
    probeLanes();
    m_retryTimer->start();
}

void Session::laneRestored(int lane)
{
    m_lostLanes[lane] = false;
    checkRestored();
}

void Session::probeLanes()
{
    for (int lane = 0; lane < LaneCount; ++lane) {
        if (m_probing[lane])
            continue;
        m_probing[lane] = true;
        DbWorker *worker = m_workers[lane];
        QMetaObject::invokeMethod(
            worker,
            [this, worker, lane] {
                worker->probe();
                deliver([this, lane] {
                    m_probing[lane] = false;
                    checkRestored();
                });
            },
            Qt::QueuedConnection);
    }
}

void Session::checkRestored()
{
    if (!m_outage)
        return;
    for (int lane = 0; lane < LaneCount; ++lane) {
        if (m_lostLanes[lane] || m_probing[lane])
            return;
    }
    m_outage = false;
    m_retryTimer->stop();
    Q_EMIT connectionRestored();
}

void Session::deliver(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}
