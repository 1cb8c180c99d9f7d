#pragma once

#include "result.h"

#include <QList>
#include <QPair>
#include <QString>

// Where the leads live: an SQLite file (the default, one person) or a PostgreSQL database that a
// team shares, written as a libpq URI: postgresql://user@host:port/dbname?sslmode=require.
// A password is never part of a location's text: toString() leaves it out, so a location can be
// shown, remembered among recent connections or logged; the password travels beside it, in memory.
class DatabaseLocation
{
public:
    enum class Engine { Sqlite, Postgres };

    DatabaseLocation() = default;
    static DatabaseLocation sqliteFile(const QString &path);
    static DatabaseLocation postgres(const QString &host, int port, const QString &databaseName,
                                     const QString &userName, const QString &sslMode = QString());

    // Reads what a user typed after --db or in the Connect dialog. A text starting with
    // postgresql:// or postgres:// is a server; anything else is a file path. A password inside
    // the URI is refused: it would end up in shell history and recent connections.
    static Result<DatabaseLocation> parse(const QString &text);
    // True when `text` names a PostgreSQL server (postgresql:// or postgres://).
    static bool isPostgresUri(const QString &text);

    bool isValid() const { return !m_path.isEmpty() || !m_databaseName.isEmpty(); }
    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }

    // SQLite: the file.
    QString path() const { return m_path; }
    // PostgreSQL: empty host means libpq's default (the local socket); 0 port means 5432.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    QString userName() const { return m_userName; }
    // The URI's query parameters (sslmode, connect_timeout, application_name, ...) in their order.
    QList<QPair<QString, QString>> options() const { return m_options; }
    QString option(const QString &key) const;

    // The text that parse() reads back: the path, or the URI without any password.
    QString toString() const;
    // Short, for a window title: "leads.sqlite" or "crm on db.example.com".
    QString displayName() const;
    // Whole, for a message: the native file path, or "the PostgreSQL database crm on db:5433".
    QString description() const;

    // The sslmode values libpq knows.
    static QStringList sslModes();

    friend bool operator==(const DatabaseLocation &a, const DatabaseLocation &b)
    {
        return a.toString() == b.toString();
    }

private:
    Engine m_engine = Engine::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 0;
    QString m_databaseName;
    QString m_userName;
    QList<QPair<QString, QString>> m_options;
};
