#pragma once

#include "employee.h"
#include "result.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class DbWorker;
class LeadChangeListener;
class SessionDamage;
class QThread;
class QTimer;

// The one door between the window and the data (Bitcoin Core's interfaces::Node, qBittorrent's
// base/): it owns the database connections, the signed-in employee and the worker threads that
// every service runs its SQL on. Widgets receive the session, or one service built on it, and
// never a database handle; nothing they ask for waits on the database on the UI thread.
//
// Work runs in lanes, each a thread with its own connection (by name, opened on first use), so
// that a slow job in one lane never holds up another: saves and actions queue behind each other
// on Write, while list pages keep coming on List. The result of a job is handed back on the
// thread of the `context` object it was posted with (the UI thread), and dropped when that
// object was destroyed meanwhile.
//
// A connection lost mid-session (the server restarted, the network dropped) is noticed by the
// lane whose job found it: connectionLost() is emitted once for the outage, every lane is asked
// to check its own connection and to open a new one (again every few seconds while that fails),
// and connectionRestored() follows once all of them are back. The job that found the loss runs
// once more on the new connection on the read lanes (Read, List, Count); on Write and Background
// it is never run again and answers a failure (DbWorker::lostWriteMessage()): what was typed stays
// where it was typed, to be saved again.
//
// A damaged SQLite file met by any job (SQLITE_CORRUPT, SQLITE_NOTADB: DatabaseDamage) is said once
// (databaseDamaged(), with what to do: restore the last backup, run `crm-agent check`); that job and
// every later one on Write and Background answer the same message, and nothing more is written to
// the file (DbWorker). Reads go on.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class Lane {
        Write,        // saves, life-cycle actions, administration, sign-in, opening (migrating)
        Read,         // look-ups, duplicate checks, loading a lead, its history and opportunities
        List,         // the lead list's pages
        Count,        // counts of a view, the ids of a whole view
        Background,   // long reads: export
    };
    static constexpr int LaneCount = 5;

    // `databaseLocation`: where every lane connects, an SQLite file path or a PostgreSQL URI
    // (Database::open). `password` (PostgreSQL, may be empty) is kept in memory only.
    explicit Session(const QString &databaseLocation, QObject *parent = nullptr);
    Session(const QString &databaseLocation, const QString &password, QObject *parent = nullptr);
    // Waits for the jobs already posted to finish, then closes every connection.
    ~Session() override;

    QString databaseLocation() const { return m_location; }
    // The same, under its older name.
    QString databasePath() const { return m_location; }

    // The schema version of the session's database: every connection migrates it to the version
    // this build writes before the session uses it.
    static int schemaVersion();

    // The signed-in employee: who acts, and who is recorded in the history.
    const Employee &employee() const { return m_employee; }
    void setEmployee(const Employee &employee);

    // After open() failed: whether the PostgreSQL server refused the sign-in for want of a (right)
    // password, so that the caller may ask for one.
    bool passwordRefused() const;

    // Between connectionLost() and connectionRestored().
    bool isConnectionLost() const { return m_outage; }

    // After databaseDamaged(): its message; empty while the database is sound.
    QString damageMessage() const { return m_damageMessage; }

    // Opens the database on the Write lane (creating and migrating it as needed) and calls `done`
    // with the outcome on `context`'s thread; the other lanes connect on first use.
    void open(QObject *context, std::function<void(Result<void>)> done);

    // Runs `job(db)` on `lane`'s thread with that lane's connection, then `done(result)` on the
    // thread `context` lives in, unless `context` was destroyed first. `job` returns a value (often
    // a Result<T>); when the lane's connection cannot be opened, `done` gets `onOpenFailure(reason)`.
    template<typename Job, typename Done, typename OnOpenFailure>
    void run(Lane lane, QObject *context, Job job, Done done, OnOpenFailure onOpenFailure);

    // The same for jobs that return a Result<T>: an unusable connection becomes a Failure.
    template<typename Job, typename Done>
    void run(Lane lane, QObject *context, Job job, Done done)
    {
        using R = std::invoke_result_t<Job &, QSqlDatabase &>;
        run(lane, context, std::move(job), std::move(done), [](const QString &reason) { return R(Failure{reason}); });
    }

    // PostgreSQL: what tells of everyone's changes to the leads once the database is open
    // (leadsChanged()); nullptr on SQLite, where one person works alone and each window refreshes
    // what it wrote itself.
    LeadChangeListener *leadChanges() const { return m_leadChanges; }

Q_SIGNALS:
    // The connection to the database was lost (`reason`: the server's or libpq's words); the
    // session is reconnecting by itself. Once per outage, however many lanes noticed it.
    void connectionLost(const QString &reason);
    // Every lane is connected again after connectionLost().
    void connectionRestored();
    // Someone (this session, another person, a command) changed leads in a shared PostgreSQL
    // database: open lists read again what they show. At most one per LeadChangeListener::DelayMs.
    void leadsChanged();
    // A job found the database damaged: `message` says so and what to do. Once per session.
    void databaseDamaged(const QString &message);

private:
    // Queues `attempt` on the lane's thread (DbWorker::execute, which may run it more than once),
    // then `finished`.
    void post(Lane lane, std::function<void(QSqlDatabase &db, const QString &failure)> attempt,
              std::function<void()> finished = {});
    // Queues `call` on the session's own thread (the UI thread).
    void deliver(std::function<void()> call);
    void laneLost(int lane, const QString &reason);
    void laneRestored(int lane);
    // Asks every lane without a probe under way to check (and reopen) its connection.
    void probeLanes();
    // Ends the outage once every lane is back and no probe is under way.
    void checkRestored();

    QString m_location;
    Employee m_employee;
    std::array<QThread *, LaneCount> m_threads{};
    std::array<DbWorker *, LaneCount> m_workers{};
    std::array<bool, LaneCount> m_lostLanes{};
    std::array<bool, LaneCount> m_probing{};
    bool m_outage = false;
    QTimer *m_retryTimer = nullptr;
    LeadChangeListener *m_leadChanges = nullptr;
    std::shared_ptr<SessionDamage> m_damage;
    QString m_damageMessage;
};

template<typename Job, typename Done, typename OnOpenFailure>
void Session::run(Lane lane, QObject *context, Job job, Done done, OnOpenFailure onOpenFailure)
{
    using R = std::invoke_result_t<Job &, QSqlDatabase &>;
    static_assert(!std::is_void_v<R>, "a job returns what its caller is told");
    QPointer<QObject> guard(context);
    auto result = std::make_shared<std::optional<R>>();
    post(lane,
         [result, job = std::move(job), onOpenFailure = std::move(onOpenFailure)](QSqlDatabase &db,
                                                                                 const QString &failure) mutable {
             if (failure.isEmpty())
                 result->emplace(job(db));
             else
                 result->emplace(onOpenFailure(failure));
         },
         [this, guard, done = std::move(done), result]() mutable {
             deliver([guard, done = std::move(done), result]() mutable {
                 if (guard)
                     done(std::move(**result));
             });
         });
}
