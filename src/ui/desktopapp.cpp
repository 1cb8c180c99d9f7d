#include "desktopapp.h"

#include "connectdialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "recentconnections.h"
#include "session.h"
#include "signinservice.h"

#include <QSettings>

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
        SignInService(m_pending.get()).signIn(m_autoLogin, m_autoPassword, this, [this, location, done](Result<Employee> me) {
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
    auto *dialog = new LoginDialog(m_pending.get(), login, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_loginDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, location, done](int result) {
        if (result != QDialog::Accepted) {
            m_pending.reset();
            done(false);
            return;
        }
        showPending(location);
        done(true);
    });
    dialog->open();
}

void DesktopApp::showPending(const DatabaseLocation &location)
{
    RecentConnections(m_settings).remember(location);
    MainWindow *oldWindow = m_window.release();
    Session *oldSession = m_session.release();
    m_session = std::move(m_pending);
    m_location = location;
    m_window = std::make_unique<MainWindow>(m_session.get());
    connect(m_window.get(), &MainWindow::connectRequested, this, &DesktopApp::chooseDatabase);
    m_window->show();
    // The old window (and the dialogs on it, which may be emitting the signal that got us here)
    // goes once control is back in the event loop; its session after it, waiting for its jobs.
    if (oldWindow) {
        oldWindow->hide();
        connect(oldWindow, &QObject::destroyed, this, [oldSession] { delete oldSession; });
        oldWindow->deleteLater();
    } else {
        delete oldSession;
    }
    Q_EMIT switched();
}

void DesktopApp::chooseDatabase()
{
    showConnectDialog(m_location, QString(), QString(), {});
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
