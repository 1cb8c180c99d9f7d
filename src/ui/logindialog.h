#pragma once

#include "employee.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}
class QTimer;
class Session;

// Signs an employee in; on a database with no employees it creates the first crm_admin instead.
// The check runs on the session's Write lane (Argon2id is slow on purpose): meanwhile the dialog
// says it is checking and refuses a second submit. Each failed attempt doubles the wait before the
// next one (1 s, 2 s, 4 s, ... up to five minutes: the wait the database keeps per login for every
// window and the command line, said in the message), and the password field is focused with its text
// selected for retyping. A successful sign-in sets the session's employee. With a `login` given
// (the last one that signed in, or --user) the focus starts in the password field.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Session *session, const QString &login = QString(), QWidget *parent = nullptr);
    ~LoginDialog() override;

    Employee employee() const { return m_employee; }
    // Known once ready() was emitted: whether the database has no employees yet.
    bool isReady() const { return m_ready; }
    bool isCreatingFirstAdmin() const { return m_createFirstAdmin; }
    // A sign-in is being checked: Sign in is disabled and a second submit is refused.
    bool isChecking() const { return m_checking; }
    // Seconds the Sign in button stays disabled after the last refusal (the database's wait).
    int lockoutSeconds() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // The database was asked whether it has employees: the dialog shows sign-in or first administrator.
    void ready();
    // A submitted sign-in was checked: signed in (and accepted), or refused with the reason shown.
    void checkFinished(bool signedIn);
    // The wait after a failure is over: Sign in is enabled again.
    void lockoutEnded();

private:
    void showMode(bool createFirstAdmin);
    QString validateFirstAdmin(const QString &login, const QString &password) const;
    void setChecking(bool checking);
    void checked(bool firstAdmin, const QString &error, const Employee &employee, int retryAfterSeconds);
    void showError(const QString &message);
    void startLockout();
    void updateOkButton();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Session *m_session;
    Employee m_employee;
    bool m_ready = false;
    bool m_createFirstAdmin = false;
    bool m_checking = false;
    int m_lockoutSeconds = 0;
    QTimer *m_lockoutTimer = nullptr;
};
