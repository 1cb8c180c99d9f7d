#include "importaction.h"

#include "importdialog.h"
#include "leadlistwidget.h"
#include "permissions.h"
#include "session.h"

#include <QAction>
#include <QDir>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

ImportAction::ImportAction(QWidget *window, Session *session, LeadListWidget *list, QAction *action)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_list(list)
{
    if (action)
        connect(action, &QAction::triggered, this, &ImportAction::importLeads);
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ImportAction::updateProgress);
}

// The job, if still running, is canceled by its destructor and rolls back on its own.
ImportAction::~ImportAction()
{
    delete m_progress;
}

void ImportAction::importLeads()
{
    if (isBusy() || !Permissions::byRoles(m_session->employee().roles, LeadAction::Create).allowed)
        return;   // one import at a time; never for roles that cannot create leads (the action says why)
    auto *dialog = new ImportDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ImportRequest request = dialog->request();
        request.actorId = m_session->employee().id;
        start(std::move(request));
    });
    dialog->open();
    Q_EMIT importDialogOpened(dialog);
}

void ImportAction::start(ImportRequest request)
{
    m_running = true;
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setWindowTitle(tr("Import Leads"));
        m_progress->setAccessibleName(tr("Import progress"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &ImportAction::cancel);
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setLabelText(request.dryRun ? tr("Checking leads…") : tr("Importing leads…"));
    m_job = std::make_unique<ImportJob>();
    m_timer->start();
    m_job->start(m_session, request, this, [this](ImportOutcome outcome) { finished(outcome); });
}

void ImportAction::cancel()
{
    if (!m_job || !m_running)
        return;
    m_job->cancel();
    if (m_progress)
        m_progress->setLabelText(tr("Canceling: undoing what was imported…"));
}

void ImportAction::updateProgress()
{
    if (!m_job || m_job->isCanceled())
        return;
    const qint64 total = m_job->bytesTotal();
    if (total > 0)
        m_progress->setValue(int(std::min<qint64>(999, m_job->bytesDone() * 1000 / total)));
    m_progress->setLabelText(tr("Reading row %1…").arg(QLocale().toString(m_job->rowsDone())));
}

QString ImportAction::summaryText(const ImportOutcome &outcome)
{
    if (outcome.canceled)
        return tr("Import canceled; nothing was imported.");
    if (!outcome.ok)
        return outcome.error;
    const ImportSummary &s = outcome.summary;
    const QLocale locale;
    QStringList parts;
    if (s.dryRun)
        parts << tr("Checked %n rows: %1 would be imported", nullptr, int(std::min<qint64>(s.rows, INT_MAX)))
                     .arg(locale.toString(s.imported));
    else
        parts << tr("Imported %n leads", nullptr, int(std::min<qint64>(s.imported, INT_MAX)));
    if (s.flagged > 0)
        parts << tr("%n flagged as likely duplicates", nullptr, int(std::min<qint64>(s.flagged, INT_MAX)));
    if (s.skipped > 0)
        parts << tr("%n likely duplicates skipped", nullptr, int(std::min<qint64>(s.skipped, INT_MAX)));
    if (s.rejected > 0) {
        parts << (s.reportPath.isEmpty()
                      ? tr("%n rows rejected", nullptr, int(std::min<qint64>(s.rejected, INT_MAX)))
                      : tr("%n rows rejected, listed with the reasons in %1", nullptr, int(std::min<qint64>(s.rejected, INT_MAX)))
                            .arg(QDir::toNativeSeparators(s.reportPath)));
    }
    return parts.join(QStringLiteral("; ")) + u'.';
}

void ImportAction::finished(const ImportOutcome &outcome)
{
    m_timer->stop();
    m_running = false;
    m_progress->hide();
    m_job.reset();
    const QString message = summaryText(outcome);
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(message, 15000);
    if (outcome.ok && !outcome.summary.dryRun && outcome.summary.imported > 0 && m_list)
        m_list->leadSaved(0);   // several new leads: the list reads what it shows again
    if (!outcome.canceled) {
        const bool clean = outcome.ok && outcome.summary.rejected == 0;
        auto *box = new QMessageBox(clean ? QMessageBox::Information : QMessageBox::Warning, tr("Import Leads"), message,
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT importFinished(outcome.ok, message);
}
