// Issue #14 on the command line, as real processes on real files: a file that is not ours is never
// written, a missing or mistyped path never creates a database, new files are the owner's, check
// and backup end to end.
#include <catch2/catch.hpp>

#include "clirun.h"
#include "rawsqlite.h"
#include "tempdir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace {

using Run = CliRun<>;

QByteArray digest(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}


// Group and other permission bits of `path`: 0 when it is the owner's alone.
int groupAndOtherBits(const QString &path)
{
    return int(QFile::permissions(path)
               & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                  | QFileDevice::WriteOther | QFileDevice::ExeOther));
}

QStringList filesIn(const TempDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// A demo database of `leads` leads at `path`, made by `crm-agent demo`.
Run makeDemo(const QString &path, int leads = 200)
{
    const Run run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--leads"),
                            QString::number(leads)});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

} // namespace

TEST_CASE("cli hardening: export leaves another program's file with a CRM Agent version number byte-identical",
          "[cli][sqlite-only]")
{
    // The reproduction: sqlite3 o.sqlite "CREATE TABLE notes(a); PRAGMA user_version=5".
    TempDir dir;
    const QString path = dir.file(QStringLiteral("o.sqlite"));
    rawExec(path, {QStringLiteral("CREATE TABLE notes(a)"), QStringLiteral("PRAGMA user_version = 5")});
    const QByteArray before = digest(path);
    for (const QString &command : {QStringLiteral("export"), QStringLiteral("demo")}) {
        QStringList arguments{command, QStringLiteral("--db"), path};
        if (command == QLatin1String("export"))
            arguments << QStringLiteral("--out") << dir.file(QStringLiteral("o.csv"));
        const Run run = runCli(arguments, cliEnvironment(QStringLiteral("admin")));
        INFO(command.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("another program")));
        CHECK(digest(path) == before);
    }
    CHECK(filesIn(dir) == QStringList{QStringLiteral("o.sqlite")});
}

TEST_CASE("cli hardening: a path that does not exist is an error - no database is created", "[cli][sqlite-only]")
{
    TempDir dir;
    const QString typo = dir.file(QStringLiteral("typo.sqlite"));
    const Run exported = runCli({QStringLiteral("export"), QStringLiteral("--db"), typo, QStringLiteral("--out"),
                                 dir.file(QStringLiteral("t.csv"))},
                                cliEnvironment(QStringLiteral("admin")));
    CHECK(exported.exitCode == 1);
    CHECK(exported.err.contains(QStringLiteral("does not exist")));
    const Run copied = runCli({QStringLiteral("copy"), QStringLiteral("--from"), typo, QStringLiteral("--to"),
                               dir.file(QStringLiteral("copy.sqlite"))});
    CHECK(copied.exitCode == 1);
    const Run checked = runCli({QStringLiteral("check"), QStringLiteral("--db"), typo});
    CHECK(checked.exitCode == 1);
    const Run backedUp = runCli({QStringLiteral("backup"), QStringLiteral("--db"), typo, QStringLiteral("--out"),
                                 dir.file(QStringLiteral("b.sqlite"))});
    CHECK(backedUp.exitCode == 1);
    CHECK(filesIn(dir).isEmpty());
}

TEST_CASE("cli hardening: --db '' is an error, never the default database", "[cli][sqlite-only]")
{
    TempDir dir;
    // The default database must not be touched either: a home of its own.
    QProcessEnvironment env = cliEnvironment(QStringLiteral("admin"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.file(QStringLiteral("data")));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("export"), QStringLiteral("--db"), QString(), QStringLiteral("--out"),
                      dir.file(QStringLiteral("t.csv"))},
          QStringList{QStringLiteral("demo"), QStringLiteral("--db"), QString(), QStringLiteral("--leads"),
                      QStringLiteral("5")},
          QStringList{QStringLiteral("check"), QStringLiteral("--db"), QString()},
          QStringList{QStringLiteral("--db"), QString()}}) {
        INFO(arguments.join(u' ').toStdString());
        const Run run = runCli(arguments, env);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--db is empty")));
    }
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("data/crm-agent/crm-agent/crm-agent.sqlite"))));
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("t.csv"))));
}

TEST_CASE("cli hardening: a path whose bytes are not text is refused, never turned into another name",
          "[cli][sqlite-only]")
{
    TempDir dir;
    // QProcess passes text; the shell's printf passes the byte 0xFF as it is.
    for (const QString &command : {QStringLiteral("demo --leads 5"), QStringLiteral("export --out x.csv")}) {
        QProcess process;
        process.setProcessEnvironment(cliEnvironment(QStringLiteral("admin")));
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"),
                       QStringLiteral("exec \"$0\" %1 --db \"$(printf 'bad\\377.sqlite')\"").arg(command),
                       QStringLiteral(CRM_AGENT_BIN)});
        REQUIRE(process.waitForFinished(120000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        INFO(command.toStdString() << ": " << err.toStdString());
        CHECK(process.exitCode() == 2);
        CHECK(err.contains(QStringLiteral("not valid text")));
        CHECK(err.contains(QStringLiteral("bad\\xff.sqlite")));
    }
    CHECK(filesIn(dir).isEmpty());
}

TEST_CASE("cli hardening: demo's files and export's files are the owner's alone", "[cli][sqlite-only]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("crm.sqlite"));
    makeDemo(path);
    CHECK(groupAndOtherBits(path) == 0);
    for (const QString &name : {QStringLiteral("leads.csv"), QStringLiteral("leads.xlsx")}) {
        const Run run = runCli({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                                QStringLiteral("admin"), QStringLiteral("--out"), dir.file(name)},
                               cliEnvironment(QStringLiteral("admin")));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(groupAndOtherBits(dir.file(name)) == 0);
    }
}

TEST_CASE("cli hardening: demo prints the demo passwords only for the accounts it just made", "[cli][sqlite-only]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("crm.sqlite"));
    const Run first = makeDemo(path);
    CHECK(first.out.contains(QStringLiteral("admin admin crm_admin")));
    CHECK(first.out.contains(QStringLiteral("sales1 sales1")));
    // The administrator changes sales1's password meanwhile (any hash but the demo one).
    rawExec(path, {QStringLiteral("UPDATE employees SET password_hash = 'changed' WHERE login = 'sales1'")});
    const Run second = runCli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--leads"),
                               QStringLiteral("10"), QStringLiteral("--user"), QStringLiteral("admin")},
                              cliEnvironment(QStringLiteral("admin")));
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK_FALSE(second.out.contains(QStringLiteral("sales1 sales1")));
    CHECK_FALSE(second.out.contains(QStringLiteral("Demo sign-ins")));
}

TEST_CASE("cli hardening: --leads and --companies have an upper bound, said clearly", "[cli][sqlite-only]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("crm.sqlite"));
    for (const QString &option : {QStringLiteral("--leads"), QStringLiteral("--companies")}) {
        const Run run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), path, option,
                                QStringLiteral("9000000000000")});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(option + QStringLiteral(": at most")));
    }
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("cli hardening: check and backup end to end", "[cli][sqlite-only]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("crm.sqlite"));
    makeDemo(path, 300);

    const Run sound = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
    INFO(sound.out.toStdString() << sound.err.toStdString());
    CHECK(sound.exitCode == 0);
    CHECK(sound.out.contains(QStringLiteral("Schema version: ")));
    CHECK(sound.out.contains(QStringLiteral("Leads: 300")));
    CHECK(sound.out.contains(QStringLiteral("Search index: 300 leads")));
    CHECK(sound.out.contains(QStringLiteral("The database is sound.")));

    const QString out = dir.file(QStringLiteral("backup.sqlite"));
    const Run backup = runCli({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--out"), out});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    CHECK(groupAndOtherBits(out) == 0);
    const Run backupChecked = runCli({QStringLiteral("check"), QStringLiteral("--db"), out});
    CHECK(backupChecked.exitCode == 0);
    CHECK(backupChecked.out.contains(QStringLiteral("Leads: 300")));
    const QByteArray backupBytes = digest(out);
    const Run again = runCli({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--out"), out});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("exists already")));
    CHECK(digest(out) == backupBytes);

    // A lead taken out of the search index behind the triggers' back: found, exit 1.
    rawExec(path, {QStringLiteral("INSERT INTO leads_fts(leads_fts, rowid, name, lead_company_name, company_label, "
                                  "contact_label, middle_name, contact_email, contact_phone, company_tin, description) "
                                  "SELECT 'delete', id, name, lead_company_name, company_label, contact_label, middle_name, "
                                  "contact_email, contact_phone, company_tin, description FROM leads WHERE id = 3")});
    const Run broken = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("The search index holds 299 leads of 300.")));

    // PostgreSQL: said plainly.
    const Run server = runCli({QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("postgresql://u@h/db")});
    CHECK(server.exitCode == 1);
    CHECK(server.err.contains(QStringLiteral("SQLite files")));
}

TEST_CASE("cli hardening: damage met in the middle of a command is said with what to do", "[cli][sqlite-only]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("damaged.sqlite"));
    makeDemo(path, 300);
    // The file opens (its header and schema are sound); the export meets the damage in the leads.
    damageTableRoot(path, QStringLiteral("leads"));
    const QByteArray before = digest(path);
    const Run run = runCli({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                            QStringLiteral("admin"), QStringLiteral("--out"), dir.file(QStringLiteral("out.csv"))},
                           cliEnvironment(QStringLiteral("admin")));
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("%1 is damaged").arg(QDir::toNativeSeparators(path))));
    CHECK(run.err.contains(QStringLiteral("Restore your last backup")));
    CHECK(run.err.contains(QStringLiteral("crm-agent check --db %1").arg(QDir::toNativeSeparators(path))));
    CHECK(digest(path) == before);
}
