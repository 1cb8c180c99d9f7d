#pragma once

#include "exportdialog.h"
#include "leadexportrequest.h"
#include "leadlistview.h"

#include <QObject>
#include <QPointer>
#include <QString>

class ExportRunner;
class LeadListWidget;
class QAction;
class QWidget;
class Session;

// Export to CSV or Excel from the lead list (Ctrl+E, toolbar, menu): asks with ExportDialog (window-modal,
// opened at once: it shows the number of selected rows, loaded or not), then runs the export with
// progress and Cancel. For the selected rows, the ids of rows not in memory (a "select all" of a
// million) are read on a lane after OK, before the export starts; nothing waits on the UI thread. Any of the four roles may export (spec: "anyone with the right
// role"); the exporter refuses an employee without one.
class ExportAction : public QObject
{
    Q_OBJECT

public:
    // Exports as the session's signed-in employee, on the session's Background lane.
    ExportAction(QWidget *window, Session *session, LeadListWidget *list, QAction *action);

    // Opens the dialog (exportDialogOpened()) and, when accepted, starts the export. Does nothing
    // while the dialog is open or an export is being prepared or runs (one at a time).
    void exportLeads();
    // The export in progress, or null.
    ExportRunner *runner() const { return m_runner; }
    bool isBusy() const { return m_dialog || m_resolving || m_runner; }

Q_SIGNALS:
    // The export dialog was opened (window-modal, deleted when closed).
    void exportDialogOpened(ExportDialog *dialog);
    // The outcome, worded for the user (shown in the status bar or a message box).
    void exportFinished(bool ok, const QString &message);

private:
    void accepted(ExportDialog *dialog, const LeadListView &view);
    void start(LeadExportRequest request);
    void finished(bool ok, qint64 rows, const QString &error, bool canceled);

    QWidget *m_window;
    Session *m_session;
    LeadListWidget *m_list;
    QPointer<ExportDialog> m_dialog;
    bool m_resolving = false;
    ExportRunner *m_runner = nullptr;
    QString m_outputPath;
};
