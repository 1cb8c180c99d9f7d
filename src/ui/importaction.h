#pragma once

#include "importdialog.h"
#include "importjob.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class LeadListWidget;
class QAction;
class QProgressDialog;
class QTimer;
class QWidget;
class Session;

// File > Import… (Ctrl+I): asks with ImportDialog (window-modal), then runs the import as a job on
// the Session's Background lane with progress (by the bytes read) and Cancel; the window stays
// usable. The import is one transaction: Cancel or a failure leaves the database as it was. The
// outcome is said in the status bar and a message box (counts, the report), and the list reads its
// rows again. Whoever may create leads may import them.
class ImportAction : public QObject
{
    Q_OBJECT

public:
    ImportAction(QWidget *window, Session *session, LeadListWidget *list, QAction *action);
    ~ImportAction() override;

    // Opens the dialog (importDialogOpened()) and, when accepted, starts the import. Does nothing
    // while the dialog is open or an import runs (one at a time).
    void importLeads();
    bool isBusy() const { return m_dialog || m_running; }
    QProgressDialog *progressDialog() const { return m_progress; }
    // Asks the running import to stop (as the progress dialog's Cancel does).
    void cancel();

    // The outcome in words: "Imported 950 leads; 30 likely duplicates skipped; 8 rows rejected,
    // listed in /tmp/leads-rejected.csv."
    static QString summaryText(const ImportOutcome &outcome);

Q_SIGNALS:
    void importDialogOpened(ImportDialog *dialog);
    // The outcome, worded for the user (also shown in the status bar or a message box).
    void importFinished(bool ok, const QString &message);

private:
    void start(ImportRequest request);
    void updateProgress();
    void finished(const ImportOutcome &outcome);

    QWidget *m_window;
    Session *m_session;
    LeadListWidget *m_list;
    QPointer<ImportDialog> m_dialog;
    std::unique_ptr<ImportJob> m_job;
    bool m_running = false;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_timer = nullptr;
};
