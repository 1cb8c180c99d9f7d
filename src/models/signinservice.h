#pragma once

#include "serviceresult.h"
#include "employee.h"
#include "result.h"

#include <QString>

#include <functional>

class QObject;
class Session;

// Signing in through the Session: every check runs on the Write lane (hashing a password with
// Argon2id is slow on purpose), answers come back on the caller's thread.
class SignInService
{
public:
    explicit SignInService(Session *session);

    // How many employees the database has (0: the first administrator is to be created).
    void countEmployees(QObject *context, Done<int> done) const;
    // The answer to a sign-in: the employee, or the reason they are refused, and the seconds to wait
    // before the next attempt for that login is taken (0 once signed in).
    using SignInDone = std::function<void(Result<Employee>, int retryAfterSeconds)>;

    // Checks login and password; the employee, or the reason they are refused (after failures for
    // the login, until the growing wait has passed: EmployeeRepository::authenticate).
    void signIn(const QString &login, const QString &password, QObject *context, SignInDone done) const;
    // Creates the first crm_admin, then signs them in.
    void createFirstAdmin(const QString &login, const QString &displayName, const QString &password,
                          QObject *context, Done<Employee> done) const;

private:
    Session *m_session;
};
