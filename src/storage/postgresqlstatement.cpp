#include "postgresqlstatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <charconv>

namespace {

// `sql` with its `?` placeholders (outside quotes) numbered $1, $2, ...; `count` gets how many.
QByteArray numbered(const char *sql, int *count)
{
    QByteArray out;
    *count = 0;
    char quote = 0;
    for (const char *p = sql; *p; ++p) {
        if (quote) {
            if (*p == quote)
                quote = 0;
        } else if (*p == '\'' || *p == '"') {
            quote = *p;
        } else if (*p == '?') {
            out += '$' + QByteArray::number(++*count);
            continue;
        }
        out += *p;
    }
    return out;
}

} // namespace

PostgreSqlStatement::PostgreSqlStatement(pg_conn *db, const char *sql) : m_db(db)
{
    if (!db) {
        m_error = QStringLiteral("no PostgreSQL connection");
        return;
    }
    int count = 0;
    m_sql = numbered(sql, &count);
    m_values.resize(size_t(count));
    m_null.assign(size_t(count), true);
}

PostgreSqlStatement::~PostgreSqlStatement()
{
    if (m_result)
        PQclear(m_result);
}

void PostgreSqlStatement::bindRaw(int index, std::string_view text, bool null)
{
    if (index < 1 || size_t(index) > m_values.size())
        return;
    m_values[size_t(index - 1)].assign(text);
    m_null[size_t(index - 1)] = null;
}

void PostgreSqlStatement::bindInt(int index, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    bindRaw(index, std::string_view(digits, size_t(end - digits)), false);
}

void PostgreSqlStatement::bindIdOrNull(int index, qint64 id)
{
    if (id > 0)
        bindInt(index, id);
    else
        bindNull(index);
}

void PostgreSqlStatement::bindText(int index, std::string_view text)
{
    bindRaw(index, text, false);
}

void PostgreSqlStatement::bindNull(int index)
{
    bindRaw(index, {}, true);
}

bool PostgreSqlStatement::bindValues(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.isNull())
            bindNull(i + 1);
        else if (value.typeId() == QMetaType::Bool)
            bindInt(i + 1, value.toBool() ? 1 : 0);
        else
            bindText(i + 1, value.toString().toStdString());
    }
    return true;
}

bool PostgreSqlStatement::run()
{
    reset();
    if (!m_db)
        return false;
    std::vector<const char *> values(m_values.size());
    for (size_t i = 0; i < m_values.size(); ++i)
        values[i] = m_null[i] ? nullptr : m_values[i].c_str();
    m_result = PQexecParams(m_db, m_sql.constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        m_error = messageOf(m_db, m_result);
        PQclear(m_result);
        m_result = nullptr;
        return false;
    }
    m_error.clear();
    return true;
}

bool PostgreSqlStatement::execute()
{
    const bool ran = run();
    reset();
    return ran;
}

bool PostgreSqlStatement::next()
{
    if (!m_result && (m_row >= 0 || !run()))
        return false;
    if (m_row + 1 >= PQntuples(m_result))
        return false;
    ++m_row;
    return true;
}

int PostgreSqlStatement::rowCount() const
{
    return m_result ? PQntuples(m_result) : 0;
}

qint64 PostgreSqlStatement::intAt(int row, int column) const
{
    const std::string_view text = viewAt(row, column);
    qint64 value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

QByteArray PostgreSqlStatement::columnText(int column) const
{
    const std::string_view text = columnView(column);
    return QByteArray(text.data(), qsizetype(text.size()));
}

std::string_view PostgreSqlStatement::viewAt(int row, int column) const
{
    if (!m_result || row < 0 || PQgetisnull(m_result, row, column))
        return {};
    return std::string_view(PQgetvalue(m_result, row, column), size_t(PQgetlength(m_result, row, column)));
}

void PostgreSqlStatement::reset()
{
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
}

pg_conn *PostgreSqlStatement::handleOf(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // QPSQL's QVariant names the type by libpq's struct: "pg_conn*" (PGconn* in older Qt).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.constData());
}

Result<void> PostgreSqlStatement::exec(pg_conn *db, const char *sql)
{
    PGresult *result = PQexec(db, sql);
    const ExecStatusType status = PQresultStatus(result);
    Result<void> answer;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        answer = Failure{messageOf(db, result)};
    PQclear(result);
    return answer;
}

Result<qint64> PostgreSqlStatement::queryValue(pg_conn *db, const char *sql)
{
    PostgreSqlStatement statement(db, sql);
    if (statement.next())
        return statement.columnInt(0);
    if (statement.failed())
        return Failure{statement.errorString()};
    return Failure{QStringLiteral("no row")};
}

qint64 PostgreSqlStatement::queryInt(pg_conn *db, const char *sql, qint64 fallback)
{
    const Result<qint64> value = queryValue(db, sql);
    return value ? *value : fallback;
}

QString PostgreSqlStatement::messageOf(pg_conn *db, const pg_result *result)
{
    const char *message = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    if (!message || !*message)
        message = PQerrorMessage(db);
    return QString::fromUtf8(message).trimmed().section(u'\n', 0, 0);
}
