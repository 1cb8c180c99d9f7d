#pragma once

#include "database.h"
#include "employee.h"
#include "tempdir.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class LeadFormDialog;
class LeadListModel;
class MainWindow;
class QEventLoop;
class QTableView;
class ReferencePicker;
class Session;
class SlowStatementHook;
class UiThreadWatchdog;

struct UiThreadOptions
{
    int leads = 3000;     // demo leads, generated before the hook is installed
    int delayMs = 50;     // what every statement costs, on the thread that runs it
};

// One step of the scenario: how long the UI thread stalled at most while it ran, and the
// statements that ran meanwhile (on any thread, and on the UI thread).
struct UiThreadStep
{
    QString name;
    double longestStallMs = 0;
    int statements = 0;
    int statementsOnUiThread = 0;
    qint64 elapsedMs = 0;
};

struct UiThreadReport
{
    QList<UiThreadStep> steps;
    // Every outcome that was not what the step expects (empty: every step did its work).
    QStringList failures;
    bool completed = false;          // every step ran to its end
    int statements = 0;              // over the whole scenario, teardown included
    int statementsOnUiThread = 0;
    double longestStallMs() const;
};

// Issue #9's proof that nothing waits on the database on the UI thread: on a demo database, with
// every statement delayed (SlowStatementHook, installed before the Session opens) and a watchdog
// timer on the UI thread, the real windows are driven by their signals: the main window shows the
// list, which scrolls a page, to the middle and to its end; a search is typed; a new lead form is
// filled through its pickers and saved; a lead is qualified; several leads are assigned in bulk.
// Every step checks its outcome on the test's own connection (opened before the hook, outside the
// measured windows). Shared by the CTest test (which asserts the counts and outcomes) and
// bench_uithread (which reports the stalls).
class UiThreadScenario
{
public:
    explicit UiThreadScenario(const UiThreadOptions &options = UiThreadOptions());
    ~UiThreadScenario();
    UiThreadScenario(const UiThreadScenario &) = delete;
    UiThreadScenario &operator=(const UiThreadScenario &) = delete;

    UiThreadReport run();

private:
    bool setUp();
    bool pickData();
    bool chooseSearchText();
    bool runSteps();
    bool step(const QString &name, const std::function<bool()> &action, const std::function<void()> &verify = {});
    bool expect(bool condition, const QString &failure);
    bool waitUntil(const std::function<bool()> &done);
    void wake();
    template<typename Sender, typename Signal>
    void wakeOn(Sender *sender, Signal signal);

    bool openSession();
    bool showList();
    bool pageDown();
    bool scrollToMiddle();
    bool jumpToEnd();
    bool typeSearch();
    bool openForm();
    bool fillPickers();
    bool typeIntoPicker(ReferencePicker *picker, const QString &text, qint64 wantedId);
    bool saveForm();
    bool qualify();
    bool bulkAssign();

    void checkVisibleRows(const QString &what);
    void checkSearch();
    void checkSavedLead();
    void checkQualified();
    void checkAssigned();

    bool visibleRowsLoaded() const;
    qint64 expectedIdAt(int row) const;
    QTableView *table() const;
    LeadListModel *model() const;

    UiThreadOptions m_options;
    UiThreadReport m_report;
    TempDir m_dir;
    Database m_check;   // the test's connection: data set up and outcomes checked, never hooked
    Employee m_employee;
    Employee m_target;   // who the bulk-assigned leads go to
    qint64 m_directionId = 0;
    QString m_directionName;
    qint64 m_companyId = 0;
    QString m_companyName;
    qint64 m_contactId = 0;
    QString m_contactName;
    qint64 m_qualifyLeadId = 0;
    QList<qint64> m_assignIds;
    QString m_searchText;
    qint64 m_searchCount = 0;
    qint64 m_savedLeadId = 0;
    std::unique_ptr<SlowStatementHook> m_hook;
    std::unique_ptr<UiThreadWatchdog> m_watchdog;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QPointer<LeadFormDialog> m_form;
    QEventLoop *m_loop = nullptr;
};
