#include <catch2/catch.hpp>

#include "database.h"
#include "employeerepository.h"
#include "lead.h"
#include "leadmodel.h"
#include "leadrepository.h"
#include "leadstore.h"
#include "opensession.h"
#include "referencelookupmodel.h"
#include "referencerepository.h"
#include "tempdir.h"
#include "testdatabase.h"
#include "catchresult.h"

#include <QSignalSpy>

#include <algorithm>

namespace {

struct ModelFixture
{
    ModelFixture()
    {
        const Result<void> opened = db.open(test.location(), QStringLiteral("model-test"));
        INFO(opened.error().toStdString());
        REQUIRE(opened.has_value());
        actor = valueOf(EmployeeRepository(db.connection())
                            .create(QStringLiteral("sam"), QStringLiteral("Sam Sales"), Role::Sales,
                                    QStringLiteral("a-long-password-1")));
        REQUIRE(actor > 0);
        ReferenceRepository refs(db.connection());
        direction = valueOf(refs.insertSimple(ReferenceKind::SellingDirection, QStringLiteral("Consulting")));
        other = valueOf(refs.insertSimple(ReferenceKind::SellingDirection, QStringLiteral("Software")));
        service = valueOf(refs.insertSimple(ReferenceKind::ServiceOrProduct, QStringLiteral("Audit"), direction));
        company = valueOf(
            refs.insertCompany(QStringLiteral("Acme"), QStringLiteral("https://acme.ru"), QStringLiteral("7707083893")));
        contact = valueOf(refs.insertContact(company, QStringLiteral("Ivan"), QStringLiteral("Petrov"), QString(),
                                             QString(), QStringLiteral("ivan@acme.ru")));
        REQUIRE(company > 0);
        REQUIRE(contact > 0);
        Employee employee;
        REQUIRE(EmployeeRepository(db.connection()).find(actor, &employee));
        session = openSession(test.location(), employee);
    }
    TestDatabase test;
    Database db;   // sets data up and checks what was written, on this thread
    qint64 actor = 0, direction = 0, other = 0, service = 0, company = 0, contact = 0;
    std::unique_ptr<Session> session;
};

// Starts a save and waits for its answer; the error, empty when it was stored.
QString saveAndWait(LeadModel &model, ValidationResult *result = nullptr)
{
    QSignalSpy saved(&model, &LeadModel::saved);
    QSignalSpy failed(&model, &LeadModel::saveFailed);
    REQUIRE(model.save(result));
    REQUIRE((saved.wait() || !failed.isEmpty()));
    return failed.isEmpty() ? QString() : failed.at(0).at(0).toString();
}

void loadAndWait(LeadModel &model, qint64 id)
{
    QSignalSpy loaded(&model, &LeadModel::loaded);
    model.load(id);
    REQUIRE(loaded.wait());
}

} // namespace

TEST_CASE("LeadModel is one row whose columns are the lead's fields", "[models][lead]")
{
    ModelFixture fx;
    LeadModel model(fx.session.get());
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
    LeadModel model(fx.session.get());
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
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setField(LeadField::SellingDirection, fx.other);
    // The service's direction is looked up on the Read lane; it goes when the answer comes.
    REQUIRE(changed.wait());
    CHECK(changed.last().at(0).value<QModelIndex>().column() == LeadModel::column(LeadField::ServiceOrProduct));
    CHECK(model.lead().serviceId == 0);   // the service belonged to the other direction
    // A service whose item the picker handed over is settled at once.
    model.setField(LeadField::SellingDirection, fx.direction);
    ReferenceItem audit;
    audit.id = fx.service;
    audit.name = QStringLiteral("Audit");
    audit.parentId = fx.direction;
    model.setReference(LeadField::ServiceOrProduct, audit);
    model.setField(LeadField::ServiceOrProduct, fx.service);
    model.setField(LeadField::SellingDirection, fx.other);
    CHECK(model.lead().serviceId == 0);
    CHECK_FALSE(model.setData(model.indexOf(LeadField::Source), 99));
}

TEST_CASE("LeadModel saves through LeadRepository, only the shown fields, and reloads", "[models][lead]")
{
    ModelFixture fx;
    LeadModel model(fx.session.get());
    ValidationResult result;
    CHECK_FALSE(model.save(&result));   // invalid: checked at once, nothing started
    CHECK_FALSE(model.isSaving());
    CHECK_FALSE(result.errorFor(LeadField::Name).isEmpty());
    CHECK(LeadRepository(fx.db.connection()).count() == 0);

    model.setField(LeadField::Name, QStringLiteral("  Big\ndeal  "));
    model.setField(LeadField::SellingDirection, fx.direction);
    model.setField(LeadField::CompanyName, QStringLiteral("typed, then hidden"));
    model.setField(LeadField::ExistingCompany, fx.company);
    model.setField(LeadField::ExistingContact, fx.contact);
    QSignalSpy saved(&model, &LeadModel::saved);
    REQUIRE(saveAndWait(model, &result).isEmpty());
    REQUIRE(saved.size() == 1);
    const qint64 id = saved.at(0).at(0).toLongLong();
    CHECK(model.lead().id == id);
    CHECK(model.lead().name == QStringLiteral("Big deal"));
    CHECK_FALSE(model.isModified());

    Lead stored = valueOf(LeadRepository(fx.db.connection()).find(id));
    CHECK(stored.companyName.isEmpty());
    CHECK(stored.existingCompanyId == fx.company);

    LeadModel again(fx.session.get());
    loadAndWait(again, id);
    CHECK(again.field(LeadField::Name).toString() == QStringLiteral("Big deal"));
    CHECK(again.reference(LeadField::ExistingCompany).name == QStringLiteral("Acme"));
    // Someone else saves meanwhile: the stale save is refused, nothing is written, nothing typed is lost.
    model.setField(LeadField::City, QStringLiteral("Omsk"));
    REQUIRE(saveAndWait(model).isEmpty());
    again.setField(LeadField::City, QStringLiteral("Tomsk"));
    CHECK_FALSE(saveAndWait(again).isEmpty());
    CHECK(again.field(LeadField::City).toString() == QStringLiteral("Tomsk"));
    CHECK(again.isModified());
    stored = valueOf(LeadRepository(fx.db.connection()).find(id));
    CHECK(stored.city == QStringLiteral("Omsk"));
}

TEST_CASE("LeadModel refuses a second save while one runs and keeps what is typed meanwhile", "[models][lead]")
{
    ModelFixture fx;
    LeadModel model(fx.session.get());
    model.setField(LeadField::Name, QStringLiteral("Only once"));
    model.setField(LeadField::SellingDirection, fx.direction);
    model.setField(LeadField::ExistingCompany, fx.company);
    model.setField(LeadField::ExistingContact, fx.contact);
    QSignalSpy saving(&model, &LeadModel::savingChanged);
    QSignalSpy saved(&model, &LeadModel::saved);
    REQUIRE(model.save());
    CHECK(model.isSaving());
    CHECK_FALSE(model.save());   // refused: one runs
    model.setField(LeadField::City, QStringLiteral("Typed while saving"));
    REQUIRE(saved.wait());
    CHECK(saved.size() == 1);
    CHECK_FALSE(model.isSaving());
    CHECK(saving.size() == 2);
    CHECK(LeadRepository(fx.db.connection()).count() == 1);
    CHECK(model.lead().id == saved.at(0).at(0).toLongLong());
    CHECK(model.field(LeadField::City).toString() == QStringLiteral("Typed while saving"));
    CHECK(model.isModified());   // the city is not stored yet
    REQUIRE(saveAndWait(model).isEmpty());   // an update of the same lead: the version came back
    Lead stored = valueOf(LeadRepository(fx.db.connection()).find(model.lead().id));
    CHECK(stored.city == QStringLiteral("Typed while saving"));
    CHECK(LeadRepository(fx.db.connection()).count() == 1);
}

TEST_CASE("LeadModel says when a lead cannot be read", "[models][lead]")
{
    ModelFixture fx;
    LeadModel model(fx.session.get());
    QSignalSpy failed(&model, &LeadModel::loadFailed);
    model.load(4242);
    CHECK(model.isLoading());
    REQUIRE(failed.wait());
    CHECK_FALSE(failed.at(0).at(0).toString().isEmpty());
    CHECK_FALSE(model.isLoading());
    CHECK(model.lead().id == 0);
}

TEST_CASE("ReferenceLookupModel queries on demand, debounced, with a limit", "[models][lookup]")
{
    ModelFixture fx;
    ReferenceRepository refs(fx.db.connection());
    for (int i = 0; i < 120; ++i)
        REQUIRE(refs.insertCompany(QStringLiteral("Company %1").arg(i, 3, 10, QLatin1Char('0')), QString(), QString()));
    ReferenceLookupModel model(fx.session.get(), ReferenceKind::Company);
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
    CHECK(model.isQueryPending());
    REQUIRE(refreshed.wait());
    CHECK(model.rowCount() == model.limit());
    CHECK(model.data(model.index(0), ReferenceLookupModel::IdRole).toLongLong() > 0);
}

TEST_CASE("ReferenceLookupModel never shows an older answer over a newer one", "[models][lookup]")
{
    ModelFixture fx;
    ReferenceRepository refs(fx.db.connection());
    REQUIRE(refs.insertCompany(QStringLiteral("Zeta Works"), QString(), QString()));
    ReferenceLookupModel model(fx.session.get(), ReferenceKind::Company);
    QSignalSpy refreshed(&model, &ReferenceLookupModel::refreshed);
    // Two questions in flight: the first ("acme") is answered first, but the second is newer.
    model.setFilterText(QStringLiteral("acme"));
    model.refresh();
    model.setFilterText(QStringLiteral("zeta"));
    model.refresh();
    REQUIRE(refreshed.wait());
    CHECK(refreshed.size() == 1);   // the answer to "acme" was dropped
    REQUIRE(model.rowCount() == 1);
    CHECK(model.item(0).name == QStringLiteral("Zeta Works"));
    CHECK_FALSE(model.isQueryPending());
}

TEST_CASE("ReferenceLookupModel gives each match its second line and heads the chosen company's contacts",
          "[models][lookup]")
{
    ModelFixture fx;
    ReferenceRepository refs(fx.db.connection());
    const qint64 globex = valueOf(refs.insertCompany(QStringLiteral("Globex"), QStringLiteral("http://www.globex.com/"),
                                                     QStringLiteral("500100732259")));
    const qint64 maria = valueOf(refs.insertContact(globex, QStringLiteral("Maria"), QStringLiteral("Ivanova"), QString(),
                                                    QStringLiteral("+7 999 000-00-00"), QString()));
    const qint64 anton = valueOf(refs.insertContact(fx.company, QStringLiteral("Anton"), QStringLiteral("Zorin"), QString(),
                                                    QString(), QStringLiteral("anton@acme.ru")));

    SECTION("companies: the name is the text, the TIN and website the note")
    {
        ReferenceLookupModel model(fx.session.get(), ReferenceKind::Company);
        model.setDebounceInterval(0);
        QSignalSpy refreshed(&model, &ReferenceLookupModel::refreshed);
        model.setFilterText(QStringLiteral("glob"));
        REQUIRE(refreshed.wait());
        REQUIRE(model.rowCount() == 1);
        const QModelIndex index = model.index(0);
        CHECK(index.data(Qt::DisplayRole).toString() == QStringLiteral("Globex"));   // what the completer matches
        CHECK(index.data(Qt::EditRole).toString() == QStringLiteral("Globex"));
        CHECK(index.data(ReferenceLookupModel::NoteRole).toString() == QStringLiteral("TIN 500100732259 · globex.com"));
        CHECK(index.data(ReferenceLookupModel::SectionRole).toString().isEmpty());
        CHECK(model.roleNames().value(ReferenceLookupModel::NoteRole) == "note");
    }
    SECTION("contacts with a company: its own first under their heading, then the others under theirs")
    {
        ReferenceLookupModel model(fx.session.get(), ReferenceKind::Contact);
        model.setDebounceInterval(0);
        QSignalSpy refreshed(&model, &ReferenceLookupModel::refreshed);
        model.setFilterText(QString());
        REQUIRE(refreshed.wait());
        REQUIRE(model.rowCount() == 3);
        for (int row = 0; row < 3; ++row)
            CHECK(model.sectionTitle(row).isEmpty());   // no company chosen: one list, no headings

        model.setParentId(fx.company);   // loaded: asks again at once
        REQUIRE(refreshed.wait());
        REQUIRE(model.rowCount() == 3);
        CHECK(model.item(0).id == fx.contact);   // Petrov Ivan, of Acme
        CHECK(model.item(1).id == anton);        // Zorin Anton, of Acme
        CHECK(model.item(2).id == maria);        // Ivanova Maria, of Globex
        CHECK(model.data(model.index(0), ReferenceLookupModel::SectionRole).toString() == QStringLiteral("Contacts of Acme"));
        CHECK(model.sectionTitle(1).isEmpty());
        CHECK(model.sectionTitle(2) == QStringLiteral("Other contacts"));
        // Under the company's heading its name is not repeated on each line.
        CHECK(model.data(model.index(0), ReferenceLookupModel::NoteRole).toString() == QStringLiteral("ivan@acme.ru"));
        CHECK(model.data(model.index(1), ReferenceLookupModel::NoteRole).toString() == QStringLiteral("anton@acme.ru"));
        CHECK(model.data(model.index(2), ReferenceLookupModel::NoteRole).toString()
              == QStringLiteral("Globex · +7 999 000-00-00"));
        CHECK(model.data(model.index(2), Qt::DisplayRole).toString() == QStringLiteral("Ivanova Maria"));

        // One part alone needs no heading.
        model.setFilterText(QStringLiteral("zorin"));
        REQUIRE(refreshed.wait());
        REQUIRE(model.rowCount() == 1);
        CHECK(model.sectionTitle(0).isEmpty());
        model.setFilterText(QStringLiteral("maria"));
        REQUIRE(refreshed.wait());
        REQUIRE(model.rowCount() == 1);
        CHECK(model.sectionTitle(0).isEmpty());
    }
}

TEST_CASE("LeadStore answers on the caller's thread: a lead with its references, its history, its duplicates",
          "[models][lead][store]")
{
    ModelFixture fx;
    Lead lead;
    lead.name = QStringLiteral("Stored");
    lead.sellingDirectionId = fx.direction;
    lead.serviceId = fx.service;
    lead.existingCompanyId = fx.company;
    lead.newContact = true;
    lead.firstName = QStringLiteral("Ivan");
    lead.lastName = QStringLiteral("Petrov");
    lead.contactEmail = QStringLiteral("ivan@acme.ru");
    REQUIRE(LeadRepository(fx.db.connection()).insert(lead, fx.actor));
    const LeadStore store(fx.session.get());

    const Result<StoredLead> stored = await<Result<StoredLead>>([&](QObject *c, auto done) { store.load(lead.id, c, done); });
    REQUIRE(stored.has_value());
    CHECK(stored->lead.name == QStringLiteral("Stored"));
    CHECK(stored->references.value(LeadField::ExistingCompany).name == QStringLiteral("Acme"));
    CHECK(stored->references.value(LeadField::ServiceOrProduct).parentId == fx.direction);
    CHECK_FALSE(stored->references.contains(LeadField::Owner));

    const Result<LeadRelated> related = await<Result<LeadRelated>>([&](QObject *c, auto done) { store.related(lead.id, c, done); });
    REQUIRE(related.has_value());
    CHECK(related->found);
    CHECK(related->history.size() == 1);   // created
    CHECK_FALSE(related->hasOpportunity);
    CHECK_FALSE(related->disqualified);

    const auto duplicates = [&](LeadField field, const QString &value, qint64 exclude) {
        return await<Result<QList<DuplicateMatch>>>(
            [&](QObject *c, auto done) { store.duplicates(field, value, exclude, c, done); });
    };
    const Result<QList<DuplicateMatch>> byEmail = duplicates(LeadField::ContactEmail, QStringLiteral("IVAN@ACME.RU"), 0);
    REQUIRE(byEmail.has_value());
    CHECK(std::any_of(byEmail->begin(), byEmail->end(), [&](const DuplicateMatch &m) {
        return m.kind == DuplicateMatch::Kind::Contact && m.id == fx.contact;
    }));
    CHECK(std::any_of(byEmail->begin(), byEmail->end(), [&](const DuplicateMatch &m) {
        return m.kind == DuplicateMatch::Kind::Lead && m.id == lead.id;
    }));
    const Result<QList<DuplicateMatch>> notItself = duplicates(LeadField::ContactEmail, QStringLiteral("ivan@acme.ru"), lead.id);
    REQUIRE(notItself.has_value());
    CHECK(std::none_of(notItself->begin(), notItself->end(),
                       [&](const DuplicateMatch &m) { return m.kind == DuplicateMatch::Kind::Lead; }));

    const Result<StoredLead> missing = await<Result<StoredLead>>([&](QObject *c, auto done) { store.load(999, c, done); });
    CHECK_FALSE(missing.has_value());
    CHECK_FALSE(missing.error().isEmpty());
}
