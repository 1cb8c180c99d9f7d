#pragma once

#include "result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

// The one raw-SQLite wrapper of the storage: a prepared statement on the raw SQLite handle behind a
// QSQLITE connection, for bulk loads and streaming reads (the demo generator, the CSV export) where
// QSqlQuery's per-value QVariant handling is the bottleneck. Values are always bound.
// Text bound with bindText must stay valid until step() returns. A statement that failed to
// prepare is not valid: errorString() says why, and execute()/next() fail.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Parameters count from 1, as in SQLite.
    void bindInt(int index, qint64 value);
    void bindIdOrNull(int index, qint64 id);   // 0 -> NULL
    void bindText(int index, std::string_view text);
    void bindNull(int index);
    // Binds values from parameter 1 on (integers, doubles, blobs, text; a null QVariant as NULL).
    // False with errorString() set on failure.
    bool bindValues(const QVariantList &values);
    // Runs an INSERT/UPDATE, then resets for the next row. False on error (see errorString()).
    bool execute();
    // For SELECT: true while a row is available; false at the end or on an error (see failed()).
    bool next();
    // The last prepare, bind, execute or next failed (errorString() says why).
    bool failed() const { return !m_error.isEmpty(); }
    qint64 columnInt(int column) const;
    QByteArray columnText(int column) const;
    // The column's UTF-8 bytes without a copy: valid until the next step or reset.
    std::string_view columnView(int column) const;
    void reset();
    QString errorString() const;

    // The sqlite3* of a QSQLITE connection, or nullptr for any other driver.
    static sqlite3 *handleOf(const QSqlDatabase &db);
    // Runs SQL without results; the database's words on failure.
    static Result<void> exec(sqlite3 *db, const char *sql);
    static Result<void> exec(sqlite3 *db, const QByteArray &sql) { return exec(db, sql.constData()); }
    // The first column of the first row as an integer (counts, MAX(id)); the database's words on failure.
    static Result<qint64> queryValue(sqlite3 *db, const char *sql);
    // The same with `fallback` on failure, for settings read on a best-effort basis (PRAGMA values).
    static qint64 queryInt(sqlite3 *db, const char *sql, qint64 fallback = 0);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};
