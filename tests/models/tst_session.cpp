// Session: jobs run on the lanes' threads with their own connections, answers come back on the
// caller's thread, answers for a destroyed context are dropped, and the statement hook sees
// every statement.

#include "await.h"
#include "database.h"
#include "session.h"
#include "slowstatementhook.h"
#include "tempdir.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>
#include <QSqlQuery>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>

namespace {

Result<int> countLeads(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM leads")) || !query.next())
        return Failure{QStringLiteral("count failed")};
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("Session opens the database off the caller's thread and answers on it", "[session]")
{
    TestDatabase test;
    Session session(test.location());
    const Result<void> opened = await<Result<void>>([&](QObject *c, auto done) { session.open(c, done); });
    REQUIRE(opened.has_value());
    if (!test.isPostgreSqlDatabase())
        REQUIRE(QFile::exists(test.location()));

    for (Session::Lane lane : {Session::Lane::Write, Session::Lane::Read, Session::Lane::List, Session::Lane::Count,
                               Session::Lane::Background}) {
        QThread *ranOn = nullptr;
        QThread *answeredOn = nullptr;
        const Result<int> count = await<Result<int>>([&](QObject *c, auto done) {
            session.run(lane, c, [&](QSqlDatabase &db) {
                ranOn = QThread::currentThread();
                return countLeads(db);
            }, [&, done](Result<int> r) {
                answeredOn = QThread::currentThread();
                done(std::move(r));
            });
        });
        REQUIRE(count.has_value());
        CHECK(*count == 0);
        CHECK(ranOn != nullptr);
        CHECK(ranOn != QThread::currentThread());
        CHECK(answeredOn == QThread::currentThread());
    }
}

TEST_CASE("Session drops the answer for a context destroyed meanwhile", "[session]")
{
    TestDatabase test;
    Session session(test.location());
    REQUIRE(await<Result<void>>([&](QObject *c, auto done) { session.open(c, done); }).has_value());

    bool called = false;
    auto *gone = new QObject;
    session.run(Session::Lane::Read, gone, [](QSqlDatabase &db) { return countLeads(db); },
                [&](Result<int>) { called = true; });
    delete gone;
    // A later job on the same lane answers after the first one was delivered or dropped.
    const Result<int> later = await<Result<int>>([&](QObject *c, auto done) {
        session.run(Session::Lane::Read, c, [](QSqlDatabase &db) { return countLeads(db); }, done);
    });
    REQUIRE(later.has_value());
    QCoreApplication::processEvents();
    CHECK_FALSE(called);
}

TEST_CASE("Session reports a database that cannot be opened through the job's Result", "[session]")
{
    // SQLite: a folder, not a file. PostgreSQL: a database that does not exist on the server.
    TempDir dir;
    QString location = dir.path();
    if (TestDatabase::isPostgreSql()) {
        QUrl missing(TestDatabase::clusterUri());
        missing.setPath(QStringLiteral("/crm_no_such_database"));
        location = missing.toString();
    }
    Session session(location);
    const Result<void> opened = await<Result<void>>([&](QObject *c, auto done) { session.open(c, done); });
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().contains(TestDatabase::isPostgreSql() ? QStringLiteral("crm_no_such_database")
                                                               : QStringLiteral("folder")));
    const Result<int> count = await<Result<int>>([&](QObject *c, auto done) {
        session.run(Session::Lane::Read, c, [](QSqlDatabase &db) { return countLeads(db); }, done);
    });
    CHECK_FALSE(count.has_value());
}

TEST_CASE("Session keeps the signed-in employee", "[session]")
{
    TempDir dir;
    Session session(dir.file(QStringLiteral("s.sqlite")));
    Employee me;
    me.id = 7;
    me.login = QStringLiteral("agent");
    session.setEmployee(me);
    CHECK(session.employee().id == 7);
    CHECK(session.employee().login == QStringLiteral("agent"));
}

// [sqlite-only]: the hook is SQLite's trace callback (Database::setStatementHook); QPSQL offers none.
TEST_CASE("The statement hook sees every statement, on the thread that runs it", "[session][hook][sqlite-only]")
{
    TempDir dir;
    auto hook = std::make_unique<SlowStatementHook>();
    {
        Session session(dir.file(QStringLiteral("s.sqlite")));
        REQUIRE(await<Result<void>>([&](QObject *c, auto done) { session.open(c, done); }).has_value());
        const int before = SlowStatementHook::statements();
        REQUIRE(await<Result<int>>([&](QObject *c, auto done) {
                    session.run(Session::Lane::Read, c, [](QSqlDatabase &db) { return countLeads(db); }, done);
                }).has_value());
        CHECK(SlowStatementHook::statements() > before);
    }
    hook.reset();
    CHECK(SlowStatementHook::statements() > 0);
    CHECK(SlowStatementHook::statementsOnUiThread() == 0);
}
