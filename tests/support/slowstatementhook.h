#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>

// Counts the SQL statements that run, and those among them on the UI thread (each one a frozen
// window when the database is across a network), and can make every statement as slow as a network
// round trip. The hook is attached to a connection when it opens: construct this before the Session
// opens. While it exists (one at a time) every statement of a connection opened after it is counted
// and sleeps `delayMs` (0: none) on the thread that runs it; the destructor removes the hook
// (Database::setStatementHook(nullptr)), also when a test fails midway. The counts stay readable
// after it is gone. Header-only, for test programs that link the storage.
class SlowStatementHook
{
public:
    explicit SlowStatementHook(int delayMs = 0)
    {
        s_delayMs = delayMs;
        resetCounts();
        Database::setStatementHook(&onStatement);
    }
    ~SlowStatementHook()
    {
        Database::setStatementHook(nullptr);
        s_delayMs = 0;
    }
    SlowStatementHook(const SlowStatementHook &) = delete;
    SlowStatementHook &operator=(const SlowStatementHook &) = delete;

    // Counted since the hook was installed (or since resetCounts()).
    static int statements() { return s_statements.load(); }
    static int statementsOnUiThread() { return s_statementsOnUiThread.load(); }
    static void resetCounts()
    {
        s_statements = 0;
        s_statementsOnUiThread = 0;
    }

private:
    // Runs before every statement, on the thread that runs it: a worker lane's, or the UI thread's.
    static void onStatement()
    {
        ++s_statements;
        if (QThread::currentThread() == QCoreApplication::instance()->thread())
            ++s_statementsOnUiThread;
        // The network round trip, simulated on the thread that waits for it.
        if (const int delay = s_delayMs.load(); delay > 0)
            QThread::msleep(static_cast<unsigned long>(delay));
    }

    static inline std::atomic<int> s_delayMs{0};
    static inline std::atomic<int> s_statements{0};
    static inline std::atomic<int> s_statementsOnUiThread{0};
};
