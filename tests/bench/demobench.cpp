// bench_demo [leads = 1000000] [runs = 3]
// Times DemoGenerator against the sqlite3 command-line shell loading the same rows from SQL text:
// every table of the generated database is dumped as INSERT statements inside BEGIN/COMMIT (tables
// first, indexes after the data, as `.dump` does), then `sqlite3 new.sqlite < dump.sql` is timed.

#include "database.h"
#include "demogenerator.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

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

QByteArray quoteIdentifier(const QByteArray &name)
{
    QByteArray quoted = name;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

// Writes the database as SQL text; returns the number of rows written, or -1.
qint64 dump(sqlite3 *db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    file.write("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n");
    // Ordinary tables with their rows; a virtual table (the FTS5 search index) is created empty and
    // rebuilt after the data, its shadow tables are left to it.
    std::vector<QByteArray> tables;
    std::vector<QByteArray> virtualTables;
    {
        SqliteStatement select(db, "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite_%' ORDER BY rowid");
        std::vector<std::pair<QByteArray, QByteArray>> all;
        while (select.next()) {
            all.emplace_back(select.columnText(0), select.columnText(1));
            if (all.back().second.startsWith("CREATE VIRTUAL TABLE"))
                virtualTables.push_back(all.back().first);
        }
        for (const auto &[name, sql] : all) {
            const bool shadow = std::any_of(virtualTables.begin(), virtualTables.end(),
                                            [&](const QByteArray &v) { return name.startsWith(QByteArray(v + '_')); });
            if (shadow)
                continue;
            file.write(sql + ";\n");
            if (!sql.startsWith("CREATE VIRTUAL TABLE"))
                tables.push_back(name);
        }
    }
    qint64 rows = 0;
    for (const QByteArray &table : tables) {
        std::vector<QByteArray> columns;
        {
            const QByteArray pragma = "PRAGMA table_info(" + quoteIdentifier(table) + ")";
            SqliteStatement info(db, pragma.constData());
            while (info.next())
                columns.push_back(info.columnText(1));
        }
        QByteArray sql = "SELECT 'INSERT INTO " + quoteIdentifier(table).replace('\'', "''") + " VALUES(' || ";
        for (size_t i = 0; i < columns.size(); ++i) {
            if (i > 0)
                sql += " || ',' || ";
            sql += "quote(" + quoteIdentifier(columns[i]) + ")";
        }
        sql += " || ');' FROM " + quoteIdentifier(table) + " ORDER BY rowid";
        SqliteStatement select(db, sql.constData());
        QByteArray buffer;
        while (select.next()) {
            buffer += select.columnText(0);
            buffer += '\n';
            ++rows;
            if (buffer.size() > (1 << 20)) {
                file.write(buffer);
                buffer.clear();
            }
        }
        file.write(buffer);
    }
    {
        SqliteStatement select(db, "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                   "AND tbl_name NOT LIKE 'sqlite_%' ORDER BY rowid");
        while (select.next())
            file.write(select.columnText(0) + ";\n");
    }
    for (const QByteArray &name : virtualTables)
        file.write("INSERT INTO " + quoteIdentifier(name) + "(" + quoteIdentifier(name) + ") VALUES('rebuild');\n");
    {
        SqliteStatement select(db, "SELECT sql FROM sqlite_master WHERE type IN ('trigger', 'view') "
                                   "AND sql IS NOT NULL ORDER BY rowid");
        while (select.next())
            file.write(select.columnText(0) + ";\n");
    }
    if (SqliteStatement::queryInt(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'") > 0)
        file.write("ANALYZE;\n");
    file.write("PRAGMA user_version = " + QByteArray::number(SqliteStatement::queryInt(db, "PRAGMA user_version")) + ";\n");
    file.write("COMMIT;\n");
    return file.error() == QFile::NoError ? rows : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 leads = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    if (leads <= 0) {
        std::fprintf(stderr, "usage: bench_demo [leads = 1000000] [runs = 3]\n");
        return 2;
    }
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        std::fprintf(stderr, "bench_demo: the sqlite3 command-line shell is not installed\n");
        return 1;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_demo: cannot create a temporary folder\n");
        return 1;
    }

    std::vector<double> demoTimes;
    const QString demoPath = dir.filePath(QStringLiteral("demo.sqlite"));
    for (int run = 0; run < runs; ++run) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(demoPath + QLatin1String(suffix));
        QElapsedTimer timer;
        timer.start();
        Database database;
        if (!database.openSqlite(demoPath, QStringLiteral("bench"))) {
            std::fprintf(stderr, "bench_demo: %s\n", qPrintable(database.errorString()));
            return 1;
        }
        DemoOptions options;
        options.leads = leads;
        options.seed = 1;
        DemoSummary summary;
        {
            QSqlDatabase db = database.connection();
            const Result<DemoSummary> generated = DemoGenerator::generate(db, options);
            if (!generated) {
                std::fprintf(stderr, "bench_demo: %s\n", qPrintable(generated.error()));
                return 1;
            }
            summary = *generated;
        }
        database.close();
        const double seconds = timer.nsecsElapsed() / 1e9;
        demoTimes.push_back(seconds);
        std::printf("demo run %d: %.2f s (%lld leads, %lld companies, %lld contacts)\n", run + 1, seconds,
                    static_cast<long long>(summary.leads), static_cast<long long>(summary.companies),
                    static_cast<long long>(summary.contacts));
        std::fflush(stdout);
    }

    // The same rows as SQL text, from the last generated file.
    const QString sqlPath = dir.filePath(QStringLiteral("demo.sql"));
    qint64 rows = 0;
    {
        Database database;
        if (!database.openSqlite(demoPath, QStringLiteral("bench-dump"))) {
            std::fprintf(stderr, "bench_demo: %s\n", qPrintable(database.errorString()));
            return 1;
        }
        rows = dump(SqliteStatement::handleOf(database.connection()), sqlPath);
        if (rows < 0) {
            std::fprintf(stderr, "bench_demo: cannot write %s\n", qPrintable(sqlPath));
            return 1;
        }
    }
    std::printf("dump: %lld rows, %.0f MB of SQL\n", static_cast<long long>(rows), QFile(sqlPath).size() / 1e6);

    std::vector<double> cliTimes;
    const QString cliPath = dir.filePath(QStringLiteral("new.sqlite"));
    for (int run = 0; run < runs; ++run) {
        QFile::remove(cliPath);
        QProcess process;
        process.setStandardInputFile(sqlPath);
        process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(sqlite3, {QStringLiteral("-bail"), cliPath});
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            std::fprintf(stderr, "bench_demo: sqlite3 failed: %s\n", process.readAllStandardError().constData());
            return 1;
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        cliTimes.push_back(seconds);
        std::printf("sqlite3 CLI run %d: %.2f s\n", run + 1, seconds);
        std::fflush(stdout);
    }
    {
        Database check;
        if (!check.openSqlite(cliPath, QStringLiteral("bench-check"))) {
            std::fprintf(stderr, "bench_demo: the CLI's file does not open: %s\n", qPrintable(check.errorString()));
            return 1;
        }
        const qint64 loaded = SqliteStatement::queryInt(SqliteStatement::handleOf(check.connection()),
                                                        "SELECT COUNT(*) FROM leads", -1);
        if (loaded != leads) {
            std::fprintf(stderr, "bench_demo: the CLI loaded %lld leads, expected %lld\n",
                         static_cast<long long>(loaded), static_cast<long long>(leads));
            return 1;
        }
    }

    const double demo = median(demoTimes);
    const double cli = median(cliTimes);
    std::printf("demo: median %.2f s; sqlite3 CLI: median %.2f s; ratio demo/sqlite3 = %.2f\n", demo, cli, demo / cli);
    return 0;
}
