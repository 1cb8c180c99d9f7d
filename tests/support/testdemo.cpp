#include "testdemo.h"

#include "database.h"
#include "sqlcheck.h"
#include "sqldialect.h"
#include "tempdir.h"

#include <QAtomicInt>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <iterator>

namespace {

// In the order their foreign keys need (leads.opportunity_id aside: the copy into PostgreSQL runs
// with its foreign key triggers off, the copy into SQLite with foreign_keys off).
const char *const kTables[] = {"employees", "campaigns", "selling_directions", "services", "channels", "companies",
                               "contacts",  "leads",     "opportunities",      "lead_history"};

constexpr int kValuesPerInsert = 4000;

QAtomicInt g_copies;

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (const Result<void> ran = SqlCheck::run(query, sql); !ran)
        return Failure{ran.error()};
    return query.next() ? query.value(0) : QVariant();
}

Result<void> exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Failure{sql + QStringLiteral(": ") + SqlCheck::message(query)};
    return {};
}

// The stored (not generated) columns of `table` on PostgreSQL, which SQLite has too.
Result<QStringList> columnsOf(const QSqlDatabase &pg, const QString &table)
{
    QSqlQuery query(pg);
    if (const Result<void> ran = SqlCheck::run(query,
                                               QStringLiteral("SELECT column_name FROM information_schema.columns "
                                                              "WHERE table_schema = current_schema() AND table_name = ? "
                                                              "AND is_generated = 'NEVER' ORDER BY ordinal_position"),
                                               {table});
        !ran)
        return Failure{ran.error()};
    QStringList columns;
    while (query.next())
        columns << query.value(0).toString();
    return columns;
}

Result<qint64> maxId(const QSqlDatabase &db, const QString &table)
{
    const Result<QVariant> max = scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table));
    if (!max)
        return Failure{max.error()};
    return max->toLongLong();
}

// Copies the rows of `table` with an id above `afterId` from `from` to `to`, ids and all, in
// multi-row INSERTs.
Result<void> copyRows(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table,
                      const QStringList &columns, qint64 afterId)
{
    QSqlQuery select(from);
    select.setForwardOnly(true);
    if (const Result<void> ran = SqlCheck::run(select,
                                               QStringLiteral("SELECT %1 FROM %2 WHERE id > ? ORDER BY id")
                                                   .arg(columns.join(QStringLiteral(", ")), table),
                                               {afterId});
        !ran)
        return Failure{ran.error()};
    const QString row = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    const int rowsPerInsert = std::max<int>(1, kValuesPerInsert / int(columns.size()));
    QVariantList values;
    int rows = 0;
    const auto flush = [&]() -> Result<void> {
        if (rows == 0)
            return {};
        QSqlQuery insert(to);
        const Result<void> ran = SqlCheck::run(insert,
                                               QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                                   .arg(table, columns.join(QStringLiteral(", ")),
                                                        QStringList(rows, row).join(QStringLiteral(", "))),
                                               values);
        values.clear();
        rows = 0;
        return ran;
    };
    while (select.next()) {
        for (int i = 0; i < columns.size(); ++i)
            values << select.value(i);
        if (++rows == rowsPerInsert) {
            if (const Result<void> flushed = flush(); !flushed)
                return flushed;
        }
    }
    return flush();
}

Result<DemoSummary> generateThroughSqlite(QSqlDatabase &pg, const DemoOptions &options)
{
    TempDir dir;
    Database sqlite;
    const QString name = QStringLiteral("test-demo-%1").arg(g_copies.fetchAndAddRelaxed(1) + 1);
    if (const Result<void> opened = sqlite.open(dir.file(QStringLiteral("demo.sqlite")), name); !opened)
        return Failure{opened.error()};
    QSqlDatabase file = sqlite.connection();

    // The database's rows first, so that DemoGenerator finds (and reuses) what is there.
    QList<QStringList> columns;
    QList<qint64> before;
    if (const Result<void> off = exec(file, QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
        return Failure{off.error()};
    if (!file.transaction())
        return Failure{QStringLiteral("Could not begin the copy into SQLite")};
    for (const char *table : kTables) {
        const QString t = QLatin1String(table);
        const Result<QStringList> names = columnsOf(pg, t);
        if (!names)
            return Failure{names.error()};
        const Result<qint64> max = maxId(pg, t);
        if (!max)
            return Failure{max.error()};
        if (const Result<void> copied = copyRows(pg, file, t, *names, 0); !copied)
            return Failure{copied.error()};
        columns << *names;
        before << *max;
    }
    if (!file.commit())
        return Failure{QStringLiteral("Could not commit the copy into SQLite")};
    if (const Result<void> on = exec(file, QStringLiteral("PRAGMA foreign_keys = ON")); !on)
        return Failure{on.error()};

    const Result<DemoSummary> summary = DemoGenerator::generate(file, options);
    if (!summary)
        return summary;

    // What it added goes back, as it is: the reference names on leads are DemoGenerator's own, so
    // the copy runs without triggers (session_replication_role = replica; the test cluster's user
    // is its superuser). The generated search column is computed all the same.
    if (!pg.transaction())
        return Failure{QStringLiteral("Could not begin the copy into PostgreSQL")};
    Result<void> copied = exec(pg, QStringLiteral("SET LOCAL session_replication_role = replica"));
    for (qsizetype i = 0; copied && i < qsizetype(std::size(kTables)); ++i) {
        const QString table = QLatin1String(kTables[i]);
        copied = copyRows(file, pg, table, columns.at(i), before.at(i));
        if (copied)
            copied = exec(pg, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                             "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                                  .arg(table));
    }
    if (!copied) {
        pg.rollback();
        return Failure{copied.error()};
    }
    if (!pg.commit())
        return Failure{QStringLiteral("Could not commit the copy into PostgreSQL")};
    // What autovacuum does after a bulk insert: statistics, and the visibility map that lets an
    // index be read alone (index-only scans).
    if (const Result<void> analyzed = exec(pg, QStringLiteral("VACUUM ANALYZE")); !analyzed)
        return Failure{analyzed.error()};
    return summary;
}

} // namespace

Result<DemoSummary> TestDemo::generate(QSqlDatabase &db, const DemoOptions &options)
{
    if (!SqlDialect::of(db).isPostgreSql())
        return DemoGenerator::generate(db, options);
    return generateThroughSqlite(db, options);
}
