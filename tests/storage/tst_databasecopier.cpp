// `crm-agent copy` below the command line: DatabaseCopier copies a whole database between any two
// places. The target is the engine under test (TestDatabase); the source is a demo SQLite file,
// or (tagged [postgresql-only]) a PostgreSQL database.

#include "catchqtstring.h"
#include "catchresult.h"
#include "database.h"
#include "databasecopier.h"
#include "demogenerator.h"
#include "exportcolumn.h"
#include "exportcsv.h"
#include "lead.h"
#include "leadrepository.h"
#include "listedleadids.h"
#include "makedemodatabase.h"
#include "schemacatalog.h"
#include "tempdir.h"
#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

constexpr qint64 kLeads = 1500;

// A demo SQLite file with `leads` leads and a saved list view (every table holds rows).
void makeDemoFile(const QString &path, qint64 leads)
{
    Database db;
    REQUIRE(db.open(path, QStringLiteral("copy-demo")));
    QSqlDatabase connection = db.connection();
    DemoOptions options;
    options.leads = leads;
    REQUIRE(DemoGenerator::generate(connection, options));
    QSqlQuery view(connection);
    REQUIRE(view.exec(QStringLiteral("INSERT INTO lead_list_views (employee_id, kind, name, definition, updated_at) "
                                     "SELECT MIN(id), 1, 'Мои звонки', '{\"sort\":3}', '2026-11-30T10:00:00Z' FROM employees")));
}

// Every row of every table (the derived list names too), one line each, in id order: the same text
// on both engines for the same data.
QStringList dump(const QString &location)
{
    Database db;
    REQUIRE(db.open(location, QStringLiteral("copy-dump")));
    QStringList lines;
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables()) {
        QStringList columns = table.columns;
        for (const QString &derived : table.derivedColumns) {
            if (derived != QLatin1String("search_vector"))
                columns.append(derived);
        }
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        REQUIRE(query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(u','), table.name)));
        while (query.next()) {
            QStringList values{table.name};
            for (int i = 0; i < columns.size(); ++i)
                values.append(query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            lines.append(values.join(u'|'));
        }
    }
    return lines;
}

qint64 rowsIn(const QString &location)
{
    Database db;
    REQUIRE(db.open(location, QStringLiteral("copy-count")));
    qint64 rows = 0;
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables()) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table.name)));
        REQUIRE(query.next());
        rows += query.value(0).toLongLong();
    }
    return rows;
}

// The ids the lead list shows for `search`.
QList<qint64> found(const QSqlDatabase &db, qint64 employeeId, const QString &search)
{
    LeadListQuery query;
    query.searchText = search;
    return listedLeadIds(db, employeeId, query);
}

struct DemoFile
{
    TempDir dir;
    QString path = dir.file(QStringLiteral("person.sqlite"));
    DemoFile() { makeDemoFile(path, kLeads); }
};

// The demo file of the whole program (made once).
const DemoFile &demoFile()
{
    static const DemoFile file;
    return file;
}

} // namespace

TEST_CASE("copy: the catalog names every table and column of the schema", "[copy]")
{
    TestDatabase test;
    Database db;
    REQUIRE(db.open(test.location(), QStringLiteral("copy-catalog")));
    const bool postgreSql = db.isPostgreSql();
    QSet<QString> catalogTables;
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables()) {
        catalogTables.insert(table.name);
        QSqlQuery query(db.connection());
        if (postgreSql) {
            REQUIRE(query.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns "
                                                 "WHERE table_schema = current_schema() AND table_name = ?")));
            query.addBindValue(table.name);
            REQUIRE(query.exec());
        } else {
            REQUIRE(query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table.name)));
        }
        QSet<QString> live;
        while (query.next())
            live.insert(query.value(0).toString());
        QSet<QString> listed(table.columns.cbegin(), table.columns.cend());
        for (const QString &derived : table.derivedColumns) {
            if (postgreSql || derived != QLatin1String("search_vector"))
                listed.insert(derived);
        }
        INFO(table.name.toStdString());
        CHECK(live == listed);
        CHECK(table.columns.constFirst() == QStringLiteral("id"));
    }
    // Every other table is the engine's own: the version (PostgreSQL), the search index (SQLite).
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(postgreSql ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                    "WHERE table_schema = current_schema()")
                                   : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        if (name == QLatin1String("crm_agent_schema") || name.startsWith(QLatin1String("leads_fts"))
            || name.startsWith(QLatin1String("sqlite_")))
            continue;
        INFO(name.toStdString());
        CHECK(catalogTables.contains(name));
    }
}

TEST_CASE("copy: a demo database copied there and back exports byte-identical CSV", "[copy]")
{
    TestDatabase target;
    DatabaseCopier there;
    QStringList tables;
    qint64 leadsDone = 0;
    there.setProgressFunction([&](const QString &table, qint64 done, qint64 total) {
        if (tables.isEmpty() || tables.constLast() != table)
            tables.append(table);
        if (table == QLatin1String("leads")) {
            CHECK(total == kLeads);
            CHECK(done >= leadsDone);
            leadsDone = done;
        }
    });
    const DatabaseCopier::Summary summary = valueOf(there.copy(demoFile().path, target.location()));
    CHECK(summary.leads == kLeads);
    CHECK(leadsDone == kLeads);
    CHECK(tables.constFirst() == QStringLiteral("employees"));
    CHECK(tables.size() == SchemaCatalog::tables().size());
    const QStringList original = dump(demoFile().path);
    CHECK(summary.rows == original.size());
    CHECK(dump(target.location()) == original);

    TempDir back;
    const QString backup = back.file(QStringLiteral("backup.sqlite"));
    DatabaseCopier again;
    REQUIRE(again.copy(target.location(), backup));
    CHECK(dump(backup) == original);
    const QByteArray csv = exportCsv(demoFile().path, back.file(QStringLiteral("original.csv")));
    CHECK(csv.count('\n') == kLeads + 1);
    CHECK(exportCsv(backup, back.file(QStringLiteral("backup.csv"))) == csv);
}

TEST_CASE("copy: a copy takes new leads after the copied ids and finds leads by search", "[copy]")
{
    TestDatabase target;
    REQUIRE(DatabaseCopier().copy(demoFile().path, target.location()));
    Database db;
    REQUIRE(db.open(target.location(), QStringLiteral("copy-new-lead")));
    QSqlDatabase connection = db.connection();

    QSqlQuery query(connection);
    REQUIRE(query.exec(QStringLiteral("SELECT id, created_by FROM leads WHERE state = 1 AND owner_id IS NULL "
                                      "AND created_by IS NOT NULL ORDER BY id LIMIT 1")));
    REQUIRE(query.next());
    const qint64 existingId = query.value(0).toLongLong();
    const qint64 actor = query.value(1).toLongLong();
    LeadRepository leads(connection);
    Lead lead = valueOf(leads.find(existingId));
    lead.id = 0;
    lead.name = QStringLiteral("Зеркальный карп");
    REQUIRE(leads.insert(lead, actor));
    CHECK(lead.id == kLeads + 1);
    CHECK(found(connection, actor, QStringLiteral("карп зерк")) == QList<qint64>{lead.id});

    // A copied lead is found by the words of its name, as in the original.
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM leads WHERE id = %1").arg(existingId)));
    REQUIRE(query.next());
    const QString name = query.value(0).toString();
    CHECK(found(connection, actor, name).contains(existingId));
}

TEST_CASE("copy: a target that holds data is refused and left untouched", "[copy]")
{
    TestDatabase target;
    TempDir dir;
    const QString small = dir.file(QStringLiteral("small.sqlite"));
    makeDemoFile(small, 20);
    REQUIRE(DatabaseCopier().copy(small, target.location()));
    const QStringList before = dump(target.location());

    const Result<DatabaseCopier::Summary> refused = DatabaseCopier().copy(demoFile().path, target.location());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("already holds CRM Agent data (employees)")));
    CHECK(refused.error().contains(QStringLiteral("left untouched")));
    CHECK(dump(target.location()) == before);
}

TEST_CASE("copy: a cancelled copy leaves the target without a row", "[copy]")
{
    TestDatabase target;
    DatabaseCopier copier;
    copier.setProgressFunction([&](const QString &table, qint64 done, qint64) {
        if (table == QLatin1String("leads") && done > 0)
            copier.cancel();
    });
    const Result<DatabaseCopier::Summary> cancelled = copier.copy(demoFile().path, target.location());
    REQUIRE_FALSE(cancelled);
    CHECK(copier.wasCanceled());
    CHECK(cancelled.error().contains(QStringLiteral("cancelled")));
    CHECK(rowsIn(target.location()) == 0);
    // And it can be copied into afterwards.
    REQUIRE(DatabaseCopier().copy(demoFile().path, target.location()));
    CHECK(dump(target.location()) == dump(demoFile().path));
}

TEST_CASE("copy: a copy that fails half way leaves the target without a row", "[copy]")
{
    // The last table refers to a lead that does not exist (written with the checks off): the
    // target refuses it after every other table went in.
    TempDir dir;
    const QString broken = dir.file(QStringLiteral("broken.sqlite"));
    makeDemoFile(broken, 50);
    {
        Database db;
        REQUIRE(db.open(broken, QStringLiteral("copy-break")));
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE(query.exec(QStringLiteral("UPDATE lead_history SET lead_id = 999999 "
                                          "WHERE id = (SELECT MAX(id) FROM lead_history)")));
    }
    TestDatabase target;
    const Result<DatabaseCopier::Summary> failed = DatabaseCopier().copy(broken, target.location());
    REQUIRE_FALSE(failed);
    CHECK(failed.error().contains(QStringLiteral("lead_history")));
    CHECK(rowsIn(target.location()) == 0);
}

TEST_CASE("copy: the same database, a missing source and a new file left behind are refused", "[copy][sqlite-only]")
{
    TempDir dir;
    const QString missing = dir.file(QStringLiteral("missing.sqlite"));
    const QString fresh = dir.file(QStringLiteral("fresh.sqlite"));
    Result<DatabaseCopier::Summary> copied = DatabaseCopier().copy(missing, fresh);
    REQUIRE_FALSE(copied);
    CHECK(copied.error().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(missing));
    CHECK_FALSE(QFile::exists(fresh));

    // The same file, however it is written.
    const QFileInfo demo(demoFile().path);
    copied = DatabaseCopier().copy(demoFile().path, demo.absolutePath() + QStringLiteral("/./") + demo.fileName());
    REQUIRE_FALSE(copied);
    CHECK(copied.error().contains(QStringLiteral("same database")));

    // A copy into a new file that fails removes the file again.
    DatabaseCopier copier;
    copier.setProgressFunction([&](const QString &, qint64, qint64) { copier.cancel(); });
    REQUIRE_FALSE(copier.copy(demoFile().path, fresh));
    CHECK_FALSE(QFile::exists(fresh));
    CHECK_FALSE(QFile::exists(fresh + QStringLiteral("-wal")));
}

TEST_CASE("copy: PostgreSQL to PostgreSQL and to SQLite keeps every row", "[copy][postgresql-only]")
{
    TestDatabase team(TestDatabase::Engine::PostgreSql);
    makeDemoDatabase(team.location(), QStringLiteral("copy-team"), 700);
    const QStringList original = dump(team.location());

    TestDatabase other(TestDatabase::Engine::PostgreSql);
    REQUIRE(DatabaseCopier().copy(team.location(), other.location()));
    CHECK(dump(other.location()) == original);

    TempDir dir;
    const QString file = dir.file(QStringLiteral("backup.sqlite"));
    REQUIRE(DatabaseCopier().copy(team.location(), file));
    CHECK(dump(file) == original);

    const Result<DatabaseCopier::Summary> same = DatabaseCopier().copy(team.location(), team.location());
    REQUIRE_FALSE(same);
    CHECK(same.error().contains(QStringLiteral("same database")));

    // An empty PostgreSQL database is no source: it is not given a schema either.
    TestDatabase empty(TestDatabase::Engine::PostgreSql);
    const Result<DatabaseCopier::Summary> nothing = DatabaseCopier().copy(empty.location(), dir.file(QStringLiteral("x.sqlite")));
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().contains(QStringLiteral("holds no CRM Agent database")));
    CHECK(empty.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")).toInt() == 0);
}
