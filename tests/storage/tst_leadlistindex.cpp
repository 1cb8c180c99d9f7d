// The lead list's derived data (LeadListIndex) on both engines: the reference names that sort the
// list and the search index follow every write, around a bulk load too.

#include "catchqtstring.h"
#include "catchresult.h"
#include "lead.h"
#include "leadlistindex.h"
#include "leadlistreader.h"
#include "leadlistsql.h"
#include "leadrepository.h"
#include "listedleadids.h"
#include "sqldialect.h"
#include "storagefixture.h"
#include "testdemo.h"

#include <QSqlQuery>

namespace {

// The ids the list shows for `search`, sorted by selling direction.
QList<qint64> listed(const StorageFixture &fixture, const QString &search)
{
    LeadListQuery query;
    query.searchText = search;
    query.sortColumn = LeadListColumn::SellingDirection;
    query.sortOrder = Qt::AscendingOrder;
    return listedLeadIds(fixture.db(), fixture.employeeId, query);
}

QString directionNameOf(const StorageFixture &fixture, qint64 leadId)
{
    QSqlQuery query(fixture.db());
    REQUIRE(query.prepare(QStringLiteral("SELECT direction_name FROM leads WHERE id = ?")));
    query.addBindValue(leadId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toString();
}

} // namespace

TEST_CASE("storage: the list's names and search follow writes - before - during and after a bulk load", "[leadlist]")
{
    StorageFixture fixture;
    LeadRepository leads(fixture.db());
    Lead before = fixture.existingLead();
    REQUIRE(leads.insert(before, fixture.employeeId));
    CHECK(directionNameOf(fixture, before.id) == QStringLiteral("Облачные сервисы"));

    QSqlDatabase db = fixture.db();
    QString error;
    REQUIRE(LeadListIndex::beginBulkLoad(db, &error));
    Lead during = fixture.newLead();
    during.name = QStringLiteral("Зеркальный карп");
    REQUIRE(leads.insert(during, fixture.employeeId));
    INFO(error.toStdString());
    REQUIRE(LeadListIndex::finishBulkLoad(db, &error));

    CHECK(directionNameOf(fixture, during.id) == QStringLiteral("Облачные сервисы"));
    // Prefix words in any order, in any case; the e-mail's parts as words in a row.
    CHECK(listed(fixture, QStringLiteral("карп ЗЕРК")) == QList<qint64>{during.id});
    CHECK(listed(fixture, QStringLiteral("jane@acme.ex")) == QList<qint64>{during.id});
    CHECK(listed(fixture, QStringLiteral("acme jane")) == QList<qint64>{during.id});
    CHECK(listed(fixture, QStringLiteral("хост")) == QList<qint64>{before.id});
    CHECK(listed(fixture, QStringLiteral("ромашка")).contains(before.id));
    CHECK(listed(fixture, QStringLiteral("карпы")).isEmpty());

    // After the load the triggers are in place: a renamed direction and an edited lead follow.
    QSqlQuery rename(db);
    REQUIRE(rename.exec(
        QStringLiteral("UPDATE selling_directions SET name = 'Облако' WHERE id = %1").arg(fixture.directionId)));
    CHECK(directionNameOf(fixture, before.id) == QStringLiteral("Облако"));
    CHECK(directionNameOf(fixture, during.id) == QStringLiteral("Облако"));
    Lead edited = valueOf(leads.find(during.id));
    edited.name = QStringLiteral("Ёлочный базар");
    REQUIRE(leads.update(edited, fixture.employeeId));
    CHECK(listed(fixture, QStringLiteral("карп")).isEmpty());
    CHECK(listed(fixture, QStringLiteral("ЁЛОЧН")) == QList<qint64>{during.id});
}

namespace {

// How the engine runs `statement`: SQLite's EXPLAIN QUERY PLAN steps, PostgreSQL's EXPLAIN lines,
// the values bound.
QString planOf(const QSqlDatabase &db, const SqlStatement &statement)
{
    const bool postgreSql = SqlDialect::of(db).isPostgreSql();
    // EXPLAIN cannot be prepared on PostgreSQL: the values go in as literals (numbers and plain text).
    QString sql = statement.sql;
    for (const QVariant &value : statement.values) {
        const qsizetype at = sql.indexOf(u'?');
        REQUIRE(at >= 0);
        const QString literal = value.typeId() == QMetaType::QString
                                    ? u'\'' + value.toString().replace(u'\'', QLatin1String("''")) + u'\''
                                    : QString::number(value.toLongLong());
        sql.replace(at, 1, literal);
    }
    QSqlQuery plan(db);
    INFO(sql.toStdString());
    REQUIRE(plan.exec((postgreSql ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) + sql));
    QStringList steps;
    while (plan.next())
        steps << plan.value(postgreSql ? 0 : 3).toString();
    return steps.join(QStringLiteral(" | "));
}

} // namespace

TEST_CASE("storage: every sort of the list pages through its index - never sorting the table", "[leadlist][plan]")
{
    StorageFixture fixture;
    QSqlDatabase db = fixture.db();
    DemoOptions options;
    options.leads = 20000;
    options.seed = 5;
    REQUIRE(TestDemo::generate(db, options));
    const bool postgreSql = SqlDialect::of(db).isPostgreSql();
    for (LeadListColumn column : LeadListColumns::all()) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            LeadListQuery query;
            query.sortColumn = column;
            query.sortOrder = order;
            const LeadListSql sql(query, fixture.employeeId, SqlDialect::of(db));
            const LeadListKey key{QVariant(column == LeadListColumn::Number || column == LeadListColumn::State
                                                   || column == LeadListColumn::Source
                                               ? QVariant(2)
                                               : QVariant(QStringLiteral("m"))),
                                  5000};
            // The walk of a jump reads ids only: SQLite from the covering index; PostgreSQL weighs an
            // index-only scan against reading the table by its statistics (a long walk over a small
            // table may well read the table), so only the pages are held to the index there.
            for (const SqlStatement &statement : {sql.page(nullptr, false, 100), sql.page(&key, true, 100),
                                                  sql.walkIds(&key, false, 1000), sql.walkIds(nullptr, false, 1000)}) {
                if (postgreSql && statement.sql.startsWith(QStringLiteral("SELECT l.id FROM ")))
                    continue;
                const QString plan = planOf(db, statement);
                CAPTURE(LeadListColumns::code(column).toStdString(), statement.sql.toStdString(), plan.toStdString());
                if (postgreSql) {
                    CHECK(plan.contains(QStringLiteral("Index")));
                    CHECK_FALSE(plan.contains(QStringLiteral("Sort")));
                    CHECK_FALSE(plan.contains(QStringLiteral("Seq Scan")));
                } else {
                    // An index, or the table itself in rowid order when a page is sorted by number.
                    CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));
                    // A walk steps through an index of keys and ids alone, never through the table's
                    // whole rows (by number: the ids' own index, schema 7).
                    if (statement.sql.startsWith(QStringLiteral("SELECT l.id FROM ")))
                        CHECK(plan.contains(QStringLiteral("COVERING INDEX")));
                }
            }
        }
    }
}

TEST_CASE("storage: a dense search sorted by name walks the name index - its pages checking row by row",
          "[leadlist][plan][search]")
{
    StorageFixture fixture;
    QSqlDatabase db = fixture.db();
    DemoOptions options;
    options.leads = 20000;
    options.seed = 5;
    REQUIRE(TestDemo::generate(db, options));
    LeadListQuery query;
    query.sortColumn = LeadListColumn::Name;
    query.searchText = QStringLiteral("о");   // in most leads' names, companies or contacts
    LeadListSql sql(query, fixture.employeeId, SqlDialect::of(db));
    if (SqlDialect::of(db).isPostgreSql()) {
        // One shape there, the planner choosing by its statistics: nothing to probe or switch.
        CHECK_FALSE(sql.needsSearchProbe());
        return;
    }
    // The probe finds the matches dense (a thousand of them counts as many in 20,000 leads), and
    // most rows matching.
    REQUIRE(LeadListReader(db).chooseSearchShape(&sql, 1000));
    CHECK(sql.isDenseSearch());
    CHECK(sql.isRowCheck());
    const LeadListKey key{QVariant(QStringLiteral("m")), 5000};
    for (bool rowCheck : {false, true}) {
        sql.setRowCheck(rowCheck);
        for (const SqlStatement &statement : {sql.page(nullptr, false, 100), sql.page(&key, true, 100)}) {
            const QString plan = planOf(db, statement);
            CAPTURE(rowCheck, statement.sql.toStdString(), plan.toStdString());
            CHECK(plan.contains(QStringLiteral("INDEX leads_sort_name")));
            CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));
            // Each row asks the search index by its rowid; else the matches are listed once.
            CHECK(plan.contains(QStringLiteral("CORRELATED")) == rowCheck);
            CHECK(plan.contains(QStringLiteral("LIST SUBQUERY")) == !rowCheck);
        }
        // A walk of keys may step through most of the table: it always uses the list.
        CHECK_FALSE(planOf(db, sql.walkIds(&key, false, 1000)).contains(QStringLiteral("CORRELATED")));
    }
    // A rare word stays with reading its few matches and sorting them.
    query.searchText = QStringLiteral("zzqxw");
    LeadListSql rare(query, fixture.employeeId, SqlDialect::of(db));
    REQUIRE(LeadListReader(db).chooseSearchShape(&rare));
    CHECK_FALSE(rare.isDenseSearch());
    CHECK_FALSE(rare.isRowCheck());
}
