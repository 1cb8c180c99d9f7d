#pragma once

#include <QObject>
#include <QString>

class ExportRunner;
class LeadListWidget;
class QAction;
class QWidget;
class Session;

// Export to CSV from the lead list (Ctrl+E, toolbar, menu): asks with ExportDialog, then runs the
// export with progress and Cancel. Any of the four roles may export (spec: "anyone with the right
// role"); the exporter refuses an employee without one.
class ExportAction : public QObject
{
    Q_OBJECT

public:
    // Exports as the session's signed-in employee, on the session's Background lane.
    ExportAction(QWidget *window, Session *session, LeadListWidget *list, QAction *action);

    // Shows the dialog and, when accepted, starts the export.
    void exportLeads();
    // The export in progress, or null.
    ExportRunner *runner() const { return m_runner; }

Q_SIGNALS:
    // The outcome, worded for the user (shown in the status bar or a message box).
    void exportFinished(bool ok, const QString &message);

private:
    void finished(bool ok, qint64 rows, const QString &error, bool canceled);

    QWidget *m_window;
    Session *m_session;
    LeadListWidget *m_list;
    ExportRunner *m_runner = nullptr;
    QString m_outputPath;
};
