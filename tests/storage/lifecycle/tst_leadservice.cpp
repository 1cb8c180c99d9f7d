#include "lifecyclefixture.h"

#include "disqualifyreason.h"
#include "historyfields.h"
#include "lead.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "opportunityrepository.h"
#include "referencerepository.h"

#include "catchresult.h"

#include <QSqlQuery>

namespace {

const char *actionName(LeadAction action)
{
    switch (action) {
    case LeadAction::Assign: return "assign";
    case LeadAction::Reassign: return "reassign";
    case LeadAction::Qualify: return "qualify";
    case LeadAction::Disqualify: return "disqualify";
    default: return "other";
    }
}

// The spec's table, written out independently of Permissions::check.
bool specAllows(LeadAction action, RoleSet roles, bool owner, LeadState state)
{
    const bool assigner = roles.testFlag(Role::Admin) || roles.testFlag(Role::Sales) || owner;
    switch (action) {
    case LeadAction::Assign: return state == LeadState::New && assigner;
    case LeadAction::Reassign: return state == LeadState::Assigned && assigner;
    case LeadAction::Qualify:
    case LeadAction::Disqualify: return state == LeadState::Assigned && owner;
    default: return false;
    }
}

Result<void> run(LeadService &service, LeadAction action, const Employee &actor, qint64 leadId, qint64 newOwner)
{
    switch (action) {
    case LeadAction::Assign: return service.assign(actor, leadId, newOwner);
    case LeadAction::Reassign: return service.reassign(actor, leadId, newOwner);
    case LeadAction::Qualify: {
        const Result<QualifyResult> qualified = service.qualify(actor, leadId, QString());
        if (!qualified)
            return Failure{qualified.error()};
        return {};
    }
    case LeadAction::Disqualify:
        return service.disqualify(actor, leadId, DisqualifyReason::NoBudget, QStringLiteral("too dear"));
    default: return Failure{QStringLiteral("not a life cycle action")};
    }
}

QList<LeadHistoryEntry> historyOf(LifecycleFixture &f, qint64 leadId)
{
    return valueOf(LeadRepository(f.db()).history(leadId));
}

// The rows after the "created" row, as "field:old>new".
QStringList changes(LifecycleFixture &f, qint64 leadId)
{
    QStringList list;
    for (const LeadHistoryEntry &e : historyOf(f, leadId)) {
        if (e.field != HistoryFields::createdCode())
            list << e.field + u':' + e.oldValue + u'>' + e.newValue;
    }
    return list;
}

} // namespace

TEST_CASE("Every action x role x owner x state is decided by the service as the spec's table says", "[lifecycle]")
{
    LifecycleFixture f;
    LeadService service(f.db());
    const QList<Employee> actors{f.admin, f.sales, f.manager, f.marketeer};
    const QList<LeadAction> actions{LeadAction::Assign, LeadAction::Reassign, LeadAction::Qualify,
                                    LeadAction::Disqualify};
    int allowed = 0;
    int refused = 0;
    for (const LeadAction action : actions) {
        for (const Employee &actor : actors) {
            for (const bool owner : {true, false}) {
                for (const LeadState state : LeadStates::all()) {
                    CAPTURE(actionName(action), actor.login.toStdString(), owner, LeadStates::code(state).toStdString());
                    const qint64 leadId = f.addLead(state, owner ? actor.id : f.other.id);
                    const int version = f.versionOf(leadId);
                    const qint64 history = f.historyCount(leadId);
                    const qint64 opportunities = f.count(QStringLiteral("opportunities"));
                    const bool expected = specAllows(action, actor.roles, owner, state);

                    const Decision decision = service.decide(actor, action, leadId);
                    CHECK(decision.allowed == expected);
                    const Result<void> ran = run(service, action, actor, leadId, f.target.id);
                    const QString error = ran.error();
                    CHECK(ran.has_value() == expected);
                    if (ran) {
                        ++allowed;
                        CHECK(error.isEmpty());
                        CHECK(f.versionOf(leadId) == version + 1);
                        CHECK(f.historyCount(leadId) > history);
                        const LeadState after = f.stateOf(leadId);
                        if (action == LeadAction::Assign || action == LeadAction::Reassign) {
                            CHECK(after == LeadState::Assigned);
                            CHECK(f.ownerOf(leadId) == f.target.id);
                        } else if (action == LeadAction::Qualify) {
                            CHECK(after == LeadState::Qualified);
                            CHECK(f.count(QStringLiteral("opportunities")) == opportunities + 1);
                        } else {
                            CHECK(after == LeadState::Disqualified);
                        }
                    } else {
                        ++refused;
                        CHECK_FALSE(error.isEmpty());
                        CHECK(error == decision.reason);
                        CHECK(f.stateOf(leadId) == state);
                        CHECK(f.ownerOf(leadId) == (owner ? actor.id : f.other.id));
                        CHECK(f.versionOf(leadId) == version);
                        CHECK(f.historyCount(leadId) == history);
                        CHECK(f.count(QStringLiteral("opportunities")) == opportunities);
                    }
                }
            }
        }
    }
    // 4 actions x 4 roles x 2 x 5 states; the spec allows 4 x 2 + 2 x 2 assign/reassign
    // by admin/sales, 2 x 2 by owner manager/marketeer, and 4 owner qualify + 4 owner disqualify.
    CHECK(allowed + refused == 160);
    CHECK(allowed == 2 * (2 * 2 + 2) + 4 + 4);
}

TEST_CASE("A New lead without an owner can be assigned by admin and sales only", "[lifecycle]")
{
    LifecycleFixture f;
    LeadService service(f.db());
    for (const Employee &actor : {f.manager, f.marketeer}) {
        const qint64 leadId = f.addLead(LeadState::New, 0);
        CHECK(service.assign(actor, leadId, actor.id).error().contains(QStringLiteral("administrator or a sales agent")));
        CHECK(f.ownerOf(leadId) == 0);
    }
    for (const Employee &actor : {f.admin, f.sales}) {
        const qint64 leadId = f.addLead(LeadState::New, 0);
        CHECK(service.assign(actor, leadId, f.manager.id));
        CHECK(f.ownerOf(leadId) == f.manager.id);
    }
}

TEST_CASE("Holding several roles grants the union of what each allows", "[lifecycle]")
{
    LifecycleFixture f;
    const Employee both = f.addEmployee(QStringLiteral("both"), RoleSet(Role::Manager) | Role::Sales);
    LeadService service(f.db());
    const qint64 leadId = f.addLead(LeadState::Assigned, f.other.id);
    CHECK(service.reassign(both, leadId, f.target.id));
    const Employee none = f.addEmployee(QStringLiteral("none"), RoleSet());
    const qint64 own = f.addLead(LeadState::Assigned, none.id);
    CHECK(service.qualify(none, own, QString()).error().contains(QStringLiteral("no CRM role")));
}

TEST_CASE("Assign and reassign write owner and state history with the acting employee", "[lifecycle][history]")
{
    LifecycleFixture f;
    LeadService service(f.db());
    const qint64 leadId = f.addLead(LeadState::New, 0);
    REQUIRE(service.assign(f.sales, leadId, f.manager.id));
    CHECK(changes(f, leadId)
          == QStringList{QStringLiteral("owner:>Name of manager"), QStringLiteral("state:new>assigned")});
    REQUIRE(service.reassign(f.manager, leadId, f.target.id));
    CHECK(changes(f, leadId).last() == QStringLiteral("owner:Name of manager>Name of target"));
    CHECK(changes(f, leadId).size() == 3);
    const QList<LeadHistoryEntry> history = historyOf(f, leadId);
    CHECK(history.at(1).employeeId == f.sales.id);
    CHECK(history.at(1).employeeName == QStringLiteral("Name of sales"));
    CHECK(history.last().employeeId == f.manager.id);
    CHECK(history.last().changedAt.isValid());
    CHECK(history.last().changedAt.timeSpec() == Qt::UTC);
}

TEST_CASE("Assigning to someone who cannot own leads is refused and names the owner field", "[lifecycle]")
{
    LifecycleFixture f;
    LeadService service(f.db());
    const Employee gone = f.addEmployee(QStringLiteral("gone"), Role::Sales, false);
    const Employee roleless = f.addEmployee(QStringLiteral("roleless"), RoleSet());
    const qint64 leadId = f.addLead(LeadState::New, 0);
    const QString goneError = service.assign(f.admin, leadId, gone.id).error();
    CHECK(goneError.startsWith(QStringLiteral("Owner:")));
    CHECK(goneError.contains(QStringLiteral("deactivated")));
    CHECK(service.assign(f.admin, leadId, roleless.id).error().contains(QStringLiteral("no CRM role")));
    CHECK(service.assign(f.admin, leadId, 9999).error().startsWith(QStringLiteral("Owner:")));
    CHECK(service.assign(f.admin, leadId, 0).error().startsWith(QStringLiteral("Owner:")));
    CHECK(f.stateOf(leadId) == LeadState::New);
    CHECK(f.historyCount(leadId) == 1);

    const qint64 assigned = f.addLead(LeadState::Assigned, f.target.id);
    CHECK(service.reassign(f.admin, assigned, f.target.id).error().contains(QStringLiteral("already owns")));
}

TEST_CASE("The service trusts the stored employee, not the caller's copy", "[lifecycle]")
{
    LifecycleFixture f;
    LeadService service(f.db());
    const qint64 leadId = f.addLead(LeadState::New, 0);
    Employee forged = f.marketeer;
    forged.roles = Roles::allRoles();   // claims crm_admin, stored as crm_marketeer
    CHECK_FALSE(service.assign(forged, leadId, f.target.id).error().isEmpty());

    f.exec(QStringLiteral("UPDATE employees SET active = 0 WHERE id = %1").arg(f.sales.id));
    CHECK(service.assign(f.sales, leadId, f.target.id).error().contains(QStringLiteral("deactivated")));
    Employee stranger;
    stranger.id = 4242;
    stranger.roles = Role::Admin;
    CHECK_FALSE(service.assign(stranger, leadId, f.target.id));
    CHECK(f.stateOf(leadId) == LeadState::New);
}

TEST_CASE("An action on a lead someone saved meanwhile is refused", "[lifecycle]")
{
    LifecycleFixture f;
    LeadService service(f.db());
    const qint64 leadId = f.addLead(LeadState::Assigned, f.sales.id);
    const int version = f.versionOf(leadId);
    f.exec(QStringLiteral("UPDATE leads SET version = version + 1 WHERE id = %1").arg(leadId));
    CHECK(service.disqualify(f.sales, leadId, DisqualifyReason::Spam, QString(), version)
              .error()
              .contains(QStringLiteral("changed this lead")));
    CHECK(f.stateOf(leadId) == LeadState::Assigned);
    CHECK(service.disqualify(f.sales, leadId, DisqualifyReason::Spam, QString(), version + 1));
}

TEST_CASE("Qualify creates the opportunity, the new company and the new contact in one go", "[lifecycle][qualify]")
{
    LifecycleFixture f;
    LeadService service(f.db());
    Lead lead = f.validLead(QStringLiteral("Big deal"));
    lead.companyName = QStringLiteral("Новая Компания");
    lead.companyTin = QStringLiteral("500100732259");
    lead.contactEmail = QStringLiteral("anna@new.example");
    lead.firstName = QStringLiteral("Anna");
    lead.lastName = QStringLiteral("Smirnova");
    lead.contactPhone = QStringLiteral("+7 495 123-45-67");
    const qint64 leadId = f.addLead(lead, LeadState::Assigned, f.sales.id);

    const QualifyPlan plan = valueOf(service.planQualify(leadId));
    CHECK(plan.company == QualifyPlan::Step::Create);
    CHECK(plan.companyName == QStringLiteral("Новая Компания"));
    CHECK(plan.contact == QualifyPlan::Step::Create);
    CHECK(plan.contactName == QStringLiteral("Smirnova Anna"));
    const qint64 companies = f.count(QStringLiteral("companies"));
    const qint64 contacts = f.count(QStringLiteral("contacts"));

    const QualifyResult result = valueOf(service.qualify(f.sales, leadId, QStringLiteral("  Big   deal 2026 ")));
    CHECK(result.companyCreated);
    CHECK(result.contactCreated);
    CHECK(f.count(QStringLiteral("companies")) == companies + 1);
    CHECK(f.count(QStringLiteral("contacts")) == contacts + 1);
    CHECK(f.scalar(QStringLiteral("SELECT company_id FROM contacts WHERE id = ?"), result.contactId) == result.companyId);

    const Opportunity opportunity = valueOf(OpportunityRepository(f.db()).find(result.opportunityId));
    CHECK(opportunity.name == QStringLiteral("Big deal 2026"));
    CHECK(opportunity.leadId == leadId);
    CHECK(opportunity.leadName == QStringLiteral("Big deal"));
    CHECK(opportunity.companyName == QStringLiteral("Новая Компания"));
    CHECK(opportunity.contactName == QStringLiteral("Smirnova Anna"));
    CHECK(opportunity.ownerId == f.sales.id);
    CHECK(opportunity.createdById == f.sales.id);

    const Lead stored = valueOf(LeadRepository(f.db()).find(leadId));
    CHECK(stored.state == LeadState::Qualified);
    CHECK(stored.opportunityId == result.opportunityId);
    CHECK(changes(f, leadId)
          == QStringList{QStringLiteral("state:assigned>qualified"), QStringLiteral("opportunity:>Big deal 2026")});
    // Read-only from now on: no action and no edit is allowed to anyone.
    for (const Employee &e : {f.admin, f.sales}) {
        for (const LeadAction a : {LeadAction::Edit, LeadAction::Assign, LeadAction::Reassign, LeadAction::Qualify,
                                   LeadAction::Disqualify}) {
            const Decision d = service.decide(e, a, leadId);
            CHECK_FALSE(d.allowed);
            CHECK(d.reason.contains(QStringLiteral("read-only")));
        }
    }
}

TEST_CASE("Qualify links the company with the same TIN and the contact with the same e-mail", "[lifecycle][qualify]")
{
    LifecycleFixture f;
    ReferenceRepository references(f.db());
    const qint64 company
        = valueOf(references.insertCompany(QStringLiteral("Acme Existing"), QString(), QStringLiteral("7707083893")));
    const qint64 contact = valueOf(references.insertContact(company, QStringLiteral("Ivan"), QStringLiteral("Petrov"),
                                                            QString(), QString(), QStringLiteral("IVAN@acme.example")));
    LeadService service(f.db());
    const qint64 leadId = f.addLead(LeadState::Assigned, f.sales.id);   // TIN 7707083893, ivan@acme.example

    const QualifyPlan plan = valueOf(service.planQualify(leadId));
    CHECK(plan.company == QualifyPlan::Step::Link);
    CHECK(plan.companyMatchedByTin);
    CHECK(plan.companyId == company);
    CHECK(plan.companyName == QStringLiteral("Acme Existing"));
    CHECK(plan.contact == QualifyPlan::Step::Link);
    CHECK(plan.contactMatchedByEmail);
    CHECK(plan.contactId == contact);

    const QualifyResult result = valueOf(service.qualify(f.sales, leadId, QString()));
    CHECK_FALSE(result.companyCreated);
    CHECK_FALSE(result.contactCreated);
    CHECK(result.companyId == company);
    CHECK(result.contactId == contact);
    CHECK(f.count(QStringLiteral("companies")) == 1);
    CHECK(f.count(QStringLiteral("contacts")) == 1);
    CHECK(OpportunityRepository(f.db()).forLead(leadId)->size() == 1);
    CHECK(OpportunityRepository(f.db()).forLead(leadId)->first().name == QStringLiteral("Lead 1"));
}

TEST_CASE("Qualify links the existing company and contact picked on the lead", "[lifecycle][qualify]")
{
    LifecycleFixture f;
    ReferenceRepository references(f.db());
    const qint64 company = valueOf(references.insertCompany(QStringLiteral("Picked"), QString(), QStringLiteral("123456789")));
    const qint64 contact = valueOf(references.insertContact(company, QStringLiteral("Olga"), QStringLiteral("Ivanova"),
                                                            QString(), QString(), QString()));
    Lead lead = f.validLead();
    lead.newCompany = false;
    lead.existingCompanyId = company;
    lead.newContact = false;
    lead.existingContactId = contact;
    LeadService service(f.db());
    const qint64 leadId = f.addLead(lead, LeadState::Assigned, f.marketeer.id);
    const QualifyPlan plan = valueOf(service.planQualify(leadId));
    CHECK(plan.company == QualifyPlan::Step::Link);
    CHECK_FALSE(plan.companyMatchedByTin);
    CHECK(plan.contact == QualifyPlan::Step::Link);
    const QualifyResult result = valueOf(service.qualify(f.marketeer, leadId, QString()));
    CHECK(result.companyId == company);
    CHECK(result.contactId == contact);
    CHECK(f.count(QStringLiteral("companies")) == 1);
}

TEST_CASE("Qualify leaves nothing half-created when any part fails", "[lifecycle][qualify]")
{
    LifecycleFixture f;
    LeadService service(f.db());
    // Each trigger makes one later step of the transaction fail: {event, table, message, when}.
    const QList<QStringList> failingSteps{
        {QStringLiteral("BEFORE INSERT"), QStringLiteral("contacts"), QStringLiteral("no contact"), QString()},
        {QStringLiteral("BEFORE INSERT"), QStringLiteral("opportunities"), QStringLiteral("no opp"), QString()},
        {QStringLiteral("BEFORE UPDATE OF state"), QStringLiteral("leads"), QStringLiteral("no lead"), QString()},
        {QStringLiteral("BEFORE INSERT"), QStringLiteral("lead_history"), QStringLiteral("no history"),
         QStringLiteral("NEW.field = 'opportunity'")},
    };
    for (const QStringList &step : failingSteps) {
        CAPTURE(step.join(u' ').toStdString());
        const qint64 leadId = f.addLead(LeadState::Assigned, f.sales.id);
        f.failOn(step.at(0), step.at(1), step.at(2), step.at(3));
        const qint64 companies = f.count(QStringLiteral("companies"));
        const qint64 contacts = f.count(QStringLiteral("contacts"));
        const qint64 history = f.count(QStringLiteral("lead_history"));
        const qint64 opportunities = f.count(QStringLiteral("opportunities"));
        const int version = f.versionOf(leadId);
        const Result<QualifyResult> failed = service.qualify(f.sales, leadId, QString());
        CHECK_FALSE(failed);
        CHECK_FALSE(failed.error().isEmpty());
        CHECK(f.count(QStringLiteral("companies")) == companies);
        CHECK(f.count(QStringLiteral("contacts")) == contacts);
        CHECK(f.count(QStringLiteral("opportunities")) == opportunities);
        CHECK(f.count(QStringLiteral("lead_history")) == history);
        CHECK(f.stateOf(leadId) == LeadState::Assigned);
        CHECK(f.versionOf(leadId) == version);
        CHECK(f.scalar(QStringLiteral("SELECT COALESCE(opportunity_id, 0) FROM leads WHERE id = ?"), leadId) == 0);
        f.failNoMore(step.at(1));
        // With the obstacle gone the same lead qualifies, so nothing was left locked or half done.
        CHECK(service.qualify(f.sales, leadId, QString()));
        CHECK(f.count(QStringLiteral("opportunities")) == opportunities + 1);
    }
}

TEST_CASE("Qualify refuses a lead that names no company or no contact", "[lifecycle][qualify]")
{
    LifecycleFixture f;
    LeadService service(f.db());
    const qint64 leadId = f.addLead(LeadState::Assigned, f.sales.id);
    f.exec(QStringLiteral("UPDATE leads SET new_company = 0, company_id = NULL WHERE id = %1").arg(leadId));
    CHECK(service.qualify(f.sales, leadId, QString()).error().contains(QStringLiteral("no company")));
    f.exec(QStringLiteral("UPDATE leads SET new_company = 1, new_contact = 0, contact_id = NULL WHERE id = %1").arg(leadId));
    CHECK(service.qualify(f.sales, leadId, QString()).error().contains(QStringLiteral("no contact")));
    CHECK(f.count(QStringLiteral("companies")) == 0);
    CHECK_FALSE(service.qualify(f.sales, leadId, QString(300, u'x')));
    CHECK(f.stateOf(leadId) == LeadState::Assigned);
}

TEST_CASE("Disqualify stores the reason and the comment and writes them to the history", "[lifecycle][disqualify]")
{
    LifecycleFixture f;
    LeadService service(f.db());
    const qint64 leadId = f.addLead(LeadState::Assigned, f.manager.id);
    CHECK(service.disqualify(f.manager, leadId, static_cast<DisqualifyReason>(0), QString()).error().startsWith(QStringLiteral("Reason:")));
    CHECK(service.disqualify(f.manager, leadId, DisqualifyReason::Other, QStringLiteral("  ")).error().startsWith(QStringLiteral("Comment:")));
    CHECK(service.disqualify(f.manager, leadId, DisqualifyReason::NoNeed, QString(5000, u'x')).error().startsWith(QStringLiteral("Comment:")));
    CHECK(f.stateOf(leadId) == LeadState::Assigned);
    CHECK(f.historyCount(leadId) == 1);

    REQUIRE(service.disqualify(f.manager, leadId, DisqualifyReason::ChoseCompetitor,
                               QStringLiteral(" Went with Globex.\r\nCall again in spring. ")));
    const std::optional<LeadService::Disqualification> stored = service.disqualification(leadId);
    REQUIRE(stored);
    CHECK(stored->reason == DisqualifyReason::ChoseCompetitor);
    CHECK(stored->comment == QStringLiteral("Went with Globex.\nCall again in spring."));
    CHECK(changes(f, leadId)
          == QStringList{QStringLiteral("state:assigned>disqualified"),
                         QStringLiteral("disqualify_reason:>chose_competitor"),
                         QStringLiteral("disqualify_comment:>Went with Globex.\nCall again in spring.")});
    CHECK(HistoryFields::displayValue(HistoryFields::disqualifyReasonCode(), QStringLiteral("chose_competitor"))
          == QStringLiteral("Chose a competitor"));
    CHECK(HistoryFields::displayValue(HistoryFields::stateCode(), QStringLiteral("disqualified"))
          == QStringLiteral("Disqualified"));
    CHECK(HistoryFields::label(HistoryFields::disqualifyReasonCode()) == QStringLiteral("Disqualify reason"));
    CHECK(HistoryFields::label(QStringLiteral("company_tin")) == QStringLiteral("Company TIN"));

    const qint64 open = f.addLead(LeadState::Assigned, f.manager.id);
    CHECK_FALSE(service.disqualification(open));
    CHECK(service.disqualify(f.manager, open, DisqualifyReason::Other, QStringLiteral("Moved abroad")));
    CHECK_FALSE(service.decide(f.admin, LeadAction::Edit, open).allowed);
}

TEST_CASE("Bulk assign checks each lead, lists the refused ones and writes in one transaction", "[lifecycle][bulk]")
{
    LifecycleFixture f;
    LeadService service(f.db());
    const qint64 fresh = f.addLead(LeadState::New, 0);
    const qint64 ownedByManager = f.addLead(LeadState::Assigned, f.manager.id);
    const qint64 ownedByOther = f.addLead(LeadState::Assigned, f.other.id);
    const qint64 qualified = f.addLead(LeadState::Qualified, f.manager.id);
    const qint64 alreadyTarget = f.addLead(LeadState::Assigned, f.target.id);
    const QList<qint64> ids{fresh, ownedByManager, ownedByOther, qualified, alreadyTarget, 99999};

    SECTION("a manager assigns only what they own; the rest is listed with reasons")
    {
        const BulkAssignResult preview = valueOf(service.bulkAssign(f.manager, ids, f.target.id, true));
        CHECK(preview.assigned == 1);
        CHECK(preview.refused.size() == 5);
        CHECK(f.ownerOf(ownedByManager) == f.manager.id);   // a dry run writes nothing

        const BulkAssignResult result = valueOf(service.bulkAssign(f.manager, ids, f.target.id));
        CHECK(result.assigned == 1);
        REQUIRE(result.refused.size() == 5);
        CHECK(result.refused.at(0).leadId == fresh);
        CHECK(result.refused.at(0).leadName == QStringLiteral("Lead 1"));
        CHECK(result.refused.at(0).reason.contains(QStringLiteral("administrator or a sales agent")));
        CHECK(result.refused.at(1).leadId == ownedByOther);
        CHECK(result.refused.at(2).leadId == qualified);
        CHECK(result.refused.at(2).reason.contains(QStringLiteral("read-only")));
        CHECK(result.refused.at(3).leadId == alreadyTarget);
        CHECK(result.refused.at(4).leadId == 99999);
        CHECK(f.ownerOf(ownedByManager) == f.target.id);
        CHECK(f.ownerOf(fresh) == 0);
        CHECK(changes(f, ownedByManager) == QStringList{QStringLiteral("owner:Name of manager>Name of target")});
    }
    SECTION("a sales agent assigns every open lead, New ones become Assigned")
    {
        const BulkAssignResult result = valueOf(service.bulkAssign(f.sales, ids, f.target.id));
        CHECK(result.assigned == 3);
        CHECK(result.refused.size() == 3);
        CHECK(f.stateOf(fresh) == LeadState::Assigned);
        CHECK(changes(f, fresh)
              == QStringList{QStringLiteral("owner:>Name of target"), QStringLiteral("state:new>assigned")});
        CHECK(f.ownerOf(ownedByOther) == f.target.id);
        CHECK(f.stateOf(qualified) == LeadState::Qualified);
    }
    SECTION("a failure on one lead rolls every lead back")
    {
        f.failOn(QStringLiteral("BEFORE INSERT"), QStringLiteral("lead_history"), QStringLiteral("boom"),
                 QStringLiteral("NEW.lead_id = %1").arg(ownedByOther));
        CHECK(service.bulkAssign(f.admin, ids, f.target.id).error().contains(QStringLiteral("boom")));
        CHECK(f.ownerOf(fresh) == 0);
        CHECK(f.ownerOf(ownedByManager) == f.manager.id);
        CHECK(f.historyCount(fresh) == 1);
    }
    SECTION("a bad owner refuses the whole request")
    {
        CHECK(service.bulkAssign(f.admin, ids, 0).error().startsWith(QStringLiteral("Owner:")));
        f.exec(QStringLiteral("UPDATE employees SET active = 0 WHERE id = %1").arg(f.admin.id));
        CHECK(service.bulkAssign(f.admin, ids, f.target.id).error().contains(QStringLiteral("deactivated")));
        CHECK(f.ownerOf(fresh) == 0);
    }
}

TEST_CASE("Bulk assign handles thousands of leads in one transaction", "[lifecycle][bulk]")
{
    LifecycleFixture f;
    f.exec(QStringLiteral("INSERT INTO leads (name, source, state, created_at, updated_at) "
                          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                          "SELECT 'Bulk ' || i, 1, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n"));
    QList<qint64> ids;
    QSqlQuery query(f.db());
    REQUIRE(query.exec(QStringLiteral("SELECT id FROM leads")));
    while (query.next())
        ids << query.value(0).toLongLong();
    LeadService service(f.db());
    qint64 lastProgress = 0;
    const BulkAssignResult result
        = valueOf(service.bulkAssign(f.sales, ids, f.target.id, false, [&](qint64 done) { lastProgress = done; }));
    CHECK(result.assigned == 5000);
    CHECK(result.refused.isEmpty());
    CHECK(lastProgress == 5000);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE owner_id = ? AND state = 2"), f.target.id) == 5000);
    CHECK(f.count(QStringLiteral("lead_history")) == 10000);
}
