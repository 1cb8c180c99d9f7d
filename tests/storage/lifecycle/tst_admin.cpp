#include "lifecyclefixture.h"

#include "employeeadmin.h"
#include "lead.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "opportunityrepository.h"
#include "referenceadmin.h"
#include "schema.h"
#include "signinattempts.h"

#include "catchresult.h"

#include <QSqlQuery>

TEST_CASE("Only an active crm_admin manages employees", "[admin][employees]")
{
    LifecycleFixture f;
    EmployeeAdmin admin(f.db());
    EmployeeRecord r;
    r.login = QStringLiteral("newbie");
    r.displayName = QStringLiteral("New Bie");
    r.roles = Role::Sales;
    for (const Employee &e : {f.sales, f.manager, f.marketeer}) {
        CHECK(admin.add(e, r, QStringLiteral("long enough")).error().contains(QStringLiteral("Only an administrator")));
        CHECK_FALSE(admin.setActive(e, f.other.id, false));
        CHECK_FALSE(admin.resetPassword(e, f.other.id, QStringLiteral("long enough")));
    }
    const qint64 id = valueOf(admin.add(f.admin, r, QStringLiteral("long enough")));
    REQUIRE(id > 0);
    const EmployeeRecord stored = valueOf(admin.find(id));
    CHECK(stored.login == QStringLiteral("newbie"));
    CHECK(stored.roles == RoleSet(Role::Sales));
    CHECK(stored.active);
    CHECK(admin.list(QStringLiteral("BIE"))->size() == 1);
}

TEST_CASE("Adding or changing an employee names the field that is wrong", "[admin][employees]")
{
    LifecycleFixture f;
    EmployeeAdmin admin(f.db());
    EmployeeRecord r;
    r.login = QStringLiteral("sales");
    r.displayName = QStringLiteral("Dup");
    r.roles = Role::Sales;
    CHECK(admin.add(f.admin, r, QStringLiteral("long enough")).error().startsWith(QStringLiteral("Login:")));
    r.login = QStringLiteral("SALES");
    CHECK(admin.add(f.admin, r, QStringLiteral("long enough")).error().contains(QStringLiteral("already taken")));
    r.login = QStringLiteral("fresh");
    CHECK(admin.add(f.admin, r, QStringLiteral("short")).error().startsWith(QStringLiteral("Password:")));
    r.roles = RoleSet();
    CHECK(admin.add(f.admin, r, QStringLiteral("long enough")).error().startsWith(QStringLiteral("Roles:")));
    r.roles = Role::Manager;
    r.displayName = QStringLiteral("  ");
    CHECK(admin.add(f.admin, r, QStringLiteral("long enough")).error().startsWith(QStringLiteral("Full name:")));
    r.displayName = QStringLiteral("Fresh");
    r.timeZone = QStringLiteral("Mars/Olympus");
    CHECK(admin.add(f.admin, r, QStringLiteral("long enough")).error().startsWith(QStringLiteral("Time zone:")));
    r.timeZone = QStringLiteral("Asia/Vladivostok");
    const qint64 id = valueOf(admin.add(f.admin, r, QStringLiteral("long enough")));
    REQUIRE(id > 0);
    CHECK(admin.timeZoneOf(id) == QStringLiteral("Asia/Vladivostok"));

    EmployeeRecord changed = valueOf(admin.find(id));
    changed.roles = RoleSet(Role::Manager) | Role::Marketeer;
    changed.displayName = QStringLiteral("Fresh Renamed");
    changed.timeZone.clear();
    REQUIRE(admin.update(f.admin, changed));
    changed = valueOf(admin.find(id));
    CHECK(changed.roles == (RoleSet(Role::Manager) | Role::Marketeer));
    CHECK(changed.displayName == QStringLiteral("Fresh Renamed"));
    CHECK(changed.timeZone.isEmpty());
}

TEST_CASE("A deactivated employee cannot sign in and keeps their history", "[admin][employees]")
{
    LifecycleFixture f;
    EmployeeAdmin admin(f.db());
    EmployeeRecord r;
    r.login = QStringLiteral("agent");
    r.displayName = QStringLiteral("Agent Smith");
    r.roles = Role::Sales;
    const qint64 id = valueOf(admin.add(f.admin, r, QStringLiteral("first password")));
    REQUIRE(id > 0);
    EmployeeRepository employees(f.db());
    Employee agent = valueOf(employees.authenticate(QStringLiteral("agent"), QStringLiteral("first password")));

    REQUIRE(admin.resetPassword(f.admin, id, QStringLiteral("second password")));
    CHECK_FALSE(employees.authenticate(QStringLiteral("agent"), QStringLiteral("first password")));
    REQUIRE(SignInAttempts(f.db()).clear(QStringLiteral("agent")));   // no wait after that failure here
    agent = valueOf(employees.authenticate(QStringLiteral("agent"), QStringLiteral("second password")));

    LeadService service(f.db());
    const qint64 leadId = f.addLead(LeadState::New, 0);
    REQUIRE(service.assign(agent, leadId, agent.id));

    REQUIRE(admin.setActive(f.admin, id, false));
    CHECK_FALSE(employees.authenticate(QStringLiteral("agent"), QStringLiteral("second password")).error().isEmpty());
    // The history still names them, and they still own the lead.
    const QList<LeadHistoryEntry> history = valueOf(LeadRepository(f.db()).history(leadId));
    CHECK(history.last().employeeName == QStringLiteral("Agent Smith"));
    CHECK(f.ownerOf(leadId) == id);
    // A session opened before deactivation can no longer act.
    CHECK(service.reassign(agent, leadId, f.target.id).error().contains(QStringLiteral("deactivated")));

    REQUIRE(admin.setActive(f.admin, id, true));
    CHECK(employees.authenticate(QStringLiteral("agent"), QStringLiteral("second password")));
}

TEST_CASE("The last active administrator stays", "[admin][employees]")
{
    LifecycleFixture f;
    EmployeeAdmin admin(f.db());
    CHECK(admin.setActive(f.admin, f.admin.id, false).error().contains(QStringLiteral("yourself")));
    EmployeeRecord self = valueOf(admin.find(f.admin.id));
    self.roles = Role::Sales;
    CHECK(admin.update(f.admin, self).error().contains(QStringLiteral("only active administrator")));

    const Employee second = f.addEmployee(QStringLiteral("admin2"), Role::Admin);
    CHECK(admin.update(f.admin, self));   // another admin exists now
    CHECK_FALSE(admin.setActive(second, second.id, false));
    Employee demoted = f.admin;
    // no longer an admin
    CHECK(admin.setActive(demoted, second.id, false).error().contains(QStringLiteral("Only an administrator")));
}

TEST_CASE("Reference data: add, edit, search and delete each kind", "[admin][reference]")
{
    LifecycleFixture f;
    ReferenceAdmin refs(f.db());

    ReferenceRecord direction;
    direction.name = QStringLiteral("Cloud");
    const qint64 directionId = valueOf(refs.save(f.admin, ReferenceKind::SellingDirection, direction));
    REQUIRE(directionId > 0);
    CHECK(refs.save(f.admin, ReferenceKind::SellingDirection, direction).error().contains(QStringLiteral("already exists")));

    ReferenceRecord service;
    service.name = QStringLiteral("Hosting");
    CHECK(refs.save(f.admin, ReferenceKind::ServiceOrProduct, service).error().startsWith(QStringLiteral("Selling direction:")));
    service.parentId = directionId;
    const qint64 serviceId = valueOf(refs.save(f.admin, ReferenceKind::ServiceOrProduct, service));
    REQUIRE(serviceId > 0);
    ReferenceRecord loaded = valueOf(refs.find(ReferenceKind::ServiceOrProduct, serviceId));
    CHECK(loaded.parentName == QStringLiteral("Cloud"));

    ReferenceRecord company;
    company.name = QStringLiteral("Ромашка");
    company.website = QStringLiteral("romashka.ru");
    company.tin = QStringLiteral("12345");
    CHECK(refs.save(f.admin, ReferenceKind::Company, company).error().startsWith(QStringLiteral("Company TIN:")));
    company.tin = QStringLiteral("7707 083 893");
    const qint64 companyId = valueOf(refs.save(f.admin, ReferenceKind::Company, company));
    REQUIRE(companyId > 0);
    loaded = valueOf(refs.find(ReferenceKind::Company, companyId));
    CHECK(loaded.website == QStringLiteral("https://romashka.ru"));
    CHECK(loaded.tin == QStringLiteral("7707083893"));
    CHECK(refs.list(ReferenceKind::Company, QStringLiteral("РОМ"))->size() == 1);
    ReferenceRecord twin = company;
    twin.name = QStringLiteral("Twin");
    CHECK(refs.save(f.admin, ReferenceKind::Company, twin).error().contains(QStringLiteral("already has this TIN")));

    ReferenceRecord contact;
    contact.firstName = QStringLiteral("Пётр");
    contact.lastName = QStringLiteral("Иванов");
    contact.email = QStringLiteral("not-an-email");
    contact.parentId = companyId;
    CHECK(refs.save(f.admin, ReferenceKind::Contact, contact).error().startsWith(QStringLiteral("Email:")));
    contact.email = QStringLiteral("petr@romashka.ru");
    const qint64 contactId = valueOf(refs.save(f.admin, ReferenceKind::Contact, contact));
    REQUIRE(contactId > 0);
    CHECK(refs.list(ReferenceKind::Contact, QStringLiteral("петр"))->size() == 1);
    loaded = valueOf(refs.find(ReferenceKind::Contact, contactId));
    CHECK(loaded.name == QStringLiteral("Иванов Пётр"));
    CHECK(loaded.parentName == QStringLiteral("Ромашка"));

    loaded.lastName = QStringLiteral("Сидоров");
    CHECK(refs.save(f.admin, ReferenceKind::Contact, loaded).value_or(0) == contactId);
    CHECK(refs.list(ReferenceKind::Contact, QStringLiteral("сидор"))->size() == 1);

    for (const ReferenceKind kind : {ReferenceKind::Campaign, ReferenceKind::Channel}) {
        ReferenceRecord simple;
        simple.name = QStringLiteral("Spring");
        const qint64 id = valueOf(refs.save(f.admin, kind, simple));
        REQUIRE(id > 0);
        simple.id = id;
        simple.name = QStringLiteral("Spring 2026");
        CHECK(refs.save(f.admin, kind, simple).value_or(0) == id);
        CHECK(refs.list(kind, QStringLiteral("2026"))->size() == 1);
        CHECK(refs.remove(f.admin, kind, id));
        CHECK(refs.list(kind)->isEmpty());
    }
    // Not an admin: refused, nothing written.
    ReferenceRecord sneaky;
    sneaky.name = QStringLiteral("Sneaky");
    CHECK(refs.save(f.sales, ReferenceKind::Campaign, sneaky).error().contains(QStringLiteral("Only an administrator")));
    CHECK_FALSE(refs.remove(f.manager, ReferenceKind::ServiceOrProduct, serviceId));
    CHECK(refs.list(ReferenceKind::ServiceOrProduct)->size() == 1);
}

TEST_CASE("Deleting reference data that something still uses is refused with the reason", "[admin][reference]")
{
    LifecycleFixture f;
    ReferenceAdmin refs(f.db());
    ReferenceRecord record;
    record.name = QStringLiteral("Direction");
    const qint64 direction = valueOf(refs.save(f.admin, ReferenceKind::SellingDirection, record));
    record.parentId = direction;
    record.name = QStringLiteral("Service");
    const qint64 service = valueOf(refs.save(f.admin, ReferenceKind::ServiceOrProduct, record));
    record.parentId = 0;
    record.name = QStringLiteral("Campaign");
    const qint64 campaign = valueOf(refs.save(f.admin, ReferenceKind::Campaign, record));
    record.name = QStringLiteral("Channel");
    const qint64 channel = valueOf(refs.save(f.admin, ReferenceKind::Channel, record));
    record.name = QStringLiteral("Company");
    const qint64 company = valueOf(refs.save(f.admin, ReferenceKind::Company, record));
    REQUIRE(company > 0);

    Lead lead = f.validLead();
    lead.sellingDirectionId = direction;
    lead.serviceId = service;
    lead.campaignId = campaign;
    lead.channelId = channel;
    lead.newCompany = false;
    lead.existingCompanyId = company;
    const qint64 leadId = f.addLead(lead, LeadState::New, 0);
    f.addLead(lead, LeadState::New, 0);

    CHECK(refs.remove(f.admin, ReferenceKind::SellingDirection, direction).error() == QStringLiteral("Cannot delete: Still used by 2 leads, 1 service or product."));
    CHECK(refs.remove(f.admin, ReferenceKind::ServiceOrProduct, service).error().contains(QStringLiteral("2 leads")));
    CHECK_FALSE(refs.remove(f.admin, ReferenceKind::Campaign, campaign));
    CHECK_FALSE(refs.remove(f.admin, ReferenceKind::Channel, channel));
    CHECK_FALSE(refs.remove(f.admin, ReferenceKind::Company, company));
    CHECK(f.count(QStringLiteral("selling_directions")) == 1);
    CHECK(f.count(QStringLiteral("companies")) == 1);

    // Qualifying creates a contact and an opportunity that keep the company in use.
    f.exec(QStringLiteral("UPDATE leads SET state = 2, owner_id = %1 WHERE id = %2").arg(f.sales.id).arg(leadId));
    const QualifyResult result = valueOf(LeadService(f.db()).qualify(f.sales, leadId, QString()));
    CHECK(refs.remove(f.admin, ReferenceKind::Contact, result.contactId).error().contains(QStringLiteral("1 opportunity")));
    CHECK(refs.usage(ReferenceKind::Company, company).contains(QStringLiteral("1 contact")));

    f.exec(QStringLiteral("UPDATE leads SET opportunity_id = NULL, campaign_id = NULL, channel_id = NULL"));
    f.exec(QStringLiteral("DELETE FROM opportunities"));
    CHECK(refs.remove(f.admin, ReferenceKind::Campaign, campaign));
    CHECK(refs.remove(f.admin, ReferenceKind::Channel, channel));
    CHECK(refs.usage(ReferenceKind::Campaign, 4242).isEmpty());
    CHECK(refs.remove(f.admin, ReferenceKind::Campaign, campaign).error().contains(QStringLiteral("no longer exists")));
}

TEST_CASE("Opportunities list: newest first, search by company, contact, owner and lead", "[opportunities]")
{
    LifecycleFixture f;
    LeadService service(f.db());
    QStringList names{QStringLiteral("Alpha"), QStringLiteral("Бета"), QStringLiteral("Gamma")};
    QList<qint64> leads;
    for (int i = 0; i < names.size(); ++i) {
        Lead lead = f.validLead(names.at(i));
        lead.companyTin = QStringLiteral("12345678%1").arg(i);
        lead.contactEmail = QStringLiteral("c%1@example.com").arg(i);
        lead.companyName = QStringLiteral("Компания %1").arg(names.at(i));
        leads << f.addLead(lead, LeadState::Assigned, i == 2 ? f.manager.id : f.sales.id);
        REQUIRE(service.qualify(i == 2 ? f.manager : f.sales, leads.last(), QString()));
    }
    OpportunityRepository opportunities(f.db());
    CHECK(opportunities.count() == 3);
    const QList<Opportunity> all = valueOf(opportunities.search(QString()));
    REQUIRE(all.size() == 3);
    CHECK(all.first().name == QStringLiteral("Gamma"));   // same second: the higher id first
    CHECK(opportunities.search(QStringLiteral("компания бета"))->size() == 1);
    CHECK(opportunities.count(QStringLiteral("КОМПАНИЯ")) == 3);
    CHECK(opportunities.search(QStringLiteral("name of manager"))->size() == 1);
    CHECK(opportunities.search(QStringLiteral("alpha"))->first().leadId == leads.first());
    CHECK(opportunities.search(QStringLiteral("nothing like it"))->isEmpty());
    CHECK(opportunities.search(QString(), 2, 2)->size() == 1);
    CHECK(opportunities.forLead(leads.at(1))->size() == 1);
    CHECK_FALSE(opportunities.find(999));
}

// About an SQLite file of an older schema (a PostgreSQL database is created at the current one).
TEST_CASE("Schema version 3 adds the life cycle columns to an older file and keeps its data", "[schema][sqlite-only]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-file"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QString error;
        REQUIRE(Schema::migrateTo(db, 2, &error));
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("INSERT INTO leads (name, source, state, created_at, updated_at) "
                                          "VALUES ('Old', 1, 4, 'x', 'x')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-file"));
    Database db;
    REQUIRE(db.openSqlite(path, QStringLiteral("old-file-2")));
    CHECK(db.schemaVersion() >= 3);
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT name, disqualify_reason IS NULL, disqualify_comment FROM leads")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("Old"));
    CHECK(query.value(1).toBool());
    CHECK(query.value(2).toString().isEmpty());
    REQUIRE(query.exec(QStringLiteral("SELECT time_zone FROM employees")));
}
