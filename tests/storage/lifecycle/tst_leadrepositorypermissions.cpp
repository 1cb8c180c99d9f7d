// Spec 2: "Permissions are enforced below the user interface too". LeadRepository::insert and
// ::update re-read the acting employee and the stored lead and refuse what the role may not do,
// writing nothing.
#include "lead.h"
#include "leadrepository.h"
#include "lifecyclefixture.h"
#include "permissions.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace {

const QList<LeadState> kAllStates{LeadState::New, LeadState::Assigned, LeadState::Qualified, LeadState::Disqualified,
                                  LeadState::Dropped};

// Everything a refused save must leave as it was: the lead's whole row, its history, the lead count.
struct Snapshot
{
    QVariantList row;
    qint64 history = 0;
    qint64 leads = 0;
    bool operator==(const Snapshot &other) const
    {
        return row == other.row && history == other.history && leads == other.leads;
    }
};

Snapshot snapshot(const LifecycleFixture &f, qint64 leadId)
{
    Snapshot s;
    QSqlQuery query(f.db());
    query.prepare(QStringLiteral("SELECT * FROM leads WHERE id = ?"));
    query.addBindValue(leadId);
    REQUIRE(query.exec());
    if (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            s.row << query.value(i);
    }
    s.history = f.count(QStringLiteral("lead_history"));
    s.leads = f.count(QStringLiteral("leads"));
    return s;
}

const char *roleName(const Employee &e)
{
    return e.login == QStringLiteral("admin")       ? "crm_admin"
           : e.login == QStringLiteral("sales")     ? "crm_sales"
           : e.login == QStringLiteral("manager")   ? "crm_manager"
                                                    : "crm_marketeer";
}

QList<Employee> fourRoles(const LifecycleFixture &f)
{
    return {f.admin, f.sales, f.manager, f.marketeer};
}

Lead stored(const LifecycleFixture &f, qint64 leadId)
{
    const Result<Lead> lead = LeadRepository(f.db()).find(leadId);
    REQUIRE(lead);
    return *lead;
}

} // namespace

TEST_CASE("lead repository: update is an Edit - checked against the stored state for every role")
{
    LifecycleFixture f;
    LeadRepository leads(f.db());
    for (const Employee &actor : fourRoles(f)) {
        for (const LeadState state : kAllStates) {
            CAPTURE(roleName(actor), LeadStates::code(state));
            const qint64 leadId = f.addLead(state, state == LeadState::New ? 0 : f.other.id);
            Lead lead = stored(f, leadId);
            const Snapshot before = snapshot(f, leadId);
            lead.city = QStringLiteral("Kazan");
            const Result<void> updated = leads.update(lead, actor.id);
            const QString error = updated.error();
            const bool ok = updated.has_value();
            const Decision expected = Permissions::check(actor.roles, LeadAction::Edit, state, false);
            CHECK(ok == expected.allowed);
            if (expected) {
                CHECK(error.isEmpty());
                CHECK(stored(f, leadId).city == QStringLiteral("Kazan"));
                CHECK(f.versionOf(leadId) == 2);
                CHECK(f.stateOf(leadId) == state);
                CHECK(f.historyCount(leadId) == 2);   // created, city
            } else {
                CHECK(error == expected.reason);
                CHECK_FALSE(error.isEmpty());
                CHECK(snapshot(f, leadId) == before);
                CHECK(lead.version == 1);
            }
        }
    }
}

TEST_CASE("lead repository: an Owner change in update follows Assign (New) and Reassign (Assigned)")
{
    LifecycleFixture f;
    LeadRepository leads(f.db());
    for (const Employee &actor : fourRoles(f)) {
        for (const LeadState state : {LeadState::New, LeadState::Assigned}) {
            for (const bool owns : {false, true}) {
                CAPTURE(roleName(actor), LeadStates::code(state), owns);
                const qint64 ownerBefore = owns ? actor.id : (state == LeadState::New ? 0 : f.other.id);
                const qint64 leadId = f.addLead(state, ownerBefore);
                Lead lead = stored(f, leadId);
                const Snapshot before = snapshot(f, leadId);
                lead.ownerId = f.target.id;
                const Result<void> updated = leads.update(lead, actor.id);
                const QString error = updated.error();
                const bool ok = updated.has_value();
                const LeadAction action = state == LeadState::New ? LeadAction::Assign : LeadAction::Reassign;
                const Decision expected = Permissions::check(actor.roles, action, state, owns);
                // The rule itself: crm_admin and crm_sales always, the others on leads they own.
                CHECK(expected.allowed
                      == (actor.roles.testFlag(Role::Admin) || actor.roles.testFlag(Role::Sales) || owns));
                CHECK(ok == expected.allowed);
                if (expected) {
                    CHECK(error.isEmpty());
                    CHECK(f.ownerOf(leadId) == f.target.id);
                    CHECK(f.stateOf(leadId) == LeadState::Assigned);   // Assign moves a New lead on
                    CHECK(lead.state == LeadState::Assigned);
                    CHECK(f.versionOf(leadId) == 2);
                    const qint64 rows = f.scalar(QStringLiteral("SELECT COUNT(*) FROM lead_history WHERE "
                                                                "lead_id = ? AND field IN ('owner', 'state')"),
                                                 leadId);
                    CHECK(rows == (state == LeadState::New ? 2 : 1));
                } else {
                    CHECK(error == expected.reason);
                    CHECK(snapshot(f, leadId) == before);
                }
            }
        }
    }
}

TEST_CASE("lead repository: an Owner change on a closed lead is refused as an edit")
{
    LifecycleFixture f;
    LeadRepository leads(f.db());
    for (const LeadState state : {LeadState::Qualified, LeadState::Disqualified, LeadState::Dropped}) {
        CAPTURE(LeadStates::code(state));
        const qint64 leadId = f.addLead(state, f.sales.id);
        Lead lead = stored(f, leadId);
        const Snapshot before = snapshot(f, leadId);
        lead.ownerId = f.target.id;
        CHECK(leads.update(lead, f.admin.id).error() == Permissions::check(f.admin.roles, LeadAction::Edit, state, false).reason);
        CHECK(snapshot(f, leadId) == before);
    }
}

TEST_CASE("lead repository: the new Owner must be able to sign in, and cannot be removed")
{
    LifecycleFixture f;
    LeadRepository leads(f.db());
    const Employee gone = f.addEmployee(QStringLiteral("gone"), Role::Sales, false);
    const Employee roleless = f.addEmployee(QStringLiteral("roleless"), RoleSet());
    const qint64 leadId = f.addLead(LeadState::Assigned, f.other.id);
    const Snapshot before = snapshot(f, leadId);

    Lead lead = stored(f, leadId);
    lead.ownerId = gone.id;
    CHECK(leads.update(lead, f.admin.id).error() == QStringLiteral("Owner: Name of gone is deactivated and cannot own leads."));
    lead.ownerId = roleless.id;
    CHECK(leads.update(lead, f.admin.id).error() == QStringLiteral("Owner: Name of roleless holds no CRM role and cannot own leads."));
    lead.ownerId = 0;
    CHECK(leads.update(lead, f.admin.id).error() == QStringLiteral("Owner: choose the employee who will own the lead."));
    CHECK(snapshot(f, leadId) == before);

    Lead fresh = f.validLead(QStringLiteral("Fresh"));
    fresh.ownerId = gone.id;
    CHECK(leads.insert(fresh, f.admin.id).error() == QStringLiteral("Owner: Name of gone is deactivated and cannot own leads."));
    CHECK(fresh.id == 0);
    CHECK(snapshot(f, leadId) == before);
}

TEST_CASE("lead repository: the state and the opportunity never change through update or insert")
{
    LifecycleFixture f;
    LeadRepository leads(f.db());
    const QString reason = QStringLiteral("The lead's state and opportunity change only through its actions "
                                          "(Assign, Reassign, Qualify, Disqualify).");
    const qint64 leadId = f.addLead(LeadState::Assigned, f.sales.id);
    const Snapshot before = snapshot(f, leadId);
    for (const LeadState state : {LeadState::New, LeadState::Qualified, LeadState::Disqualified, LeadState::Dropped}) {
        CAPTURE(LeadStates::code(state));
        Lead lead = stored(f, leadId);
        lead.state = state;
        lead.name = QStringLiteral("Renamed");
        CHECK(leads.update(lead, f.sales.id).error() == reason);
        CHECK(snapshot(f, leadId) == before);
    }
    Lead lead = stored(f, leadId);
    lead.opportunityId = 1;
    CHECK(leads.update(lead, f.sales.id).error() == reason);
    CHECK(snapshot(f, leadId) == before);

    // Nobody creates a lead already closed or qualified, nor Assigned without an Owner.
    for (const LeadState state : {LeadState::Qualified, LeadState::Disqualified, LeadState::Dropped}) {
        Lead fresh = f.validLead(QStringLiteral("Closed"));
        fresh.state = state;
        CHECK(leads.insert(fresh, f.admin.id).error() == reason);
    }
    Lead withOpportunity = f.validLead(QStringLiteral("With opportunity"));
    withOpportunity.opportunityId = 1;
    CHECK(leads.insert(withOpportunity, f.admin.id).error() == reason);
    Lead ownerless = f.validLead(QStringLiteral("Ownerless"));
    ownerless.state = LeadState::Assigned;
    CHECK(leads.insert(ownerless, f.admin.id).error().startsWith(QStringLiteral("Owner: ")));
    CHECK(snapshot(f, leadId) == before);
}

TEST_CASE("lead repository: insert is a Create, and an Owner given at once is an Assign of a New lead")
{
    LifecycleFixture f;
    LeadRepository leads(f.db());
    for (const Employee &actor : fourRoles(f)) {
        CAPTURE(roleName(actor));
        Lead plain = f.validLead(QStringLiteral("Plain"));
        REQUIRE(leads.insert(plain, actor.id));
        CHECK(f.stateOf(plain.id) == LeadState::New);
        CHECK(f.scalar(QStringLiteral("SELECT created_by FROM leads WHERE id = ?"), plain.id) == actor.id);

        // Owned by someone else, or by the actor: before it exists nobody owns it, so only
        // crm_admin and crm_sales may name an Owner (the lead form checks the same).
        for (const qint64 owner : {f.target.id, actor.id}) {
            CAPTURE(owner);
            const qint64 count = f.count(QStringLiteral("leads"));
            const qint64 history = f.count(QStringLiteral("lead_history"));
            Lead owned = f.validLead(QStringLiteral("Owned"));
            owned.ownerId = owner;
            // As the lead form and LeadModel hand it over: created assigned.
            owned.state = owner == actor.id ? LeadState::Assigned : LeadState::New;
            const Result<void> inserted = leads.insert(owned, actor.id);
            const QString error = inserted.error();
            const bool ok = inserted.has_value();
            const Decision expected = Permissions::check(actor.roles, LeadAction::Assign, LeadState::New, false);
            CHECK(ok == expected.allowed);
            if (expected) {
                CHECK(f.stateOf(owned.id) == LeadState::Assigned);
                CHECK(owned.state == LeadState::Assigned);
                CHECK(f.ownerOf(owned.id) == owner);
            } else {
                CHECK(error == expected.reason);
                CHECK(owned.id == 0);
                CHECK(f.count(QStringLiteral("leads")) == count);
                CHECK(f.count(QStringLiteral("lead_history")) == history);
            }
        }
    }
}

TEST_CASE("lead repository: a deactivated, role-less or unknown employee can neither create nor edit")
{
    LifecycleFixture f;
    LeadRepository leads(f.db());
    const Employee deactivated = f.addEmployee(QStringLiteral("deactivated"), Role::Admin, false);
    const Employee roleless = f.addEmployee(QStringLiteral("roleless"), RoleSet());
    const qint64 leadId = f.addLead(LeadState::Assigned, f.sales.id);

    struct Case
    {
        const char *name;
        qint64 actorId;
        QString reason;
    };
    const QList<Case> cases{
        {"deactivated", deactivated.id, QStringLiteral("Your account is deactivated; ask an administrator.")},
        {"no roles", roleless.id, Permissions::check(RoleSet(), LeadAction::Create, LeadState::New, false).reason},
        {"unknown id", 999999, QStringLiteral("You are not a known employee of this database.")},
        {"no id", 0, QStringLiteral("You are not a known employee of this database.")},
    };
    for (const Case &c : cases) {
        CAPTURE(c.name);
        const Snapshot before = snapshot(f, leadId);
        Lead fresh = f.validLead(QStringLiteral("By %1").arg(QLatin1String(c.name)));
        CHECK(leads.insert(fresh, c.actorId).error() == c.reason);
        CHECK(fresh.id == 0);

        Lead lead = stored(f, leadId);
        lead.city = QStringLiteral("Omsk");
        CHECK(leads.update(lead, c.actorId).error() == c.reason);
        CHECK(snapshot(f, leadId) == before);
    }
}

TEST_CASE("lead repository: optimistic locking still comes first - a lead closed meanwhile is a stale save")
{
    LifecycleFixture f;
    LeadRepository leads(f.db());
    const qint64 leadId = f.addLead(LeadState::Assigned, f.sales.id);
    Lead mine = stored(f, leadId);
    f.exec(QStringLiteral("UPDATE leads SET state = 3, version = version + 1 WHERE id = %1").arg(leadId));
    const Snapshot before = snapshot(f, leadId);
    mine.city = QStringLiteral("Tver");
    CHECK(leads.update(mine, f.sales.id).error()
          == QStringLiteral("This lead was changed by someone else since you opened it; reload it to see "
                            "their changes."));
    CHECK(snapshot(f, leadId) == before);

    // Reopened, it is read-only.
    Lead reopened = stored(f, leadId);
    reopened.city = QStringLiteral("Tver");
    CHECK(leads.update(reopened, f.sales.id).error() == QStringLiteral("A qualified lead is read-only."));
    CHECK(snapshot(f, leadId) == before);
}
