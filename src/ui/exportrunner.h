#pragma once

#include "exportjob.h"

#include <QObject>
#include <QString>

class QProgressDialog;
class QTimer;
class QWidget;
class Session;

// Runs one export as a job on the Session's Background lane, with a progress dialog and Cancel.
// Reports the outcome through finished(); deletes itself afterwards when told to. Destroying a
// running runner cancels the export (the job then ends on its own and writes no file).
class ExportRunner : public QObject
{
    Q_OBJECT

public:
    // `parent` owns the runner and the progress dialog is shown over it.
    ExportRunner(Session *session, const LeadExportRequest &request, QWidget *parent);
    ~ExportRunner() override;

    void start();
    // Asks the export to stop; finished() follows with canceled = true.
    void cancel();
    bool isRunning() const { return m_running; }
    QProgressDialog *progressDialog() const { return m_progress; }
    // The finished export's notes (a workbook's shortened cells), read in a finished() slot.
    QStringList notes() const { return m_notes; }

Q_SIGNALS:
    void finished(bool ok, qint64 rows, const QString &error, bool canceled);

private:
    void updateProgress();
    void done(const ExportOutcome &outcome);

    Session *m_session;
    LeadExportRequest m_request;
    ExportJob m_job;
    bool m_running = false;
    bool m_started = false;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_timer = nullptr;
    QStringList m_notes;
};
