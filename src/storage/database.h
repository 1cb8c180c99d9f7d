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
    // Whether open() may create a database: an SQLite file that does not exist yet (and, on
    // PostgreSQL, the schema in an empty database). Only the interactive application, when asked
    // to open a file, and `crm-agent demo` create one; every other command refuses a missing file.
    enum class Creation { Allowed, Refused };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the database at `location` under the connection name `connectionName` (unique per
    // thread): an SQLite file path (the file is created, with permissions 0600, when `creation`
    // allows it), or a PostgreSQL URI `postgresql://user@host:port/dbname?sslmode=...` (an empty
    // database gets the schema). Before anything is written, the database is recognised as CRM
    // Agent's (SQLite: its application id, or for a file from before the id, its version and
    // tables; PostgreSQL: crm_agent_schema and the tables): anything else is refused untouched, as
    // is a file that is locked by another program, damaged, or in a folder that is not writable,
    // each with its own message. Every migration first writes a backup beside an SQLite file
    // (NAME.before-vN.sqlite, see DatabaseBackup).
    // `password` (PostgreSQL) is used for this connection only and never stored; when empty,
    // libpq reads PGPASSWORD or ~/.pgpass. On failure also sets errorString() to the one-line reason.
    Result<void> open(const QString &location, const QString &connectionName = QStringLiteral("crm-main"),
                      const QString &password = QString(), Creation creation = Creation::Allowed);
    // open() as a bool, for the callers written before it (any location works).
    bool openSqlite(const QString &path, const QString &connectionName = QStringLiteral("crm-main"));
    void close();
    // After damage was found (DatabaseDamage): this connection writes nothing more to the file,
    // neither a statement (SQLite's query_only) nor the checkpoint SQLite makes when the last
    // connection closes. Reading goes on. Nothing on PostgreSQL.
    void stopWriting();

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
    Result<void> openConnection(const DatabaseLocation &location, const QString &password, Creation creation);
    // Recognises the database as CRM Agent's, reading only; answers whether it still needs the mark.
    static Result<bool> recognise(QSqlDatabase &db, const DatabaseLocation &location, Creation creation);

    QString m_path;
    QString m_connectionName;
    QString m_error;
    bool m_passwordRefused = false;
};
