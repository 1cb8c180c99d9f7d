// bench_import [--rows N] [--pairs N] [--sqlite3 PATH]
//
// Times the CSV import (issue 13) of N leads (default 1,000,000) with every check (the form's
// validation, reference names to ids, likely duplicates skipped, history rows, the list's names,
// indexes and search index) against the sqlite3 shell's `.import --csv` of the same file into a
// plain table of a fresh database, in the same run, in interleaved pairs (alternating which goes
// first). Prints the median wall times, the median of the per-pair ratios (import / sqlite3;
// target <= 1.5) and the import's peak memory (target < 100 MB whatever the size): LeadImporter in
// a forked child whose VmHWM is reset when it starts. Once, untimed, `crm-agent import` runs as a
// whole process (sign-in included) and its counts are checked.
//
// A third program in each pair measures the floor the ratio cannot go under: the sqlite3 shell
// building, on the imported leads themselves, only what the application keeps of leads besides
// the table (its indexes, sort indexes included, and the search index), with the same memory and
// journal the import uses. Any import that leaves a database the application can list and search
// at once spends at least that time after sqlite3's own .import: (sqlite3 + floor) / sqlite3 is the
// best ratio reachable with this schema, whatever the checks cost.
//
// The file is what `crm-agent export` writes from N demo leads (DemoGenerator); every import goes
// into a copy of that database with its leads, history and opportunities deleted (references and
// employees kept), made before the timer starts.

#include "childrun.h"
#include "database.h"
#include "demogenerator.h"
#include "employeerepository.h"
#include "leadexporter.h"
#include "leadimporter.h"
#include "leadlistindex.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

bool fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return false;
}

// A copy of `from` at `path`, opened as `db`.
bool openCopy(const QString &from, const QString &path, Database &db, const QString &connectionName)
{
    if (!QFile::copy(from, path))
        return fail(QStringLiteral("cannot copy %1").arg(from));
    return db.openSqlite(path, connectionName) || fail(db.errorString());
}

// The demo database with its leads gone: what every timed import goes into (a copy of it).
bool makeTemplate(const QString &demo, const QString &path, qint64 *adminId)
{
    Database db;
    if (!openCopy(demo, path, db, QStringLiteral("bench-template")))
        return false;
    QSqlQuery query(db.connection());
    for (const char *sql : {"PRAGMA foreign_keys = OFF", "DELETE FROM lead_history", "DELETE FROM opportunities",
                            "DELETE FROM leads", "PRAGMA foreign_keys = ON", "VACUUM"}) {
        if (!query.exec(QLatin1String(sql)))
            return fail(QStringLiteral("%1: template").arg(QLatin1String(sql)));
    }
    if (!query.exec(QStringLiteral("SELECT id FROM employees WHERE login = 'admin'")) || !query.next())
        return fail(QStringLiteral("no admin in the demo database"));
    *adminId = query.value(0).toLongLong();
    return true;
}

// The imported database without what the floor's script builds (the leads' indexes and the
// search index's contents), and that script: the same CREATE INDEX statements, then the search
// index's rebuild, in one transaction under the rollback journal, with the import's 32 MB page
// cache and 8 MB of terms for the search index.
bool makeFloor(const QString &imported, const QString &path, QString *script)
{
    Database db;
    if (!openCopy(imported, path, db, QStringLiteral("bench-floor")))
        return false;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'leads' "
                                   "AND sql IS NOT NULL")))
        return fail(QStringLiteral("cannot read the indexes"));
    QStringList names, creates;
    while (query.next()) {
        names << query.value(0).toString();
        creates << query.value(1).toString() + u';';
    }
    query.finish();
    for (const QString &name : std::as_const(names)) {
        if (!query.exec(QStringLiteral("DROP INDEX %1").arg(name)))
            return fail(QStringLiteral("cannot drop %1").arg(name));
    }
    for (const char *sql : {"INSERT INTO leads_fts(leads_fts) VALUES ('delete-all')", "PRAGMA journal_mode = DELETE", "VACUUM"}) {
        if (!query.exec(QLatin1String(sql)))
            return fail(QStringLiteral("%1: floor").arg(QLatin1String(sql)));
    }
    if (creates.size() < 20)
        return fail(QStringLiteral("only %1 indexes on leads").arg(creates.size()));
    // The search index's statements of the import's bulk finish (its memory for terms, the rebuild).
    for (const QString &statement : LeadListIndex::finishBulkLoadStatements()) {
        if (statement.startsWith(QLatin1String("INSERT INTO leads_fts")))
            creates << statement + u';';
    }
    *script = QStringLiteral("PRAGMA cache_size = -32768; BEGIN; %1 COMMIT;").arg(creates.join(u' '));
    return true;
}

bool copyFresh(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1000000;
    int pairs = 3;
    QString sqlite3 = QStringLiteral("sqlite3");
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--rows"))
            rows = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--pairs"))
            pairs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--sqlite3"))
            sqlite3 = args[i + 1];
    }
    QTemporaryDir temp;
    if (!temp.isValid())
        return 1;
    const QString demo = temp.filePath(QStringLiteral("demo.sqlite"));
    const QString csv = temp.filePath(QStringLiteral("leads.csv"));
    const QString emptyDb = temp.filePath(QStringLiteral("template.sqlite"));
    const QString target = temp.filePath(QStringLiteral("target.sqlite"));
    const QString plain = temp.filePath(QStringLiteral("plain.sqlite"));
    const QString floorTemplate = temp.filePath(QStringLiteral("floor-template.sqlite"));
    const QString floorDb = temp.filePath(QStringLiteral("floor.sqlite"));

    std::printf("Making %lld demo leads and exporting them ...\n", static_cast<long long>(rows));
    std::fflush(stdout);
    // In a child, so that this process stays small: the import's child starts from its size.
    const ChildRun setup = ChildRun::inChild([&] {
        {
            Database db;
            if (!db.openSqlite(demo, QStringLiteral("bench")))
                return fail(db.errorString());
            QSqlDatabase connection = db.connection();
            DemoOptions options;
            options.leads = rows;
            if (const Result<DemoSummary> generated = DemoGenerator::generate(connection, options); !generated)
                return fail(generated.error());
        }
        LeadExportRequest exportRequest;
        exportRequest.databasePath = demo;
        exportRequest.outputPath = csv;
        exportRequest.roles = Role::Admin;
        if (LeadExporter exporter; !exporter.run(exportRequest))
            return fail(exporter.errorString());
        qint64 unused = 0;
        return makeTemplate(demo, emptyDb, &unused);
    });
    if (setup.status != 0)
        return 1;
    qint64 adminId = 0;
    {
        Database db;
        if (!db.openSqlite(emptyDb, QStringLiteral("bench-admin")))
            return fail(db.errorString()), 1;
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT id FROM employees WHERE login = 'admin'")) || !query.next())
            return fail(QStringLiteral("no admin in the demo database")), 1;
        adminId = query.value(0).toLongLong();
    }
    const qint64 bytes = QFile(csv).size();

    // Once as a whole process, sign-in included: it works and counts every row.
    if (!copyFresh(emptyDb, target))
        return 1;
    const ChildRun whole = ChildRun::spawn({QStringLiteral(CRM_AGENT_BIN), QStringLiteral("import"), QStringLiteral("--db"), target, csv,
                                            QStringLiteral("--user"), QStringLiteral("admin")},
                                           QString(), {QStringLiteral("CRM_AGENT_PASSWORD=admin")});
    if (whole.status != 0)
        return fail(QStringLiteral("crm-agent import failed (status %1)").arg(whole.status)), 1;
    qint64 imported = 0;
    {
        Database db;
        if (!db.openSqlite(target, QStringLiteral("bench-check")))
            return 1;
        QSqlQuery query(db.connection());
        if (query.exec(QStringLiteral("SELECT count(*) FROM leads")) && query.next())
            imported = query.value(0).toLongLong();
    }
    QString floorScript;
    if (!makeFloor(target, floorTemplate, &floorScript))
        return 1;
    std::printf("crm-agent import (whole process, sign-in included): %lld of %lld rows imported (the rest "
                "likely duplicates, skipped), %.2f s, peak %.1f MB\n",
                static_cast<long long>(imported), static_cast<long long>(rows), whole.seconds, whole.peakKb / 1024.0);
    std::fflush(stdout);

    const auto importAlone = [&] {
        if (!copyFresh(emptyDb, target))
            return ChildRun();
        std::fflush(stdout);
        return ChildRun::inChild([&] {
            Database db;
            if (!db.openSqlite(target, QStringLiteral("bench-import")))
                return fail(db.errorString());
            LeadImporter importer;
            ImportRequest request;
            request.filePath = csv;
            request.actorId = adminId;
            const bool ok = importer.run(request, db.connection());
            return ok || fail(importer.errorString());
        });
    };
    const QStringList reference = {sqlite3, plain, QStringLiteral(".import --csv %1 plain").arg(csv)};
    const auto sqliteImport = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-journal")})
            QFile::remove(plain + suffix);
        return ChildRun::spawn(reference);
    };

    const auto floorBuild = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(floorDb + suffix);
        if (!QFile::copy(floorTemplate, floorDb))
            return ChildRun();
        return ChildRun::spawn({sqlite3, floorDb, floorScript});
    };

    std::vector<double> ours, theirs, ratios, floors, floorRatios;
    long oursPeak = 0, theirsPeak = 0;
    for (int p = 0; p < pairs; ++p) {
        ChildRun a, b;
        if (p % 2 == 0) {
            a = importAlone();
            b = sqliteImport();
        } else {
            b = sqliteImport();
            a = importAlone();
        }
        const ChildRun c = floorBuild();
        if (a.status != 0 || b.status != 0 || c.status != 0)
            return fail(QStringLiteral("a run failed (import %1, sqlite3 %2, floor %3)").arg(a.status).arg(b.status).arg(c.status)), 1;
        floors.push_back(c.seconds);
        floorRatios.push_back((b.seconds + c.seconds) / b.seconds);
        ours.push_back(a.seconds);
        theirs.push_back(b.seconds);
        ratios.push_back(a.seconds / b.seconds);
        oursPeak = std::max(oursPeak, a.peakKb);
        theirsPeak = std::max(theirsPeak, b.peakKb);
        std::printf("pair %d: import %.2f s, sqlite3 .import %.2f s, ratio %.2f; floor (sqlite3 building the indexes "
                    "and search index) %.2f s\n",
                    p + 1, a.seconds, b.seconds, a.seconds / b.seconds, c.seconds);
        std::fflush(stdout);
    }
    std::printf("\n%lld rows, %lld bytes of CSV, %zu pairs\n", static_cast<long long>(rows), static_cast<long long>(bytes),
                ratios.size());
    std::printf("median import (LeadImporter, every check): %.2f s\n", median(ours));
    std::printf("median sqlite3 .import into a plain table: %.2f s\n", median(theirs));
    std::printf("ratio (median of pairs, import / sqlite3): %.2f  (target <= 1.5)\n", median(ratios));
    std::printf("floor: sqlite3 building the leads' indexes and search index alone: %.2f s (median)\n", median(floors));
    std::printf("best ratio reachable with this schema, (sqlite3 .import + floor) / sqlite3 .import: %.2f (median of pairs)\n",
                median(floorRatios));
    std::printf("peak memory, the import alone (forked child): %.1f MB  (target < 100 MB)\n", oursPeak / 1024.0);
    std::printf("peak memory, sqlite3 .import: %.1f MB\n", theirsPeak / 1024.0);
    return 0;
}
