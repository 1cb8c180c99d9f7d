#pragma once

#include "role.h"

#include <QDateTime>
#include <QString>

// An employee as the administrator manages them.
struct EmployeeRecord
{
    qint64 id = 0;
    QString login;
    QString displayName;
    RoleSet roles;
    bool active = true;
    QString timeZone;   // IANA id ("Europe/Moscow"); empty: the computer's time zone
    QDateTime createdAt;
};
