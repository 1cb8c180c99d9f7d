#include <catch2/catch.hpp>

#include "database.h"
#include "employeerepository.h"
#include "lead.h"
#include "leadmodel.h"
#include "leadrepository.h"
#include "referencelookupmodel.h"
#include "referencerepository.h"
#include "tempdir.h"

#include <QSignalSpy>

namespace {

struct ModelFixture
{
    ModelFixture()
    {
        REQUIRE(db.openSqlite(dir.file(QStringLiteral("model.sqlite")), QStringLiteral("model-test")));
        actor = EmployeeRepository(db.connection())
                    .create(QStringLiteral("sam"), QStringLiteral("Sam Sales"), Role::Sales,
                            QStringLiteral("a-long-password-1"));
        REQUIRE(actor > 0);
        ReferenceRepository refs(db.connection());
        direction = refs.insertSimple(ReferenceKind::SellingDirection, QStringLiteral("Consulting"));
        other = refs.insertSimple(ReferenceKind::SellingDirection, QStringLiteral("Software"));
        service = refs.insertSimple(ReferenceKind::ServiceOrProduct, QStringLiteral("Audit"), direction);
        company = refs.insertCompany(QStringLiteral("Acme"), QStringLiteral("https://acme.ru"), QStringLiteral("7707083893"));
        contact = refs.insertContact(company, QStringLiteral("Ivan"), QStringLiteral("Petrov"), QString(), QString(),
                                     QStringLiteral("ivan@acme.ru"));
        REQUIRE(company > 0);
        REQUIRE(contact > 0);
    }
    TempDir dir;
    Database db;
    qint64 actor = 0, direction = 0, other = 0, service = 0, company = 0, contact = 0;
};

} // namespace

TEST_CASE("LeadModel is one row whose columns are the lead's fields", "[models][lead]")
{
    ModelFixture fx;
    LeadModel model(fx.db.connection());
    CHECK(model.rowCount() == 1);
    CHECK(model.columnCount() == LeadFieldCount);
    CHECK(model.headerData(LeadModel::column(LeadField::CompanyTin), Qt::Horizontal).toString()
          == QStringLiteral("Company TIN"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    CHECK(model.setData(model.indexOf(LeadField::Name), QStringLiteral("Lead")));
    CHECK(changed.size() == 1);
    CHECK(model.data(model.indexOf(LeadField::Name), Qt::EditRole).toString() == QStringLiteral("Lead"));
    CHECK(model.setData(model.indexOf(LeadField::Name), QStringLiteral("Lead")));
    CHECK(changed.size() == 1);   // no change, no signal
    CHECK(model.isModified());
}

TEST_CASE("LeadModel applies the form's rules and reports rule changes", "[models][lead]")
{
    ModelFixture fx;
    LeadModel model(fx.db.connection());
    QSignalSpy rules(&model, &LeadModel::rulesChanged);
    model.setField(LeadField::ExistingCompany, fx.company);
    CHECK(rules.size() == 1);
    CHECK_FALSE(model.rules().isShown(LeadField::CompanyTin));
    model.setField(LeadField::NewCompany, true);
    CHECK(model.lead().existingCompanyId == 0);   // ticking New company clears Existing company
    CHECK(model.rules().isRequired(LeadField::CompanyTin));
    model.setField(LeadField::ExistingContact, fx.contact);
    model.setField(LeadField::NewContact, true);
    CHECK(model.lead().existingContactId == 0);
    model.setField(LeadField::SellingDirection, fx.direction);
    model.setField(LeadField::ServiceOrProduct, fx.service);
    model.setField(LeadField::SellingDirection, fx.other);
    CHECK(model.lead().serviceId == 0);   // the service belonged to the other direction
    CHECK_FALSE(model.setData(model.indexOf(LeadField::Source), 99));
}

TEST_CASE("LeadModel saves through LeadRepository, only the shown fields, and reloads", "[models][lead]")
{
    ModelFixture fx;
    LeadModel model(fx.db.connection());
    ValidationResult result;
    QString error;
    CHECK_FALSE(model.save(fx.actor, &result, &error));
    CHECK_FALSE(result.errorFor(LeadField::Name).isEmpty());
    CHECK(LeadRepository(fx.db.connection()).count() == 0);

    model.setField(LeadField::Name, QStringLiteral("  Big\ndeal  "));
    model.setField(LeadField::SellingDirection, fx.direction);
    model.setField(LeadField::CompanyName, QStringLiteral("typed, then hidden"));
    model.setField(LeadField::ExistingCompany, fx.company);
    model.setField(LeadField::ExistingContact, fx.contact);
    QSignalSpy saved(&model, &LeadModel::saved);
    REQUIRE(model.save(fx.actor, &result, &error));
    REQUIRE(saved.size() == 1);
    const qint64 id = saved.at(0).at(0).toLongLong();
    CHECK(model.lead().id == id);
    CHECK(model.lead().name == QStringLiteral("Big deal"));
    CHECK_FALSE(model.isModified());

    Lead stored;
    REQUIRE(LeadRepository(fx.db.connection()).find(id, &stored));
    CHECK(stored.companyName.isEmpty());
    CHECK(stored.existingCompanyId == fx.company);

    LeadModel again(fx.db.connection());
    REQUIRE(again.load(id));
    CHECK(again.field(LeadField::Name).toString() == QStringLiteral("Big deal"));
    // Someone else saves meanwhile: the stale save is refused and nothing is written.
    model.setField(LeadField::City, QStringLiteral("Omsk"));
    REQUIRE(model.save(fx.actor, &result, &error));
    again.setField(LeadField::City, QStringLiteral("Tomsk"));
    CHECK_FALSE(again.save(fx.actor, &result, &error));
    CHECK_FALSE(error.isEmpty());
    REQUIRE(LeadRepository(fx.db.connection()).find(id, &stored));
    CHECK(stored.city == QStringLiteral("Omsk"));
}

TEST_CASE("ReferenceLookupModel queries on demand, debounced, with a limit", "[models][lookup]")
{
    ModelFixture fx;
    ReferenceRepository refs(fx.db.connection());
    for (int i = 0; i < 120; ++i)
        refs.insertCompany(QStringLiteral("Company %1").arg(i, 3, 10, QLatin1Char('0')), QString(), QString());
    ReferenceLookupModel model(fx.db.connection(), ReferenceKind::Company);
    CHECK(model.rowCount() == 0);   // nothing is read before it is asked for
    QSignalSpy refreshed(&model, &ReferenceLookupModel::refreshed);
    model.setFilterText(QStringLiteral("c"));
    model.setFilterText(QStringLiteral("co"));
    model.setFilterText(QStringLiteral("company 01"));
    CHECK(model.isQueryPending());
    CHECK(refreshed.wait(2000));
    CHECK(refreshed.size() == 1);   // three keystrokes, one query
    CHECK(model.rowCount() == 10);   // Company 010 .. 019
    CHECK(model.data(model.index(0), Qt::DisplayRole).toString() == QStringLiteral("Company 010"));
    model.setFilterText(QStringLiteral("pany"));
    model.refresh();
    CHECK(model.rowCount() == model.limit());
    CHECK(model.data(model.index(0), ReferenceLookupModel::IdRole).toLongLong() > 0);
}
