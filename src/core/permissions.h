#pragma once

#include "leadstate.h"
#include "role.h"

#include <QString>

enum class LeadAction {
    Create,
    Edit,
    Assign,
    Reassign,
    Qualify,
    Disqualify,
};

struct Decision
{
    bool allowed = false;
    QString reason;   // why not, worded for the user; empty when allowed
    explicit operator bool() const { return allowed; }
};

// The permission rules of spec section 2 as one pure function.
class Permissions
{
public:
    // `state` is ignored for Create. `isOwner`: the acting employee is the lead's Owner.
    static Decision check(RoleSet roles, LeadAction action, LeadState state, bool isOwner);
    static bool canSignIn(RoleSet roles) { return (roles & Roles::allRoles()) != RoleSet(); }
    // Whether `roles` let their holder perform `action` on some lead at all, whatever its state and
    // owner (derived from check() over every state and ownership): false (with the reason, worded
    // for the user) for an action the roles can never perform, so that it is not offered. The
    // per-lead check() still decides each lead.
    static Decision byRoles(RoleSet roles, LeadAction action);
    // What `roles` restrict `action` to when they allow it only on some leads ("only leads you
    // own"), worded for the user; empty when they restrict nothing or never allow it.
    static QString roleLimit(RoleSet roles, LeadAction action);
    // Exporting leads to CSV (spec section 4): any of the four roles.
    static Decision canExport(RoleSet roles);
};
