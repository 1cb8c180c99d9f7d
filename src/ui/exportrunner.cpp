#include "exportrunner.h"

#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

ExportRunner::ExportRunner(Session *session, const LeadExportRequest &request, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_request(request)
{
    m_progress = new QProgressDialog(parent);
    m_progress->setWindowTitle(tr("Export leads"));
    m_progress->setLabelText(tr("Exporting leads…"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setRange(0, 0);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportRunner::cancel);

    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ExportRunner::updateProgress);
}

ExportRunner::~ExportRunner()
{
    delete m_progress;
    // m_job cancels the export as it goes; its answer to this runner is dropped.
}

void ExportRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    m_timer->start();
    m_progress->setValue(0);
    m_job.start(m_session, m_request, this, [this](ExportOutcome outcome) { done(outcome); });
}

void ExportRunner::cancel()
{
    m_job.cancel();
    m_progress->setLabelText(tr("Canceling…"));
}

void ExportRunner::updateProgress()
{
    if (m_job.isCanceled())
        return;
    const qint64 done = m_job.rowsDone();
    const qint64 total = m_job.rowsTotal();
    const QLocale locale;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / total)));
        m_progress->setLabelText(tr("Exporting leads… %1 of %2").arg(locale.toString(done), locale.toString(total)));
    } else {
        m_progress->setLabelText(tr("Exporting leads… %1").arg(locale.toString(done)));
    }
}

void ExportRunner::done(const ExportOutcome &outcome)
{
    m_timer->stop();
    m_running = false;
    m_progress->hide();
    m_notes = outcome.notes;
    Q_EMIT finished(outcome.ok, outcome.rows, outcome.error, outcome.canceled);
}
