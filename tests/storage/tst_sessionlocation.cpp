#include "catchqtstring.h"
#include "opensession.h"
#include "schema.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QUrl>
#include <QSqlQuery>
#include <QVariant>

namespace {

Result<int> schemaVersionOn(Session &session, Session::Lane lane)
{
    return await<Result<int>>([&](QObject *context, auto done) {
        session.run(lane, context, [](QSqlDatabase &db) -> Result<int> {
            const int version = Schema::version(db);
            if (version < 0)
                return Failure{db.lastError().text()};
            return version;
        }, done);
    });
}

} // namespace

TEST_CASE("session: opens the test database's location on every lane it is asked on")
{
    TestDatabase test;
    const std::unique_ptr<Session> session = openSession(test.location());
    CHECK(session->databaseLocation() == test.location());
    for (const Session::Lane lane : {Session::Lane::Write, Session::Lane::Read, Session::Lane::List}) {
        const Result<int> version = schemaVersionOn(*session, lane);
        INFO(version.error().toStdString());
        REQUIRE(version.has_value());
        CHECK(*version == Schema::CurrentVersion);
    }
}

TEST_CASE("session: a password given in memory reaches the PostgreSQL server - a wrong one is refused",
          "[postgresql-only]")
{
    TestDatabase test;
    // The cluster asks crm_password_test, and only that user, for a password (postgres-cluster.sh).
    test.exec({QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'crm_password_test') "
                              "THEN CREATE ROLE crm_password_test LOGIN; END IF; END $$"),
               QStringLiteral("ALTER ROLE crm_password_test PASSWORD 'right horse'"),
               QStringLiteral("ALTER DATABASE %1 OWNER TO crm_password_test").arg(QUrl(test.location()).path().mid(1))});
    QUrl url(test.location());
    url.setUserName(QStringLiteral("crm_password_test"));
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent");

    SECTION("the right password")
    {
        Session session(url.toString(), QStringLiteral("right horse"));
        const Result<void> opened = await<Result<void>>([&](QObject *c, auto done) { session.open(c, done); });
        INFO(opened.error().toStdString());
        CHECK(opened.has_value());
        const Result<int> version = schemaVersionOn(session, Session::Lane::Read);
        REQUIRE(version.has_value());
        CHECK(*version == Schema::CurrentVersion);
    }
    SECTION("a wrong password, or none")
    {
        const QString password = GENERATE(QStringLiteral("wrong horse"), QString());
        Session session(url.toString(), password);
        const Result<void> opened = await<Result<void>>([&](QObject *c, auto done) { session.open(c, done); });
        CHECK_FALSE(opened.has_value());
        CHECK(opened.error().contains(QStringLiteral("refused the sign-in")));
        CHECK_FALSE(opened.error().contains(QStringLiteral("horse")));
        CHECK_FALSE(opened.error().contains(u'\n'));
    }
    qunsetenv("PGPASSFILE");
}
