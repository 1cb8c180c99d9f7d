// Reading and writing database locations: an SQLite file or a PostgreSQL URI (issue #10).

#include "catchqt.h"

#include "databaselocation.h"

#include <catch2/catch.hpp>

TEST_CASE("core/A path that is not a URI is an SQLite file, kept as typed", "[core][location]")
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(QStringLiteral("/home/anna/leads.sqlite"));
    REQUIRE(location.has_value());
    CHECK(location->engine() == DatabaseLocation::Engine::Sqlite);
    CHECK(location->path() == QStringLiteral("/home/anna/leads.sqlite"));
    CHECK(location->toString() == QStringLiteral("/home/anna/leads.sqlite"));
    CHECK(location->displayName() == QStringLiteral("leads.sqlite"));
    CHECK_FALSE(DatabaseLocation::isPostgresUri(QStringLiteral("/home/anna/postgresql.sqlite")));
}

TEST_CASE("core/A PostgreSQL URI gives host, port, database, user and options", "[core][location]")
{
    const Result<DatabaseLocation> location
        = DatabaseLocation::parse(QStringLiteral("postgresql://anna@db.example.com:5433/crm?sslmode=require"));
    REQUIRE(location.has_value());
    CHECK(location->isPostgres());
    CHECK(location->host() == QStringLiteral("db.example.com"));
    CHECK(location->port() == 5433);
    CHECK(location->databaseName() == QStringLiteral("crm"));
    CHECK(location->userName() == QStringLiteral("anna"));
    CHECK(location->option(QStringLiteral("sslmode")) == QStringLiteral("require"));
    CHECK(location->displayName() == QStringLiteral("crm on db.example.com"));
    CHECK(location->description() == QStringLiteral("the PostgreSQL database crm on db.example.com:5433"));
    CHECK(location->toString() == QStringLiteral("postgresql://anna@db.example.com:5433/crm?sslmode=require"));
}

TEST_CASE("core/postgres:// is accepted and written back as postgresql://", "[core][location]")
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(QStringLiteral("postgres://127.0.0.1/leads"));
    REQUIRE(location.has_value());
    CHECK(location->port() == 0);
    CHECK(location->userName().isEmpty());
    CHECK(location->toString() == QStringLiteral("postgresql://127.0.0.1/leads"));
}

TEST_CASE("core/Query parameters host, port, dbname and user override the URI's parts", "[core][location]")
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(
        QStringLiteral("postgresql:///crm?host=%2Fvar%2Frun%2Fpostgresql&port=5434&user=bob&application_name=desk"));
    REQUIRE(location.has_value());
    CHECK(location->host() == QStringLiteral("/var/run/postgresql"));
    CHECK(location->port() == 5434);
    CHECK(location->userName() == QStringLiteral("bob"));
    CHECK(location->option(QStringLiteral("application_name")) == QStringLiteral("desk"));
    CHECK(location->displayName() == QStringLiteral("crm on this computer"));
    // A socket folder goes back into the query, and the text reads back to the same location.
    const QString text = location->toString();
    CHECK(text == QStringLiteral("postgresql://bob@:5434/crm?host=%2Fvar%2Frun%2Fpostgresql&application_name=desk"));
    const Result<DatabaseLocation> again = DatabaseLocation::parse(text);
    REQUIRE(again.has_value());
    CHECK(*again == *location);
}

TEST_CASE("core/Every location reads back from its text", "[core][location]")
{
    const DatabaseLocation built = DatabaseLocation::postgres(QStringLiteral("::1"), 6000, QStringLiteral("sales team"),
                                                              QStringLiteral("o'neil@corp"), QStringLiteral("verify-full"));
    const Result<DatabaseLocation> read = DatabaseLocation::parse(built.toString());
    REQUIRE(read.has_value());
    CHECK(read->host() == QStringLiteral("::1"));
    CHECK(read->port() == 6000);
    CHECK(read->databaseName() == QStringLiteral("sales team"));
    CHECK(read->userName() == QStringLiteral("o'neil@corp"));
    CHECK(read->option(QStringLiteral("sslmode")) == QStringLiteral("verify-full"));
    CHECK(*read == built);
}

TEST_CASE("core/Bad database addresses are refused with the problem named", "[core][location]")
{
    const auto error = [](const char *text) {
        const Result<DatabaseLocation> location = DatabaseLocation::parse(QString::fromUtf8(text));
        REQUIRE_FALSE(location.has_value());
        return location.error();
    };
    CHECK(error("").contains(QStringLiteral("no file or server")));
    CHECK(error("   ").contains(QStringLiteral("no file or server")));
    CHECK(error("postgresql://anna:secret@db/crm").contains(QStringLiteral("password")));
    CHECK(error("postgresql://anna@db/crm?password=secret").contains(QStringLiteral("password")));
    CHECK_FALSE(error("postgresql://anna@db/crm?password=secret").contains(QStringLiteral("secret")));
    CHECK(error("postgresql://db/crm?application_name=a%3Bb").contains(QStringLiteral("must not contain")));
    CHECK(error("postgresql://db.example.com").contains(QStringLiteral("names no database")));
    CHECK(error("postgresql://db.example.com/").contains(QStringLiteral("names no database")));
    CHECK(error("postgresql://db/crm?sslmode=maybe").contains(QStringLiteral("sslmode \"maybe\"")));
    CHECK(error("postgresql://db/crm?colour=blue").contains(QStringLiteral("unknown connection parameter \"colour\"")));
    CHECK(error("postgresql://db/crm?port=abc").contains(QStringLiteral("port \"abc\"")));
    CHECK(error("postgresql://db/crm?port=70000").contains(QStringLiteral("out of range")));
    CHECK(error("postgresql://db/a/b").contains(QStringLiteral("slash")));
    CHECK(error("postgresql://db/crm#top").contains(QStringLiteral("fragment")));
}
