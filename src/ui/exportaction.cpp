#include "exportaction.h"

#include "exportdialog.h"
#include "exportrunner.h"
#include "leadlistwidget.h"
#include "session.h"

#include <QAction>
#include <QDir>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

ExportAction::ExportAction(QWidget *window, Session *session, LeadListWidget *list, QAction *action)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_list(list)
{
    if (action)
        connect(action, &QAction::triggered, this, &ExportAction::exportLeads);
}

void ExportAction::exportLeads()
{
    if (m_runner)
        return;   // one export at a time
    const LeadListView view = m_list ? m_list->currentView() : LeadListView();
    const QList<qint64> selected = m_list ? m_list->selectedLeadIds() : QList<qint64>();
    ExportDialog dialog(ExportColumns::ofListColumns(view.columns), int(selected.size()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;

    LeadExportRequest request;
    request.databasePath = m_session->databasePath();
    request.outputPath = dialog.filePath();
    request.columns = dialog.columns();
    request.format = dialog.format();
    request.scope = dialog.scope();
    request.leadIds = selected;
    request.view = view.query;
    request.employeeId = m_session->employee().id;
    request.roles = m_session->employee().roles;
    m_outputPath = request.outputPath;

    m_runner = new ExportRunner(m_session, request, m_window);
    connect(m_runner, &ExportRunner::finished, this, &ExportAction::finished);
    m_runner->start();
}

void ExportAction::finished(bool ok, qint64 rows, const QString &error, bool canceled)
{
    m_runner->deleteLater();
    m_runner = nullptr;
    QString message;
    if (ok)
        message = tr("Exported %1 leads to %2.").arg(QLocale().toString(rows), QDir::toNativeSeparators(m_outputPath));
    else
        message = canceled ? tr("Export canceled; no file was written.") : error;
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(message, 10000);
    if (!ok && !canceled)
        QMessageBox::warning(m_window, tr("Export leads to CSV"), message);
    Q_EMIT exportFinished(ok, message);
}
