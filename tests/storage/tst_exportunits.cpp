// The units of the CSV export (plan, read through the one SQLite wrapper, format, write) and the
// export's way into the database: through Database's own checks.

#include "csvwriter.h"
#include "csvfile.h"
#include "database.h"
#include "exportchunk.h"
#include "exportformatter.h"
#include "exportlabelmap.h"
#include "exportplan.h"
#include "leadexporter.h"
#include "leadfielddescriptor.h"
#include "postgresqlcopy.h"
#include "postgresqlstatement.h"
#include "sqlitestatement.h"
#include "testdatabase.h"
#include "tempdir.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

QString exportError(const QString &databasePath, const QString &outputPath)
{
    LeadExportRequest request;
    request.databasePath = databasePath;
    request.outputPath = outputPath;
    request.roles = Role::Sales;
    LeadExporter exporter;
    CHECK_FALSE(exporter.run(request));
    return exporter.errorString();
}

} // namespace

TEST_CASE("export: the plan of a field column follows the field's descriptor", "[export][plan]")
{
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all()) {
        INFO(field.code);
        const ExportColumnPlan plan = ExportPlan::planOf(ExportColumns::ofField(field.field));
        switch (field.kind) {
        case LeadFieldKind::Text:
            CHECK(plan.kind == ExportCellKind::Text);
            CHECK(plan.sql == "l." + QByteArray(field.column));
            break;
        case LeadFieldKind::Flag: CHECK(plan.kind == ExportCellKind::YesNo); break;
        case LeadFieldKind::Source: CHECK(plan.kind == ExportCellKind::Source); break;
        case LeadFieldKind::Reference:
            // Names come from a label map, or from a join for the big tables (companies, contacts).
            CHECK((plan.labels != ExportLabels::None) != !plan.join.isEmpty());
            CHECK((plan.sql.contains(field.column) || plan.join.contains(field.column)));
            break;
        }
    }
    const ExportPlan plan({ExportColumn::Number, ExportColumns::ofField(LeadField::ExistingCompany), ExportColumns::ofField(LeadField::Owner),
                           ExportColumns::ofField(LeadField::ExistingContact), ExportColumn::CreatedBy, ExportColumns::ofField(LeadField::ExistingCompany)});
    const QByteArray select = plan.selectSql();
    CHECK(select.startsWith("SELECT l.id, c.name, l.owner_id, "));
    CHECK(select.count("LEFT JOIN companies c ON c.id = l.company_id") == 1);
    CHECK(select.count("LEFT JOIN contacts k ON k.id = l.contact_id") == 1);
    CHECK(plan.needsLabels(ExportLabels::Employees));
    CHECK_FALSE(plan.needsLabels(ExportLabels::Channels));
    CHECK(plan.columnCount() == 6);
}

TEST_CASE("export: the one SQLite wrapper binds values, reads without copies and reports failures",
          "[export][sqlite][sqlite-only]")
{
    TempDir dir;
    Database database;
    REQUIRE(database.openSqlite(dir.file(QStringLiteral("crm.sqlite")), QStringLiteral("wrapper-test")));
    sqlite3 *handle = SqliteStatement::handleOf(database.connection());
    REQUIRE(handle);

    SqliteStatement select(handle, "SELECT ? + 1, ? || 'b', ? IS NULL, ?");
    REQUIRE(select.isValid());
    REQUIRE(select.bindValues({41, QStringLiteral("a"), QVariant(), 2.5}));
    REQUIRE(select.next());
    CHECK(select.columnInt(0) == 42);
    CHECK(select.columnView(1) == "ab");
    CHECK(select.columnText(1) == "ab");
    CHECK(select.columnInt(2) == 1);
    CHECK_FALSE(select.next());
    CHECK_FALSE(select.failed());

    SqliteStatement broken(handle, "SELECT * FROM nowhere");
    CHECK_FALSE(broken.isValid());
    CHECK(broken.failed());
    CHECK_FALSE(broken.next());
    CHECK(broken.errorString().contains(QStringLiteral("no such table")));

    const Result<qint64> count = SqliteStatement::queryValue(handle, "SELECT COUNT(*) FROM leads");
    REQUIRE(count);
    CHECK(*count == 0);
    const Result<qint64> missing = SqliteStatement::queryValue(handle, "SELECT COUNT(*) FROM nowhere");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().contains(QStringLiteral("no such table")));
}

TEST_CASE("export: a label map finds names by id, dense or sparse", "[export][format]")
{
    ExportLabelMap dense;
    dense.insert(1, "one");
    dense.insert(3, "three");
    dense.finish();
    REQUIRE(dense.find(3));
    CHECK(*dense.find(3) == "three");
    CHECK(dense.find(2)->isEmpty());
    CHECK(dense.find(99) == nullptr);

    ExportLabelMap sparse;
    sparse.insert(1'000'000'000, "far");
    sparse.finish();
    REQUIRE(sparse.find(1'000'000'000));
    CHECK(*sparse.find(1'000'000'000) == "far");
    CHECK(sparse.find(1) == nullptr);
}

TEST_CASE("export: the formatter turns a row of raw values into labelled cells", "[export][format]")
{
    const ExportPlan plan({ExportColumn::Number, ExportColumns::ofField(LeadField::Name), ExportColumns::ofField(LeadField::Source), ExportColumns::ofField(LeadField::NewCompany),
                           ExportColumn::State, ExportColumns::ofField(LeadField::Owner)});
    ExportFormatter formatter(plan);
    ExportChunk chunk;
    chunk.ints = {7, static_cast<int>(LeadSource::Partner), 1, static_cast<int>(LeadState::Assigned), 0};
    chunk.text = "=SUM(A1)";
    chunk.ends = {quint32(chunk.text.size())};
    chunk.rows = 1;
    CsvWriter csv;
    ExportFormatter::Cursor cursor;
    formatter.writeRow(chunk, cursor, csv);
    CHECK(csv.bytes() == QByteArray("7,'=SUM(A1),Partner,Yes,Assigned,\r\n"));
    CHECK(cursor.ints == 5);
    CHECK(cursor.texts == 1);
}

TEST_CASE("export: the database is opened through Database's checks and a refused file is left untouched",
          "[export][errors][sqlite-only]")
{
    TempDir dir;
    const QString out = dir.file(QStringLiteral("out.csv"));

    const QString text = dir.file(QStringLiteral("notes.sqlite"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("just some notes, not a database\n");
    }
    const QByteArray before = readFile(text);
    CHECK(exportError(text, out).contains(QStringLiteral("not an SQLite file")));
    CHECK(readFile(text) == before);
    CHECK_FALSE(QFile::exists(out));

    const QString newer = dir.file(QStringLiteral("newer.sqlite"));
    {
        Database database;
        REQUIRE(database.openSqlite(newer, QStringLiteral("newer-test")));
        QSqlQuery query(database.connection());
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    CHECK(exportError(newer, out).contains(QStringLiteral("newer version")));
    CHECK_FALSE(QFile::exists(out));

    CHECK(exportError(dir.file(QStringLiteral("missing.sqlite")), out).contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("missing.sqlite"))));
}

TEST_CASE("export: a read the database refuses fails the export with its words and leaves no file",
          "[export][errors]")
{
    TestDatabase test;
    const QString path = test.location();
    {
        Database database;
        REQUIRE(database.open(path, QStringLiteral("broken-test")));
        QSqlQuery query(database.connection());
        REQUIRE(query.exec(QStringLiteral("ALTER TABLE channels RENAME TO channels_gone")));
    }
    const QString out = test.dir().file(QStringLiteral("out.csv"));
    const QString error = exportError(path, out);
    // A table missing from a database marked as CRM Agent's is found when it is opened (issue #14),
    // before the export reads anything: the file is damaged, the table named.
    CHECK(error.contains(QStringLiteral("is damaged")));
    CHECK(error.contains(QStringLiteral("channels")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("export: the PostgreSQL wrappers bind values, read results and COPY rows, and report failures",
          "[export][postgresql-only]")
{
    TestDatabase test(TestDatabase::Engine::PostgreSql);
    Database database;
    REQUIRE(database.open(test.location(), QStringLiteral("pg-wrapper-test")));
    pg_conn *handle = PostgreSqlStatement::handleOf(database.connection());
    REQUIRE(handle);

    PostgreSqlStatement select(handle, "SELECT ?::bigint + 1, ?::text || 'b', ?::text IS NULL, '?'");
    select.bindInt(1, 41);
    select.bindText(2, "a");
    select.bindNull(3);
    REQUIRE(select.next());
    CHECK(select.columnInt(0) == 42);
    CHECK(select.columnText(1) == "ab");
    CHECK(select.columnText(2) == "t");
    CHECK(select.columnText(3) == "?");   // a quoted ? is no placeholder
    CHECK_FALSE(select.next());
    CHECK_FALSE(select.failed());

    PostgreSqlCopy copy(handle, "INSERT INTO channels (id, name) VALUES (?, ?)");
    REQUIRE(copy.isValid());
    copy.bindInt(1, 7);
    copy.bindText(2, "tab\there, new\nline \\ back");
    REQUIRE(copy.execute());
    REQUIRE(copy.flush());
    PostgreSqlStatement read(handle, "SELECT name FROM channels WHERE id = ?");
    read.bindInt(1, 7);
    REQUIRE(read.next());
    CHECK(read.columnText(0) == "tab\there, new\nline \\ back");

    copy.bindInt(1, 7);   // the same id again: the primary key refuses the batch
    copy.bindText(2, "again");
    REQUIRE(copy.execute());
    CHECK_FALSE(copy.flush());
    CHECK(copy.errorString().contains(QStringLiteral("duplicate")));

    PostgreSqlStatement broken(handle, "SELECT * FROM no_such_table");
    CHECK_FALSE(broken.next());
    CHECK(broken.failed());
    CHECK(broken.errorString().contains(QStringLiteral("no_such_table")));
    CHECK(PostgreSqlStatement::queryInt(handle, "SELECT COUNT(*) FROM channels WHERE id = 7") == 1);
}
