#include "employeerepository.h"

#include "passwordhasher.h"
#include "permissions.h"
#include "signinattempts.h"
#include "timestamps.h"
#include "sqlcheck.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmployeeRepository)
};

const QString kSelect = QStringLiteral("SELECT id, login, display_name, roles, active FROM employees");

Employee employeeFrom(const QSqlQuery &query)
{
    Employee employee;
    employee.id = query.value(0).toLongLong();
    employee.login = query.value(1).toString();
    employee.displayName = query.value(2).toString();
    employee.roles = Roles::fromStored(query.value(3).toInt());
    employee.active = query.value(4).toInt() != 0;
    return employee;
}

} // namespace

EmployeeRepository::EmployeeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

int EmployeeRepository::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM employees")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<qint64> EmployeeRepository::create(const QString &login, const QString &displayName, RoleSet roles,
                                          const QString &password)
{
    const QString trimmedLogin = login.trimmed();
    if (trimmedLogin.isEmpty())
        return Failure{Tr::tr("The login must not be empty.")};
    if (password.isEmpty())
        return Failure{Tr::tr("The password must not be empty.")};
    Employee existing;
    if (findByLogin(trimmedLogin, &existing))
        return Failure{Tr::tr("An employee with the login %1 already exists.").arg(trimmedLogin)};
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Failure{Tr::tr("Could not hash the password (out of memory).")};
    QSqlQuery query(m_db);
    const Result<qint64> id
        = SqlDialect::of(m_db).insert(query,
                                      QStringLiteral("INSERT INTO employees (login, display_name, roles, password_hash, "
                                                     "active, created_at) VALUES (?, ?, ?, ?, 1, ?)"),
                                      {trimmedLogin, displayName.simplified().isEmpty() ? trimmedLogin
                                                                                        : displayName.simplified(),
                                       roles.toInt(), hash, Timestamps::format(Timestamps::nowUtc())});
    if (!id)
        return Failure{Tr::tr("Could not create the employee: %1").arg(id.error())};
    return *id;
}

Result<Employee> EmployeeRepository::authenticate(const QString &login, const QString &password,
                                                  int *retryAfterSeconds) const
{
    if (retryAfterSeconds)
        *retryAfterSeconds = 0;
    // The wait after failed attempts comes first, and the same for every login typed, known or not.
    SignInAttempts attempts(m_db);
    const Result<SignInAttempts::Claim> claimed = attempts.claim(login, QDateTime::currentDateTimeUtc());
    if (!claimed)
        return claimed.failure();
    if (retryAfterSeconds)
        *retryAfterSeconds = claimed->waitSeconds;
    if (!claimed->allowed) {
        return Failure{Tr::tr("Too many failed sign-ins for %1: try again in %n second(s).", nullptr,
                              claimed->waitSeconds)
                           .arg(login.trimmed())};
    }
    // Counted as a failure until the password proved right.
    const Failure wrong{Tr::tr("Wrong login or password. Try again in %n second(s).", nullptr,
                               claimed->waitSeconds)};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (const Result<void> ran
        = SqlCheck::run(query,
                        QStringLiteral("SELECT id, login, display_name, roles, active, password_hash FROM employees "
                                       "WHERE ")
                            + SqlDialect::of(m_db).equalsIgnoringCase(QStringLiteral("login")),
                        {login.trimmed()});
        !ran) {
        return Failure{Tr::tr("Could not check the password: %1").arg(ran.error())};
    }
    if (!query.next()) {
        // The same work as for a wrong password: the time taken does not tell which logins exist.
        PasswordHasher::verify(password, PasswordHasher::dummyHash());
        return wrong;
    }
    const Employee found = employeeFrom(query);
    const QString hash = query.value(5).toString();
    query.finish();
    // The password is checked first: account states are told only to whoever knows it.
    if (!PasswordHasher::verify(password, hash))
        return wrong;
    if (retryAfterSeconds)
        *retryAfterSeconds = 0;
    if (const Result<void> cleared = attempts.clear(login); !cleared)
        return cleared.failure();
    if (!found.active)
        return Failure{Tr::tr("The account %1 is disabled. Ask an administrator to enable it.").arg(found.login)};
    if (!Permissions::canSignIn(found.roles)) {
        return Failure{Tr::tr("The account %1 has no role, so it cannot sign in. Ask an administrator to "
                            "give it one.")
                         .arg(found.login)};
    }
    if (PasswordHasher::needsRehash(hash)) {
        const QString fresh = PasswordHasher::hash(password);
        if (!fresh.isEmpty()) {
            QSqlQuery update(m_db);
            // Best effort: the old hash still works, so a failure here does not fail the sign-in.
            if (!SqlCheck::run(update, QStringLiteral("UPDATE employees SET password_hash = ? WHERE id = ?"),
                               {fresh, found.id}))
                qWarning("Could not store the rehashed password: %s", qPrintable(SqlCheck::message(update)));
        }
    }
    return found;
}

bool EmployeeRepository::find(qint64 id, Employee *employee) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlCheck::run(query, kSelect + QStringLiteral(" WHERE id = ?"), {id}) || !query.next())
        return false;
    if (employee)
        *employee = employeeFrom(query);
    return true;
}

bool EmployeeRepository::findByLogin(const QString &login, Employee *employee) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sameLogin = SqlDialect::of(m_db).equalsIgnoringCase(QStringLiteral("login"));
    if (!SqlCheck::run(query, kSelect + QStringLiteral(" WHERE ") + sameLogin,
                       {login.trimmed()}) || !query.next())
        return false;
    if (employee)
        *employee = employeeFrom(query);
    return true;
}

QList<Employee> EmployeeRepository::all() const
{
    QList<Employee> employees;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(kSelect + QStringLiteral(" ORDER BY %1, id")
                              .arg(SqlDialect::of(m_db).caseInsensitive(QStringLiteral("display_name")))))
        return employees;
    while (query.next())
        employees.append(employeeFrom(query));
    return employees;
}

Result<void> EmployeeRepository::setActive(qint64 id, bool active)
{
    return write(QStringLiteral("UPDATE employees SET active = ? WHERE id = ?"), {active ? 1 : 0, id});
}

Result<void> EmployeeRepository::setRoles(qint64 id, RoleSet roles)
{
    return write(QStringLiteral("UPDATE employees SET roles = ? WHERE id = ?"), {roles.toInt(), id});
}

Result<void> EmployeeRepository::setDisplayName(qint64 id, const QString &displayName)
{
    if (displayName.simplified().isEmpty())
        return Failure{Tr::tr("The name must not be empty.")};
    return write(QStringLiteral("UPDATE employees SET display_name = ? WHERE id = ?"), {displayName.simplified(), id});
}

Result<void> EmployeeRepository::setPassword(qint64 id, const QString &password)
{
    if (password.isEmpty())
        return Failure{Tr::tr("The password must not be empty.")};
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Failure{Tr::tr("Could not hash the password (out of memory).")};
    return write(QStringLiteral("UPDATE employees SET password_hash = ? WHERE id = ?"), {hash, id});
}

Result<void> EmployeeRepository::write(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_db);
    if (const Result<void> ran = SqlCheck::run(query, sql, values); !ran)
        return Failure{Tr::tr("Could not save the employee: %1").arg(ran.error())};
    if (query.numRowsAffected() != 1)
        return Failure{Tr::tr("The employee no longer exists.")};
    return {};
}
