#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlError;

// Where a database lives: an SQLite file path, or a PostgreSQL server named by a libpq URI
// (`postgresql://user@host:port/dbname?sslmode=require`, or `postgres://...`). Parsing never
// touches the file or the network. A password is never part of a location: libpq reads it from
// PGPASSWORD or ~/.pgpass, or the caller passes one in memory to addConnection().
class DatabaseLocation
{
public:
    enum class Engine { Sqlite, PostgreSql };

    // Parses `location`; a URI that names a password, or is not a valid URI, is refused.
    static Result<DatabaseLocation> parse(const QString &location);
    // Whether `location` is written as a PostgreSQL URI (starts with postgresql:// or postgres://).
    static bool isPostgreSqlUri(const QString &location);

    Engine engine() const { return m_engine; }
    bool isPostgreSql() const { return m_engine == Engine::PostgreSql; }
    // The location as given (the SQLite path, or the URI).
    QString location() const { return m_location; }
    // PostgreSQL only: the parts of the URI (empty, or -1 for the port, when libpq's default applies).
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_databaseName; }
    // PostgreSQL only: the libpq options of the query string, as QSqlDatabase::setConnectOptions takes them.
    QString connectOptions() const { return m_connectOptions; }
    // How messages name it: the native file path, or "dbname on host:port".
    QString displayName() const;

    // Adds, without opening, the connection `connectionName` to this location (QSQLITE or QPSQL).
    // `password` (PostgreSQL) stays in memory only; empty: libpq's own PGPASSWORD or ~/.pgpass.
    QSqlDatabase addConnection(const QString &connectionName, const QString &password = QString()) const;

    // A one-line reason why connecting to this PostgreSQL location failed: the server unreachable,
    // the sign-in refused, the database or the role missing, else the server's first line.
    QString connectionFailure(const QSqlError &error) const;

private:
    Engine m_engine = Engine::Sqlite;
    QString m_location;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_databaseName;
    QString m_connectOptions;
};
