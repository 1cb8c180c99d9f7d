#pragma once

#include <csignal>

namespace CancelOnInterruptDetail {

template<typename Job>
inline Job *g_running = nullptr;

template<typename Job>
void cancelRunning(int)
{
    if (g_running<Job>)
        g_running<Job>->cancel();
}

} // namespace CancelOnInterruptDetail

// Runs `work` (which runs `job`: an export, a copy) with Ctrl+C (SIGINT) and SIGTERM calling
// job.cancel() instead of ending the process, so that the job rolls back and removes what it
// began; the default handlers are back when it returns. Returns what `work` returns. cancel() runs
// in the signal handler: it must only set an atomic flag.
template<typename Job, typename Work>
auto cancelOnInterrupt(Job &job, Work work)
{
    using namespace CancelOnInterruptDetail;
    g_running<Job> = &job;
    std::signal(SIGINT, cancelRunning<Job>);
    std::signal(SIGTERM, cancelRunning<Job>);
    auto result = work();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_running<Job> = nullptr;
    return result;
}
