#include "exportrunner.h"

#include <QLocale>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

ExportRunner::ExportRunner(const LeadExportRequest &request, QWidget *parent)
    : QObject(parent)
    , m_request(request)
{
    m_progress = new QProgressDialog(parent);
    m_progress->setWindowTitle(tr("Export leads to CSV"));
    m_progress->setLabelText(tr("Exporting leads…"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setRange(0, 0);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportRunner::cancel);

    m_exporter.setProgressFunction([this](qint64 done, qint64 total) {
        m_done.store(done);
        m_total.store(total);
    });
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ExportRunner::updateProgress);
}

ExportRunner::~ExportRunner()
{
    if (m_thread) {
        m_exporter.cancel();
        m_thread->wait();
        delete m_thread;
    }
    delete m_progress;
}

void ExportRunner::start()
{
    if (m_thread)
        return;
    // The exporter opens its own database connection inside this thread.
    m_thread = QThread::create([this] { m_ok = m_exporter.run(m_request); });
    connect(m_thread, &QThread::finished, this, &ExportRunner::done);
    m_timer->start();
    m_progress->setValue(0);
    m_thread->start();
}

void ExportRunner::cancel()
{
    m_exporter.cancel();
    m_progress->setLabelText(tr("Canceling…"));
}

bool ExportRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ExportRunner::updateProgress()
{
    if (m_exporter.wasCanceled())
        return;
    const qint64 done = m_done.load();
    const qint64 total = m_total.load();
    const QLocale locale;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / total)));
        m_progress->setLabelText(tr("Exporting leads… %1 of %2").arg(locale.toString(done), locale.toString(total)));
    } else {
        m_progress->setLabelText(tr("Exporting leads… %1").arg(locale.toString(done)));
    }
}

void ExportRunner::done()
{
    m_timer->stop();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_progress->hide();
    Q_EMIT finished(m_ok, m_exporter.rowsWritten(), m_exporter.errorString(), m_exporter.wasCanceled());
}
