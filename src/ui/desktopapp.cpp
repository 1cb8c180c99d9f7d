#include "desktopapp.h"

#include "connectdialog.h"
#include "leadformdialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "recentconnections.h"
#include "session.h"
#include "signinservice.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace {
// The login that signed in last (never a password), offered the next time the sign-in dialog opens.
constexpr char LastLoginKey[] = "signIn/lastLogin";
} // namespace

DesktopApp::DesktopApp(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings) {}

DesktopApp::~DesktopApp()
{
    // Windows go before the sessions they show.
    delete m_connectDialog;
    delete m_loginDialog;
    m_window.reset();
    m_pending.reset();
    m_session.reset();
}

ConnectDialog *DesktopApp::connectDialog() const
{
    return static_cast<ConnectDialog *>(m_connectDialog.data());
}

LoginDialog *DesktopApp::loginDialog() const
{
    return static_cast<LoginDialog *>(m_loginDialog.data());
}

void DesktopApp::connectTo(const DatabaseLocation &location, const QString &password, const QString &login,
                           std::function<void(Result<bool>)> done)
{
    if (m_pending) {
        done(Failure{tr("Another database is being opened; wait for it first.")});
        return;
    }
    m_pending = std::make_unique<Session>(location.toString(), password);
    m_pending->open(this, [this, location, login, done](Result<void> opened) {
        if (!opened) {
            m_passwordRefused = m_pending->passwordRefused();
            m_pending.reset();
            done(Failure{tr("Cannot open the database %1:\n%2").arg(location.toString(), opened.error())});
            return;
        }
        signIn(location, login, done);
    });
}

void DesktopApp::start(const DatabaseLocation &location, const QString &login, std::function<void(Result<bool>)> done)
{
    connectTo(location, QString(), login, [this, location, login, done](Result<bool> started) {
        if (started || !m_passwordRefused) {
            done(std::move(started));
            return;
        }
        showConnectDialog(location, login, started.error(), done);
    });
}

void DesktopApp::setAutomaticSignIn(const QString &login, const QString &password)
{
    m_autoLogin = login;
    m_autoPassword = password;
}

void DesktopApp::signIn(const DatabaseLocation &location, const QString &login, std::function<void(Result<bool>)> done)
{
    if (!m_autoLogin.isEmpty()) {
        SignInService(m_pending.get()).signIn(m_autoLogin, m_autoPassword, this, [this, location, done](Result<Employee> me, int) {
            if (!me) {
                m_pending.reset();
                done(Failure{me.error()});
                return;
            }
            m_pending->setEmployee(*me);
            showPending(location);
            done(true);
        });
        return;
    }
    askWhoSignsIn(m_pending.get(), login.isEmpty() ? lastLogin() : login, m_window.get(),
                  [this, location, done](bool signedIn) {
                      if (!signedIn) {
                          m_pending.reset();
                          done(false);
                          return;
                      }
                      showPending(location);
                      done(true);
                  });
}

QString DesktopApp::lastLogin() const
{
    return m_settings->value(QLatin1String(LastLoginKey)).toString();
}

void DesktopApp::askWhoSignsIn(Session *session, const QString &login, QWidget *parent,
                               std::function<void(bool)> answered)
{
    auto *dialog = new LoginDialog(session, login, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_loginDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, answered](int result) {
        const bool signedIn = result == QDialog::Accepted;
        if (signedIn)   // the login only, never the password
            m_settings->setValue(QLatin1String(LastLoginKey), dialog->employee().login);
        answered(signedIn);
    });
    dialog->open();
    Q_EMIT loginDialogOpened();
}

void DesktopApp::showPending(const DatabaseLocation &location)
{
    RecentConnections(m_settings).remember(location);
    Session *oldSession = m_session.release();
    m_session = std::move(m_pending);
    m_location = location;
    // The old session goes after its window, waiting for its jobs.
    if (MainWindow *oldWindow = showWindow())
        connect(oldWindow, &QObject::destroyed, this, [oldSession] { delete oldSession; });
    else
        delete oldSession;
    Q_EMIT switched();
}

MainWindow *DesktopApp::showWindow()
{
    MainWindow *oldWindow = m_window.release();
    m_window = std::make_unique<MainWindow>(m_session.get());
    connect(m_window.get(), &MainWindow::connectRequested, this, &DesktopApp::chooseDatabase);
    connect(m_window.get(), &MainWindow::openRecentRequested, this, &DesktopApp::openRecent);
    m_window->setRecentDatabases(RecentConnections(m_settings).list());
    connect(m_window.get(), &MainWindow::signOutRequested, this, &DesktopApp::signOut);
    connect(m_window.get(), &MainWindow::switchEmployeeRequested, this, &DesktopApp::switchEmployee);
    m_window->show();
    // The old window (and the dialogs on it, which may be emitting the signal that got us here)
    // goes once control is back in the event loop.
    if (oldWindow) {
        oldWindow->hide();
        oldWindow->deleteLater();
    }
    return oldWindow;
}

bool DesktopApp::canChangeEmployee() const
{
    // Not while someone is signing in already (a sign-in dialog or a new connection pending).
    return m_window && !m_pending && !(m_loginDialog && m_loginDialog->isVisible());
}

bool DesktopApp::mayReplaceWindow()
{
    if (!m_window)
        return true;
    QList<LeadFormDialog *> unsaved;
    for (LeadFormDialog *form : m_window->findChildren<LeadFormDialog *>()) {
        if (form->isVisible() && form->hasUnsavedChanges())
            unsaved.append(form);
    }
    if (unsaved.isEmpty())
        return true;
    LeadFormDialog *first = unsaved.first();
    first->raise();
    first->activateWindow();
    const auto answer = QMessageBox::question(
        first, tr("Unsaved changes"),
        tr("%n open lead form(s) have unsaved changes, lost if you go on. Discard them?", "", int(unsaved.size())),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void DesktopApp::signOut()
{
    if (!canChangeEmployee() || !mayReplaceWindow())
        return;
    MainWindow *oldWindow = m_window.release();
    m_session->setEmployee(Employee());
    askWhoSignsIn(m_session.get(), lastLogin(), nullptr, [this](bool signedIn) {
        if (!signedIn) {
            Q_EMIT nobodySignedIn();
            return;
        }
        showWindow();
        Q_EMIT switched();
    });
    // After the dialog shows, so that the application always has a window.
    oldWindow->hide();
    oldWindow->deleteLater();
}

void DesktopApp::switchEmployee()
{
    if (!canChangeEmployee() || !mayReplaceWindow())
        return;
    // The dialog sets the session's employee only when someone signed in: cancelled, nothing changed.
    askWhoSignsIn(m_session.get(), QString(), m_window.get(), [this](bool signedIn) {
        if (!signedIn)
            return;
        showWindow();
        Q_EMIT switched();
    });
}

void DesktopApp::chooseDatabase()
{
    if (!m_connectDialog && !mayReplaceWindow())
        return;
    showConnectDialog(m_location, QString(), QString(), {});
}

void DesktopApp::openRecent(const QString &text)
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(text);
    if (!location || m_pending || m_connectDialog || !mayReplaceWindow())
        return;
    const auto refuse = [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Recent"), message, QMessageBox::Ok, m_window.get());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT openRecentFailed(message);
    };
    // A file gone since is not made again, empty, under its old name.
    if (!location->isPostgres() && !QFileInfo::exists(location->path())) {
        refuse(tr("The database file %1 no longer exists.").arg(QDir::toNativeSeparators(location->path())));
        return;
    }
    connectTo(*location, QString(), QString(), [this, refuse, location = *location](Result<bool> opened) {
        if (opened)
            return;   // its window shows, or nobody signed in and the open database stays
        if (m_passwordRefused)
            showConnectDialog(location, QString(), opened.error(), {});
        else
            refuse(opened.error());
    });
}

void DesktopApp::showConnectDialog(const DatabaseLocation &shown, const QString &login, const QString &reason,
                                   std::function<void(Result<bool>)> finished)
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    auto *dialog = new ConnectDialog(RecentConnections(m_settings).list(), shown, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectDialog = dialog;
    connect(dialog, &ConnectDialog::connectRequested, this,
            [this, dialog, login, finished](const DatabaseLocation &location, const QString &password) {
                connectTo(location, password, login,
                          [dialog = QPointer<ConnectDialog>(dialog), finished](Result<bool> result) {
                              if (!dialog)
                                  return;
                              if (!result) {
                                  dialog->showError(result.error());
                              } else if (*result) {
                                  dialog->connected();
                                  if (finished)
                                      finished(true);
                              } else {
                                  dialog->showError(tr("Nobody signed in; the database open before stays open."));
                              }
                          });
            });
    if (finished)
        connect(dialog, &QDialog::rejected, this, [finished] { finished(false); });
    if (!reason.isEmpty())
        dialog->askForPassword(reason);
    dialog->open();
    Q_EMIT connectDialogOpened();
}
