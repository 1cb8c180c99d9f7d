#include "catchqtstring.h"
#include "catchresult.h"
#include "lead.h"
#include "leadrepository.h"
#include "referencerepository.h"
#include "storagefixture.h"
#include "timestamps.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace {

// What a round trip must give back: the lead without its hidden fields, with the values the save set.
Lead expectedAfterSave(const Lead &saved)
{
    Lead expected = saved.withHiddenFieldsCleared();
    expected.id = saved.id;
    expected.version = saved.version;
    expected.createdAt = saved.createdAt;
    expected.updatedAt = saved.updatedAt;
    expected.createdById = saved.createdById;
    return expected;
}

QVariant column(const QSqlDatabase &db, qint64 leadId, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM leads WHERE id = ?").arg(name));
    query.addBindValue(leadId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0);
}

} // namespace

TEST_CASE("storage: every lead field survives a round trip - existing company and contact")
{
    StorageFixture fixture;
    LeadRepository leads(fixture.db());
    Lead lead = fixture.existingLead();
    REQUIRE(leads.insert(lead, fixture.employeeId));
    CHECK(lead.id > 0);
    CHECK(lead.version == 1);
    CHECK(lead.createdById == fixture.employeeId);
    CHECK(lead.createdAt.isValid());
    CHECK(lead.createdAt.timeSpec() == Qt::UTC);
    CHECK(lead.updatedAt == lead.createdAt);

    Lead loaded = valueOf(leads.find(lead.id));
    const Lead expected = expectedAfterSave(lead);
    CHECK(loaded == expected);
    // Field by field as well, so that a failure names the field.
    CHECK(loaded.name == lead.name);
    CHECK(loaded.source == LeadSource::Chat);
    CHECK(loaded.leadCompanyName == lead.leadCompanyName);
    CHECK_FALSE(loaded.newCompany);
    CHECK(loaded.existingCompanyId == fixture.companyId);
    CHECK(loaded.campaignId == fixture.campaignId);
    CHECK(loaded.sellingDirectionId == fixture.directionId);
    CHECK(loaded.serviceId == fixture.serviceId);
    CHECK_FALSE(loaded.newContact);
    CHECK(loaded.existingContactId == fixture.contactId);
    CHECK(loaded.description == lead.description);
    CHECK(loaded.ownerId == fixture.employeeId);
    CHECK(loaded.city == QStringLiteral("Москва"));
    CHECK(loaded.channelId == fixture.channelId);
    CHECK(loaded.state == LeadState::Assigned);
    CHECK(loaded.createdAt == lead.createdAt);

    // The list labels: the existing company's name, the existing contact's "Last First".
    CHECK(column(fixture.db(), lead.id, QStringLiteral("company_label")).toString() == QStringLiteral("ООО «Ромашка»"));
    CHECK(column(fixture.db(), lead.id, QStringLiteral("contact_label")).toString() == QStringLiteral("Петров Иван"));
    // Timestamps are ISO 8601 UTC text.
    const QString createdAt = column(fixture.db(), lead.id, QStringLiteral("created_at")).toString();
    CHECK(createdAt == Timestamps::format(lead.createdAt));
    CHECK(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")).match(createdAt).hasMatch());
}

TEST_CASE("storage: every lead field survives a round trip - new company and contact")
{
    StorageFixture fixture;
    LeadRepository leads(fixture.db());
    Lead lead = fixture.newLead();
    REQUIRE(leads.insert(lead, fixture.employeeId));
    Lead loaded = valueOf(leads.find(lead.id));
    CHECK(loaded == expectedAfterSave(lead));
    CHECK(loaded.newCompany);
    CHECK(loaded.companyName == QStringLiteral("Acme Corp"));
    CHECK(loaded.companyWebsite == QStringLiteral("https://acme.example"));
    CHECK(loaded.companyTin == QStringLiteral("7707083893"));
    CHECK(loaded.newContact);
    CHECK(loaded.firstName == QStringLiteral("Jane"));
    CHECK(loaded.lastName == QStringLiteral("Doe"));
    CHECK(loaded.middleName == QStringLiteral("Q"));
    CHECK(loaded.contactPhone == QStringLiteral("+44 20 7946 0958"));
    CHECK(loaded.contactEmail == QStringLiteral("jane@acme.example"));
    CHECK(loaded.source == LeadSource::Partner);
    CHECK(loaded.state == LeadState::Assigned);   // created with an Owner: assigned at once
    CHECK(loaded.ownerId == fixture.otherEmployeeId);
    CHECK(column(fixture.db(), lead.id, QStringLiteral("company_label")).toString() == QStringLiteral("Acme Corp"));
    CHECK(column(fixture.db(), lead.id, QStringLiteral("contact_label")).toString() == QStringLiteral("Doe Jane"));
}

TEST_CASE("storage: hidden fields are not stored - and ids of 0 are stored as NULL")
{
    StorageFixture fixture;
    LeadRepository leads(fixture.db());

    Lead existing = fixture.existingLead();
    REQUIRE(leads.insert(existing, fixture.employeeId));
    for (const char *name : {"company_name", "company_website", "company_tin", "first_name", "last_name",
                             "middle_name", "contact_phone", "contact_email"})
        CHECK(column(fixture.db(), existing.id, QString::fromLatin1(name)).toString().isEmpty());
    // The caller's lead keeps what was typed (the form is still open).
    CHECK(existing.companyName == QStringLiteral("typed, then hidden"));

    Lead fresh = fixture.newLead();
    REQUIRE(leads.insert(fresh, fixture.employeeId));
    CHECK(column(fixture.db(), fresh.id, QStringLiteral("company_id")).isNull());
    CHECK(column(fixture.db(), fresh.id, QStringLiteral("contact_id")).isNull());

    Lead minimal;
    minimal.name = QStringLiteral("Only a name");
    minimal.source = LeadSource::Call;
    REQUIRE(leads.insert(minimal, fixture.employeeId));
    for (const char *name : {"company_id", "contact_id", "campaign_id", "direction_id", "service_id", "owner_id",
                             "channel_id", "opportunity_id"})
        CHECK(column(fixture.db(), minimal.id, QString::fromLatin1(name)).isNull());
    CHECK(column(fixture.db(), minimal.id, QStringLiteral("created_by")).toLongLong() == fixture.employeeId);
    CHECK(column(fixture.db(), minimal.id, QStringLiteral("company_label")).toString().isEmpty());
    // Nothing picked and nothing new: the requester's own words label the company.
    Lead requester;
    requester.name = QStringLiteral("From the web form");
    requester.leadCompanyName = QStringLiteral("Some shop");
    REQUIRE(leads.insert(requester, fixture.employeeId));
    CHECK(column(fixture.db(), requester.id, QStringLiteral("company_label")).toString() == QStringLiteral("Some shop"));
    Lead loaded = valueOf(leads.find(minimal.id));
    CHECK(loaded == expectedAfterSave(minimal));
}

TEST_CASE("storage: an update writes the fields - increments the version and records the history")
{
    StorageFixture fixture;
    LeadRepository leads(fixture.db());
    Lead lead = fixture.existingLead();
    REQUIRE(leads.insert(lead, fixture.employeeId));

    // Switch both blocks to new, change a reference and a text field.
    lead.newCompany = true;
    lead.companyName = QStringLiteral("ООО «Новая»");
    lead.companyWebsite = QStringLiteral("https://novaya.ru");
    lead.companyTin = QStringLiteral("7707083893");
    lead.ownerId = fixture.otherEmployeeId;
    lead.city = QStringLiteral("Казань");
    REQUIRE(leads.update(lead, fixture.otherEmployeeId));
    CHECK(lead.version == 2);

    Lead loaded = valueOf(leads.find(lead.id));
    CHECK(loaded == expectedAfterSave(lead));
    CHECK(loaded.existingCompanyId == 0);
    CHECK(column(fixture.db(), lead.id, QStringLiteral("company_label")).toString() == QStringLiteral("ООО «Новая»"));

    const QList<LeadHistoryEntry> history = valueOf(leads.history(lead.id));
    REQUIRE(history.size() >= 2);
    CHECK(history.first().field == QStringLiteral("created"));
    CHECK(history.first().employeeId == fixture.employeeId);
    QMap<QString, LeadHistoryEntry> byField;
    for (const LeadHistoryEntry &entry : history.mid(1)) {
        CHECK(entry.employeeId == fixture.otherEmployeeId);
        CHECK(entry.employeeName == QStringLiteral("Oliver Harris"));
        CHECK(entry.changedAt == lead.updatedAt);
        byField.insert(entry.field, entry);
    }
    CHECK(byField.keys()
          == QStringList({QStringLiteral("city"), QStringLiteral("company_name"), QStringLiteral("company_tin"),
                          QStringLiteral("company_website"), QStringLiteral("existing_company"),
                          QStringLiteral("new_company"), QStringLiteral("owner")}));
    CHECK(byField.value(QStringLiteral("owner")).oldValue == QStringLiteral("Анна Смирнова"));
    CHECK(byField.value(QStringLiteral("owner")).newValue == QStringLiteral("Oliver Harris"));
    CHECK(byField.value(QStringLiteral("existing_company")).oldValue == QStringLiteral("ООО «Ромашка»"));
    CHECK(byField.value(QStringLiteral("existing_company")).newValue.isEmpty());
    CHECK(byField.value(QStringLiteral("city")).oldValue == QStringLiteral("Москва"));
    CHECK(byField.value(QStringLiteral("city")).newValue == QStringLiteral("Казань"));

    // The state is the life cycle's (LeadService): an update asking for another is refused, nothing written.
    const int historySize = int(history.size());
    lead.state = LeadState::Disqualified;
    CHECK_FALSE(leads.update(lead, fixture.employeeId).error().isEmpty());
    CHECK(leads.history(lead.id)->size() == historySize);
    loaded = valueOf(leads.find(lead.id));
    CHECK(loaded.state == LeadState::Assigned);
}

TEST_CASE("storage: a stale save is refused and leaves the stored lead intact")
{
    StorageFixture fixture;
    Database second;
    REQUIRE(second.openSqlite(fixture.path(), QStringLiteral("second-window")));
    LeadRepository first(fixture.db());
    LeadRepository other(second.connection());

    Lead lead = fixture.newLead();
    REQUIRE(first.insert(lead, fixture.employeeId));
    // Two windows open the same lead.
    Lead mine = valueOf(first.find(lead.id));
    Lead theirs = valueOf(other.find(lead.id));

    theirs.name = QStringLiteral("Their change");
    REQUIRE(other.update(theirs, fixture.otherEmployeeId));
    const qint64 historyBefore = fixture.scalar(QStringLiteral("SELECT COUNT(*) FROM lead_history"));

    mine.name = QStringLiteral("My change");
    mine.city = QStringLiteral("Paris");
    CHECK(first.update(mine, fixture.employeeId).error()
          == QStringLiteral("This lead was changed by someone else since you opened it; reload it to see "
                            "their changes."));
    CHECK(mine.version == 1);   // untouched: the caller can still reopen

    Lead stored = valueOf(first.find(lead.id));
    CHECK(stored == theirs);
    CHECK(stored.name == QStringLiteral("Their change"));
    CHECK(stored.city == QStringLiteral("London"));
    CHECK(stored.version == 2);
    CHECK(fixture.scalar(QStringLiteral("SELECT COUNT(*) FROM lead_history")) == historyBefore);

    // Reopened, the save goes through.
    mine = valueOf(first.find(lead.id));
    mine.city = QStringLiteral("Paris");
    CHECK(first.update(mine, fixture.employeeId));
    CHECK(mine.version == 3);
}

TEST_CASE("storage: saving an unknown lead is refused")
{
    StorageFixture fixture;
    LeadRepository leads(fixture.db());
    Lead lead = fixture.newLead();
    CHECK_FALSE(leads.update(lead, fixture.employeeId).error().isEmpty());   // never inserted
    lead.id = 424242;
    lead.version = 1;
    CHECK_FALSE(leads.update(lead, fixture.employeeId).error().isEmpty());
    CHECK_FALSE(leads.find(424242));
    CHECK(leads.count() == 0);
}

TEST_CASE("storage: foreign keys are enforced and a failed save writes nothing")
{
    StorageFixture fixture;
    LeadRepository leads(fixture.db());
    Lead good = fixture.existingLead();
    REQUIRE(leads.insert(good, fixture.employeeId));
    const qint64 historyBefore = fixture.scalar(QStringLiteral("SELECT COUNT(*) FROM lead_history"));

    Lead bad = fixture.existingLead();
    SECTION("a company that does not exist")
    {
        bad.existingCompanyId = 999999;
    }
    SECTION("a contact that does not exist")
    {
        bad.existingContactId = 999999;
    }
    SECTION("an owner that does not exist")
    {
        bad.ownerId = 999999;
    }
    SECTION("a service that does not exist")
    {
        bad.serviceId = 999999;
    }
    CHECK(leads.insert(bad, fixture.employeeId).error().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
    CHECK(bad.id == 0);
    CHECK(leads.count() == 1);
    CHECK(fixture.scalar(QStringLiteral("SELECT COUNT(*) FROM lead_history")) == historyBefore);

    // The same on update: the stored lead stays as it was.
    Lead changed = good;
    changed.existingCompanyId = 999999;
    changed.name = QStringLiteral("Changed");
    CHECK_FALSE(leads.update(changed, fixture.employeeId));
    Lead stored = valueOf(leads.find(good.id));
    CHECK(stored == expectedAfterSave(good));
    CHECK(fixture.scalar(QStringLiteral("SELECT COUNT(*) FROM lead_history")) == historyBefore);
}

TEST_CASE("storage: values with quotes and SQL text are bound - never spliced")
{
    StorageFixture fixture;
    LeadRepository leads(fixture.db());
    Lead lead = fixture.newLead();
    lead.name = QStringLiteral("O'Brien\"; DROP TABLE leads; --");
    lead.description = QStringLiteral("%_\\ 'x'");
    REQUIRE(leads.insert(lead, fixture.employeeId));
    Lead loaded = valueOf(leads.find(lead.id));
    CHECK(loaded.name == lead.name);
    CHECK(loaded.description == lead.description);
    CHECK(leads.count() == 1);
}
