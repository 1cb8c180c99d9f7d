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
    static bool canSignIn(RoleSet roles) { return roles != RoleSet(); }
};
