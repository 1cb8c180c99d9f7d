#pragma once

#include "employeerecord.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EmployeeEditDialog;
}
class Session;

// Adds an employee, edits one (name, roles, time zone), or sets a new password, through the
// session's EmployeeAdminService (which refuses anyone but an active crm_admin). The employee
// loads on the Read lane; the save runs on the Write lane, OK disabled until it answers. Errors
// name the field.
class EmployeeEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit, Password };

    EmployeeEditDialog(Session *session, Mode mode, qint64 employeeId = 0, QWidget *parent = nullptr);
    ~EmployeeEditDialog() override;

    qint64 employeeId() const { return m_record.id; }
    QString errorText() const;
    // The employee to edit arrived (at once for Add).
    bool isLoaded() const { return m_loaded; }
    // A save is running: OK is disabled and a second submit is refused.
    bool isSaving() const { return m_saving; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // The employee to edit arrived and the fields show it (or the error line says why not).
    void loaded();
    // A submit ended: saved (and the dialog accepted), or refused with the reason shown.
    void saveFinished(bool ok);

private:
    void showRecord();
    void showMode();
    EmployeeRecord recordFromFields() const;
    void saved(const QString &error);
    void setSaving(bool saving);
    void showError(const QString &message);

    std::unique_ptr<Ui::EmployeeEditDialog> m_ui;
    Session *m_session;
    Mode m_mode;
    EmployeeRecord m_record;
    bool m_loaded = false;
    bool m_saving = false;
    QString m_okText;   // OK's label while it says "Saving…"
};
