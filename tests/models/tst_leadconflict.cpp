// Several people at once (issue #10): two Sessions on one database. The one who saves second is
// refused (a conflict), is told what the other changed, reloads keeping their own edits, and saves.

#include <catch2/catch.hpp>

#include "database.h"
#include "employeerepository.h"
#include "lead.h"
#include "leaddiff.h"
#include "leadmodel.h"
#include "leadrepository.h"
#include "opensession.h"
#include "referencerepository.h"
#include "testdatabase.h"
#include "catchresult.h"

#include <QSignalSpy>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace {

constexpr int Wait = 30000;

struct TwoPeople
{
    TwoPeople()
    {
        const Result<void> opened = db.open(test.location(), QStringLiteral("conflict-test"));
        INFO(opened.error().toStdString());
        REQUIRE(opened.has_value());
        EmployeeRepository employees(db.connection());
        const qint64 annaId = valueOf(employees.create(QStringLiteral("anna"), QStringLiteral("Anna Agent"),
                                                       Role::Sales, QStringLiteral("a-long-password-1")));
        borisId = valueOf(employees.create(QStringLiteral("boris"), QStringLiteral("Boris Agent"),
                                                        Role::Sales, QStringLiteral("a-long-password-2")));
        ReferenceRepository refs(db.connection());
        direction = valueOf(refs.insertSimple(ReferenceKind::SellingDirection, QStringLiteral("Consulting")));
        acme = valueOf(refs.insertCompany(QStringLiteral("Acme"), QString(), QStringLiteral("7707083893")));
        globex = valueOf(refs.insertCompany(QStringLiteral("Globex"), QString(), QString()));
        contact = valueOf(refs.insertContact(acme, QStringLiteral("Ivan"), QStringLiteral("Petrov"), QString(),
                                             QString(), QStringLiteral("ivan@acme.ru")));
        maria = valueOf(refs.insertContact(globex, QStringLiteral("Maria"), QStringLiteral("Ivanova"), QString(),
                                           QString(), QStringLiteral("maria@globex.ru")));
        Lead lead;
        lead.name = QStringLiteral("Shared lead");
        lead.sellingDirectionId = direction;
        lead.existingCompanyId = acme;
        lead.existingContactId = contact;
        lead.city = QStringLiteral("Moscow");
        const Result<void> inserted = LeadRepository(db.connection()).insert(lead, annaId);
        INFO(inserted.error().toStdString());
        REQUIRE(inserted.has_value());
        leadId = lead.id;
        Employee anna, boris;
        REQUIRE(employees.find(annaId, &anna));
        REQUIRE(employees.find(borisId, &boris));
        // Two people, each with their own Session (their own connections) on the same database.
        sessionA = openSession(test.location(), anna);
        sessionB = openSession(test.location(), boris);
    }

    Lead stored() const { return valueOf(LeadRepository(db.connection()).find(leadId)); }

    TestDatabase test;
    Database db;   // checks what was written, on this thread
    qint64 borisId = 0, direction = 0, acme = 0, globex = 0, contact = 0, maria = 0, leadId = 0;
    std::unique_ptr<Session> sessionA, sessionB;
};

void loadAndWait(LeadModel &model, qint64 id)
{
    QSignalSpy loaded(&model, &LeadModel::loaded);
    model.load(id);
    REQUIRE(loaded.wait(Wait));
}

void saveAndWait(LeadModel &model)
{
    QSignalSpy saved(&model, &LeadModel::saved);
    QSignalSpy failed(&model, &LeadModel::saveFailed);
    ValidationResult checked;
    const bool started = model.save(&checked);
    for (const auto &error : checked.errors)
        UNSCOPED_INFO(error.message.toStdString());
    REQUIRE(started);
    REQUIRE(saved.wait(Wait));
    CHECK(failed.isEmpty());
}

} // namespace

TEST_CASE("The second save is refused as a conflict, reloads keeping its edits and then saves",
          "[models][conflict]")
{
    TwoPeople fx;
    LeadModel a(fx.sessionA.get());
    LeadModel b(fx.sessionB.get());
    loadAndWait(a, fx.leadId);
    loadAndWait(b, fx.leadId);

    // Anna saves first: a new name, another company and its contact, a city.
    a.setField(LeadField::Name, QStringLiteral("Shared lead, 40 seats"));
    a.setField(LeadField::ExistingCompany, fx.globex);
    a.setField(LeadField::ExistingContact, fx.maria);
    a.setField(LeadField::City, QStringLiteral("Omsk"));
    saveAndWait(a);
    const Lead afterA = fx.stored();

    // Boris, who opened the lead before, edits the city and the description and saves.
    b.setField(LeadField::City, QStringLiteral("Tomsk"));
    b.setField(LeadField::Description, QStringLiteral("Call on Monday"));
    QSignalSpy conflicted(&b, &LeadModel::saveConflicted);
    QSignalSpy failed(&b, &LeadModel::saveFailed);
    QSignalSpy saved(&b, &LeadModel::saved);
    REQUIRE(b.save());
    REQUIRE(failed.wait(Wait));
    CHECK(saved.isEmpty());
    REQUIRE(conflicted.size() == 1);
    const QString message = conflicted.at(0).at(0).toString();
    CHECK(message.contains(QStringLiteral("changed by someone else")));
    CHECK(failed.at(0).at(0).toString() == message);
    CHECK_FALSE(b.isSaving());

    // Nothing of Boris's was written.
    CHECK(fx.stored() == afterA);

    // What Anna changed, with her value and his, references by name.
    REQUIRE(b.hasConflict());
    const LeadDiff diff = b.conflictDiff();
    const LeadDiffEntry *city = diff.find(LeadField::City);
    REQUIRE(city);
    CHECK(city->theirs == QStringLiteral("Omsk"));
    CHECK(city->yours == QStringLiteral("Tomsk"));
    CHECK(city->youChanged);
    const LeadDiffEntry *name = diff.find(LeadField::Name);
    REQUIRE(name);
    CHECK(name->theirs == QStringLiteral("Shared lead, 40 seats"));
    CHECK(name->yours == QStringLiteral("Shared lead"));
    const LeadDiffEntry *company = diff.find(LeadField::ExistingCompany);
    REQUIRE(company);
    CHECK(company->theirs == QStringLiteral("Globex"));
    CHECK(company->yours == QStringLiteral("Acme"));
    const LeadDiffEntry *contact = diff.find(LeadField::ExistingContact);
    REQUIRE(contact);
    CHECK(contact->theirs == QStringLiteral("Ivanova Maria"));
    CHECK(contact->yours == QStringLiteral("Petrov Ivan"));
    CHECK(diff.find(LeadField::Description) == nullptr);   // only Boris changed it
    CHECK(b.field(LeadField::City).toString() == QStringLiteral("Tomsk"));   // nothing typed is lost

    // Reload: Anna's lead is the new base, Boris's own edits go back on top.
    QSignalSpy loaded(&b, &LeadModel::loaded);
    REQUIRE(b.reloadKeepingEdits());
    CHECK(loaded.size() == 1);
    CHECK_FALSE(b.hasConflict());
    CHECK_FALSE(b.reloadKeepingEdits());   // once
    CHECK(b.lead().version == afterA.version);
    CHECK(b.field(LeadField::Name).toString() == QStringLiteral("Shared lead, 40 seats"));
    CHECK(b.field(LeadField::ExistingCompany).toLongLong() == fx.globex);
    CHECK(b.reference(LeadField::ExistingCompany).name == QStringLiteral("Globex"));
    CHECK(b.field(LeadField::ExistingContact).toLongLong() == fx.maria);
    CHECK(b.reference(LeadField::ExistingContact).name == QStringLiteral("Ivanova Maria"));
    CHECK(b.field(LeadField::City).toString() == QStringLiteral("Tomsk"));
    CHECK(b.field(LeadField::Description).toString() == QStringLiteral("Call on Monday"));
    CHECK(b.isModified());

    // The next save succeeds, at the new version, and keeps both people's changes.
    saveAndWait(b);
    const Lead afterB = fx.stored();
    CHECK(afterB.version == afterA.version + 1);
    CHECK(afterB.name == QStringLiteral("Shared lead, 40 seats"));
    CHECK(afterB.existingCompanyId == fx.globex);
    CHECK(afterB.existingContactId == fx.maria);
    CHECK(afterB.city == QStringLiteral("Tomsk"));
    CHECK(afterB.description == QStringLiteral("Call on Monday"));
    CHECK_FALSE(b.isModified());

    // And now Anna's copy is the stale one.
    a.setField(LeadField::City, QStringLiteral("Kazan"));
    QSignalSpy aConflicted(&a, &LeadModel::saveConflicted);
    QSignalSpy aFailed(&a, &LeadModel::saveFailed);
    REQUIRE(a.save());
    REQUIRE(aFailed.wait(Wait));
    CHECK(aConflicted.size() == 1);
    const LeadDiffEntry *description = a.conflictDiff().find(LeadField::Description);
    REQUIRE(description);
    CHECK(description->theirs == QStringLiteral("Call on Monday"));
    CHECK(description->yours == QStringLiteral("(empty)"));
    CHECK(fx.stored() == afterB);
}

TEST_CASE("A failure other than a conflict offers no reload", "[models][conflict]")
{
    TwoPeople fx;
    LeadModel b(fx.sessionB.get());
    loadAndWait(b, fx.leadId);
    // Boris stops being able to act (deactivated): his save is refused, but not as a conflict.
    REQUIRE(EmployeeRepository(fx.db.connection()).setActive(fx.borisId, false));
    b.setField(LeadField::City, QStringLiteral("Tomsk"));
    QSignalSpy conflicted(&b, &LeadModel::saveConflicted);
    QSignalSpy failed(&b, &LeadModel::saveFailed);
    REQUIRE(b.save());
    REQUIRE(failed.wait(Wait));
    CHECK(conflicted.isEmpty());
    CHECK_FALSE(b.hasConflict());
    CHECK_FALSE(b.reloadKeepingEdits());
    CHECK(b.field(LeadField::City).toString() == QStringLiteral("Tomsk"));
}
