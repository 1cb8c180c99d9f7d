// `crm-agent copy` as a real process: a person's demo file into the database of the engine under
// test (TestDatabase) and back, with the one-line refusals and their exit statuses.
#include "catchqtstring.h"
#include "clirun.h"
#include "exportcsv.h"
#include "makedemodatabase.h"
#include "tempdir.h"
#include "testdatabase.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace {

using Run = CliRun<>;

Run runCopy(const QStringList &arguments)
{
    return runCli(QStringList{QStringLiteral("copy")} + arguments);
}

// One line on standard error, "crm-agent: ..." (the error), containing `words`.
void checkOneLineError(const Run &run, const QString &words)
{
    INFO(run.err.toStdString());
    CHECK(run.err.startsWith(QStringLiteral("crm-agent: ")));
    CHECK(run.err.trimmed().count(u'\n') == 0);
    CHECK(run.err.contains(words));
    CHECK(run.out.isEmpty());
}

} // namespace

TEST_CASE("copy cli: a person's file goes into the team's database and back - the same CSV", "[cli][copy]")
{
    TempDir dir;
    const QString person = dir.file(QStringLiteral("person.sqlite"));
    makeDemoDatabase(person, QStringLiteral("copy-cli-demo"), 300);
    TestDatabase team;

    const Run there = runCopy({QStringLiteral("--from"), person, QStringLiteral("--to"), team.location(),
                               QStringLiteral("--progress")});
    INFO(there.err.toStdString());
    REQUIRE(there.exitCode == 0);
    CHECK(there.out.startsWith(QStringLiteral("Copied ")));
    CHECK(there.out.contains(QStringLiteral("(300 leads)")));
    CHECK(there.err.contains(QStringLiteral("employees: 0 / ")));
    CHECK(there.err.contains(QStringLiteral("leads: 300 / 300 rows\n")));

    const QString backup = dir.file(QStringLiteral("backup.sqlite"));
    const Run back = runCopy({QStringLiteral("--from"), team.location(), QStringLiteral("--to"), backup});
    INFO(back.err.toStdString());
    REQUIRE(back.exitCode == 0);
    CHECK(back.err.isEmpty());   // no progress when not asked and not on a terminal
    CHECK(exportCsv(backup, dir.file(QStringLiteral("backup.csv")))
          == exportCsv(person, dir.file(QStringLiteral("person.csv"))));

    // Not again: the team's database holds data now.
    const Run again = runCopy({QStringLiteral("--from"), person, QStringLiteral("--to"), team.location()});
    CHECK(again.exitCode == 1);
    checkOneLineError(again, QStringLiteral("already holds CRM Agent data"));

    const Run same = runCopy({QStringLiteral("--from"), team.location(), QStringLiteral("--to"), team.location()});
    CHECK(same.exitCode == 1);
    checkOneLineError(same, QStringLiteral("same database"));
}

TEST_CASE("copy cli: a missing source and missing options are one-line errors", "[cli][copy]")
{
    TempDir dir;
    const QString target = dir.file(QStringLiteral("target.sqlite"));
    const Run missing = runCopy({QStringLiteral("--from"), dir.file(QStringLiteral("nothing.sqlite")),
                                 QStringLiteral("--to"), target});
    CHECK(missing.exitCode == 1);
    checkOneLineError(missing, QStringLiteral("does not exist"));
    CHECK_FALSE(QFile::exists(target));

    const Run noTarget = runCopy({QStringLiteral("--from"), dir.file(QStringLiteral("nothing.sqlite"))});
    CHECK(noTarget.exitCode == 2);
    checkOneLineError(noTarget, QStringLiteral("--to is missing"));

    const Run help = runCopy({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--from <DB>")));
    CHECK(help.out.contains(QStringLiteral("--progress")));
}
