// `crm-agent import`, run as a real process on both engines (issue 13): exit statuses, messages,
// the report, dry run, and the export's file read back.

#include "clirun.h"
#include "csvfile.h"
#include "csvreader.h"
#include "makedemodatabase.h"
#include "tempdir.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

CliRun<QString> runImport(const QStringList &arguments, const QString &password = QStringLiteral("sales1"))
{
    return runCli(QStringList{QStringLiteral("import")} + arguments, cliEnvironment(password));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A demo database (a few leads, the demo employees) on the engine of the run.
struct Demo
{
    TestDatabase test;
    QString db;
    Demo()
    {
        db = test.location();
        makeDemoDatabase(db, QStringLiteral("import-cli-demo"), 50);
    }
    qint64 leads() const { return test.scalar(QStringLiteral("SELECT count(*) FROM leads")).toLongLong(); }
};

} // namespace

TEST_CASE("import cli: exit 0 when every row is imported or skipped, 3 with rejections, 1 when nothing is", "[import]")
{
    Demo demo;
    const qint64 before = demo.leads();
    const QString file = demo.test.dir().file(QStringLiteral("in.csv"));
    const QString report = demo.test.dir().file(QStringLiteral("rejected.csv"));

    writeFile(file, "Name;Источник;Email\r\nFirst;Звонок;first@import.example\r\nSecond;chat;first@import.example\r\n");
    CliRun<QString> run = runImport({"--db", demo.db, file, "--user", "sales1", "--report", report});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("1 imported")));
    CHECK(run.err.contains(QStringLiteral("1 skipped")));
    CHECK(demo.leads() == before + 1);
    CHECK_FALSE(QFile::exists(report));

    writeFile(file, "Name,Source,Email\r\nThird,chat,\r\n,chat,\r\nFourth,chat,bad-mail\r\n");
    run = runImport({"--db", demo.db, file, "--user", "sales1", "--report", report});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(report));
    CHECK(demo.leads() == before + 2);
    const QList<QStringList> rejected = CsvReader::readAll(readFile(report));
    REQUIRE(rejected.size() == 3);
    CHECK(rejected[2][0] == QStringLiteral("Fourth"));
    CHECK(rejected[2][4] == QStringLiteral("Contact email"));

    writeFile(file, "Name,Source\r\n,chat\r\n");
    run = runImport({"--db", demo.db, file, "--user", "sales1"});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("--report")));
    CHECK(demo.leads() == before + 2);

    writeFile(file, "Name,Source\r\n\"Open,chat\r\n");
    run = runImport({"--db", demo.db, file, "--user", "sales1"});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Line 2")));
    CHECK(demo.leads() == before + 2);
}

TEST_CASE("import cli: duplicates flagged, a dry run, and arguments refused with exit 2", "[import]")
{
    Demo demo;
    const qint64 before = demo.leads();
    const QString file = demo.test.dir().file(QStringLiteral("in.csv"));
    writeFile(file, "Name,Email\r\nA,dup@import.example\r\nB,dup@import.example\r\n");

    CliRun<QString> run = runImport({"--db", demo.db, file, "--user", "sales1", "--default-source", "partner", "--dry-run"});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("Dry run")));
    CHECK(demo.leads() == before);

    run = runImport({"--db", demo.db, file, "--user", "sales1", "--default-source", "partner", "--on-duplicate", "flag"});
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("2 imported (1 flagged")));
    CHECK(demo.leads() == before + 2);
    CHECK(demo.test.scalar(QStringLiteral("SELECT count(*) FROM lead_history WHERE field = 'likely_duplicate'")).toInt() == 1);

    CHECK(runImport({"--db", demo.db, file, "--user", "sales1", "--on-duplicate", "maybe"}).exitCode == 2);
    CHECK(runImport({"--db", demo.db, file, "--user", "sales1", "--default-source", "pigeon"}).exitCode == 2);
    CHECK(runImport({"--db", demo.db, file, "--user", "sales1", "--mapping", "name,colour"}).exitCode == 2);
    CHECK(runImport({"--db", demo.db, "--user", "sales1"}).exitCode == 2);
    const CliRun<QString> noUser = runImport({"--db", demo.db, file});
    CHECK(noUser.exitCode == 1);
    CHECK(noUser.err.contains(QStringLiteral("--user")));
    CHECK(demo.leads() == before + 2);
    CHECK(runCli({"--help"}).out.contains(QStringLiteral("crm-agent import")));
}

TEST_CASE("import cli: what crm-agent export writes, crm-agent import reads back", "[import][roundtrip]")
{
    Demo demo;
    const QString exported = demo.test.dir().file(QStringLiteral("leads.csv"));
    REQUIRE(runCli({"export", "--db", demo.db, "--out", exported, "--user", "sales1", "--delimiter", "semicolon", "--bom"},
                   cliEnvironment(QStringLiteral("sales1")))
                .exitCode == 0);
    const qint64 before = demo.leads();
    // Into the same database, every row a likely duplicate of itself, or not.
    const CliRun<QString> run = runImport({"--db", demo.db, exported, "--user", "admin", "--on-duplicate", "import"},
                                          QStringLiteral("admin"));
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(demo.leads() == 2 * before);
}
