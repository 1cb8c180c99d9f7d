#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class Database;
class QSqlDatabase;
class SessionDamage;

// One worker of a Session: lives on a thread of its own and runs the jobs posted to it, one
// after another, on that thread's own connection to the database (opened on first use under a
// connection name unique to the worker, closed by shutdown() on the same thread).
//
// A connection that the server or the network dropped while a job ran (ConnectionFactory::lostReason)
// is closed and reported (connectionLost); the next job or probe() opens a new one
// (connectionRestored). The job that found the loss runs once more on the new connection when the
// worker retries reads (Retry::Once); a write (Retry::Never) is never run again, since whether it
// reached the database is unknown: it is told that it failed.
//
// A damaged SQLite file met by any statement of a job (DatabaseDamage: SQLITE_CORRUPT or
// SQLITE_NOTADB) is recorded in the SessionDamage the session's workers share and reported once
// (databaseDamaged). From then on every worker's connection writes nothing more to the file
// (Database::stopWriting), the job that met it answers that message (it runs once more, without a
// connection), and a worker that writes (Retry::Never) answers each later job with it instead of
// running it; readers go on reading what can be read.
class DbWorker : public QObject
{
    Q_OBJECT

public:
    // A job runs with the connection and an empty `failure`, or with an invalid connection and why
    // there is none (it could not be opened, or it was lost while this job ran). A job may run
    // more than once for one execute(); the last run is its answer.
    using Job = std::function<void(QSqlDatabase &db, const QString &failure)>;
    enum class Retry { Never, Once };

    // `location`: an SQLite path or a PostgreSQL URI; `password` (may be empty) stays in memory.
    // `damage` (may be null) is shared by the workers of one session.
    DbWorker(const QString &location, const QString &connectionName, const QString &password = QString(),
             Retry retry = Retry::Never, std::shared_ptr<SessionDamage> damage = nullptr);
    ~DbWorker() override;

    // Runs on the worker's thread: opens the connection if needed, then runs `job` with it
    // (an invalid connection and the reason when it cannot be opened).
    void execute(const Job &job);
    // Runs on the worker's thread: asks the server whether the open connection is still there
    // (one round trip), and opens a new one when it was lost. Nothing when never opened.
    void probe();
    // Runs on the worker's thread: closes the connection and removes its name.
    void shutdown();

    // Whether the last attempt to open the connection was refused for want of a (right) password.
    // Read from any thread, once the job that opened has answered.
    bool passwordRefused() const { return m_passwordRefused.load(); }

    // What a write whose connection was lost while it ran is told.
    static QString lostWriteMessage();

Q_SIGNALS:
    // Emitted on the worker's thread: the connection was lost (`reason`, the server's or libpq's
    // words), then opened again. Once each per outage of this worker's connection.
    void connectionLost(const QString &reason);
    void connectionRestored();
    // Emitted on the worker's thread, by the first worker of the session that found the database
    // damaged: `message` says so and what to do (DatabaseDamage::message).
    void databaseDamaged(const QString &message);

private:
    // Opens the connection unless it is open; false (m_openError says why) when it cannot be.
    bool ensureOpen();
    // Closes the lost connection and reports it (once per outage).
    void lose(const QString &reason);
    // The session's damage message (empty while sound); once there is one, this worker's
    // connection stops writing.
    QString damageMessage();
    // After a job: records and reports damage that its statements met; the session's damage
    // message then (empty while sound).
    QString checkDamage();

    QString m_location;
    QString m_connectionName;
    QString m_password;
    Retry m_retry;
    std::shared_ptr<SessionDamage> m_damage;
    bool m_stoppedWriting = false;
    std::unique_ptr<Database> m_database;
    QString m_openError;
    bool m_lost = false;
    std::atomic<bool> m_passwordRefused{false};
};
