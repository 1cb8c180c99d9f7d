#pragma once

#include "role.h"

#include <QString>

// An employee of the CRM: who signs in and acts (spec section 2).
struct Employee
{
    qint64 id = 0;
    QString login;
    QString displayName;
    RoleSet roles;
    bool active = true;
};
