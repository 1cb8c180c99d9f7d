// The lead list's derived data (LeadListIndex) on both engines: the reference names that sort the
// list and the search index follow every write, around a bulk load too.

#include "catchqtstring.h"
#include "catchresult.h"
#include "lead.h"
#include "leadlistindex.h"
#include "leadlistreader.h"
#include "leadlistsql.h"
#include "leadrepository.h"
#include "sqldialect.h"
#include "storagefixture.h"

#include <QSqlQuery>

namespace {

// The ids the list shows for `search`, sorted by selling direction.
QList<qint64> listed(const StorageFixture &fixture, const QString &search)
{
    LeadListQuery query;
    query.searchText = search;
    query.sortColumn = LeadListColumn::SellingDirection;
    query.sortOrder = Qt::AscendingOrder;
    LeadListSql sql(query, fixture.employeeId, SqlDialect::of(fixture.db()));
    const LeadListReader reader(fixture.db());
    REQUIRE(reader.chooseSearchShape(&sql));
    QList<LeadListRow> rows;
    REQUIRE(reader.page(sql, nullptr, false, 100, &rows, nullptr));
    QList<qint64> ids;
    for (const LeadListRow &row : rows)
        ids << row.id;
    return ids;
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
    REQUIRE(rename.exec(QStringLiteral("UPDATE selling_directions SET name = 'Облако' WHERE id = %1").arg(fixture.directionId)));
    CHECK(directionNameOf(fixture, before.id) == QStringLiteral("Облако"));
    CHECK(directionNameOf(fixture, during.id) == QStringLiteral("Облако"));
    Lead edited = valueOf(leads.find(during.id));
    edited.name = QStringLiteral("Ёлочный базар");
    REQUIRE(leads.update(edited, fixture.employeeId));
    CHECK(listed(fixture, QStringLiteral("карп")).isEmpty());
    CHECK(listed(fixture, QStringLiteral("ЁЛОЧН")) == QList<qint64>{during.id});
}
