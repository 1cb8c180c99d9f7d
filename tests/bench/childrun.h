#pragma once

#include <QString>
#include <QStringList>

#include <functional>

struct LeadExportRequest;

// One measured run of a program or of an export in a child process: how it ended, its wall time
// and its peak resident memory. The benchmarks compare such runs with their reference tool's.
struct ChildRun
{
    int status = -1;      // exit status; 128 + signal when killed; -1 when it could not start
    double seconds = 0;   // wall time
    long peakKb = 0;      // peak resident memory

    // Seconds on the monotonic clock.
    static double now();
    // Runs a program (looked up in PATH) with standard input from /dev/null and standard output to
    // `outPath` (/dev/null when empty), in this environment plus `extraEnv` ("NAME=value").
    // The peak is the program's own (wait4's ru_maxrss); with `withChildren`, the largest of it and
    // of the processes it waited for (LibreOffice does its work in a child).
    static ChildRun spawn(const QStringList &arguments, const QString &outPath = {},
                          const QStringList &extraEnv = {}, bool withChildren = false);
    // LeadExporter::run(request) in a forked child: the peak is the child's VmHWM, reset when it
    // starts (so what this process held before the fork does not count).
    static ChildRun exportInChild(const LeadExportRequest &request);
    // `work` in a forked child (its answer the exit status, 0 for true), measured the same way.
    static ChildRun inChild(const std::function<bool()> &work);
};
