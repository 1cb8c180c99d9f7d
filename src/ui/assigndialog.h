#pragma once

#include "bulkassignresult.h"
#include "result.h"

#include <QDialog>
#include <QList>

#include <atomic>
#include <memory>

namespace Ui {
class AssignDialog;
}
class Session;

// Assigns or reassigns one lead or many (bulk, from the list) to an owner. The count is shown
// before it runs; picking the owner checks every lead against the rules (a dry run on the Session's
// Read lane), so the leads the employee may not assign are listed with their reasons before anything
// is written. OK then writes all the allowed ones in one transaction (LeadService on the Write lane,
// which checks the rules again) while the dialog shows its progress; Cancel then rolls the whole
// run back. One run at a time: OK does nothing while one runs.
class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    // `expectedVersion` applies to a single lead opened in a form (0: not checked).
    AssignDialog(Session *session, const QList<qint64> &leadIds, int expectedVersion = 0, QWidget *parent = nullptr);
    ~AssignDialog() override;

    // Picks the owner and starts the check (checked() follows).
    void setOwner(qint64 employeeId);
    qint64 ownerId() const;
    // The last check (before OK) or the run's outcome (after).
    const BulkAssignResult &assignResult() const { return m_result; }
    QString summaryText() const;
    QString previewText() const;
    QString errorText() const;
    QString statusText() const;
    QStringList refusedLines() const;
    bool isChecking() const { return m_checksAsked != m_checksAnswered; }
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Starts the run (or closes once it is done); does nothing while a run is on.
    void accept() override;
    // Closes; while a bulk run is on, cancels it (nothing is written) and closes when it stopped.
    void reject() override;

Q_SIGNALS:
    // The dry run for the chosen owner answered and the preview shows it.
    void checked();
    // The run answered: `ok` when it wrote; false when it failed or was cancelled.
    void runFinished(bool ok);
    // One lead from its form, refused because someone else changed it since the dialog opened: the
    // dialog says so and acts no more; the form reloads the lead.
    void leadConflicted(qint64 leadId);

private:
    void check();
    void showCheck(Result<BulkAssignResult> result);
    void run();
    void finishRun(Result<BulkAssignResult> result);
    void showProgress(qint64 done);
    void setRunning(bool running);
    void showDone();
    void showRefused(const QList<BulkAssignRefusal> &refused);
    void showError(const QString &message);

    std::unique_ptr<Ui::AssignDialog> m_ui;
    Session *m_session;
    QList<qint64> m_ids;
    int m_version;
    BulkAssignResult m_result;
    quint64 m_checksAsked = 0;
    quint64 m_checksAnswered = 0;
    bool m_running = false;
    bool m_conflicted = false;
    bool m_done = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
