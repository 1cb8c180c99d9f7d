// Every prepare and exec of the storage is checked: a statement the database refuses (here: a table
// that is gone) becomes the call's failure with the database's own words, never an empty answer.

#include "catchqtstring.h"

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

bool namesMissingTable(const QString &error, const QString &table)
{
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
    QString error;
    REQUIRE(references.search(ReferenceKind::Campaign, QString(), 0, 50, &error).size() == 1);
    CHECK(error.isEmpty());

    for (const auto &[kind, table] : {std::pair{ReferenceKind::Campaign, QStringLiteral("campaigns")},
                                      std::pair{ReferenceKind::Company, QStringLiteral("companies")},
                                      std::pair{ReferenceKind::Contact, QStringLiteral("contacts")}}) {
        INFO(table.toStdString());
        removeTable(fixture, table);
        error.clear();
        CHECK(references.search(kind, QStringLiteral("7"), 0, 50, &error).isEmpty());
        CHECK(namesMissingTable(error, table));
        error.clear();
        CHECK(ReferenceAdmin(fixture.db()).list(kind, QString(), 100, &error).isEmpty());
        CHECK(namesMissingTable(error, table));
        ReferenceItem item;
        error.clear();
        CHECK_FALSE(references.find(kind, 1, &item, &error));
        CHECK(namesMissingTable(error, table));
    }
    error.clear();
    CHECK(DuplicateFinder(fixture.db()).byTin(QStringLiteral("7707083893"), 0, 3, &error).isEmpty());
    CHECK(namesMissingTable(error, QStringLiteral("companies")));
}

TEST_CASE("storage: employee and opportunity reads fail with the database's message", "[sql]")
{
    StorageFixture fixture;
    QString error;
    removeTable(fixture, QStringLiteral("opportunities"));
    CHECK(OpportunityRepository(fixture.db()).forLead(1, &error).isEmpty());
    CHECK(namesMissingTable(error, QStringLiteral("opportunities")));
    error.clear();
    CHECK(OpportunityRepository(fixture.db()).search(QStringLiteral("x"), 10, 0, &error).isEmpty());
    CHECK(namesMissingTable(error, QStringLiteral("opportunities")));

    REQUIRE(EmployeeAdmin(fixture.db()).list(QString(), &error).size() == 2);
    removeTable(fixture, QStringLiteral("employees"));
    error.clear();
    CHECK(EmployeeAdmin(fixture.db()).list(QString(), &error).isEmpty());
    CHECK(namesMissingTable(error, QStringLiteral("employees")));
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
    QString error;
    CHECK_FALSE(leads.update(changed, fixture.otherEmployeeId, &error));
    CHECK(namesMissingTable(error, QStringLiteral("lead_history")));
    Lead stored;
    REQUIRE(leads.find(lead.id, &stored, &error));
    CHECK(stored.city == lead.city);
    CHECK(stored.version == lead.version);

    error.clear();
    CHECK(leads.history(lead.id, &error).isEmpty());
    CHECK(namesMissingTable(error, QStringLiteral("lead_history")));
    Lead another = fixture.newLead();
    error.clear();
    CHECK_FALSE(leads.insert(another, fixture.otherEmployeeId, &error));
    CHECK(namesMissingTable(error, QStringLiteral("lead_history")));
    CHECK(fixture.scalar(QStringLiteral("SELECT COUNT(*) FROM leads")) == 1);
}

TEST_CASE("storage: saved list views fail with the database's message when their table is gone", "[sql]")
{
    StorageFixture fixture;
    LeadViewRepository views(fixture.db());
    LeadListView view;
    view.name = QStringLiteral("Mine");
    QString error;
    REQUIRE(views.save(fixture.employeeId, view, &error));
    removeTable(fixture, QStringLiteral("lead_list_views"));
    CHECK_FALSE(views.save(fixture.employeeId, view, &error));
    CHECK(namesMissingTable(error, QStringLiteral("lead_list_views")));
    error.clear();
    CHECK(views.names(fixture.employeeId, &error).isEmpty());
    CHECK(namesMissingTable(error, QStringLiteral("lead_list_views")));
    error.clear();
    CHECK_FALSE(views.remove(fixture.employeeId, QStringLiteral("Mine"), &error));
    CHECK(namesMissingTable(error, QStringLiteral("lead_list_views")));
}

TEST_CASE("storage: a life-cycle read fails with the database's message, nothing written", "[sql]")
{
    StorageFixture fixture;
    LeadService service(fixture.db());
    removeTable(fixture, QStringLiteral("leads"));
    QualifyPlan plan;
    QString error;
    CHECK_FALSE(service.planQualify(1, &plan, &error));
    CHECK(namesMissingTable(error, QStringLiteral("leads")));
}
