#pragma once

#include "employee.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

class EmployeeRepository
{
public:
    explicit EmployeeRepository(QSqlDatabase db);

    int count() const;
    // Creates an employee with a hashed password; returns the id or 0 with *error set.
    qint64 create(const QString &login, const QString &displayName, RoleSet roles,
                  const QString &password, QString *error = nullptr);
    // Checks login and password; an inactive employee or one with no roles is refused.
    // Returns the employee via *employee, or false with a user-facing reason in *error.
    bool authenticate(const QString &login, const QString &password, Employee *employee,
                      QString *error = nullptr) const;
    bool find(qint64 id, Employee *employee) const;
    bool findByLogin(const QString &login, Employee *employee) const;
    QList<Employee> all() const;   // ordered by display name

    // Administration (crm_admin): each returns false with *error set when the employee is gone.
    bool setActive(qint64 id, bool active, QString *error = nullptr);
    bool setRoles(qint64 id, RoleSet roles, QString *error = nullptr);
    bool setDisplayName(qint64 id, const QString &displayName, QString *error = nullptr);
    bool setPassword(qint64 id, const QString &password, QString *error = nullptr);

private:
    // Runs one UPDATE of one employee; refused when it changed no row (no such employee).
    Result<void> write(const QString &sql, const QVariantList &values) const;

    QSqlDatabase m_db;
};
