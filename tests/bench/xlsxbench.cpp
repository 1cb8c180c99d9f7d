// bench_xlsx --db FILE.sqlite [--rows N] [--soffice PATH] [--no-baseline]
//
// Times the Excel workbook export (LeadExporter, --format xlsx: all columns, typed cells, constant
// memory) against LibreOffice converting the same rows' CSV to .xlsx
// (`soffice --headless --convert-to xlsx`, Debian's libreoffice-calc-nogui), in the same run, and
// prints the ratio (export / LibreOffice; the target is <= 0.1) and the peak memory of
// each: the export's in a forked child whose peak (VmHWM) is reset first (so only the export
// counts), LibreOffice's as the largest of its processes (wait4's ru_maxrss).
// The rows: every lead, or with --rows N the leads numbered 1..N (the selected-rows scope), for
// both sides. The CSV handed to LibreOffice is written by the CSV export beforehand (not timed).
// The database is only read: give a copy if it must not be touched at all (SQLite may add its
// -wal/-shm files beside it while it is open).

#include "leadexporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

double now()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct ChildRun
{
    int status = -1;
    double seconds = 0;
    long peakKb = 0;
};

long vmHwmKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// The export in a forked child: wall time and its own peak resident memory (VmHWM, reset at the
// start through /proc/self/clear_refs so that what the parent held before does not count).
ChildRun exportInChild(const LeadExportRequest &request, const QString &peakFile)
{
    ChildRun run;
    const double start = now();
    const pid_t pid = fork();
    if (pid == 0) {
        if (FILE *clear = std::fopen("/proc/self/clear_refs", "w")) {
            std::fputs("5", clear);
            std::fclose(clear);
        }
        LeadExporter exporter;
        const bool ok = exporter.run(request);
        if (!ok)
            std::fprintf(stderr, "export failed: %s\n", qPrintable(exporter.errorString()));
        QFile peak(peakFile);
        if (peak.open(QIODevice::WriteOnly))
            peak.write(QByteArray::number(qlonglong(vmHwmKb())));
        peak.close();
        std::fflush(nullptr);
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    run.seconds = now() - start;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
    QFile peak(peakFile);
    if (peak.open(QIODevice::ReadOnly))
        run.peakKb = peak.readAll().toLong();
    return run;
}

// Runs a program; wall time and the largest resident memory of it and its waited-for children.
ChildRun spawn(const QStringList &arguments)
{
    std::vector<QByteArray> args;
    for (const QString &a : arguments)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    ChildRun run;
    const double start = now();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return run;
    }
    rusage usage {};
    int status = 0;
    wait4(pid, &status, 0, &usage);
    run.seconds = now() - start;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.peakKb = usage.ru_maxrss;
    rusage children {};
    getrusage(RUSAGE_CHILDREN, &children);
    run.peakKb = std::max(run.peakKb, long(children.ru_maxrss));
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QString db, soffice = QStringLiteral("soffice");
    qint64 rows = 0;
    bool baseline = true;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            db = args[++i];
        else if (args[i] == QLatin1String("--rows") && i + 1 < args.size())
            rows = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--soffice") && i + 1 < args.size())
            soffice = args[++i];
        else if (args[i] == QLatin1String("--no-baseline"))
            baseline = false;
        else {
            std::fprintf(stderr, "usage: bench_xlsx --db FILE.sqlite [--rows N] [--soffice PATH] [--no-baseline]\n");
            return 2;
        }
    }
    if (db.isEmpty() || !QFileInfo::exists(db)) {
        std::fprintf(stderr, "bench_xlsx: --db FILE.sqlite (an existing demo database) is needed\n");
        return 2;
    }
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-xlsx-XXXXXX"));
    if (!dir.isValid())
        return 1;

    LeadExportRequest request;
    request.databasePath = db;
    request.roles = Role::Sales;
    if (rows > 0) {
        request.scope = ExportScope::SelectedLeads;
        for (qint64 id = 1; id <= rows; ++id)
            request.leadIds.append(id);
    }

    request.fileFormat = ExportFileFormat::Xlsx;
    request.outputPath = dir.filePath(QStringLiteral("leads.xlsx"));
    const ChildRun xlsx = exportInChild(request, dir.filePath(QStringLiteral("peak")));
    if (xlsx.status != 0)
        return 1;
    std::printf("xlsx export:      %8.1f s  peak %6.1f MB  %8.1f MB file\n", xlsx.seconds, double(xlsx.peakKb) / 1024,
                double(QFileInfo(request.outputPath).size()) / 1e6);
    std::fflush(stdout);
    if (!baseline)
        return 0;

    request.fileFormat = ExportFileFormat::Csv;
    request.outputPath = dir.filePath(QStringLiteral("same.csv"));
    const ChildRun csv = exportInChild(request, dir.filePath(QStringLiteral("peak")));
    if (csv.status != 0)
        return 1;
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();
    const QString outDir = dir.filePath(QStringLiteral("soffice"));
    QDir().mkpath(outDir);
    const ChildRun office = spawn({soffice, QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                                   QStringLiteral("--convert-to"), QStringLiteral("xlsx"), QStringLiteral("--outdir"), outDir,
                                   request.outputPath});
    const QString converted = QDir(outDir).filePath(QStringLiteral("same.xlsx"));
    if (office.status != 0 || !QFileInfo::exists(converted)) {
        std::fprintf(stderr, "soffice failed (status %d)\n", office.status);
        return 1;
    }
    std::printf("soffice convert:  %8.1f s  peak %6.1f MB  %8.1f MB file\n", office.seconds, double(office.peakKb) / 1024,
                double(QFileInfo(converted).size()) / 1e6);
    std::printf("ratio (export / soffice): %.3f\n", xlsx.seconds / office.seconds);
    return 0;
}
