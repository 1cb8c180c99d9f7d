#pragma once

#include "employeerecord.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class EmployeesDialog;
}
class QTableWidget;
class Session;

// Employee management for crm_admin: the list with search, Add, Edit (name, roles, time zone),
// Reset password and Deactivate / Reactivate. A deactivated employee cannot sign in and keeps
// their history. The list loads on the session's Read lane and fills when it arrives; changes run
// on the Write lane, with the buttons disabled until they are done.
class EmployeesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EmployeesDialog(Session *session, QWidget *parent = nullptr);
    ~EmployeesDialog() override;

    QTableWidget *table() const;
    void selectEmployee(qint64 id);
    qint64 selectedId() const;
    QString errorText() const;
    // A change (Deactivate / Reactivate) is running.
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    // Reads the list again (search text as typed); then selects `selectId` when given, else keeps the selection.
    void reload();
    void reloadAndSelect(qint64 selectId);
    void addEmployee();
    void editEmployee();
    void resetPassword();
    void toggleActive();

Q_SIGNALS:
    // The list arrived and the table shows it (or the error line says why not).
    void reloaded();
    // A change finished: done (a reload follows) or refused with the reason shown.
    void changeFinished(bool ok);

private:
    void fill(const QList<EmployeeRecord> &records, qint64 selectId);
    void updateButtons();

    std::unique_ptr<Ui::EmployeesDialog> m_ui;
    Session *m_session;
    int m_generation = 0;   // answers to older reloads are dropped
    bool m_busy = false;
};
