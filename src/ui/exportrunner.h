#pragma once

#include "leadexporter.h"

#include <QObject>
#include <QString>

#include <atomic>

class QProgressDialog;
class QThread;
class QTimer;
class QWidget;

// Runs one LeadExporter off the user interface thread, with a progress dialog and Cancel.
// Reports the outcome through finished(); deletes itself afterwards when told to.
class ExportRunner : public QObject
{
    Q_OBJECT

public:
    // `parent` owns the runner and the progress dialog is shown over it.
    ExportRunner(const LeadExportRequest &request, QWidget *parent);
    ~ExportRunner() override;

    void start();
    // Asks the export to stop; finished() follows with canceled = true.
    void cancel();
    bool isRunning() const;
    QProgressDialog *progressDialog() const { return m_progress; }

Q_SIGNALS:
    void finished(bool ok, qint64 rows, const QString &error, bool canceled);

private:
    void updateProgress();
    void done();

    LeadExportRequest m_request;
    LeadExporter m_exporter;
    QThread *m_thread = nullptr;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_timer = nullptr;
    std::atomic<qint64> m_done {0};
    std::atomic<qint64> m_total {-1};
    bool m_ok = false;
};
