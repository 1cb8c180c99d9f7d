#pragma once

#include "result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

// The raw-libpq counterpart of SqliteStatement: one statement on the PGconn behind a QPSQL
// connection, for bulk loads and streaming reads (the demo generator, the CSV export) where
// QSqlQuery's per-value QVariant handling is the bottleneck. The SQL is written with `?`
// placeholders as for SQLite (they become $1, $2, ...); values are always bound, as text.
// next() runs the statement once and walks its rows; a statement reading many rows belongs in a
// cursor (DECLARE ... CURSOR, then FETCH) so that memory stays bounded.
class PostgreSqlStatement
{
public:
    PostgreSqlStatement(pg_conn *db, const char *sql);
    ~PostgreSqlStatement();
    PostgreSqlStatement(const PostgreSqlStatement &) = delete;
    PostgreSqlStatement &operator=(const PostgreSqlStatement &) = delete;

    bool isValid() const { return m_db != nullptr; }
    // Parameters count from 1, as in SQLite.
    void bindInt(int index, qint64 value);
    void bindIdOrNull(int index, qint64 id);   // 0 -> NULL
    void bindText(int index, std::string_view text);
    void bindNull(int index);
    // Binds values from parameter 1 on (a null QVariant as NULL, anything else as its text).
    bool bindValues(const QVariantList &values);
    // Runs a statement without rows, then resets for the next. False on error (see errorString()).
    bool execute();
    // Runs the statement on the first call; true while a row is available, false at the end or on
    // an error (see failed()).
    bool next();
    // Runs the statement and keeps its whole result (rowCount(), intAt(), viewAt()): for a
    // bounded read such as one FETCH from a cursor. False on error.
    bool query() { return run(); }
    bool failed() const { return !m_error.isEmpty(); }
    int rowCount() const;
    // The current row's column (after next()), or the column of row `row` of the result.
    qint64 columnInt(int column) const { return intAt(m_row, column); }
    QByteArray columnText(int column) const;
    std::string_view columnView(int column) const { return viewAt(m_row, column); }
    qint64 intAt(int row, int column) const;
    std::string_view viewAt(int row, int column) const;
    // Drops the result: the next next() runs the statement again.
    void reset();
    QString errorString() const { return m_error; }

    // The PGconn* of a QPSQL connection, or nullptr for any other driver.
    static pg_conn *handleOf(const QSqlDatabase &db);
    // Runs SQL without parameters or results; the database's words on failure.
    static Result<void> exec(pg_conn *db, const char *sql);
    static Result<void> exec(pg_conn *db, const QByteArray &sql) { return exec(db, sql.constData()); }
    // The first column of the first row as an integer; the database's words on failure.
    static Result<qint64> queryValue(pg_conn *db, const char *sql);
    static qint64 queryInt(pg_conn *db, const char *sql, qint64 fallback = 0);
    // The server's message of a failed result (its first line), or the connection's.
    static QString messageOf(pg_conn *db, const pg_result *result);

private:
    bool run();
    void bindRaw(int index, std::string_view text, bool null);

    pg_conn *m_db = nullptr;
    QByteArray m_sql;
    std::vector<std::string> m_values;
    std::vector<bool> m_null;
    pg_result *m_result = nullptr;
    int m_row = -1;
    QString m_error;
};
