#pragma once

#include <QSqlDatabase>
#include <QString>

// One open database connection (SQLite by default). Opening migrates the schema forward;
// a newer schema, a file that is not a database, or an unusable path is refused and left untouched.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the SQLite file at `path` under the connection name `connectionName`
    // (unique per thread). On failure returns false and sets errorString() to a one-line reason.
    bool openSqlite(const QString &path, const QString &connectionName = QStringLiteral("crm-main"));
    void close();

    bool isOpen() const;
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;

    // The default file: <AppDataLocation>/crm-agent.sqlite
    static QString defaultPath();

    // A test seam: `hook` runs before every SQL statement of every connection opened afterwards,
    // on the thread that runs the statement. Tests use it to make each statement as slow as a
    // network round trip and to prove that none runs on the UI thread. nullptr removes it.
    using StatementHook = void (*)();
    static void setStatementHook(StatementHook hook);

private:
    QString m_path;
    QString m_connectionName;
    QString m_error;
};
