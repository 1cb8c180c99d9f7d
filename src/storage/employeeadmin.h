#pragma once

#include "employeerecord.h"
#include "result.h"
#include "role.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct Employee;

// Employee management for crm_admin: add, change roles and name, reset password, deactivate.
// Every change re-reads the acting employee and is refused unless they are an active crm_admin.
// A deactivated employee cannot sign in and keeps their history.
class EmployeeAdmin
{
public:
    static constexpr int MinPasswordLength = 8;

    explicit EmployeeAdmin(QSqlDatabase db);

    // Everyone whose login or name contains `text` (case-insensitive), by name.
    Result<QList<EmployeeRecord>> list(const QString &text = QString()) const;
    Result<EmployeeRecord> find(qint64 id) const;
    // The employee's time zone id, empty for "this computer's".
    QString timeZoneOf(qint64 id) const;

    // Adds an employee; returns the id, or a Failure naming the field and the problem.
    Result<qint64> add(const Employee &actor, const EmployeeRecord &record, const QString &password);
    // Changes display name, roles and time zone (the login stays).
    Result<void> update(const Employee &actor, const EmployeeRecord &record);
    Result<void> resetPassword(const Employee &actor, qint64 id, const QString &password);
    // Deactivates (active = false) or reactivates an employee.
    Result<void> setActive(const Employee &actor, qint64 id, bool active);

private:
    QSqlDatabase m_db;
};
