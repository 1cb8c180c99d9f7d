#include "catchqtstring.h"
#include "catchresult.h"
#include "employeerepository.h"
#include "signinattempts.h"
#include "storagefixture.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

TEST_CASE("storage: employees sign in with the right password only")
{
    StorageFixture fixture;
    EmployeeRepository employees(fixture.db());
    const Employee employee = valueOf(employees.authenticate(QStringLiteral("anna"), QStringLiteral("secret")));
    CHECK(employee.id == fixture.employeeId);
    CHECK(employee.login == QStringLiteral("anna"));
    CHECK(employee.displayName == QStringLiteral("Анна Смирнова"));
    CHECK(employee.roles == RoleSet(Role::Sales));
    CHECK(employee.active);
    // Logins are case-insensitive; passwords are not.
    CHECK(employees.authenticate(QStringLiteral("ANNA"), QStringLiteral("secret")));
    CHECK(employees.authenticate(QStringLiteral("anna"), QStringLiteral("Secret")).error()
          == QStringLiteral("Wrong login or password. Try again in 1 second(s)."));
    CHECK(employees.authenticate(QStringLiteral("nobody"), QStringLiteral("secret")).error()
          == QStringLiteral("Wrong login or password. Try again in 1 second(s)."));
    CHECK_FALSE(employees.authenticate(QStringLiteral("anna"), QString()));

    // The password is stored only as a salted hash.
    QSqlQuery query(fixture.db());
    REQUIRE(query.exec(QStringLiteral("SELECT password_hash FROM employees WHERE login = 'anna'")));
    REQUIRE(query.next());
    const QString hash = query.value(0).toString();
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("secret")));
}

TEST_CASE("storage: inactive employees and employees without roles are refused with a reason")
{
    StorageFixture fixture;
    EmployeeRepository employees(fixture.db());
    const qint64 id
        = valueOf(employees.create(QStringLiteral("norole"), QStringLiteral("No Role"), RoleSet(), QStringLiteral("pw")));
    REQUIRE(id > 0);
    CHECK(employees.authenticate(QStringLiteral("norole"), QStringLiteral("pw")).error().contains(QStringLiteral("no role")));
    // A wrong password says no more than that.
    CHECK(employees.authenticate(QStringLiteral("norole"), QStringLiteral("bad")).error().startsWith(QStringLiteral("Wrong login or password.")));
    REQUIRE(SignInAttempts(fixture.db()).clear(QStringLiteral("norole")));   // the wait is another test's

    REQUIRE(employees.setRoles(id, Role::Marketeer));
    CHECK(employees.authenticate(QStringLiteral("norole"), QStringLiteral("pw")));
    REQUIRE(employees.setActive(id, false));
    CHECK(employees.authenticate(QStringLiteral("norole"), QStringLiteral("pw")).error().contains(QStringLiteral("disabled")));
    REQUIRE(employees.setActive(id, true));
    REQUIRE(employees.setPassword(id, QStringLiteral("new")));
    CHECK_FALSE(employees.authenticate(QStringLiteral("norole"), QStringLiteral("pw")));
    REQUIRE(SignInAttempts(fixture.db()).clear(QStringLiteral("norole")));
    CHECK(employees.authenticate(QStringLiteral("norole"), QStringLiteral("new")));
    CHECK_FALSE(employees.setActive(999999, false));
}

TEST_CASE("storage: employees are created once per login and listed by name")
{
    StorageFixture fixture;
    EmployeeRepository employees(fixture.db());
    CHECK(employees.count() == 2);
    CHECK(employees.create(QStringLiteral("Anna"), QStringLiteral("Another Anna"), Role::Admin, QStringLiteral("x"))
              .error()
              .contains(QStringLiteral("already exists")));
    CHECK_FALSE(employees.create(QString(), QStringLiteral("Nobody"), Role::Admin, QStringLiteral("x")));
    CHECK_FALSE(employees.create(QStringLiteral("empty"), QStringLiteral("Empty"), Role::Admin, QString()));
    CHECK(employees.count() == 2);

    Employee employee;
    REQUIRE(employees.find(fixture.otherEmployeeId, &employee));
    CHECK(employee.login == QStringLiteral("oliver"));
    CHECK(employee.roles == (RoleSet(Role::Manager) | Role::Sales));
    REQUIRE(employees.findByLogin(QStringLiteral("OLIVER"), &employee));
    CHECK(employee.id == fixture.otherEmployeeId);
    CHECK_FALSE(employees.find(999999, &employee));
    CHECK_FALSE(employees.findByLogin(QStringLiteral("ghost"), &employee));

    const QList<Employee> all = employees.all();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).displayName == QStringLiteral("Oliver Harris"));
    CHECK(all.at(1).displayName == QStringLiteral("Анна Смирнова"));
}

// Issue #14, finding 5: failed sign-ins are counted in the database per login, known or not, and
// the next attempt for that login waits longer after each (1 s, 2 s, 4 s, ...). No clock is waited
// on: "the wait has passed" is written into the table.
TEST_CASE("storage: failed sign-ins are counted per login in the database and make the next attempt wait")
{
    StorageFixture fixture;
    EmployeeRepository employees(fixture.db());
    SignInAttempts attempts(fixture.db());
    const auto waitPassed = [&fixture] {
        QSqlQuery query(fixture.db());
        REQUIRE(query.exec(QStringLiteral("UPDATE sign_in_failures SET allowed_from = '2000-01-01T00:00:00.000Z'")));
    };
    const QString wrong1 = QStringLiteral("Wrong login or password. Try again in 1 second(s).");

    // An unknown login and a wrong password: the same answer, each counted under the login typed.
    int wait = -1;
    CHECK(employees.authenticate(QStringLiteral("nobody"), QStringLiteral("secret"), &wait).error() == wrong1);
    CHECK(wait == 1);
    CHECK(attempts.failures(QStringLiteral("nobody")) == 1);
    CHECK(employees.authenticate(QStringLiteral("anna"), QStringLiteral("Secret"), &wait).error() == wrong1);
    CHECK(wait == 1);
    CHECK(attempts.failures(QStringLiteral(" ANNA ")) == 1);   // as logins compare: trimmed, any case

    // Within the wait even the right password is refused, saying how long; nothing more is counted.
    // (The wait is set to an hour here, so that a slow machine cannot let it pass meanwhile.)
    const auto waitAnHour = [&fixture] {
        QSqlQuery query(fixture.db());
        REQUIRE(query.prepare(QStringLiteral("UPDATE sign_in_failures SET allowed_from = ?")));
        query.addBindValue(QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs));
        REQUIRE(query.exec());
    };
    waitAnHour();
    Result<Employee> early = employees.authenticate(QStringLiteral("Anna"), QStringLiteral("secret"), &wait);
    CHECK(wait > 3500);   // an hour, less the moment since
    CHECK(wait <= 3600);
    CHECK(early.error() == QStringLiteral("Too many failed sign-ins for Anna: try again in %1 second(s).").arg(wait));
    CHECK(attempts.failures(QStringLiteral("anna")) == 1);
    // The count is the database's: another connection (another window, a command line) waits too.
    {
        Database other;
        REQUIRE(other.open(fixture.path(), QStringLiteral("signin-other")));
        early = EmployeeRepository(other.connection()).authenticate(QStringLiteral("anna"), QStringLiteral("secret"));
        CHECK(early.error().startsWith(QStringLiteral("Too many failed sign-ins for anna")));
    }

    // Each failure doubles the wait.
    waitPassed();
    CHECK(employees.authenticate(QStringLiteral("anna"), QStringLiteral("bad"), &wait).error()
          == QStringLiteral("Wrong login or password. Try again in 2 second(s)."));
    CHECK(wait == 2);
    waitPassed();
    CHECK_FALSE(employees.authenticate(QStringLiteral("anna"), QStringLiteral("bad"), &wait));
    CHECK(wait == 4);
    CHECK(attempts.failures(QStringLiteral("anna")) == 3);

    // Once the wait has passed, the right password signs in and starts the count again.
    waitPassed();
    CHECK(employees.authenticate(QStringLiteral("anna"), QStringLiteral("secret"), &wait));
    CHECK(wait == 0);
    CHECK(attempts.failures(QStringLiteral("anna")) == 0);
    CHECK(attempts.failures(QStringLiteral("nobody")) == 1);   // another login's count is its own
}

TEST_CASE("storage: an unknown role bit grants nothing, so alone it cannot sign in")
{
    // Issue #14, finding 6: roles = 16 is no role this version knows.
    StorageFixture fixture;
    EmployeeRepository employees(fixture.db());
    QSqlQuery query(fixture.db());
    REQUIRE(query.exec(QStringLiteral("UPDATE employees SET roles = 16 WHERE login = 'anna'")));
    CHECK(employees.authenticate(QStringLiteral("anna"), QStringLiteral("secret")).error().contains(QStringLiteral("no role")));
    Employee anna;
    REQUIRE(employees.findByLogin(QStringLiteral("anna"), &anna));
    CHECK(anna.roles == RoleSet());
    REQUIRE(query.exec(QStringLiteral("UPDATE employees SET roles = 16 + 32 + 4 WHERE login = 'anna'")));
    CHECK(valueOf(employees.authenticate(QStringLiteral("anna"), QStringLiteral("secret"))).roles == RoleSet(Role::Manager));
}
