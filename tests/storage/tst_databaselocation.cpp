#include "catchqtstring.h"
#include "databaselocation.h"

#include <QSqlDatabase>

TEST_CASE("database location: a path is an SQLite file")
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(QStringLiteral("/home/anna/leads.sqlite"));
    REQUIRE(location.has_value());
    CHECK_FALSE(location->isPostgreSql());
    CHECK(location->location() == QStringLiteral("/home/anna/leads.sqlite"));
    CHECK(location->displayName() == QStringLiteral("/home/anna/leads.sqlite"));
    // A file may be called anything, even like a scheme without its slashes.
    CHECK_FALSE(DatabaseLocation::parse(QStringLiteral("postgresql.sqlite"))->isPostgreSql());
}

TEST_CASE("database location: a PostgreSQL URI gives host - port - user - database and options")
{
    const Result<DatabaseLocation> location =
        DatabaseLocation::parse(QStringLiteral("postgresql://sales%20team@db.example.com:6432/crm?sslmode=require"));
    REQUIRE(location.has_value());
    CHECK(location->isPostgreSql());
    CHECK(location->host() == QStringLiteral("db.example.com"));
    CHECK(location->port() == 6432);
    CHECK(location->user() == QStringLiteral("sales team"));
    CHECK(location->databaseName() == QStringLiteral("crm"));
    CHECK(location->connectOptions()
          == QStringLiteral("sslmode='require';connect_timeout='10';application_name='crm-agent'"));
    CHECK(location->displayName() == QStringLiteral("the PostgreSQL database crm on db.example.com:6432"));
}

TEST_CASE("database location: postgres:// and libpq's defaults")
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(QStringLiteral("postgres:///crm?connect_timeout=3"));
    REQUIRE(location.has_value());
    CHECK(location->isPostgreSql());
    CHECK(location->host().isEmpty());   // libpq's default: PGHOST, else the local socket
    CHECK(location->port() == -1);
    CHECK(location->user().isEmpty());
    CHECK(location->databaseName() == QStringLiteral("crm"));
    CHECK(location->connectOptions() == QStringLiteral("connect_timeout='3';application_name='crm-agent'"));
    CHECK(location->displayName() == QStringLiteral("the PostgreSQL database crm on localhost"));
}

TEST_CASE("database location: option values are quoted for libpq")
{
    const Result<DatabaseLocation> location =
        DatabaseLocation::parse(QStringLiteral("postgresql://h/crm?application_name=it%27s%20mine"));
    REQUIRE(location.has_value());
    CHECK(location->connectOptions() == QStringLiteral("application_name='it\\'s mine';connect_timeout='10'"));
}

TEST_CASE("database location: a password in the address is refused")
{
    for (const char *uri : {"postgresql://anna:secret@host/crm", "postgresql://anna@host/crm?password=secret"}) {
        INFO(uri);
        const Result<DatabaseLocation> location = DatabaseLocation::parse(QString::fromLatin1(uri));
        CHECK_FALSE(location.has_value());
        CHECK(location.error().contains(QStringLiteral("must not contain a password")));
        CHECK_FALSE(location.error().contains(QStringLiteral("secret")));
    }
}

TEST_CASE("database location: a PostgreSQL connection gets its parts and the password in memory")
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(QStringLiteral("postgresql://anna@host:5433/crm"));
    REQUIRE(location.has_value());
    {
        const QSqlDatabase db = location->addConnection(QStringLiteral("location-test"), QStringLiteral("typed"));
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
