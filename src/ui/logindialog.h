#pragma once

#include "employeerepository.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class LoginDialog;
}
class QTimer;

// Signs an employee in; on a database with no employees it creates the first crm_admin instead.
// Each failed attempt doubles the wait before the next one (1 s, 2 s, 4 s, ... up to 30 s).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QSqlDatabase db, const QString &login = QString(), QWidget *parent = nullptr);
    ~LoginDialog() override;

    Employee employee() const { return m_employee; }
    bool isCreatingFirstAdmin() const { return m_createFirstAdmin; }
    // Seconds the Sign in button stays disabled after the failures so far.
    int lockoutSeconds() const;

public Q_SLOTS:
    void accept() override;

private:
    void showError(const QString &message);
    void startLockout();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    EmployeeRepository m_employees;
    Employee m_employee;
    bool m_createFirstAdmin = false;
    int m_failures = 0;
    QTimer *m_lockoutTimer = nullptr;
};
