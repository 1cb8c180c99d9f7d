// Every prepare and exec of the storage is checked: a statement the database refuses (here: a table
// that is gone) becomes the call's failure with the database's own words, never an empty answer.

#include "catchqtstring.h"
#include "catchresult.h"

#include "duplicatefinder.h"
#include "employeeadmin.h"
#include "lead.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "leadviewrepository.h"
#include "leadlistview.h"
#include "opportunityrepository.h"
#include "referenceadmin.h"
#include "referencerepository.h"
#include "sqlcheck.h"
#include "storagefixture.h"

#include <QSqlQuery>

namespace {

void removeTable(const StorageFixture &fixture, const QString &table)
{
    QSqlQuery query(fixture.db());
    REQUIRE(query.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(table)));
}

// The engine's words for a missing table: SQLite's "no such table: x", PostgreSQL's
// 'relation "x" does not exist'.
bool namesMissingTable(const QString &error, const QString &table)
{
    if (TestDatabase::isPostgreSql())
        return error.contains(QStringLiteral("relation \"%1\" does not exist").arg(table));
    return error.contains(QStringLiteral("no such table")) && error.contains(table);
}

} // namespace

TEST_CASE("storage: SqlCheck hands back the database's words for a statement it refuses", "[sql]")
{
    StorageFixture fixture;
    QSqlQuery query(fixture.db());
    const Result<void> bad = SqlCheck::prepare(query, QStringLiteral("SELEKT 1"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().contains(QStringLiteral("syntax error")));

    const Result<void> missing = SqlCheck::run(query, QStringLiteral("SELECT * FROM nowhere WHERE id = ?"), {1});
    REQUIRE_FALSE(missing);
    CHECK(namesMissingTable(missing.error(), QStringLiteral("nowhere")));

    // Values are bound in order.
    REQUIRE(SqlCheck::run(query, QStringLiteral("SELECT ? || ?"), {QStringLiteral("a"), QStringLiteral("b")}));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("ab"));
}

TEST_CASE("storage: reads of reference data fail with the database's message, not an empty list", "[sql]")
{
    StorageFixture fixture;
    ReferenceRepository references(fixture.db());
    const Result<QList<ReferenceItem>> campaigns = references.search(ReferenceKind::Campaign, QString(), 0, 50);
    REQUIRE(campaigns);
    REQUIRE(campaigns->size() == 1);

    for (const auto &[kind, table] : {std::pair{ReferenceKind::Campaign, QStringLiteral("campaigns")},
                                      std::pair{ReferenceKind::Company, QStringLiteral("companies")},
                                      std::pair{ReferenceKind::Contact, QStringLiteral("contacts")}}) {
        INFO(table.toStdString());
        removeTable(fixture, table);
        CHECK(namesMissingTable(references.search(kind, QStringLiteral("7"), 0, 50).error(), table));
        CHECK(namesMissingTable(ReferenceAdmin(fixture.db()).list(kind, QString(), 100).error(), table));
        CHECK(namesMissingTable(references.find(kind, 1).error(), table));
    }
    CHECK(namesMissingTable(DuplicateFinder(fixture.db()).byTin(QStringLiteral("7707083893"), 0, 3).error(),
                            QStringLiteral("companies")));
}

TEST_CASE("storage: employee and opportunity reads fail with the database's message", "[sql]")
{
    StorageFixture fixture;
    removeTable(fixture, QStringLiteral("opportunities"));
    CHECK(namesMissingTable(OpportunityRepository(fixture.db()).forLead(1).error(), QStringLiteral("opportunities")));
    CHECK(namesMissingTable(OpportunityRepository(fixture.db()).search(QStringLiteral("x"), 10, 0).error(),
                            QStringLiteral("opportunities")));

    REQUIRE(valueOf(EmployeeAdmin(fixture.db()).list(QString())).size() == 2);
    removeTable(fixture, QStringLiteral("employees"));
    CHECK(namesMissingTable(EmployeeAdmin(fixture.db()).list(QString()).error(), QStringLiteral("employees")));
}

TEST_CASE("storage: a lead save whose history cannot be written fails with the database's message and writes nothing",
          "[sql]")
{
    StorageFixture fixture;
    LeadRepository leads(fixture.db());
    Lead lead = fixture.existingLead();
    REQUIRE(leads.insert(lead, fixture.otherEmployeeId));
    removeTable(fixture, QStringLiteral("lead_history"));

    Lead changed = lead;
    changed.city = QStringLiteral("Казань");
    CHECK(namesMissingTable(leads.update(changed, fixture.otherEmployeeId).error(), QStringLiteral("lead_history")));
    const Lead stored = valueOf(leads.find(lead.id));
    CHECK(stored.city == lead.city);
    CHECK(stored.version == lead.version);

    CHECK(namesMissingTable(leads.history(lead.id).error(), QStringLiteral("lead_history")));
    Lead another = fixture.newLead();
    CHECK(namesMissingTable(leads.insert(another, fixture.otherEmployeeId).error(), QStringLiteral("lead_history")));
    CHECK(fixture.scalar(QStringLiteral("SELECT COUNT(*) FROM leads")) == 1);
}

TEST_CASE("storage: saved list views fail with the database's message when their table is gone", "[sql]")
{
    StorageFixture fixture;
    LeadViewRepository views(fixture.db());
    LeadListView view;
    view.name = QStringLiteral("Mine");
    REQUIRE(views.save(fixture.employeeId, view));
    removeTable(fixture, QStringLiteral("lead_list_views"));
    CHECK(namesMissingTable(views.save(fixture.employeeId, view).error(), QStringLiteral("lead_list_views")));
    CHECK(namesMissingTable(views.names(fixture.employeeId).error(), QStringLiteral("lead_list_views")));
    CHECK(namesMissingTable(views.remove(fixture.employeeId, QStringLiteral("Mine")).error(),
                            QStringLiteral("lead_list_views")));
}

TEST_CASE("storage: a life-cycle read fails with the database's message, nothing written", "[sql]")
{
    StorageFixture fixture;
    LeadService service(fixture.db());
    removeTable(fixture, QStringLiteral("leads"));
    CHECK(namesMissingTable(service.planQualify(1).error(), QStringLiteral("leads")));
}
