// `crm-agent export`, run as a real process against real databases on both engines (issue #5).
// The listener below (DemoDbCleanup) needs Catch's event listener interfaces.
#define CATCH_CONFIG_EXTERNAL_INTERFACES

#include "clirun.h"
#include "csvfile.h"
#include "csvreader.h"
#include "database.h"
#include "demogenerator.h"
#include "employeerepository.h"
#include "exportcolumn.h"
#include "leadfielddescriptor.h"
#include "leadlistsql.h"
#include "makedemodatabase.h"
#include "signinattempts.h"
#include "sqldialect.h"
#include "tempdir.h"
#include "testdatabase.h"
#include "xlsxread.h"
#include "catchresult.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <csignal>
#include <memory>

namespace {

using Run = CliRun<QByteArray>;   // the CSV on standard output, as bytes

Run runExport(const QStringList &arguments, const QString &password = QStringLiteral("sales1"),
              const QString &stdoutFile = QString())
{
    return runCli<QByteArray>(QStringList{QStringLiteral("export")} + arguments, cliEnvironment(password), stdoutFile);
}

// One demo database for the whole test program (3,000 leads, the demo employees), on the engine
// of the run (TestDatabase).
struct DemoDb
{
    TestDatabase test;
    QString path;
    DemoDb()
    {
        path = test.location();
        makeDemoDatabase(path, QStringLiteral("export-cli-demo"), 3000);
    }
};

std::unique_ptr<DemoDb> g_demo;

DemoDb &demo()
{
    if (!g_demo)
        g_demo = std::make_unique<DemoDb>();
    return *g_demo;
}

// The shared database goes when the tests end, while Qt's SQL drivers are still there (a static's
// destructor would run after them).
struct DemoDbCleanup : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testRunEnded(const Catch::TestRunStats &) override { g_demo.reset(); }
};
CATCH_REGISTER_LISTENER(DemoDbCleanup)

// The ids of a lead list view, as the list's own SQL returns them.
QStringList viewIds(const QString &path, const LeadListQuery &query, qint64 employeeId)
{
    QStringList ids;
    {
        Database db;
        REQUIRE(db.open(path, QStringLiteral("export-cli-check")));
        const SqlStatement statement = LeadListSql(query, employeeId, SqlDialect::of(db.connection())).selectAll();
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        REQUIRE(q.prepare(statement.sql));
        for (const QVariant &value : statement.values)
            q.addBindValue(value);
        REQUIRE(q.exec());
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}

qint64 employeeId(const QString &path, const QString &login)
{
    Database db;
    REQUIRE(db.open(path, QStringLiteral("export-cli-employee")));
    Employee employee;
    REQUIRE(EmployeeRepository(db.connection()).findByLogin(login, &employee));
    return employee.id;
}

// Forgets the failed sign-ins the database counted for `login` (SignInAttempts).
void clearSignInFailures(const QString &path, const QString &login)
{
    Database db;
    REQUIRE(db.open(path, QStringLiteral("export-cli-attempts")));
    REQUIRE(SignInAttempts(db.connection()).clear(login));
}

QStringList firstColumn(const QByteArray &csv, bool header = true, char delimiter = ',')
{
    QString error;
    const QList<QStringList> records = CsvReader::readAll(csv, delimiter, &error);
    REQUIRE(error.isEmpty());
    QStringList ids;
    for (int i = header ? 1 : 0; i < records.size(); ++i)
        ids.append(records[i].value(0));
    return ids;
}

} // namespace

TEST_CASE("export/--list-columns prints every column name", "[cli][export]")
{
    const Run run = runExport({QStringLiteral("--list-columns")}, QString());
    CHECK(run.exitCode == 0);
    for (ExportColumn column : ExportColumns::all())
        CHECK(run.out.contains(ExportColumns::code(column).toUtf8()));
}

TEST_CASE("export/writes every lead to a file and to standard output", "[cli][export]")
{
    const QString db = demo().path;
    TempDir dir;
    const QString out = dir.file(QStringLiteral("all.csv"));
    const Run run = runExport({"--db", db, "--out", out, "--user", "sales1"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QByteArray file = readFile(out);
    CHECK(file.startsWith("Number,Name,Lead source,"));   // comma, no byte order mark
    const QStringList ids = firstColumn(file);
    CHECK(ids.size() == 3000);
    CHECK(ids.first() == "1");
    CHECK(ids.last() == "3000");

    const Run stdoutRun = runExport({"--db", db, "--out", "-", "--user", "sales1"});
    REQUIRE(stdoutRun.exitCode == 0);
    CHECK(stdoutRun.out == file);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList({"all.csv"}));
}

TEST_CASE("export/filters select exactly the lead list's rows", "[cli][export]")
{
    const QString db = demo().path;
    const qint64 me = employeeId(db, QStringLiteral("manager1"));
    const qint64 sales1 = employeeId(db, QStringLiteral("sales1"));
    struct Case
    {
        QStringList arguments;
        LeadListQuery query;
    };
    QList<Case> cases;
    LeadListQuery q;
    q.sortOrder = Qt::AscendingOrder;
    q.states = {LeadState::Assigned, LeadState::Qualified};
    cases.append({{"--state", "assigned,qualified"}, q});
    q = LeadListQuery();
    q.sortOrder = Qt::AscendingOrder;
    q.sources = {LeadSource::Call};
    q.ownerIds = {sales1, 0};
    cases.append({{"--source", "call", "--owner", "sales1,none"}, q});
    q = LeadListQuery();
    q.sortOrder = Qt::AscendingOrder;
    q.searchText = QStringLiteral("ооо");
    cases.append({{"--search", "ооо"}, q});
    q = LeadListQuery();
    q.sortOrder = Qt::AscendingOrder;
    q.createdFrom = QDate::currentDate().addYears(-1);
    q.createdTo = QDate::currentDate().addMonths(-2);
    cases.append({{"--created-from", q.createdFrom.toString(Qt::ISODate), "--created-to", q.createdTo.toString(Qt::ISODate)}, q});
    q.states = {LeadState::New};
    q.searchText = QStringLiteral("request");
    cases.append({{"--created-from", q.createdFrom.toString(Qt::ISODate), "--created-to", q.createdTo.toString(Qt::ISODate),
                   "--state", "new", "--search", "request"},
                  q});

    for (const Case &c : cases) {
        INFO(c.arguments.join(u' ').toStdString());
        const QStringList expected = viewIds(db, c.query, me);
        CHECK_FALSE(expected.isEmpty());
        const Run run = runExport(QStringList{"--db", db, "--out", "-", "--user", "manager1", "--columns", "number"}
                                      + c.arguments,
                                  QStringLiteral("manager1"));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(firstColumn(run.out) == expected);
    }
}

TEST_CASE("export/format options do what they say", "[cli][export]")
{
    const QString db = demo().path;
    const Run tab = runExport({"--db", db, "--out", "-", "--user", "sales1", "--columns", "city,number,state",
                               "--delimiter", "tab", "--no-header", "--bom"});
    REQUIRE(tab.exitCode == 0);
    CHECK(tab.out.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> records = CsvReader::readAll(tab.out, '\t');
    REQUIRE(records.size() == 3000);
    CHECK(records[0].size() == 3);
    CHECK(records[0][1] == "1");   // no header: the first record is lead 1

    const Run semi = runExport({"--db", db, "--out", "-", "--user", "sales1", "--columns", "name,owner",
                                "--delimiter", "semicolon"});
    REQUIRE(semi.exitCode == 0);
    CHECK(semi.out.startsWith("Name;Owner\r\n"));
}

TEST_CASE("export/the formula guard is on unless turned off", "[cli][export]")
{
    TestDatabase test;
    const QString db = test.location();
    {
        Database database;
        REQUIRE(database.open(db, QStringLiteral("export-cli-guard")));
        QSqlQuery q(database.connection());
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO leads (name, source, description, created_at, updated_at) VALUES "
            "('=HYPERLINK(\"http://x\")', 1, '-2+3', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
            "('+7 (900) 123-45-67', 1, '@SUM(A1)', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
    }
    // No employees: nobody to sign in as, the file's owner may export.
    const Run guarded = runExport({"--db", db, "--out", "-", "--columns", "name,description", "--no-header"}, QString());
    INFO(guarded.err.toStdString());
    REQUIRE(guarded.exitCode == 0);
    CHECK(guarded.out == "\"'=HYPERLINK(\"\"http://x\"\")\",'-2+3\r\n+7 (900) 123-45-67,'@SUM(A1)\r\n");
    const Run open = runExport({"--db", db, "--out", "-", "--columns", "name,description", "--no-header",
                                "--no-formula-guard"},
                               QString());
    REQUIRE(open.exitCode == 0);
    CHECK(open.out == "\"=HYPERLINK(\"\"http://x\"\")\",-2+3\r\n+7 (900) 123-45-67,@SUM(A1)\r\n");
}

TEST_CASE("export/failures exit non-zero with a one-line reason", "[cli][export]")
{
    const QString db = demo().path;
    TempDir dir;
    const QString out = dir.file(QStringLiteral("x.csv"));
    const auto oneLine = [](const Run &run) {
        INFO(run.err.toStdString());
        CHECK(run.err.startsWith(QStringLiteral("crm-agent: ")));
        CHECK(run.err.count(u'\n') == 1);
    };

    Run run = runExport({"--db", db, "--out", out, "--user", "sales1", "--columns", "name,colour"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("colour"));
    oneLine(run);
    run = runExport({"--db", db, "--out", out, "--user", "sales1", "--delimiter", "pipe"});
    CHECK(run.exitCode == 2);
    oneLine(run);
    run = runExport({"--db", db, "--out", out, "--user", "sales1", "--state", "open"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("--state"));
    run = runExport({"--db", db, "--out", out, "--user", "sales1", "--created-from", "yesterday"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("--created-from"));
    run = runExport({"--db", db, "--user", "sales1"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("--out"));
    run = runExport({"--db", db, "--out", out}, QString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("--user"));
    oneLine(run);
    run = runExport({"--db", db, "--out", out, "--user", "sales1"}, QStringLiteral("wrong"));
    CHECK(run.exitCode == 1);
    oneLine(run);
    clearSignInFailures(db, QStringLiteral("sales1"));   // the shared database's next runs need no wait
    run = runExport({"--db", db, "--out", dir.file(QStringLiteral("missing/x.csv")), "--user", "sales1"});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("does not exist"));
    oneLine(run);
    // A full disk: standard output is /dev/full.
    run = runExport({"--db", db, "--out", "-", "--user", "sales1"}, QStringLiteral("sales1"), QStringLiteral("/dev/full"));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("space", Qt::CaseInsensitive));
    oneLine(run);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("export/--user waits after failed sign-ins like the window, counted in the database", "[cli][export]")
{
    // Issue #14, finding 5: the command line once took 21.7 guesses a second and skipped the wait.
    TestDatabase test;
    makeDemoDatabase(test.location(), QStringLiteral("export-cli-attempts"), 20);
    TempDir dir;
    const QString out = dir.file(QStringLiteral("attempts.csv"));
    const auto failures = [&test](const QString &login) {
        return test.scalar(QStringLiteral("SELECT COALESCE(MAX(failures), 0) FROM sign_in_failures WHERE login = '%1'")
                               .arg(login))
            .toInt();
    };

    // A wrong password and an unknown login: the same words, the wait said, each counted.
    Run run = runExport({"--db", test.location(), "--out", out, "--user", "sales1"}, QStringLiteral("guess"));
    CHECK(run.exitCode == 1);
    CHECK(run.err == QStringLiteral("crm-agent: Wrong login or password. Try again in 1 second(s).\n"));
    run = runExport({"--db", test.location(), "--out", out, "--user", "ghost"}, QStringLiteral("guess"));
    CHECK(run.exitCode == 1);
    CHECK(run.err == QStringLiteral("crm-agent: Wrong login or password. Try again in 1 second(s).\n"));
    CHECK(failures(QStringLiteral("sales1")) == 1);
    CHECK(failures(QStringLiteral("ghost")) == 1);

    // While the wait lasts (an hour here, so that no slow machine lets it pass), even the right
    // password is refused, saying how long; nothing is written.
    test.exec({QStringLiteral("UPDATE sign_in_failures SET allowed_from = '%1'")
                   .arg(QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs))});
    run = runExport({"--db", test.location(), "--out", out, "--user", "sales1"}, QStringLiteral("sales1"));
    CHECK(run.exitCode == 1);
    CHECK(run.err.startsWith(QStringLiteral("crm-agent: Too many failed sign-ins for sales1: try again in 3")));
    CHECK(run.err.endsWith(QStringLiteral(" second(s).\n")));
    CHECK_FALSE(QFile::exists(out));
    CHECK(failures(QStringLiteral("sales1")) == 1);

    // Once it has passed, the right password exports and clears the count.
    test.exec({QStringLiteral("UPDATE sign_in_failures SET allowed_from = '2000-01-01T00:00:00.000Z'")});
    run = runExport({"--db", test.location(), "--out", out, "--user", "sales1"}, QStringLiteral("sales1"));
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(QFile::exists(out));
    CHECK(failures(QStringLiteral("sales1")) == 0);
    CHECK(failures(QStringLiteral("ghost")) == 1);
}

TEST_CASE("export/a role bit no version knows grants nothing: no sign-in, no export", "[cli][export]")
{
    // Issue #14, finding 6: roles = 16 (no known bit) once signed in and exported every lead.
    TestDatabase test;
    makeDemoDatabase(test.location(), QStringLiteral("export-cli-roles"), 30);
    test.exec({QStringLiteral("UPDATE employees SET roles = 16 WHERE login = 'manager2'")});
    TempDir dir;
    const QString out = dir.file(QStringLiteral("roles.csv"));
    Run run = runExport({"--db", test.location(), "--out", out, "--user", "manager2"}, QStringLiteral("manager2"));
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no role")));
    CHECK(run.err.count(u'\n') == 1);
    CHECK_FALSE(QFile::exists(out));

    // An unknown bit beside a known role: only the known role counts, and it signs in.
    test.exec({QStringLiteral("UPDATE employees SET roles = 16 + 4 WHERE login = 'manager2'")});
    run = runExport({"--db", test.location(), "--out", out, "--user", "manager2"}, QStringLiteral("manager2"));
    CHECK(run.exitCode == 0);
    CHECK(QFile::exists(out));
}

TEST_CASE("export/an interrupted export leaves no partial file and keeps the old one", "[cli][export]")
{
    TestDatabase test;
    const TempDir &dir = test.dir();
    const QString db = test.location();
    {
        Database database;
        REQUIRE(database.open(db, QStringLiteral("export-cli-big")));
        QSqlDatabase connection = database.connection();
        DemoOptions options;
        options.leads = 4000;
        REQUIRE(DemoGenerator::generate(connection, options));
        // 4,000 leads with 40 KB descriptions: about 160 MB of CSV, long enough to interrupt.
        QSqlQuery q(connection);
        REQUIRE(q.exec(TestDatabase::isPostgreSql() ? QStringLiteral("UPDATE leads SET description = repeat('x', 40000)")
                                                    : QStringLiteral("UPDATE leads SET description = printf('%.40000c', 'x')")));
    }
    const QString out = dir.file(QStringLiteral("leads.csv"));
    {
        QFile file(out);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("the previous export\r\n");
    }
    for (int signal : {SIGTERM, SIGKILL}) {
        INFO("signal " << signal);
        QProcess process;
        process.setProcessEnvironment(cliEnvironment(QStringLiteral("sales1")));
        process.start(QStringLiteral(CRM_AGENT_BIN),
                      {"export", "--db", db, "--out", out, "--user", "sales1", "--progress"});
        REQUIRE(process.waitForStarted());
        // Interrupt it in the middle: once it reports 500 of its 4,000 leads (20 MB of 160) written.
        QSignalSpy progressed(&process, &QProcess::readyReadStandardError);
        QByteArray report;
        qint64 written = 0;
        while (written < 500) {
            REQUIRE(progressed.wait(60000));   // an export that ends first fails here: nothing to interrupt
            report += process.readAllStandardError();
            const QList<QByteArray> lines = report.split('\n');
            for (const QByteArray &line : lines) {
                if (line.contains(" / 4000"))
                    written = std::max(written, line.left(line.indexOf(' ')).toLongLong());
            }
        }
        REQUIRE(process.state() == QProcess::Running);
        ::kill(static_cast<pid_t>(process.processId()), signal);
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == (signal == SIGKILL ? QProcess::CrashExit : QProcess::NormalExit));
        if (signal == SIGTERM) {
            // Caught: the export cancels itself and says so.
            CHECK(process.exitCode() == 130);
            CHECK(QString::fromUtf8(report + process.readAllStandardError()).contains("canceled"));
        }
        CHECK(readFile(out) == "the previous export\r\n");
        QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        files.removeIf([](const QString &name) { return name.startsWith(QLatin1String("crm.sqlite")); });
        CHECK(files == QStringList({"leads.csv"}));
    }
}

TEST_CASE("export/every described lead field can be asked for by its code and comes out under its label",
          "[cli][export][fields]")
{
    const QString db = demo().path;
    QStringList codes;
    QStringList labels;
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all()) {
        codes << field.codeText();
        labels << field.labelText();
    }
    const Run run = runExport({"--db", db, "--out", "-", "--user", "sales1", "--columns", codes.join(u',')});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QString error;
    const QList<QStringList> records = CsvReader::readAll(run.out, ',', &error);
    REQUIRE(error.isEmpty());
    REQUIRE(records.size() == 3001);
    CHECK(records.first() == labels);
    for (const QStringList &record : records)
        CHECK(record.size() == labels.size());
}

TEST_CASE("export/a read the database refuses ends the export with the database's words and no file",
          "[cli][export][errors]")
{
    TestDatabase test;
    const TempDir &dir = test.dir();
    const QString db = test.location();
    {
        Database database;
        REQUIRE(database.open(db, QStringLiteral("export-cli-broken")));
        QSqlDatabase connection = database.connection();
        DemoOptions options;
        options.leads = 100;
        REQUIRE(DemoGenerator::generate(connection, options));
        QSqlQuery query(connection);
        REQUIRE(query.exec(QStringLiteral("ALTER TABLE campaigns RENAME TO campaigns_gone")));
    }
    const QString out = dir.file(QStringLiteral("leads.csv"));
    const Run run = runExport({"--db", db, "--out", out, "--user", "sales1"});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    // SQLite: "no such table: campaigns"; PostgreSQL: "relation "campaigns" does not exist".
    CHECK(run.err.contains(QStringLiteral("campaigns")));
    CHECK(run.err.count(u'\n') == 1);
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("export/--format xlsx and the .xlsx extension write an Excel workbook", "[cli][export][xlsx]")
{
    const QString db = demo().path;
    TempDir dir;
    const QStringList columns = {"--columns", "number,company_tin,state,created"};
    // The extension chooses the format...
    const QString byExtension = dir.file(QStringLiteral("leads.XLSX"));
    const Run extension = runExport(QStringList{"--db", db, "--out", byExtension, "--user", "sales1", "--state", "new"} + columns);
    INFO(extension.err.toStdString());
    REQUIRE(extension.exitCode == 0);
    CHECK(readFile(byExtension).startsWith("PK"));   // a zip, not text
    // ... and --format whatever the name.
    const QString byOption = dir.file(QStringLiteral("leads.data"));
    const Run option = runExport(QStringList{"--db", db, "--out", byOption, "--user", "sales1", "--format", "xlsx", "--state", "new"} + columns);
    REQUIRE(option.exitCode == 0);
    CHECK(readFile(byOption).startsWith("PK"));
    // --format csv wins over the extension.
    const QString csvNamedXlsx = dir.file(QStringLiteral("text.xlsx"));
    REQUIRE(runExport(QStringList{"--db", db, "--out", csvNamedXlsx, "--user", "sales1", "--format", "csv"} + columns).exitCode == 0);
    CHECK(readFile(csvNamedXlsx).startsWith("Number,Company TIN,State,Created\r\n"));

    const Run csv = runExport(QStringList{"--db", db, "--out", "-", "--user", "sales1", "--state", "new"} + columns);
    REQUIRE(csv.exitCode == 0);
    const QStringList ids = firstColumn(csv.out);
    const QJsonArray sheets = readWorkbook(byExtension);
    REQUIRE(sheets.size() == 1);
    const QJsonObject sheet = sheets.at(0).toObject();
    const QJsonArray rows = sheet.value("rows").toArray();
    REQUIRE(rows.size() == ids.size() + 1);
    CHECK(workbookCell(sheet, 0, 1).at(1).toString() == QStringLiteral("Company TIN"));
    for (int i = 0; i < ids.size(); ++i) {
        CHECK(workbookCell(sheet, i + 1, 0).at(0).toString() == QStringLiteral("n"));
        CHECK(QString::number(workbookCell(sheet, i + 1, 0).at(1).toInteger()) == ids[i]);
        CHECK(workbookCell(sheet, i + 1, 3).at(0).toString() == QStringLiteral("d"));
    }
    CHECK(readWorkbook(byOption) == sheets);
}

TEST_CASE("export/CSV-only options and standard output are refused for a workbook", "[cli][export][xlsx]")
{
    const QString db = demo().path;
    TempDir dir;
    const QString out = dir.file(QStringLiteral("leads.xlsx"));
    for (const QStringList &extra : {QStringList{"--delimiter", "tab"}, QStringList{"--bom"}, QStringList{"--no-formula-guard"}}) {
        const Run run = runExport(QStringList{"--db", db, "--out", out, "--user", "sales1"} + extra);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("CSV only")));
    }
    const Run toStdout = runExport({"--db", db, "--out", "-", "--user", "sales1", "--format", "xlsx"});
    CHECK(toStdout.exitCode == 2);
    CHECK(toStdout.err.contains(QStringLiteral("standard output")));
    const Run unknown = runExport({"--db", db, "--out", out, "--user", "sales1", "--format", "ods"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("--format")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
