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

#include "childrun.h"
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
    const ChildRun xlsx = ChildRun::exportInChild(request);
    if (xlsx.status != 0)
        return 1;
    std::printf("xlsx export:      %8.1f s  peak %6.1f MB  %8.1f MB file\n", xlsx.seconds, double(xlsx.peakKb) / 1024,
                double(QFileInfo(request.outputPath).size()) / 1e6);
    std::fflush(stdout);
    if (!baseline)
        return 0;

    request.fileFormat = ExportFileFormat::Csv;
    request.outputPath = dir.filePath(QStringLiteral("same.csv"));
    const ChildRun csv = ChildRun::exportInChild(request);
    if (csv.status != 0)
        return 1;
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();
    const QString outDir = dir.filePath(QStringLiteral("soffice"));
    QDir().mkpath(outDir);
    const ChildRun office = ChildRun::spawn({soffice, QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                                   QStringLiteral("--convert-to"), QStringLiteral("xlsx"), QStringLiteral("--outdir"), outDir,
                                   request.outputPath},
                                  QString(), {}, true);
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
