#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "backupaction.h"
#include "dashboardwidget.h"
#include "databaselocation.h"
#include "elidedlabel.h"
#include "exportaction.h"
#include "importaction.h"
#include "leadformdialog.h"
#include "leadlistwidget.h"
#include "lifecycleactions.h"
#include "permissions.h"
#include "rolegate.h"
#include "screenfit.h"
#include "session.h"
#include "shortcutpriorityfilter.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QSettings>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
{
    m_ui->setupUi(this);
    const Employee &employee = session->employee();
    const Result<DatabaseLocation> location = DatabaseLocation::parse(session->databasePath());
    setWindowTitle(tr("%1 — CRM Agent").arg(location ? location->displayName() : session->databasePath()));
    auto *who = new QLabel(tr("Signed in as %1 (%2)").arg(employee.displayName, Roles::codes(employee.roles)), this);
    who->setAccessibleName(tr("Signed-in employee"));
    statusBar()->addPermanentWidget(who);

    // The lead list (issue #4): Enter or double-click opens a lead; a saved lead changes its row in place.
    m_leadList = new LeadListWidget(session, this);
    m_ui->centralLayout->addWidget(m_leadList);
    auto *counts = new ElidedLabel(this);
    counts->setObjectName(QStringLiteral("countsLabel"));
    counts->setAccessibleName(tr("Leads in view"));
    // Its text (long in Russian) never widens the window past a small screen or 200% scale: cut
    // short there with "…", whole in its tooltip.
    counts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    counts->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
    statusBar()->addWidget(counts, 1);
    connect(m_leadList, &LeadListWidget::countsTextChanged, counts, [counts](const QString &text) {
        counts->setText(text);
        counts->setToolTip(text);
    });
    // A lost connection (the session reconnects by itself): said until it is back, then briefly.
    m_connectionStatus = new QLabel(tr("Connection to the database lost — reconnecting…"), this);
    m_connectionStatus->setAccessibleName(tr("Database connection"));
    m_connectionStatus->setVisible(session->isConnectionLost());
    statusBar()->addPermanentWidget(m_connectionStatus);
    connect(session, &Session::connectionLost, this, [this] {
        statusBar()->clearMessage();
        m_connectionStatus->show();
    });
    connect(session, &Session::connectionRestored, this, [this] {
        m_connectionStatus->hide();
        statusBar()->showMessage(tr("Connected to the database again."), 10000);
    });
    // A damaged file found during work (issue 14): said once, with what to do; the session writes
    // nothing more to it, and the status bar keeps saying so.
    connect(session, &Session::databaseDamaged, this, [this](const QString &message) {
        auto *damaged = new QLabel(tr("The database is damaged: nothing more is saved"), this);
        damaged->setAccessibleName(tr("Database damaged"));
        statusBar()->addPermanentWidget(damaged);
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Database damaged"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setAccessibleName(tr("Database damaged"));
        box->setObjectName(QStringLiteral("databaseDamagedBox"));
        box->open();
    });
    connect(m_leadList, &LeadListWidget::openLeadRequested, this, &MainWindow::openLead);
    connect(this, &MainWindow::leadSaved, m_leadList, &LeadListWidget::leadSaved);
    connect(m_ui->actionOpenLead, &QAction::triggered, m_leadList, &LeadListWidget::openCurrent);
    // Roles and the life cycle (issue #6): bulk assign, opportunities, administration.
    new LifecycleActions(this, session, m_leadList, [this](qint64 id) { openLead(id); });
    // CSV export (issue #5): Ctrl+E, toolbar and menu; the current view, the selection or all leads.
    new ExportAction(this, session, m_leadList, m_ui->actionExport);
    // A consistent copy of the file while the window keeps working (issue #14): Ctrl+Shift+P.
    auto *backup = new BackupAction(this, session, m_ui->actionBackUp);
    connect(backup, &BackupAction::backupFinished, this, [this](bool ok, const QString &message) {
        if (ok) {
            statusBar()->showMessage(message, 15000);
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Back up database"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setAccessibleName(tr("Back up database"));
        box->open();
    });
    // CSV import (issue #13): Ctrl+I and the File menu, for whoever may create leads.
    new ImportAction(this, session, m_leadList, m_ui->actionImport);
    // Actions the employee's roles can never perform are not offered (issue #11): disabled, the
    // reason in their tooltip (shown in the menus too).
    const RoleSet roles = employee.roles;
    RoleGate::apply(m_ui->actionNewLead, Permissions::byRoles(roles, LeadAction::Create), QString());
    RoleGate::apply(m_ui->actionExport, Permissions::canExport(roles), QString());
    RoleGate::apply(m_ui->actionImport, Permissions::byRoles(roles, LeadAction::Create), QString());
    for (QMenu *menu : {m_ui->menuFile, m_ui->menuLeads})
        menu->setToolTipsVisible(true);
    // Sorting and moving columns by keyboard (issue #11): the list's actions on its current column.
    m_ui->menuLeads->addSeparator();
    m_ui->menuLeads->addActions(m_leadList->columnActions());

    connect(m_ui->actionNewLead, &QAction::triggered, this, &MainWindow::newLead);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::connectRequested);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_ui->actionSwitchEmployee, &QAction::triggered, this, &MainWindow::switchEmployeeRequested);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    // File > Open Recent, after Connect to Database…: filled again whenever the list is given.
    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    m_ui->menuFile->insertMenu(m_ui->menuFile->actions().value(1), m_recentMenu);
    fillRecentMenu();
    connect(m_ui->actionDashboard, &QAction::triggered, this, &MainWindow::showDashboard);

    // The window's shortcuts win over the text fields' own bindings (Ctrl+E in the search box).
    QList<QKeySequence> shortcuts;
    for (const QAction *action : findChildren<QAction *>())
        shortcuts += action->shortcuts();
    auto *priority = new ShortcutPriorityFilter(shortcuts, this);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->installEventFilter(priority);
    restoreWindowState();
}

// Also when the application replaces the window (Sign out, Switch employee) without closing it.
MainWindow::~MainWindow()
{
    saveWindowState();
}

QString MainWindow::geometryKey()
{
    return QStringLiteral("mainWindow/geometry");
}

QString MainWindow::stateKey()
{
    return QStringLiteral("mainWindow/state");
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (restoreGeometry(settings.value(geometryKey()).toByteArray())) {
        restoreState(settings.value(stateKey()).toByteArray());
        return;
    }
    // The first start: a size that fits the screen the window opens on (1366×768 with a title bar
    // and a panel included), centred on it.
    ScreenFit::place(this, QSize(1280, 800));
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(geometryKey(), saveGeometry());
    settings.setValue(stateKey(), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::setRecentDatabases(const QStringList &locations)
{
    m_recent = locations;
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    if (m_recent.isEmpty()) {
        m_recentMenu->addAction(tr("No databases opened yet"))->setEnabled(false);
        return;
    }
    for (int i = 0; i < m_recent.size(); ++i) {
        const QString location = m_recent.at(i);
        const Result<DatabaseLocation> parsed = DatabaseLocation::parse(location);
        const QString shown = parsed ? parsed->displayName() : location;
        // "&1 leads.sqlite": the number is the key, a '&' in the name is shown as it is.
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QString(shown).replace(u'&', QStringLiteral("&&"))));
        action->setToolTip(location);
        action->setStatusTip(location);
        const bool current = location == m_session->databasePath();
        action->setCheckable(current);
        action->setChecked(current);
        connect(action, &QAction::triggered, this, [this, location, current] {
            if (!current)
                Q_EMIT openRecentRequested(location);
        });
    }
}

void MainWindow::showSettings()
{
    if (findChild<SettingsDialog *>())
        return;
    auto *dialog = new SettingsDialog(m_session->employee().id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

DashboardWidget *MainWindow::dashboard() const
{
    return findChild<DashboardWidget *>(QString(), Qt::FindDirectChildrenOnly);
}

void MainWindow::showDashboard()
{
    if (DashboardWidget *open = dashboard()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dashboard = new DashboardWidget(m_session, this);
    dashboard->setWindowFlag(Qt::Window);
    dashboard->setAttribute(Qt::WA_DeleteOnClose);
    dashboard->setWindowTitle(tr("Dashboard — %1").arg(windowTitle()));
    // At most the screen's room (1366×768 with a title bar and a panel included).
    ScreenFit::place(dashboard, QSize(1200, 720));
    connect(m_leadList, &LeadListWidget::viewCounted, dashboard,
            [this, dashboard] { dashboard->setQuery(m_leadList->currentView().query); });
    dashboard->setQuery(m_leadList->currentView().query);
    dashboard->show();
}

void MainWindow::showShortcuts()
{
    if (auto *open = findChild<ShortcutsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ShortcutsDialog(findChildren<QAction *>(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

QString MainWindow::connectionStatus() const
{
    return m_connectionStatus->isVisibleTo(this) ? m_connectionStatus->text() : statusBar()->currentMessage();
}

const Employee &MainWindow::employee() const
{
    return m_session->employee();
}

void MainWindow::newLead()
{
    if (RoleGate::isRefused(m_ui->actionNewLead))
        return;
    openLead(0);
}

void MainWindow::openLead(qint64 leadId)
{
    // One non-modal form per lead: opening a lead whose form is open brings that form forward.
    if (leadId > 0) {
        for (LeadFormDialog *open : findChildren<LeadFormDialog *>()) {
            if (open->leadId() == leadId) {
                open->raise();
                open->activateWindow();
                return;
            }
        }
    }
    auto *form = new LeadFormDialog(m_session, leadId, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &LeadFormDialog::leadSaved, this, &MainWindow::leadSaved);
    connect(form, &LeadFormDialog::openLeadRequested, this, &MainWindow::openLead);
    form->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CRM Agent"),
                       tr("<b>CRM Agent</b> %1<br>The lead desk for the first stage of a sales funnel.<br>Database: %2"
                          "<br>Schema version: %3<br>Qt %4")
                           .arg(QApplication::applicationVersion(), m_session->databasePath().toHtmlEscaped(),
                                QString::number(Session::schemaVersion()), QString::fromLatin1(qVersion())));
}
