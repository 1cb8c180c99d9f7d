#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class Database;
class QSqlDatabase;

// One worker of a Session: lives on a thread of its own and runs the jobs posted to it, one
// after another, on that thread's own connection to the database (opened on first use under a
// connection name unique to the worker, closed by shutdown() on the same thread).
class DbWorker : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<void(QSqlDatabase &db, const QString &openError)>;

    // `location`: an SQLite path or a PostgreSQL URI; `password` (may be empty) stays in memory.
    DbWorker(const QString &location, const QString &connectionName, const QString &password = QString());
    ~DbWorker() override;

    // Runs on the worker's thread: opens the connection if needed, then runs `job` with it
    // (an invalid connection and the reason when it cannot be opened).
    void execute(const Job &job);
    // Runs on the worker's thread: closes the connection and removes its name.
    void shutdown();

private:
    QString m_location;
    QString m_connectionName;
    QString m_password;
    std::unique_ptr<Database> m_database;
    QString m_openError;
};
