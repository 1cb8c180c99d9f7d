#include "childrun.h"

#include "leadexporter.h"

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

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

int exitStatus(int status)
{
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace

double ChildRun::now()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

ChildRun ChildRun::spawn(const QStringList &arguments, const QString &outPath, const QStringList &extraEnv,
                         bool withChildren)
{
    std::vector<QByteArray> args;
    for (const QString &a : arguments)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStore;
    for (char **e = environ; *e; ++e)
        envStore.emplace_back(*e);
    for (const QString &e : extraEnv)
        envStore.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = outPath.isEmpty() ? QByteArray("/dev/null") : outPath.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    ChildRun run;
    const double start = now();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return run;
    }
    rusage usage {};
    int status = 0;
    wait4(pid, &status, 0, &usage);
    run.seconds = now() - start;
    run.status = exitStatus(status);
    run.peakKb = usage.ru_maxrss;
    if (withChildren) {
        rusage children {};
        getrusage(RUSAGE_CHILDREN, &children);
        run.peakKb = std::max(run.peakKb, long(children.ru_maxrss));
    }
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

ChildRun ChildRun::exportInChild(const LeadExportRequest &request)
{
    return inChild([&request] {
        LeadExporter exporter;
        const bool ok = exporter.run(request);
        if (!ok)
            std::fprintf(stderr, "export failed: %s\n", qPrintable(exporter.errorString()));
        return ok;
    });
}

ChildRun ChildRun::inChild(const std::function<bool()> &work)
{
    ChildRun run;
    int peakPipe[2];
    if (pipe(peakPipe) != 0)
        return run;
    const double start = now();
    const pid_t pid = fork();
    if (pid < 0) {
        close(peakPipe[0]);
        close(peakPipe[1]);
        return run;
    }
    if (pid == 0) {
        close(peakPipe[0]);
        if (FILE *clear = std::fopen("/proc/self/clear_refs", "w")) {
            std::fputs("5", clear);   // resets VmHWM to the current resident size
            std::fclose(clear);
        }
        const bool ok = work();
        const long peak = vmHwmKb();
        if (write(peakPipe[1], &peak, sizeof peak) != sizeof peak)
            std::fprintf(stderr, "could not report the peak memory\n");
        std::fflush(nullptr);
        _exit(ok ? 0 : 1);
    }
    close(peakPipe[1]);
    long peak = 0;
    if (read(peakPipe[0], &peak, sizeof peak) == sizeof peak)
        run.peakKb = peak;
    close(peakPipe[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    run.seconds = now() - start;
    run.status = exitStatus(status);
    return run;
}
