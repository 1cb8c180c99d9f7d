// bench_uithread: how long the UI thread stalls at most while the windows wait on a slow database
// (issue #9). Target: no stall over one 16 ms frame.
//
//   bench_uithread [--runs N] [--leads N] [--delay-ms N]
//
// Runs the scenario of tests/ui/uithreadscenario.h N times (default 5) on a new demo database of
// --leads leads (default 3000), every SQL statement delayed by --delay-ms (default 50) on the
// thread that runs it, and prints, per step and overall, the median and the worst of the longest
// gap between the ticks of a 4 ms timer on the UI thread. Statements that ran on the UI thread
// are counted too (each one a stall of at least the delay). Run it on the offscreen platform
// (set by default) or Xvfb; the machine's noise shows in the worst figures, read the medians.

#include "uithreadscenario.h"

#include <QApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

constexpr double FrameMs = 16.0;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void printRow(const QString &what, const std::vector<double> &stalls)
{
    const double m = median(stalls);
    const double worst = stalls.empty() ? 0 : *std::max_element(stalls.begin(), stalls.end());
    std::printf("%-34s median %7.1f ms  worst %7.1f ms  %s\n", qPrintable(what), m, worst,
                m < FrameMs ? "under 16 ms" : "OVER 16 ms");
}

int intArgument(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return std::max(0, std::atoi(argv[i + 1]));
    }
    return fallback;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication app(argc, argv);
    const int runs = std::max(1, intArgument(argc, argv, "--runs", 5));
    UiThreadOptions options;
    options.leads = intArgument(argc, argv, "--leads", 3000);
    options.delayMs = intArgument(argc, argv, "--delay-ms", 50);
    std::printf("bench_uithread: %d runs, %d leads, %d ms per statement, watchdog tick 4 ms\n", runs, options.leads,
                options.delayMs);

    QStringList order;
    QMap<QString, std::vector<double>> perStep;
    std::vector<double> overall;
    int onUiThread = 0;
    int failures = 0;
    for (int run = 0; run < runs; ++run) {
        const UiThreadReport report = UiThreadScenario(options).run();
        for (const QString &failure : report.failures)
            std::printf("run %d: FAILED %s\n", run + 1, qPrintable(failure));
        failures += int(report.failures.size()) + (report.completed ? 0 : 1);
        onUiThread += report.statementsOnUiThread;
        for (const UiThreadStep &s : report.steps) {
            if (!order.contains(s.name))
                order << s.name;
            perStep[s.name].push_back(s.longestStallMs);
        }
        overall.push_back(report.longestStallMs());
        std::printf("run %d: longest stall %.1f ms, %d statements, %d on the UI thread\n", run + 1,
                    report.longestStallMs(), report.statements, report.statementsOnUiThread);
    }
    std::printf("\nLongest UI-thread stall per step (median and worst of %d runs):\n", runs);
    for (const QString &name : std::as_const(order))
        printRow(name, perStep.value(name));
    printRow(QStringLiteral("overall (longest of each run)"), overall);
    std::printf("statements on the UI thread: %d; failed outcomes: %d\n", onUiThread, failures);
    return failures == 0 && onUiThread == 0 ? 0 : 1;
}
