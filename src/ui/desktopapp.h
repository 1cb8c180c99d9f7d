#pragma once

#include "databaselocation.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ConnectDialog;
class LoginDialog;
class MainWindow;
class QDialog;
class QSettings;
class QWidget;
class Session;

// The desktop application around one database at a time: the open Session and its main window.
// File > Connect to Database… (MainWindow::connectRequested) opens another database without
// restarting: the new session opens on its own threads, someone signs in to it, and only then does
// its window replace the old one; a failure leaves the current database and window as they were.
// File > Sign out and Switch employee… sign someone else in to the same session: the window closes
// and the sign-in dialog shows alone, or it shows over the window, which is replaced once someone
// signed in. The sign-in dialog starts on the last login that signed in (kept in the settings).
// None of them discards a lead form's unsaved changes without asking (mayReplaceWindow).
class DesktopApp : public QObject
{
    Q_OBJECT

public:
    // `settings` keeps the recent connections (never a password).
    explicit DesktopApp(QSettings *settings, QObject *parent = nullptr);
    ~DesktopApp() override;

    Session *session() const { return m_session.get(); }
    MainWindow *window() const { return m_window.get(); }

    // Opens `location`, then signs in (`login` preset in the sign-in dialog) and shows its window.
    // `done` gets true when its window shows, false when nobody signed in (the current database
    // stays), or why the database could not be opened. The password, if any, stays in memory.
    void connectTo(const DatabaseLocation &location, const QString &password, const QString &login,
                   std::function<void(Result<bool>)> done);
    // connectTo() at start-up, with no password but libpq's own (PGPASSWORD, ~/.pgpass): when the
    // server refuses the sign-in for want of a password, the Connect dialog opens on `location`
    // asking for it, and `done` answers once someone connected (true) or closed the dialog (false).
    void start(const DatabaseLocation &location, const QString &login, std::function<void(Result<bool>)> done);
    // Signs in as `login` with `password` without the sign-in dialog (automation: --user with
    // CRM_AGENT_PASSWORD).
    void setAutomaticSignIn(const QString &login, const QString &password);
    // Shows the Connect to Database dialog (the window's File menu).
    void chooseDatabase();
    // File > Open Recent: opens `location` at once (asking first about unsaved forms); what cannot
    // be opened is said, and a server wanting a password opens the Connect dialog asking for it.
    void openRecent(const QString &location);
    // The dialog shown by chooseDatabase() while it is open, and the sign-in dialog of a database
    // being connected to (for tests and automation).
    ConnectDialog *connectDialog() const;
    LoginDialog *loginDialog() const;

Q_SIGNALS:
    // A database was opened and signed in to, or another employee signed in; their window shows.
    void switched();
    // The sign-in dialog opened (loginDialog()).
    void loginDialogOpened();
    // After Sign out the sign-in dialog was cancelled: no window is left, the application ends.
    void nobodySignedIn();
    // The Connect to Database dialog opened (connectDialog()): chosen from the menu, or at start-up
    // to ask for the password the server wants.
    void connectDialogOpened();
    // File > Open Recent could not open the database: the message shown over the window.
    void openRecentFailed(const QString &message);

private:
    // The pending session opened: ask who signs in to it, then show it.
    void signIn(const DatabaseLocation &location, const QString &login, std::function<void(Result<bool>)> done);
    // Shows the Connect to Database dialog on `shown`; `reason` (when not empty) says why a password
    // is asked for. `finished` (may be empty) answers when the dialog connected or was closed.
    void showConnectDialog(const DatabaseLocation &shown, const QString &login, const QString &reason,
                           std::function<void(Result<bool>)> finished);
    // The pending session becomes the current one, with a window of its own.
    void showPending(const DatabaseLocation &location);
    // Shows the sign-in dialog for `session` over `parent` (may be null), starting on `login`;
    // `answered` gets whether someone signed in (the session's employee is then set).
    void askWhoSignsIn(Session *session, const QString &login, QWidget *parent, std::function<void(bool)> answered);
    QString lastLogin() const;
    // A window for the current session's employee replaces the current one, which is returned (may
    // be null) and deleted once control is back in the event loop.
    MainWindow *showWindow();
    // File > Sign out and File > Switch employee… of the window.
    bool canChangeEmployee() const;
    // Sign out, Switch employee and Connect replace the window and its open lead forms: when some
    // of them hold unsaved changes, the first comes forward and the user is asked whether to
    // discard them (true) or to stay (false, the default answer).
    bool mayReplaceWindow();
    void signOut();
    void switchEmployee();

    QSettings *m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Session> m_pending;   // being opened or signed in to
    std::unique_ptr<MainWindow> m_window;
    DatabaseLocation m_location;
    QString m_autoLogin;
    QString m_autoPassword;
    bool m_passwordRefused = false;   // the last connectTo() failed for want of a password
    QPointer<QDialog> m_connectDialog;   // a ConnectDialog
    QPointer<QDialog> m_loginDialog;     // a LoginDialog
};
