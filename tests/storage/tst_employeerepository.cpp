#include "catchqtstring.h"
#include "catchresult.h"
#include "employeerepository.h"
#include "storagefixture.h"

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
    CHECK(employees.authenticate(QStringLiteral("anna"), QStringLiteral("Secret")).error() == QStringLiteral("Wrong login or password."));
    CHECK(employees.authenticate(QStringLiteral("nobody"), QStringLiteral("secret")).error() == QStringLiteral("Wrong login or password."));
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
    CHECK(employees.authenticate(QStringLiteral("norole"), QStringLiteral("bad")).error() == QStringLiteral("Wrong login or password."));

    REQUIRE(employees.setRoles(id, Role::Marketeer));
    CHECK(employees.authenticate(QStringLiteral("norole"), QStringLiteral("pw")));
    REQUIRE(employees.setActive(id, false));
    CHECK(employees.authenticate(QStringLiteral("norole"), QStringLiteral("pw")).error().contains(QStringLiteral("disabled")));
    REQUIRE(employees.setActive(id, true));
    REQUIRE(employees.setPassword(id, QStringLiteral("new")));
    CHECK_FALSE(employees.authenticate(QStringLiteral("norole"), QStringLiteral("pw")));
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
