// The permission rules of spec section 2: every action, role set, ownership and state,
// against a table written out independently.

#include "catchqt.h"

#include "permissions.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

namespace {

constexpr int Admin = 1, Sales = 2, Manager = 4, Marketeer = 8;

const LeadAction AllActions[] = {LeadAction::Create, LeadAction::Edit, LeadAction::Assign,
                                 LeadAction::Reassign, LeadAction::Qualify, LeadAction::Disqualify};
const LeadState AllStates[] = {LeadState::New, LeadState::Assigned, LeadState::Qualified,
                               LeadState::Disqualified, LeadState::Dropped};

// Who may act: the "Who" column for a role mask and ownership.
enum class Who { AnyRole, AssignersOrOwner, OwnerOnly };

struct Row
{
    std::set<LeadState> states;   // empty: any state (Create)
    Who who;
};

// The spec's table, row by row.
const std::map<LeadAction, Row> &table()
{
    static const std::map<LeadAction, Row> rows = {
        {LeadAction::Create, {{}, Who::AnyRole}},
        {LeadAction::Edit, {{LeadState::New, LeadState::Assigned}, Who::AnyRole}},
        {LeadAction::Assign, {{LeadState::New}, Who::AssignersOrOwner}},
        {LeadAction::Reassign, {{LeadState::Assigned}, Who::AssignersOrOwner}},
        {LeadAction::Qualify, {{LeadState::Assigned}, Who::OwnerOnly}},
        {LeadAction::Disqualify, {{LeadState::Assigned}, Who::OwnerOnly}},
    };
    return rows;
}

bool expectedAllowed(int mask, LeadAction action, LeadState state, bool owner)
{
    if (mask == 0)
        return false;   // no role: nothing at all
    const Row &row = table().at(action);
    if (!row.states.empty() && row.states.count(state) == 0)
        return false;
    switch (row.who) {
    case Who::AnyRole: return true;
    case Who::AssignersOrOwner: return (mask & (Admin | Sales)) != 0 || owner;
    case Who::OwnerOnly: return owner;
    }
    return false;
}

const char *actionName(LeadAction action)
{
    switch (action) {
    case LeadAction::Create: return "Create";
    case LeadAction::Edit: return "Edit";
    case LeadAction::Assign: return "Assign";
    case LeadAction::Reassign: return "Reassign";
    case LeadAction::Qualify: return "Qualify";
    case LeadAction::Disqualify: return "Disqualify";
    }
    return "?";
}

} // namespace

TEST_CASE("core/Permissions: the full matrix of action x 16 role sets x owner x state",
          "[core][permissions]")
{
    int allowedCount = 0;
    int checked = 0;
    for (LeadAction action : AllActions) {
        for (int mask = 0; mask < 16; ++mask) {
            for (bool owner : {false, true}) {
                for (LeadState state : AllStates) {
                    const char *name = actionName(action);
                    const QString roles = Roles::codes(RoleSet::fromInt(mask));
                    const QString stateCode = LeadStates::code(state);
                    CAPTURE(name, roles, owner, stateCode);
                    const Decision d = Permissions::check(RoleSet::fromInt(mask), action, state, owner);
                    const bool expected = expectedAllowed(mask, action, state, owner);
                    CHECK(d.allowed == expected);
                    CHECK(bool(d) == expected);
                    // A refusal always says why; an allowance says nothing.
                    CHECK(d.reason.isEmpty() == expected);
                    if (!d.allowed)
                        CHECK(d.reason.endsWith(QLatin1Char('.')));
                    allowedCount += expected ? 1 : 0;
                    ++checked;
                }
            }
        }
    }
    CHECK(checked == 6 * 16 * 2 * 5);
    // Create: 15 sets x 2 x 5 = 150; Edit: 15 x 2 x 2 = 60;
    // Assign and Reassign: (12 sets with admin or sales x 2 + 3 others x 1 owner) = 27 each;
    // Qualify and Disqualify: 15 x 1 = 15 each.
    CHECK(allowedCount == 150 + 60 + 27 + 27 + 15 + 15);
}

TEST_CASE("core/Permissions: Create ignores the state", "[core][permissions]")
{
    for (int mask = 0; mask < 16; ++mask) {
        for (bool owner : {false, true}) {
            const bool first = Permissions::check(RoleSet::fromInt(mask), LeadAction::Create,
                                                  LeadState::New, owner).allowed;
            CHECK(first == (mask != 0));
            for (LeadState state : AllStates) {
                CHECK(Permissions::check(RoleSet::fromInt(mask), LeadAction::Create, state, owner)
                          .allowed
                      == first);
            }
            CHECK(Permissions::check(RoleSet::fromInt(mask), LeadAction::Create,
                                     static_cast<LeadState>(0), owner).allowed
                  == first);
        }
    }
}

TEST_CASE("core/Permissions: reasons are worded for users", "[core][permissions]")
{
    const RoleSet sales = Role::Sales;
    const RoleSet marketeer = Role::Marketeer;
    CHECK(Permissions::check(sales, LeadAction::Qualify, LeadState::Assigned, false).reason
          == QStringLiteral("Only the lead's owner can qualify it."));
    CHECK(Permissions::check(sales, LeadAction::Disqualify, LeadState::Assigned, false).reason
          == QStringLiteral("Only the lead's owner can disqualify it."));
    CHECK(Permissions::check(sales, LeadAction::Edit, LeadState::Qualified, true).reason
          == QStringLiteral("A qualified lead is read-only."));
    CHECK(Permissions::check(sales, LeadAction::Edit, LeadState::Disqualified, true).reason
          == QStringLiteral("A disqualified lead is read-only."));
    CHECK(Permissions::check(sales, LeadAction::Edit, LeadState::Dropped, true).reason
          == QStringLiteral("A dropped lead is read-only."));
    CHECK(Permissions::check(sales, LeadAction::Assign, LeadState::Qualified, true).reason
          == QStringLiteral("A qualified lead is read-only."));
    CHECK(Permissions::check(sales, LeadAction::Assign, LeadState::Assigned, true).reason
          .contains(QStringLiteral("reassign")));
    CHECK(Permissions::check(sales, LeadAction::Reassign, LeadState::New, true).reason
          .contains(QStringLiteral("not assigned yet")));
    CHECK(Permissions::check(sales, LeadAction::Qualify, LeadState::New, true).reason
          .contains(QStringLiteral("assigned")));
    CHECK(Permissions::check(marketeer, LeadAction::Assign, LeadState::New, false).reason
          .contains(QStringLiteral("someone else owns")));
    CHECK(Permissions::check(marketeer, LeadAction::Reassign, LeadState::Assigned, false).reason
          .contains(QStringLiteral("reassign")));
    CHECK(Permissions::check(RoleSet(), LeadAction::Create, LeadState::New, true).reason
          .contains(QStringLiteral("no CRM role")));
}

TEST_CASE("core/Permissions: unknown role bits and unknown states grant nothing", "[core][permissions]")
{
    const RoleSet stray = RoleSet::fromInt(16 | 64);
    for (LeadAction action : AllActions) {
        for (LeadState state : AllStates) {
            CHECK_FALSE(Permissions::check(stray, action, state, true).allowed);
            // Stray bits beside a real role change nothing.
            CHECK(Permissions::check(stray | Role::Manager, action, state, true).allowed
                  == Permissions::check(Role::Manager, action, state, true).allowed);
        }
        if (action == LeadAction::Create)
            continue;
        for (int bad : {0, 6, 99}) {
            const Decision d = Permissions::check(Roles::allRoles(), action,
                                                  static_cast<LeadState>(bad), true);
            CHECK_FALSE(d.allowed);
            CHECK_FALSE(d.reason.isEmpty());
        }
    }
    CHECK_FALSE(Permissions::canSignIn(RoleSet()));
    for (int mask = 1; mask < 16; ++mask)
        CHECK(Permissions::canSignIn(RoleSet::fromInt(mask)));
    // Issue #14, finding 6: unknown bits alone are no role: no sign-in, no export.
    CHECK_FALSE(Permissions::canSignIn(RoleSet::fromInt(16)));
    CHECK_FALSE(Permissions::canSignIn(stray));
    CHECK_FALSE(Permissions::canExport(stray).allowed);
    // A stored mask keeps only the four known bits.
    CHECK(Roles::fromStored(16) == RoleSet());
    CHECK(Roles::fromStored(16 | 4) == RoleSet(Role::Manager));
    CHECK(Roles::fromStored(-1) == Roles::allRoles());
    CHECK(Roles::fromStored(0) == RoleSet());
}

TEST_CASE("core/Permissions: byRoles allows exactly what the roles may do on some lead, roleLimit says when only some",
          "[core][permissions][roles]")
{
    for (int mask = 0; mask < 16; ++mask) {
        const RoleSet roles = RoleSet::fromInt(mask);
        for (LeadAction action : AllActions) {
            bool some = false;
            bool every = true;   // every lead in a state the action needs, owned or not
            for (LeadState state : AllStates) {
                const bool owned = Permissions::check(roles, action, state, true).allowed;
                const bool other = Permissions::check(roles, action, state, false).allowed;
                some = some || owned || other;
                if (owned != other)
                    every = false;
            }
            INFO("mask " << mask << ' ' << actionName(action));
            const Decision byRoles = Permissions::byRoles(roles, action);
            CHECK(byRoles.allowed == some);
            CHECK(byRoles.reason.isEmpty() == some);
            CHECK(Permissions::roleLimit(roles, action).isEmpty() == (!some || every));
        }
        CHECK(Permissions::canExport(roles).allowed == (mask != 0));
        CHECK(Permissions::canExport(roles).reason.isEmpty() == (mask != 0));
    }
}
