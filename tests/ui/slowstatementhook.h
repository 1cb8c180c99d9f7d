#pragma once

// Makes every SQL statement as slow as a network round trip and counts the statements that run on
// the UI thread (each one a frozen window). The hook is attached to a connection when it opens:
// construct this before the Session opens. While it exists (one at a time) every statement of a
// connection opened after it sleeps `delayMs` on the thread that runs it; the destructor removes
// the hook (Database::setStatementHook(nullptr)), also when a test fails midway.
class SlowStatementHook
{
public:
    explicit SlowStatementHook(int delayMs);
    ~SlowStatementHook();
    SlowStatementHook(const SlowStatementHook &) = delete;
    SlowStatementHook &operator=(const SlowStatementHook &) = delete;

    // Counted since the hook was installed (or since resetCounts()).
    static int statements();
    static int statementsOnUiThread();
    static void resetCounts();
};
