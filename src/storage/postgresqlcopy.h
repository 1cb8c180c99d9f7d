#pragma once

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

struct pg_conn;

// A bulk writer of one table's rows on the raw PGconn: rows are bound as for an INSERT (the same
// SQL text SQLite prepares, "INSERT INTO t (a, b) VALUES (?, ?)"), gathered in COPY's text format
// in memory and sent by flush() as one `COPY t (a, b) FROM STDIN` — PostgreSQL's fastest way in,
// with every value still data, never SQL. A writer that holds rows is flushed before anything
// reads the table.
class PostgreSqlCopy
{
public:
    PostgreSqlCopy(pg_conn *db, const char *insertSql);
    PostgreSqlCopy(const PostgreSqlCopy &) = delete;
    PostgreSqlCopy &operator=(const PostgreSqlCopy &) = delete;

    bool isValid() const { return m_db != nullptr && !m_target.isEmpty(); }
    // Parameters count from 1, as in the INSERT.
    void bindInt(int index, qint64 value);
    void bindIdOrNull(int index, qint64 id);   // 0 -> NULL
    void bindText(int index, std::string_view text);
    void bindNull(int index);
    // Ends the row (appends it to the buffer); always true.
    bool execute();
    // Sends the buffered rows; false with errorString() set on failure.
    bool flush();
    qsizetype bufferedBytes() const { return qsizetype(m_buffer.size()); }
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    pg_conn *m_db = nullptr;
    QByteArray m_target;                 // "t (a, b)"
    std::vector<std::string> m_values;   // the row being bound, escaped
    std::vector<bool> m_null;
    std::string m_buffer;
    QString m_error;
};
