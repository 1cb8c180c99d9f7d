// Losing the connection mid-session (PostgreSQL): the server ends every connection of the session
// (pg_terminate_backend, as a restart or a dropped network would); the lanes notice, reconnect by
// themselves, run a read again, and never run a write again.

#include "catchresult.h"
#include "database.h"
#include "dbworker.h"
#include "employeerepository.h"
#include "lead.h"
#include "leadstore.h"
#include "opensession.h"
#include "referencerepository.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

Result<int> countLeads(Session &session, Session::Lane lane)
{
    return await<Result<int>>([&](QObject *c, auto done) {
        session.run(lane, c, [](QSqlDatabase &db) -> Result<int> {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM leads")) || !query.next())
                return Failure{QStringLiteral("count failed")};
            return query.value(0).toInt();
        }, done);
    });
}

// A session signed in as a sales agent, with what a lead needs to be saved.
struct ReconnectFixture
{
    ReconnectFixture()
    {
        Database db;
        REQUIRE(db.open(test.location(), QStringLiteral("reconnect-setup")).has_value());
        const qint64 agent = valueOf(EmployeeRepository(db.connection())
                                         .create(QStringLiteral("sam"), QStringLiteral("Sam Sales"), Role::Sales,
                                                 QStringLiteral("a-long-password-1")));
        Employee employee;
        REQUIRE(EmployeeRepository(db.connection()).find(agent, &employee));
        {
            ReferenceRepository refs(db.connection());
            lead.name = QStringLiteral("Typed before the outage");
            lead.sellingDirectionId
                = valueOf(refs.insertSimple(ReferenceKind::SellingDirection, QStringLiteral("Consulting")));
            lead.serviceId = valueOf(refs.insertSimple(ReferenceKind::ServiceOrProduct, QStringLiteral("Audit"),
                                                       lead.sellingDirectionId));
            lead.existingCompanyId = valueOf(refs.insertCompany(QStringLiteral("Acme"), QStringLiteral("https://acme.ru"),
                                                                QStringLiteral("7707083893")));
            lead.existingContactId = valueOf(refs.insertContact(lead.existingCompanyId, QStringLiteral("Ivan"),
                                                                QStringLiteral("Petrov"), QString(), QString(),
                                                                QStringLiteral("ivan@acme.ru")));
        }
        db.close();
        session = openSession(test.location(), employee);
        // Every lane the test uses has its connection before the server drops them.
        for (Session::Lane lane :
             {Session::Lane::Write, Session::Lane::Read, Session::Lane::List, Session::Lane::Count})
            REQUIRE(countLeads(*session, lane).has_value());
    }

    TestDatabase test;
    Lead lead;
    std::unique_ptr<Session> session;
};

} // namespace

TEST_CASE("session: a read whose connection was lost runs again on a new one - one outage is reported once",
          "[session][reconnect][postgresql-only]")
{
    ReconnectFixture fx;
    QSignalSpy lost(fx.session.get(), &Session::connectionLost);
    QSignalSpy restored(fx.session.get(), &Session::connectionRestored);
    REQUIRE(fx.test.terminateOtherConnections() >= 4);

    const Result<int> count = countLeads(*fx.session, Session::Lane::Read);
    INFO(count.error().toStdString());
    REQUIRE(count.has_value());
    CHECK(*count == 0);
    REQUIRE(lost.size() == 1);
    CHECK_FALSE(lost.at(0).at(0).toString().isEmpty());
    CHECK(fx.session->isConnectionLost());

    // The other lanes check their own connections: the outage ends once, when all are back.
    if (restored.isEmpty())
        REQUIRE(restored.wait());
    CHECK(lost.size() == 1);
    CHECK(restored.size() == 1);
    CHECK_FALSE(fx.session->isConnectionLost());
    for (Session::Lane lane : {Session::Lane::Write, Session::Lane::List, Session::Lane::Count}) {
        const Result<int> again = countLeads(*fx.session, lane);
        INFO(again.error().toStdString());
        CHECK(again.has_value());
    }
    CHECK(lost.size() == 1);
    CHECK(restored.size() == 1);
}

TEST_CASE("session: a save whose connection was lost fails, is not run again, and succeeds when saved again",
          "[session][reconnect][postgresql-only]")
{
    ReconnectFixture fx;
    const LeadStore store(fx.session.get());
    QSignalSpy lost(fx.session.get(), &Session::connectionLost);
    QSignalSpy restored(fx.session.get(), &Session::connectionRestored);
    REQUIRE(fx.test.terminateOtherConnections() >= 4);

    const Result<Lead> failed = await<Result<Lead>>([&](QObject *c, auto done) { store.save(fx.lead, c, done); });
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error() == DbWorker::lostWriteMessage());
    CHECK(lost.size() == 1);
    // Nothing was written, and the write was not run again behind the caller's back.
    CHECK(fx.test.scalar(QStringLiteral("SELECT COUNT(*) FROM leads")).toInt() == 0);

    // The session reconnects by itself; the same lead saved again is stored, once.
    if (restored.isEmpty())
        REQUIRE(restored.wait());
    const Result<Lead> saved = await<Result<Lead>>([&](QObject *c, auto done) { store.save(fx.lead, c, done); });
    INFO(saved.error().toStdString());
    REQUIRE(saved.has_value());
    CHECK(saved->id > 0);
    CHECK(saved->name == fx.lead.name);
    CHECK(fx.test.scalar(QStringLiteral("SELECT COUNT(*) FROM leads")).toInt() == 1);
    CHECK(lost.size() == 1);
    CHECK(restored.size() == 1);
}

TEST_CASE("session: with the connection lost on a lane that is not asked again, the outage still ends",
          "[session][reconnect][postgresql-only]")
{
    // Only the Write lane's job finds the loss; the session's own checks bring every lane back.
    ReconnectFixture fx;
    QSignalSpy lost(fx.session.get(), &Session::connectionLost);
    QSignalSpy restored(fx.session.get(), &Session::connectionRestored);
    REQUIRE(fx.test.terminateOtherConnections() >= 4);
    const Result<int> failed = countLeads(*fx.session, Session::Lane::Write);
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error() == DbWorker::lostWriteMessage());
    if (restored.isEmpty())
        REQUIRE(restored.wait());
    CHECK(lost.size() == 1);
    CHECK(fx.test.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                                        "AND pid <> pg_backend_pid()"))
              .toInt()
          >= 4);
}
