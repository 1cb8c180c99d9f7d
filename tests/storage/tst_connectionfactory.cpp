// A DatabaseLocation becomes a Qt SQL connection (QSQLITE or QPSQL) with the password in memory only.

#include "catchqtstring.h"
#include "connectionfactory.h"
#include "database.h"
#include "databaselocation.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>

TEST_CASE("connection factory: CRM Agent's libpq defaults join the URI's options")
{
    const Result<DatabaseLocation> location =
        DatabaseLocation::parse(QStringLiteral("postgresql://sales%20team@db.example.com:6432/crm?sslmode=require"));
    REQUIRE(location.has_value());
    CHECK(ConnectionFactory::connectOptions(*location)
          == QStringLiteral("sslmode='require';connect_timeout='10';application_name='crm-agent'"));
    const Result<DatabaseLocation> quick = DatabaseLocation::parse(QStringLiteral("postgres:///crm?connect_timeout=3"));
    REQUIRE(quick.has_value());
    CHECK(ConnectionFactory::connectOptions(*quick) == QStringLiteral("connect_timeout='3';application_name='crm-agent'"));
}

TEST_CASE("connection factory: option values are quoted for libpq")
{
    const Result<DatabaseLocation> location =
        DatabaseLocation::parse(QStringLiteral("postgresql://h/crm?application_name=it%27s%20mine"));
    REQUIRE(location.has_value());
    CHECK(ConnectionFactory::connectOptions(*location) == QStringLiteral("application_name='it\\'s mine';connect_timeout='10'"));
}

TEST_CASE("connection factory: a PostgreSQL connection gets its parts and the password in memory")
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(QStringLiteral("postgresql://anna@host:5433/crm"));
    REQUIRE(location.has_value());
    {
        const QSqlDatabase db = ConnectionFactory::add(*location, QStringLiteral("location-test"), QStringLiteral("typed"));
        CHECK(db.driverName() == QStringLiteral("QPSQL"));
        CHECK(db.isValid());   // the QPSQL driver is installed
        CHECK(db.hostName() == QStringLiteral("host"));
        CHECK(db.port() == 5433);
        CHECK(db.userName() == QStringLiteral("anna"));
        CHECK(db.databaseName() == QStringLiteral("crm"));
        CHECK(db.password() == QStringLiteral("typed"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("location-test"));
}

TEST_CASE("connection factory: an SQLite location is a QSQLITE connection to the file")
{
    {
        const QSqlDatabase db = ConnectionFactory::add(DatabaseLocation::sqliteFile(QStringLiteral("/tmp/x.sqlite")),
                                                       QStringLiteral("location-test-sqlite"));
        CHECK(db.driverName() == QStringLiteral("QSQLITE"));
        CHECK(db.databaseName() == QStringLiteral("/tmp/x.sqlite"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("location-test-sqlite"));
}

TEST_CASE("connection factory: a connection the server ended is told lost - after a failed statement, or by a probe")
{
    TestDatabase test;
    Database database;
    REQUIRE(database.open(test.location(), QStringLiteral("lost-test")).has_value());
    QSqlDatabase db = database.connection();
    CHECK(ConnectionFactory::lostReason(db).isEmpty());
    CHECK(ConnectionFactory::probe(db).isEmpty());
    if (!test.isPostgreSqlDatabase())
        return;   // a file is not ended by a server

    SECTION("a statement fails: lost, without asking the server again")
    {
        REQUIRE(test.terminateOtherConnections() >= 1);
        CHECK(ConnectionFactory::lostReason(db).isEmpty());   // libpq has not noticed yet
        QSqlQuery query(db);
        CHECK_FALSE(query.exec(QStringLiteral("SELECT 1")));
        CHECK_FALSE(ConnectionFactory::lostReason(db).isEmpty());
    }
    SECTION("an idle connection: the probe finds it")
    {
        REQUIRE(test.terminateOtherConnections() >= 1);
        const QString lost = ConnectionFactory::probe(db);
        CHECK_FALSE(lost.isEmpty());
        CHECK_FALSE(lost.contains(u'\n'));
    }
    db = QSqlDatabase();
}
