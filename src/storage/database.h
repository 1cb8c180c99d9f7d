#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

class DatabaseLocation;

// One open database connection: an SQLite file (the default) or a PostgreSQL database named by a
// URI (DatabaseLocation). Opening migrates the schema forward; a newer schema, a file or database
// that is not CRM Agent's, or an unusable path is refused and left untouched.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the database at `location` under the connection name `connectionName` (unique per
    // thread): an SQLite file path (the file is created if needed), or a PostgreSQL URI
    // `postgresql://user@host:port/dbname?sslmode=...` (an empty database gets the schema).
    // `password` (PostgreSQL) is used for this connection only and never stored; when empty,
    // libpq reads PGPASSWORD or ~/.pgpass. On failure also sets errorString() to the one-line reason.
    Result<void> open(const QString &location, const QString &connectionName = QStringLiteral("crm-main"),
                      const QString &password = QString());
    // open() as a bool, for the callers written before it (any location works).
    bool openSqlite(const QString &path, const QString &connectionName = QStringLiteral("crm-main"));
    void close();

    bool isOpen() const;
    QSqlDatabase connection() const;
    // The location as given to open(): the SQLite path, or the PostgreSQL URI.
    QString path() const { return m_path; }
    QString location() const { return m_path; }
    bool isPostgreSql() const;
    QString connectionName() const { return m_connectionName; }
    QString errorString() const { return m_error; }
    // Whether the last open() failed because the PostgreSQL server wants a (different) password:
    // the caller may ask the person for one and open again with it.
    bool passwordRefused() const { return m_passwordRefused; }
    int schemaVersion() const;

    // The default file: <AppDataLocation>/crm-agent.sqlite
    static QString defaultPath();

    // A test seam: `hook` runs before every SQL statement of every connection opened afterwards,
    // on the thread that runs the statement. Tests use it to make each statement as slow as a
    // network round trip and to prove that none runs on the UI thread. nullptr removes it.
    // SQLite connections only (it rides on sqlite3_trace_v2).
    using StatementHook = void (*)();
    static void setStatementHook(StatementHook hook);

private:
    Result<void> openConnection(const DatabaseLocation &location, const QString &password);
    static Result<void> checkVersion(QSqlDatabase &db, const DatabaseLocation &location);

    QString m_path;
    QString m_connectionName;
    QString m_error;
    bool m_passwordRefused = false;
};
