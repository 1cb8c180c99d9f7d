#include "benchdemo.h"

#include "testdemo.h"

#include <QElapsedTimer>

#include <cstdio>

bool makeDemoLeads(QSqlDatabase db, const QString &path, qint64 leads)
{
    DemoOptions options;
    options.leads = leads;
    std::printf("Making %lld demo leads in %s ...\n", options.leads, qPrintable(path));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    // TestDemo: DemoGenerator itself on SQLite, its rows copied over on PostgreSQL.
    if (const Result<DemoSummary> generated = TestDemo::generate(db, options); !generated) {
        std::fprintf(stderr, "%s\n", qPrintable(generated.error()));
        return false;
    }
    std::printf("  done in %.1f s\n", timer.elapsed() / 1000.0);
    return true;
}
