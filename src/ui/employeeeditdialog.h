#pragma once

#include "employeeadmin.h"
#include "employee.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class EmployeeEditDialog;
}

// Adds an employee, edits one (name, roles, time zone), or sets a new password, through
// EmployeeAdmin (which refuses anyone but an active crm_admin). Errors name the field.
class EmployeeEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit, Password };

    EmployeeEditDialog(QSqlDatabase db, const Employee &me, Mode mode, qint64 employeeId = 0,
                       QWidget *parent = nullptr);
    ~EmployeeEditDialog() override;

    qint64 employeeId() const { return m_record.id; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void showError(const QString &message);

    std::unique_ptr<Ui::EmployeeEditDialog> m_ui;
    QSqlDatabase m_db;
    Employee m_me;
    Mode m_mode;
    EmployeeRecord m_record;
};
