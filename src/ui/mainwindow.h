#pragma once

#include "employee.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class DashboardWidget;
class LeadListWidget;
class QLabel;
class QMenu;
class Session;

// The main window: the lead list, and the actions on leads. Everything it shows comes through the
// Session it is given; it holds no database handle.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `session`: open, with the signed-in employee set; it outlives the window.
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    const Employee &employee() const;
    // The lead list, the central widget.
    LeadListWidget *leadList() const { return m_leadList; }
    // What the status bar says about the connection: the loss while the session reconnects, then
    // that it is back (for a while); else its current message.
    QString connectionStatus() const;
    // Help > Keyboard shortcuts (Ctrl+/): the dialog, opened non-modal (one at a time).
    void showShortcuts();
    // File > Open Recent: the databases opened lately, newest first (location texts); the open one
    // is shown ticked. Choosing another emits openRecentRequested().
    void setRecentDatabases(const QStringList &locations);
    QStringList recentDatabases() const { return m_recent; }
    // File > Settings… (Ctrl+,): the settings dialog, window-modal.
    void showSettings();
    // Leads > Dashboard (Ctrl+D): the manager's dashboard of the list's current view, a window of
    // its own (non-modal, one at a time) that follows the list's filter and its changes.
    void showDashboard();
    // The open dashboard, if any.
    DashboardWidget *dashboard() const;

    // Where the window's size, position and toolbar state are kept (QSettings keys).
    static QString geometryKey();
    static QString stateKey();

public Q_SLOTS:
    // Opens the lead form for a new lead (Ctrl+N) or for an existing lead (Enter in the list).
    void newLead();
    void openLead(qint64 leadId);

Q_SIGNALS:
    // A lead was saved in a form: the list refreshes that row in place.
    void leadSaved(qint64 leadId);
    // File > Connect to Database… (Ctrl+Shift+B): the application offers to open another database.
    void connectRequested();
    // File > Open Recent > a database (Alt+F, R, its number): the application opens it.
    void openRecentRequested(const QString &location);
    // File > Sign out (Ctrl+Shift+X): the application closes this window and asks who signs in.
    void signOutRequested();
    // File > Switch employee… (Ctrl+Shift+U): the application asks who signs in over this window,
    // which a window for them replaces; cancelled, this window stays as it is.
    void switchEmployeeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;
    void fillRecentMenu();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session *m_session;
    LeadListWidget *m_leadList = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QMenu *m_recentMenu = nullptr;
    QStringList m_recent;
};
