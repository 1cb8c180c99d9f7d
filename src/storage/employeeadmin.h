#pragma once

#include "employeerecord.h"
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
    QList<EmployeeRecord> list(const QString &text = QString(), QString *error = nullptr) const;
    bool find(qint64 id, EmployeeRecord *record, QString *error = nullptr) const;
    // The employee's time zone id, empty for "this computer's".
    QString timeZoneOf(qint64 id) const;

    // Adds an employee; returns the id or 0 with *error naming the field and the problem.
    qint64 add(const Employee &actor, const EmployeeRecord &record, const QString &password, QString *error = nullptr);
    // Changes display name, roles and time zone (the login stays).
    bool update(const Employee &actor, const EmployeeRecord &record, QString *error = nullptr);
    bool resetPassword(const Employee &actor, qint64 id, const QString &password, QString *error = nullptr);
    // Deactivates (active = false) or reactivates an employee.
    bool setActive(const Employee &actor, qint64 id, bool active, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};
