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
    // Creates an employee with a hashed password; returns the id.
    Result<qint64> create(const QString &login, const QString &displayName, RoleSet roles, const QString &password);
    // Checks login and password; an inactive employee or one with no roles is refused.
    // Returns the employee, or a Failure with a user-facing reason. Attempts are counted per login
    // in the database (SignInAttempts): after failures, the next attempt is refused until the
    // growing wait has passed; the message says the wait, and *retryAfterSeconds (when given) is
    // set to it (0 after a right password). An unknown login costs the same work as a wrong password.
    Result<Employee> authenticate(const QString &login, const QString &password,
                                  int *retryAfterSeconds = nullptr) const;
    bool find(qint64 id, Employee *employee) const;
    bool findByLogin(const QString &login, Employee *employee) const;
    QList<Employee> all() const;   // ordered by display name

    // Administration (crm_admin): each fails when the employee is gone.
    Result<void> setActive(qint64 id, bool active);
    Result<void> setRoles(qint64 id, RoleSet roles);
    Result<void> setDisplayName(qint64 id, const QString &displayName);
    Result<void> setPassword(qint64 id, const QString &password);

private:
    // Runs one UPDATE of one employee; refused when it changed no row (no such employee).
    Result<void> write(const QString &sql, const QVariantList &values) const;

    QSqlDatabase m_db;
};
