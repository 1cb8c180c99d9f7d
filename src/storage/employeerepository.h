#pragma once

#include "role.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

struct Employee
{
    qint64 id = 0;
    QString login;
    QString displayName;
    RoleSet roles;
    bool active = true;
};

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
    QList<Employee> all() const;

private:
    QSqlDatabase m_db;
};
