#include "exportaction.h"

#include "exportdialog.h"
#include "exportrunner.h"
#include "leadlistmodel.h"
#include "leadlistwidget.h"
#include "permissions.h"
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
    if (isBusy() || !Permissions::canExport(m_session->employee().roles))
        return;   // one export at a time; never for roles that cannot export (the action says why)
    const LeadListView view = m_list ? m_list->currentView() : LeadListView();
    const int selected = m_list ? m_list->selectedRowCount() : 0;
    auto *dialog = new ExportDialog(ExportColumns::ofListColumns(view.columns), selected, m_window);
    // The view's rows, once the list has counted them (for the note on a workbook's sheets).
    if (m_list && m_list->model() && m_list->model()->isCountKnown())
        dialog->setLeadCounts(m_list->model()->counts().total, -1);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // finished() comes before accepted(): the export being prepared keeps the action busy.
    connect(dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog, view] { accepted(dialog, view); });
    dialog->open();
    Q_EMIT exportDialogOpened(dialog);
}

void ExportAction::accepted(ExportDialog *dialog, const LeadListView &view)
{
    LeadExportRequest request;
    request.databasePath = m_session->databasePath();
    request.outputPath = dialog->filePath();
    request.columns = dialog->columns();
    request.format = dialog->format();
    request.fileFormat = dialog->fileFormat();
    request.rowsPerSheet = dialog->rowsPerSheet();
    request.scope = dialog->scope();
    if (request.scope == ExportScope::View)
        request.sheetName = view.name;
    request.view = view.query;
    request.employeeId = m_session->employee().id;
    request.roles = m_session->employee().roles;
    if (request.scope != ExportScope::SelectedLeads || !m_list) {
        start(std::move(request));
        return;
    }
    // Every selected row, also those not in memory: their ids are read on a lane first.
    m_resolving = true;
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(tr("Reading the selected leads…"));
    m_list->resolveSelectedLeadIds(this, [this, request](Result<QList<qint64>> ids) mutable {
        m_resolving = false;
        if (!ids) {
            m_outputPath = request.outputPath;
            finished(false, 0, ids.error(), false);
            return;
        }
        request.leadIds = *ids;
        start(std::move(request));
    });
}

void ExportAction::start(LeadExportRequest request)
{
    m_outputPath = request.outputPath;
    m_runner = new ExportRunner(m_session, request, m_window);
    connect(m_runner, &ExportRunner::finished, this, &ExportAction::finished);
    m_runner->start();
}

void ExportAction::finished(bool ok, qint64 rows, const QString &error, bool canceled)
{
    QStringList notes;
    if (m_runner) {
        notes = m_runner->notes();
        m_runner->deleteLater();
    }
    m_runner = nullptr;
    QString message;
    if (ok)
        message = tr("Exported %1 leads to %2.").arg(QLocale().toString(rows), QDir::toNativeSeparators(m_outputPath));
    else
        message = canceled ? tr("Export canceled; no file was written.") : error;
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(message, 10000);
    if (ok && !notes.isEmpty()) {
        message += u' ' + notes.join(u' ');
        auto *box = new QMessageBox(QMessageBox::Information, tr("Export leads"), message, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (!ok && !canceled) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export leads"), message, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT exportFinished(ok, message);
}
