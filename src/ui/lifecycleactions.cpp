#include "lifecycleactions.h"

#include "assigndialog.h"
#include "employeesdialog.h"
#include "leadlistwidget.h"
#include "opportunitieswindow.h"
#include "permissions.h"
#include "referencedatadialog.h"
#include "rolegate.h"
#include "session.h"
#include "viewleadids.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace {

QAction *makeAction(QObject *parent, const QString &text, const QKeySequence &keys, const QString &tip)
{
    auto *action = new QAction(text, parent);
    action->setShortcut(keys);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    return action;
}

} // namespace

LifecycleActions::LifecycleActions(QMainWindow *window, Session *session, LeadListWidget *list,
                                   std::function<void(qint64)> openLead)
    : QObject(window), m_window(window), m_session(session), m_list(list), m_openLead(std::move(openLead))
{
    m_assignSelected = makeAction(this, tr("&Assign selected leads…"), QKeySequence(tr("Ctrl+Shift+A")),
                                  tr("Assign or reassign the selected leads to an owner"));
    m_assignView = makeAction(this, tr("Assign all leads in the &view…"), QKeySequence(tr("Ctrl+Alt+A")),
                              tr("Assign or reassign every lead the list shows now to an owner"));
    m_opportunities = makeAction(this, tr("O&pportunities…"), QKeySequence(tr("Ctrl+Shift+O")),
                                 tr("The opportunities created by qualifying leads"));
    // Not offered to roles that can never assign; a manager's or marketeer's tooltip says they can
    // assign only the leads they own (the dialog's dry run then names the leads refused).
    for (QAction *action : {m_assignSelected, m_assignView})
        RoleGate::apply(action, Permissions::byRoles(session->employee().roles, LeadAction::Assign),
                        Permissions::roleLimit(session->employee().roles, LeadAction::Assign));
    connect(m_assignSelected, &QAction::triggered, this, &LifecycleActions::assignSelected);
    connect(m_assignView, &QAction::triggered, this, &LifecycleActions::assignView);
    connect(m_opportunities, &QAction::triggered, this, &LifecycleActions::showOpportunities);
    for (QAction *action : {m_assignSelected, m_assignView, m_opportunities})
        window->addAction(action);

    QMenu *leads = window->findChild<QMenu *>(QStringLiteral("menuLeads"));
    if (leads) {
        leads->addSeparator();
        leads->addAction(m_assignSelected);
        leads->addAction(m_assignView);
        leads->addSeparator();
        leads->addAction(m_opportunities);
    }
    if (!session->employee().roles.testFlag(Role::Admin))
        return;
    m_employees = makeAction(this, tr("&Employees…"), QKeySequence(tr("Ctrl+Shift+E")),
                             tr("Add employees, change their roles, reset passwords, deactivate"));
    m_referenceData = makeAction(this, tr("&Reference data…"), QKeySequence(tr("Ctrl+Shift+R")),
                                 tr("Companies, contacts, campaigns, selling directions, services, channels"));
    connect(m_employees, &QAction::triggered, this, &LifecycleActions::showEmployees);
    connect(m_referenceData, &QAction::triggered, this, &LifecycleActions::showReferenceData);
    auto *admin = new QMenu(tr("A&dministration"), window);
    admin->setObjectName(QStringLiteral("menuAdministration"));
    admin->addAction(m_employees);
    admin->addAction(m_referenceData);
    QMenu *help = window->findChild<QMenu *>(QStringLiteral("menuHelp"));
    window->menuBar()->insertMenu(help ? help->menuAction() : nullptr, admin);
}

void LifecycleActions::assignSelected()
{
    if (!m_assignSelected->isEnabled() || RoleGate::isRefused(m_assignSelected))
        return;
    const QString none = tr("Select the leads to assign first.");
    if (!m_list || m_list->selectedRowCount() == 0) {
        Q_EMIT assignSelectedRefused(none);
        showRefusal(true, none);
        return;
    }
    // Every selected row counts, also those whose page is not in memory (a "select all" of a
    // million): their ids are read on a lane.
    assignWhenRead(m_assignSelected, none, &LifecycleActions::assignSelectedRefused,
                   [this](Done<QList<qint64>> done) { m_list->resolveSelectedLeadIds(this, std::move(done)); });
}

void LifecycleActions::assignView()
{
    if (!m_list || !m_assignView->isEnabled() || RoleGate::isRefused(m_assignView))
        return;
    assignWhenRead(m_assignView, tr("The view shows no leads."), &LifecycleActions::assignViewRefused,
                   [this](Done<QList<qint64>> done) {
                       ViewLeadIds::read(m_session, m_list->currentView().query, this, std::move(done));
                   });
}

void LifecycleActions::assignWhenRead(QAction *action, const QString &none,
                                      void (LifecycleActions::*refused)(const QString &),
                                      const std::function<void(Done<QList<qint64>>)> &read)
{
    // One read at a time; the rest of the window (and this menu) stays usable while it runs.
    action->setEnabled(false);
    read([this, action, none, refused](Result<QList<qint64>> ids) {
        action->setEnabled(true);
        if (!ids || ids->isEmpty()) {
            const QString message = ids ? none : ids.error();
            Q_EMIT (this->*refused)(message);
            showRefusal(ids.has_value(), message);
            return;
        }
        bulkAssign(*ids);
    });
}

void LifecycleActions::showRefusal(bool information, const QString &message)
{
    auto *box = new QMessageBox(information ? QMessageBox::Information : QMessageBox::Warning, tr("Assign leads"),
                                message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void LifecycleActions::bulkAssign(const QList<qint64> &ids)
{
    auto *dialog = new AssignDialog(m_session, ids, 0, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->assignResult().assigned > 0 && m_list)
            m_list->leadSaved(0);   // reloads the list where the user is
    });
    dialog->open();
    Q_EMIT assignDialogOpened(dialog);
}

void LifecycleActions::showOpportunities()
{
    // A new window reads the list as it is built; an open one reads it again.
    auto *window = m_window->findChild<OpportunitiesWindow *>();
    if (window) {
        window->reload();
    } else {
        window = new OpportunitiesWindow(m_session, m_window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        connect(window, &OpportunitiesWindow::openLeadRequested, this, [this](qint64 id) {
            if (m_openLead)
                m_openLead(id);
        });
    }
    window->show();
    window->raise();
    window->activateWindow();
}

void LifecycleActions::showEmployees()
{
    EmployeesDialog dialog(m_session, m_window);
    dialog.exec();
}

void LifecycleActions::showReferenceData()
{
    ReferenceDataDialog dialog(m_session, m_window);
    dialog.exec();
}
