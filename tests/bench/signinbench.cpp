// bench_signin CRM_AGENT [pairs = 80]
// Issue #14, finding 5: how long a refused sign-in takes for an unknown login and for a known login
// with a wrong password, as an attacker sees it: `crm-agent export --user LOGIN` with a wrong
// CRM_AGENT_PASSWORD, one process each, in interleaved pairs (the order alternating within pairs).
// Prints both medians, their difference and in how many pairs the unknown login took longer.
//
// CRM_AGENT is the program measured (so that an older build gives the "before" figures): it creates
// its own demo database first, so the schema is its own. Between runs the database's count of
// failed sign-ins is cleared (when the schema has one), so that every run does the full check
// instead of being refused at once by the growing wait.

#include "childrun.h"
#include "signinattempts.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTemporaryDir>

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_signin CRM_AGENT [pairs = 80]\n");
        return 2;
    }
    const QString program = args.at(1);
    const int pairs = args.size() > 2 ? args.at(2).toInt() : 80;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("signin.sqlite"));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    const ChildRun demo = ChildRun::spawn({program, QStringLiteral("demo"), QStringLiteral("--db"), db,
                                           QStringLiteral("--leads"), QStringLiteral("10")});
    if (demo.status != 0) {
        std::fprintf(stderr, "demo failed: %d\n", demo.status);
        return 1;
    }

    // A plain connection (Database would migrate an older program's file to this build's schema).
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    connection.setDatabaseName(db);
    if (!connection.open()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(db));
        return 1;
    }
    const auto attempt = [&](const QString &login) {
        // Fails harmlessly on a schema without the table (a build from before the count).
        (void)SignInAttempts(connection).clear(login);
        const ChildRun run = ChildRun::spawn({program, QStringLiteral("export"), QStringLiteral("--db"), db,
                                              QStringLiteral("--out"), out, QStringLiteral("--user"), login},
                                             {}, {QStringLiteral("CRM_AGENT_PASSWORD=not the password")});
        if (run.status != 1)
            std::fprintf(stderr, "unexpected exit status %d for %s\n", run.status, qPrintable(login));
        return run.seconds * 1000.0;
    };

    attempt(QStringLiteral("sales1"));   // warm the page cache and the program's libraries
    std::vector<double> unknown;
    std::vector<double> wrong;
    int unknownSlower = 0;
    for (int i = 0; i < pairs; ++i) {
        double u = 0;
        double w = 0;
        if (i % 2 == 0) {
            u = attempt(QStringLiteral("nobody%1").arg(i));
            w = attempt(QStringLiteral("sales1"));
        } else {
            w = attempt(QStringLiteral("sales1"));
            u = attempt(QStringLiteral("nobody%1").arg(i));
        }
        unknown.push_back(u);
        wrong.push_back(w);
        if (u > w)
            ++unknownSlower;
    }
    connection.close();
    const double mu = median(unknown);
    const double mw = median(wrong);
    std::printf("sign-in refusals, %d interleaved pairs, %s\n", pairs, qPrintable(program));
    std::printf("  unknown login:  median %.1f ms\n", mu);
    std::printf("  wrong password: median %.1f ms\n", mw);
    std::printf("  difference:     %+.1f ms (%.1f %%); unknown login slower in %d of %d pairs\n", mu - mw,
                100.0 * (mu - mw) / mw, unknownSlower, pairs);
    return 0;
}
