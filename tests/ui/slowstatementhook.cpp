#include "slowstatementhook.h"

#include "database.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>

namespace {

std::atomic<int> g_delayMs{0};
std::atomic<int> g_statements{0};
std::atomic<int> g_statementsOnUiThread{0};

// Runs before every statement, on the thread that runs it: a worker lane's, or the UI thread's.
void slowStatement()
{
    ++g_statements;
    if (QThread::currentThread() == QCoreApplication::instance()->thread())
        ++g_statementsOnUiThread;
    // The network round trip, simulated on the thread that waits for it.
    if (const int delay = g_delayMs.load(); delay > 0)
        QThread::msleep(static_cast<unsigned long>(delay));
}

} // namespace

SlowStatementHook::SlowStatementHook(int delayMs)
{
    g_delayMs = delayMs;
    resetCounts();
    Database::setStatementHook(&slowStatement);
}

SlowStatementHook::~SlowStatementHook()
{
    Database::setStatementHook(nullptr);
    g_delayMs = 0;
}

int SlowStatementHook::statements()
{
    return g_statements.load();
}

int SlowStatementHook::statementsOnUiThread()
{
    return g_statementsOnUiThread.load();
}

void SlowStatementHook::resetCounts()
{
    g_statements = 0;
    g_statementsOnUiThread = 0;
}
