#include "permissions.h"

#include <QCoreApplication>

namespace {

Decision allow()
{
    return Decision{true, QString()};
}

Decision deny(const QString &reason)
{
    return Decision{false, reason};
}

bool isKnownState(LeadState state)
{
    return LeadStates::fromInt(static_cast<int>(state), nullptr);
}

// Why a closed (or unknown) lead cannot be changed.
QString readOnlyReason(LeadState state)
{
    switch (state) {
    case LeadState::Qualified:
        return QCoreApplication::translate("Permissions", "A qualified lead is read-only.");
    case LeadState::Disqualified:
        return QCoreApplication::translate("Permissions", "A disqualified lead is read-only.");
    case LeadState::Dropped:
        return QCoreApplication::translate("Permissions", "A dropped lead is read-only.");
    case LeadState::New:
    case LeadState::Assigned:
        break;
    }
    return QCoreApplication::translate("Permissions", "The lead is in an unknown state.");
}

Decision checkAssign(RoleSet roles, LeadAction action, LeadState state, bool isOwner)
{
    const LeadState wanted = action == LeadAction::Assign ? LeadState::New : LeadState::Assigned;
    if (state != wanted) {
        if (!isKnownState(state) || LeadStates::isClosed(state))
            return deny(readOnlyReason(state));
        if (action == LeadAction::Assign)
            return deny(QCoreApplication::translate(
                "Permissions", "The lead is already assigned; reassign it instead."));
        return deny(QCoreApplication::translate(
            "Permissions", "The lead is not assigned yet; assign it instead."));
    }
    if (roles.testFlag(Role::Admin) || roles.testFlag(Role::Sales))
        return allow();
    if (isOwner)
        return allow();   // crm_manager or crm_marketeer on a lead they own
    if (action == LeadAction::Assign)
        return deny(QCoreApplication::translate(
            "Permissions",
            "Only an administrator or a sales agent can assign a lead that someone else owns."));
    return deny(QCoreApplication::translate(
        "Permissions",
        "Only an administrator or a sales agent can reassign a lead that someone else owns."));
}

Decision checkClose(LeadAction action, LeadState state, bool isOwner)
{
    if (state != LeadState::Assigned) {
        if (!isKnownState(state) || LeadStates::isClosed(state))
            return deny(readOnlyReason(state));
        if (action == LeadAction::Qualify)
            return deny(QCoreApplication::translate(
                "Permissions", "Only an assigned lead can be qualified: assign it first."));
        return deny(QCoreApplication::translate(
            "Permissions", "Only an assigned lead can be disqualified: assign it first."));
    }
    if (!isOwner) {
        if (action == LeadAction::Qualify)
            return deny(QCoreApplication::translate("Permissions",
                                                    "Only the lead's owner can qualify it."));
        return deny(QCoreApplication::translate("Permissions",
                                                "Only the lead's owner can disqualify it."));
    }
    return allow();
}

} // namespace

Decision Permissions::check(RoleSet roles, LeadAction action, LeadState state, bool isOwner)
{
    // Only the four CRM roles count; stray bits grant nothing.
    if (!(roles & Roles::allRoles()))
        return deny(QCoreApplication::translate(
            "Permissions", "You hold no CRM role; ask an administrator to grant one."));

    switch (action) {
    case LeadAction::Create:
        return allow();
    case LeadAction::Edit:
        if (state == LeadState::New || state == LeadState::Assigned)
            return allow();
        return deny(readOnlyReason(state));
    case LeadAction::Assign:
    case LeadAction::Reassign:
        return checkAssign(roles, action, state, isOwner);
    case LeadAction::Qualify:
    case LeadAction::Disqualify:
        return checkClose(action, state, isOwner);
    }
    return deny(QCoreApplication::translate("Permissions", "Unknown action."));
}

namespace {

Decision noCrmRole()
{
    return deny(QCoreApplication::translate("Permissions", "You hold no CRM role; ask an administrator to grant one."));
}

// How far check() lets `roles` take `action`, over every state, on a lead they own and on one they
// do not: on some lead at all, and on only some of them (the ones they own).
struct Reach
{
    bool some = false;
    bool ownedOnly = false;
};

Reach reachOf(RoleSet roles, LeadAction action)
{
    Reach reach;
    bool everyOwner = true;
    for (LeadState state : LeadStates::all()) {
        const bool owned = Permissions::check(roles, action, state, true).allowed;
        const bool other = Permissions::check(roles, action, state, false).allowed;
        reach.some = reach.some || owned || other;
        everyOwner = everyOwner && owned == other;
    }
    reach.ownedOnly = reach.some && !everyOwner;
    return reach;
}

} // namespace

Decision Permissions::byRoles(RoleSet roles, LeadAction action)
{
    if (reachOf(roles, action).some)
        return allow();
    if (!(roles & Roles::allRoles()))
        return noCrmRole();
    return check(roles, action, LeadState::New, true);
}

QString Permissions::roleLimit(RoleSet roles, LeadAction action)
{
    if (!reachOf(roles, action).ownedOnly)
        return QString();
    switch (action) {
    case LeadAction::Assign:
    case LeadAction::Reassign:
        return QCoreApplication::translate("Permissions",
                                           "Your roles let you assign and reassign only the leads you own.");
    case LeadAction::Qualify:
        return QCoreApplication::translate("Permissions", "Only a lead's owner can qualify it.");
    case LeadAction::Disqualify:
        return QCoreApplication::translate("Permissions", "Only a lead's owner can disqualify it.");
    case LeadAction::Create:
    case LeadAction::Edit:
        break;
    }
    return QString();
}

Decision Permissions::canExport(RoleSet roles)
{
    return roles & Roles::allRoles() ? allow() : noCrmRole();
}
