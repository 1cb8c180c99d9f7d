#include "session.h"

#include "dbworker.h"

#include <QThread>

#include <atomic>

namespace {
std::atomic<int> g_sessions{0};

const char *laneName(int lane)
{
    static const char *const names[Session::LaneCount] = {"write", "read", "list", "count", "background"};
    return names[lane];
}
} // namespace

Session::Session(const QString &databaseLocation, QObject *parent)
    : Session(databaseLocation, QString(), parent)
{
}

Session::Session(const QString &databaseLocation, const QString &password, QObject *parent)
    : QObject(parent)
    , m_location(databaseLocation)
{
    const int number = ++g_sessions;
    for (int lane = 0; lane < LaneCount; ++lane) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("crm-%1").arg(QLatin1String(laneName(lane))));
        auto *worker = new DbWorker(m_location, QStringLiteral("crm-session%1-%2").arg(number).arg(QLatin1String(laneName(lane))),
                                    password);
        worker->moveToThread(thread);
        thread->start();
        m_threads[lane] = thread;
        m_workers[lane] = worker;
    }
}

Session::~Session()
{
    for (int lane = 0; lane < LaneCount; ++lane) {
        // Behind every job already queued on the lane: those finish first (their answers are dropped).
        QMetaObject::invokeMethod(m_workers[lane], &DbWorker::shutdown, Qt::BlockingQueuedConnection);
        m_threads[lane]->quit();
        m_threads[lane]->wait();
        delete m_workers[lane];
        delete m_threads[lane];
    }
}

void Session::setEmployee(const Employee &employee)
{
    m_employee = employee;
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
            }
            done(std::move(opened));
        });
}

void Session::post(Lane lane, std::function<void(QSqlDatabase &db, const QString &openError)> job)
{
    DbWorker *worker = m_workers[static_cast<int>(lane)];
    QMetaObject::invokeMethod(worker, [worker, job = std::move(job)] { worker->execute(job); }, Qt::QueuedConnection);
}

void Session::deliver(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}
