#pragma once

#include "employee.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class EmployeesDialog;
}
class QTableWidget;

// Employee management for crm_admin: the list with search, Add, Edit (name, roles, time zone),
// Reset password and Deactivate / Reactivate. A deactivated employee cannot sign in and keeps
// their history.
class EmployeesDialog : public QDialog
{
    Q_OBJECT

public:
    EmployeesDialog(QSqlDatabase db, const Employee &me, QWidget *parent = nullptr);
    ~EmployeesDialog() override;

    QTableWidget *table() const;
    void selectEmployee(qint64 id);
    qint64 selectedId() const;
    QString errorText() const;

public Q_SLOTS:
    void reload();
    void addEmployee();
    void editEmployee();
    void resetPassword();
    void toggleActive();

private:
    void updateButtons();

    std::unique_ptr<Ui::EmployeesDialog> m_ui;
    QSqlDatabase m_db;
    Employee m_me;
};
