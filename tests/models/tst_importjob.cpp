// ImportJob (issue 13): a LeadImporter run on the Session's Background lane, answered on the
// caller's thread, with progress and Cancel.

#include "await.h"
#include "importjob.h"
#include "makedemodatabase.h"
#include "opensession.h"
#include "testdatabase.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace {

struct JobFixture
{
    TestDatabase test;
    std::unique_ptr<Session> session;
    ImportRequest request;

    explicit JobFixture(int rows)
    {
        makeDemoDatabase(test.location(), QStringLiteral("import-job-demo"), 20);
        Employee sales;
        sales.id = test.scalar(QStringLiteral("SELECT id FROM employees WHERE login = 'sales1'")).toLongLong();
        sales.login = QStringLiteral("sales1");
        sales.roles = Role::Sales;
        session = openSession(test.location(), sales);
        request.actorId = sales.id;
        request.defaultSource = LeadSource::Call;
        request.filePath = test.dir().file(QStringLiteral("in.csv"));
        QFile file(request.filePath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Name,City\r\n");
        for (int i = 0; i < rows; ++i)
            file.write("Job lead " + QByteArray::number(i) + ",Тверь\r\n");
        file.write(",nameless\r\n");
    }

    qint64 leads() const { return test.scalar(QStringLiteral("SELECT count(*) FROM leads")).toLongLong(); }
};

} // namespace

TEST_CASE("import job: runs on the Background lane and answers with the counts", "[import]")
{
    JobFixture f(3000);
    const qint64 before = f.leads();
    ImportJob job;
    CHECK(job.rowsTotal() == -1);
    const ImportOutcome outcome = await<ImportOutcome>([&](QObject *c, auto done) { job.start(f.session.get(), f.request, c, done); });
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok);
    CHECK_FALSE(outcome.canceled);
    CHECK(outcome.summary.rows == 3001);
    CHECK(outcome.summary.imported == 3000);
    CHECK(outcome.summary.rejected == 1);
    CHECK(job.rowsDone() == 3001);
    CHECK(job.bytesTotal() > 0);
    CHECK(job.bytesDone() == job.bytesTotal());
    CHECK(f.leads() == before + 3000);
}

TEST_CASE("import job: Cancel rolls the whole import back", "[import]")
{
    JobFixture f(3000);
    const qint64 before = f.leads();
    ImportJob job;
    const ImportOutcome outcome = await<ImportOutcome>([&](QObject *c, auto done) {
        job.start(f.session.get(), f.request, c, done);
        job.cancel();   // before or while it runs: either way nothing stays
    });
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.canceled);
    CHECK(job.isCanceled());
    CHECK(outcome.summary.imported == 0);
    CHECK(f.leads() == before);
}
