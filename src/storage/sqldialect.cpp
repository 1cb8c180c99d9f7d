#include "sqldialect.h"

#include "databaselocation.h"
#include "leadlistquery.h"
#include "searchkey.h"
#include "sqlcheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlDriver>
#include <QVariant>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlDialect)
};

Result<void> exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Failure{Tr::tr("Could not set up the database (%1): %2").arg(sql, SqlCheck::message(query))};
    return {};
}

// The first column of the first row of `sql`.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Failure{SqlCheck::message(query)};
    if (!query.next())
        return QVariant();
    return query.value(0);
}

} // namespace

SqlDialect SqlDialect::of(const QSqlDatabase &db)
{
    return SqlDialect(db.driverName() == QLatin1String("QPSQL"));
}

SqlDialect SqlDialect::forLocation(const QString &location)
{
    return SqlDialect(DatabaseLocation::isPostgresUri(location));
}

SqlDialect SqlDialect::sqlite()
{
    return SqlDialect(false);
}

SqlDialect SqlDialect::postgreSql()
{
    return SqlDialect(true);
}

Result<void> SqlDialect::prepareConnection(QSqlDatabase &db) const
{
    if (m_postgreSql) {
        // Like SQLite's busy timeout: a row locked by another writer is waited for, up to a point.
        return exec(db, QStringLiteral("SET lock_timeout = '5s'"));
    }
    if (Result<void> done = exec(db, QStringLiteral("PRAGMA busy_timeout = 5000")); !done)
        return done;
    return exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
}

Result<void> SqlDialect::configureConnection(QSqlDatabase &db) const
{
    if (m_postgreSql)
        return {};
    // WAL: readers never block the writer; synchronous=FULL: a commit is on disk when it returns
    // (NORMAL would keep the file consistent but could lose the last commit on power loss).
    const Result<QVariant> mode = scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return Failure{Tr::tr("Could not set up the database (PRAGMA journal_mode = WAL): %1").arg(mode.error())};
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Failure{Tr::tr("Could not switch to write-ahead logging (journal mode is %1).").arg(mode->toString())};
    return exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
}

Result<int> SqlDialect::schemaVersion(const QSqlDatabase &db) const
{
    if (!m_postgreSql) {
        const Result<QVariant> version = scalar(db, QStringLiteral("PRAGMA user_version"));
        if (!version || version->isNull())
            return Failure{version ? Tr::tr("no schema version") : version.error()};
        return version->toInt();
    }
    const Result<QVariant> exists = scalar(db, QStringLiteral("SELECT to_regclass('crm_agent_schema') IS NOT NULL"));
    if (!exists)
        return Failure{exists.error()};
    if (!exists->toBool())
        return 0;
    const Result<QVariant> version = scalar(db, QStringLiteral("SELECT version FROM crm_agent_schema"));
    if (!version || version->isNull())
        return Failure{version ? Tr::tr("crm_agent_schema holds no version") : version.error()};
    return version->toInt();
}

Result<void> SqlDialect::setSchemaVersion(QSqlDatabase &db, int version) const
{
    QSqlQuery query(db);
    if (!m_postgreSql) {
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return Failure{SqlCheck::message(query)};
        return setOwnMark(db);
    }
    // One row at most: the key can only be TRUE. (QPSQL prepares on the server, where DDL cannot be
    // prepared: it runs as it is.)
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS crm_agent_schema ("
                                   "single BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (single), version INTEGER NOT NULL)")))
        return Failure{SqlCheck::message(query)};
    return SqlCheck::run(query,
                         QStringLiteral("INSERT INTO crm_agent_schema (single, version) VALUES (TRUE, ?) "
                                        "ON CONFLICT (single) DO UPDATE SET version = excluded.version"),
                         {version});
}

Result<bool> SqlDialect::hasOwnMark(const QSqlDatabase &db) const
{
    const Result<QVariant> mark
        = scalar(db, m_postgreSql ? QStringLiteral("SELECT to_regclass('crm_agent_schema') IS NOT NULL")
                                  : QStringLiteral("PRAGMA application_id"));
    if (!mark)
        return Failure{mark.error()};
    return m_postgreSql ? mark->toBool() : mark->toLongLong() == ApplicationId;
}

Result<qint64> SqlDialect::foreignApplicationId(const QSqlDatabase &db) const
{
    if (m_postgreSql)
        return 0;
    const Result<QVariant> id = scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!id)
        return Failure{id.error()};
    const qint64 value = id->toLongLong();
    return value == ApplicationId ? 0 : value;
}

Result<void> SqlDialect::setOwnMark(QSqlDatabase &db) const
{
    if (m_postgreSql)
        return {};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
        return Failure{SqlCheck::message(query)};
    return {};
}

Result<QStringList> SqlDialect::tableNames(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql = m_postgreSql ? QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c "
                                                      "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                                      "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')")
                                     : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'");
    if (!query.exec(sql))
        return Failure{SqlCheck::message(query)};
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<bool> SqlDialect::hasTables(const QSqlDatabase &db) const
{
    const QString sql = m_postgreSql
                            ? QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_class c "
                                             "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                             "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')")
                            : QStringLiteral("SELECT COUNT(*) FROM sqlite_master");
    const Result<QVariant> count = scalar(db, sql);
    if (!count)
        return Failure{count.error()};
    return count->toLongLong() > 0;
}

QString SqlDialect::idColumn() const
{
    return m_postgreSql ? QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                        : QStringLiteral("id INTEGER PRIMARY KEY");
}

QString SqlDialect::textType() const
{
    return m_postgreSql ? QStringLiteral("TEXT COLLATE \"C\"") : QStringLiteral("TEXT");
}

QString SqlDialect::referenceType() const
{
    return m_postgreSql ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
}

QString SqlDialect::caseInsensitive(const QString &expression) const
{
    return m_postgreSql ? QStringLiteral("lower(%1)").arg(expression) : expression + QStringLiteral(" COLLATE NOCASE");
}

QString SqlDialect::equalsIgnoringCase(const QString &expression) const
{
    return m_postgreSql ? QStringLiteral("lower(%1) = lower(?)").arg(expression)
                        : expression + QStringLiteral(" = ? COLLATE NOCASE");
}

QString SqlDialect::likeIgnoringCase(const QString &expression) const
{
    return expression + (m_postgreSql ? QStringLiteral(" ILIKE ? ESCAPE '\\'") : QStringLiteral(" LIKE ? ESCAPE '\\'"));
}

namespace {

// A lexeme of a tsquery, quoted (tokens hold letters, digits and marks only; quote all the same).
QString tsLexeme(const QString &token)
{
    QString quoted = token;
    quoted.replace(u'\\', QLatin1String("\\\\"));
    quoted.replace(u'\'', QLatin1String("''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

QString SqlDialect::leadSearchValue(const QString &typed) const
{
    if (!m_postgreSql)
        return LeadListQuery::ftsMatchExpression(typed);
    QStringList words;
    for (const QStringList &tokens : LeadListQuery::searchWords(typed)) {
        QStringList lexemes;
        for (const QString &token : tokens)
            lexemes.append(tsLexeme(SearchKey::fold(token)));
        // The runs of one word in a row, the last one a prefix: FTS5's "run1 run2"*.
        words.append(lexemes.join(QLatin1String(" <-> ")) + QLatin1String(":*"));
    }
    return words.join(QLatin1String(" & "));
}

QString SqlDialect::leadSearchCondition() const
{
    return QStringLiteral("l.search_vector @@ ?::tsquery");
}

QString SqlDialect::indexHint(const QString &name) const
{
    return m_postgreSql ? QString() : QStringLiteral(" INDEXED BY ") + name;
}

QString SqlDialect::weekStart(const QString &timestamp) const
{
    if (m_postgreSql)
        return QStringLiteral("to_char(date_trunc('week', CAST(%1 AS timestamp)), 'YYYY-MM-DD')").arg(timestamp);
    // 'weekday 0' moves forward to the next Sunday (or stays on one), six days back is its Monday.
    return QStringLiteral("date(%1, 'weekday 0', '-6 days')").arg(timestamp);
}

QString SqlDialect::ddl(const QString &statement) const
{
    static const QRegularExpression ci(QStringLiteral("\\{ci:([A-Za-z0-9_.]+)\\}"));
    QString sql = statement;
    sql.replace(QLatin1String("{id}"), idColumn());
    sql.replace(QLatin1String("{text}"), textType());
    sql.replace(QLatin1String("{ref}"), referenceType());
    QRegularExpressionMatch match;
    while ((match = ci.match(sql)).hasMatch())
        sql.replace(match.capturedStart(), match.capturedLength(), caseInsensitive(match.captured(1)));
    return sql;
}

Result<qint64> SqlDialect::insert(QSqlQuery &query, const QString &insertSql, const QVariantList &values) const
{
    if (!m_postgreSql) {
        if (Result<void> done = SqlCheck::run(query, insertSql, values); !done)
            return Failure{done.error()};
        return query.lastInsertId().toLongLong();
    }
    if (Result<void> done = SqlCheck::run(query, insertSql + QStringLiteral(" RETURNING id"), values); !done)
        return Failure{done.error()};
    if (!query.next())
        return Failure{Tr::tr("the new row's id was not returned")};
    return query.value(0).toLongLong();
}

Result<void> SqlDialect::beginSnapshot(QSqlDatabase &db) const
{
    if (!db.transaction())
        return Failure{Tr::tr("Could not start reading the database: %1").arg(db.lastError().text())};
    if (!m_postgreSql)
        return {};   // a deferred read transaction: its first read fixes the snapshot (WAL)
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))) {
        const QString message = SqlCheck::message(query);
        db.rollback();
        return Failure{Tr::tr("Could not start reading the database: %1").arg(message)};
    }
    return {};
}

Result<void> SqlDialect::resetIdentity(QSqlDatabase &db, const QString &table) const
{
    if (!m_postgreSql)
        return {};   // INTEGER PRIMARY KEY: the next id is max(id) + 1 already
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                        .arg(table)))
        return Failure{Tr::tr("Could not move the ids of %1 past the copied rows: %2").arg(table, SqlCheck::message(query))};
    return {};
}

Result<void> SqlDialect::prepareBulkWrite(QSqlDatabase &db) const
{
    if (m_postgreSql)
        return {};
    // Up to 512 MB, taken only as the pages are read (as DemoGenerator's bulk load does).
    return exec(db, QStringLiteral("PRAGMA cache_size = -524288"));
}
