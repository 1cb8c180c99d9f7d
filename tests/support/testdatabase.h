#pragma once

#include "tempdir.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

// A fresh, empty database for one test, on the engine the test program runs on: the environment
// variable CRM_AGENT_TEST_ENGINE=postgresql (set by CTest for the " [postgresql]" registration of
// a BOTH_ENGINES program, see tests/CMakeLists.txt) selects PostgreSQL, anything else SQLite.
//   SQLite:     a file in a temporary folder (not created yet).
//   PostgreSQL: a database with a unique name, created on the test cluster (the URI in
//               CRM_AGENT_TEST_PG_URI, else the one tests/support/postgres-cluster.sh wrote) and
//               dropped at the end. No cluster is a failure, never a skip.
// Tests that are about SQLite files (bytes, permissions, headers) carry the tag [sqlite-only];
// tests that need a PostgreSQL server whatever the engine carry [postgresql-only].
class TestDatabase
{
public:
    enum class Engine { Sqlite, PostgreSql };

    static Engine engine();
    static bool isPostgreSql() { return engine() == Engine::PostgreSql; }
    // The test cluster's URI (its maintenance database "postgres"); fails the test when there is none.
    static QString clusterUri();

    explicit TestDatabase(Engine engine = TestDatabase::engine());
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // What Database::open takes: the SQLite file path or the PostgreSQL URI.
    QString location() const { return m_location; }
    const TempDir &dir() const { return m_dir; }
    bool isPostgreSqlDatabase() const { return !m_databaseName.isEmpty(); }

    // PostgreSQL: hands the (still empty) database to crm_password_test, the one user the test
    // cluster asks for a password over TCP (passwordUserPassword(), postgres-cluster.sh), and
    // returns the database's URI as that user, without the password.
    QString locationAsPasswordUser() const;
    static QString passwordUserPassword() { return QStringLiteral("right horse"); }

    // Runs `statements` on the database through a plain connection of its own, outside Database
    // (to build what Database must refuse).
    void exec(const QStringList &statements) const;
    // The first column of the first row of `sql`, through a plain connection.
    QVariant scalar(const QString &sql) const;
    // Runs `work` with a plain connection of its own to the database, closed afterwards.
    void withConnection(const std::function<void(QSqlDatabase &db)> &work) const;
    // PostgreSQL: ends every connection to the database but the plain one this runs on (as a
    // server restart or a dropped network would), waits until they are gone (up to 10 s each,
    // pg_terminate_backend's timeout) and returns how many it ended.
    int terminateOtherConnections() const;

private:
    TempDir m_dir;
    QString m_location;
    QString m_databaseName;
};
