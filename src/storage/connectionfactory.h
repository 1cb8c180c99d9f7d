#pragma once

#include <QSqlDatabase>
#include <QString>

class DatabaseLocation;
class QSqlError;

// Turns a DatabaseLocation into a Qt SQL connection (QSQLITE or QPSQL), and a failure to connect
// into one line a person can act on.
class ConnectionFactory
{
public:
    // Adds, without opening, the connection `connectionName` to `location`. `password`
    // (PostgreSQL) stays in memory only; empty: libpq's own PGPASSWORD or ~/.pgpass.
    static QSqlDatabase add(const DatabaseLocation &location, const QString &connectionName,
                            const QString &password = QString());
    // The location's URI options as QSqlDatabase::setConnectOptions takes them (libpq quoting),
    // with CRM Agent's defaults for those the URI leaves out (connect_timeout, application_name).
    static QString connectOptions(const DatabaseLocation &location);
    // Why connecting to a PostgreSQL location failed: the server unreachable, the sign-in refused,
    // the database or the role missing, else the server's first line.
    static QString failure(const DatabaseLocation &location, const QSqlError &error);
    // Whether `error` says the server wants a (different) password: the caller may ask for one.
    static bool isPasswordRefusal(const QSqlError &error);

    // Why the connection `db` can no longer be used (the server closed it, the network dropped
    // it), as libpq last saw it: empty while it is usable, when it was never opened or was closed,
    // and always for SQLite. Costs no round trip: what a statement that just failed left behind.
    static QString lostReason(const QSqlDatabase &db);
    // The same after asking the server (one round trip, `SELECT 1`): whether an idle connection
    // is still there.
    static QString probe(QSqlDatabase &db);
};
