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
    // Checks login and password; the employee, or the reason they are refused.
    void signIn(const QString &login, const QString &password, QObject *context,
                Done<Employee> done) const;
    // Creates the first crm_admin, then signs them in.
    void createFirstAdmin(const QString &login, const QString &displayName, const QString &password,
                          QObject *context, Done<Employee> done) const;

private:
    Session *m_session;
};
