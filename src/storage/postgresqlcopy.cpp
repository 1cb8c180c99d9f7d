#include "postgresqlcopy.h"

#include "postgresqlstatement.h"

#include <libpq-fe.h>

#include <charconv>

PostgreSqlCopy::PostgreSqlCopy(pg_conn *db, const char *insertSql) : m_db(db)
{
    // "INSERT INTO t (a, b) VALUES (?, ?)" -> "t (a, b)" and two values per row.
    const QByteArray sql(insertSql);
    const qsizetype into = sql.indexOf("INTO ");
    const qsizetype values = sql.indexOf(" VALUES");
    if (into < 0 || values < into) {
        m_error = QStringLiteral("not an INSERT: %1").arg(QString::fromUtf8(sql));
        return;
    }
    m_target = sql.mid(into + 5, values - into - 5).trimmed();
    const qsizetype count = sql.mid(values).count('?');
    m_values.resize(size_t(count));
    m_null.assign(size_t(count), true);
}

void PostgreSqlCopy::bindInt(int index, qint64 value)
{
    if (index < 1 || size_t(index) > m_values.size())
        return;
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_values[size_t(index - 1)].assign(digits, end);
    m_null[size_t(index - 1)] = false;
}

void PostgreSqlCopy::bindIdOrNull(int index, qint64 id)
{
    if (id > 0)
        bindInt(index, id);
    else
        bindNull(index);
}

void PostgreSqlCopy::bindText(int index, std::string_view text)
{
    if (index < 1 || size_t(index) > m_values.size())
        return;
    // COPY's text format: backslash, tab, newline and carriage return escaped.
    std::string &out = m_values[size_t(index - 1)];
    out.clear();
    for (const char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
    m_null[size_t(index - 1)] = false;
}

void PostgreSqlCopy::bindNull(int index)
{
    if (index >= 1 && size_t(index) <= m_values.size())
        m_null[size_t(index - 1)] = true;
}

bool PostgreSqlCopy::execute()
{
    for (size_t i = 0; i < m_values.size(); ++i) {
        if (i)
            m_buffer += '\t';
        if (m_null[i])
            m_buffer += "\\N";
        else
            m_buffer += m_values[i];
        m_null[i] = true;
    }
    m_buffer += '\n';
    return true;
}

bool PostgreSqlCopy::flush()
{
    if (m_buffer.empty())
        return !failed();
    if (!isValid())
        return false;
    const QByteArray copy = "COPY " + m_target + " FROM STDIN";
    PGresult *result = PQexec(m_db, copy.constData());
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    if (!started)
        m_error = PostgreSqlStatement::messageOf(m_db, result);
    PQclear(result);
    if (!started)
        return false;
    bool sent = PQputCopyData(m_db, m_buffer.data(), int(m_buffer.size())) == 1;
    sent = PQputCopyEnd(m_db, sent ? nullptr : "could not send the rows") == 1 && sent;
    // The COPY's own result, then the end of the command.
    bool ok = sent;
    while (PGresult *end = PQgetResult(m_db)) {
        if (PQresultStatus(end) != PGRES_COMMAND_OK) {
            if (ok || m_error.isEmpty())
                m_error = PostgreSqlStatement::messageOf(m_db, end);
            ok = false;
        }
        PQclear(end);
    }
    if (!sent && m_error.isEmpty())
        m_error = PostgreSqlStatement::messageOf(m_db, nullptr);
    m_buffer.clear();
    return ok;
}
