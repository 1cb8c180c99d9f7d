#include "signinservice.h"

#include "employeerepository.h"
#include "session.h"

#include <memory>

namespace {

Result<Employee> authenticate(QSqlDatabase &db, const QString &login, const QString &password)
{
    return EmployeeRepository(db).authenticate(login, password);
}

} // namespace

SignInService::SignInService(Session *session) : m_session(session) {}

void SignInService::countEmployees(QObject *context, Done<int> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [](QSqlDatabase &db) { return Result<int>(EmployeeRepository(db).count()); }, std::move(done));
}

void SignInService::signIn(const QString &login, const QString &password, QObject *context,
                           SignInDone done) const
{
    // Written by the job on the Write lane, read by the answer on the caller's thread after it.
    const auto wait = std::make_shared<int>(0);
    m_session->run(
        Session::Lane::Write, context,
        [login, password, wait](QSqlDatabase &db) {
            return EmployeeRepository(db).authenticate(login, password, wait.get());
        },
        [wait, done = std::move(done)](Result<Employee> signedIn) { done(std::move(signedIn), *wait); });
}

void SignInService::createFirstAdmin(const QString &login, const QString &displayName, const QString &password,
                                     QObject *context, Done<Employee> done) const
{
    m_session->run(Session::Lane::Write, context,
                   [login, displayName, password](QSqlDatabase &db) -> Result<Employee> {
                       const Result<qint64> created
                           = EmployeeRepository(db).create(login, displayName, RoleSet(Role::Admin), password);
                       if (!created)
                           return Failure{created.error()};
                       return authenticate(db, login, password);
                   },
                   std::move(done));
}
