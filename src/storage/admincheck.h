#pragma once

#include "result.h"

#include <QString>

class QSqlDatabase;

// Whether an employee is, as stored now, an active crm_admin: a deactivation or a role change
// takes effect at once. EmployeeAdmin and ReferenceAdmin check their actor through it.
class AdminCheck
{
public:
    // Succeeds when employee `employeeId` is an active crm_admin. Otherwise fails with `refusal`,
    // or, when the read fails, with `databaseError` with %1 the database's own words.
    static Result<void> check(const QSqlDatabase &db, qint64 employeeId, const QString &refusal,
                              const QString &databaseError);
};
