#include "employeeeditdialog.h"
#include "ui_employeeeditdialog.h"

#include "dialogparts.h"

#include <QPushButton>
#include <QTimeZone>

EmployeeEditDialog::EmployeeEditDialog(QSqlDatabase db, const Employee &me, Mode mode, qint64 employeeId,
                                       QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EmployeeEditDialog>()), m_db(std::move(db)), m_me(me), m_mode(mode)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->timeZoneCombo->addItem(QString());
    m_ui->timeZoneCombo->setPlaceholderText(tr("This computer's time zone"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_ui->timeZoneCombo->addItem(QString::fromUtf8(id));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EmployeeEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EmployeeEditDialog::reject);

    if (mode != Mode::Add) {
        QString error;
        if (!EmployeeAdmin(m_db).find(employeeId, &m_record, &error)) {
            showError(error);
            ok->setEnabled(false);
        }
    }
    m_ui->loginEdit->setText(m_record.login);
    m_ui->loginEdit->setReadOnly(mode != Mode::Add);
    m_ui->nameEdit->setText(m_record.displayName);
    m_ui->adminCheck->setChecked(m_record.roles.testFlag(Role::Admin));
    m_ui->salesCheck->setChecked(m_record.roles.testFlag(Role::Sales));
    m_ui->managerCheck->setChecked(m_record.roles.testFlag(Role::Manager));
    m_ui->marketeerCheck->setChecked(m_record.roles.testFlag(Role::Marketeer));
    m_ui->timeZoneCombo->setCurrentText(m_record.timeZone);

    const bool details = mode != Mode::Password;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->nameEdit), static_cast<QWidget *>(m_ui->adminCheck),
                       static_cast<QWidget *>(m_ui->salesCheck), static_cast<QWidget *>(m_ui->managerCheck),
                       static_cast<QWidget *>(m_ui->marketeerCheck), static_cast<QWidget *>(m_ui->timeZoneCombo)})
        m_ui->formLayout->setRowVisible(w, details);
    m_ui->formLayout->setRowVisible(m_ui->passwordEdit, mode != Mode::Edit);
    m_ui->formLayout->setRowVisible(m_ui->confirmEdit, mode != Mode::Edit);
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add an employee"));
        ok->setText(tr("&Add"));
        m_ui->loginEdit->setFocus();
        break;
    case Mode::Edit:
        setWindowTitle(tr("Employee: %1").arg(m_record.displayName));
        ok->setText(tr("&Save"));
        m_ui->nameEdit->setFocus();
        break;
    case Mode::Password:
        setWindowTitle(tr("New password for %1").arg(m_record.displayName));
        m_ui->passwordEditLabel->setText(tr("New &password"));
        ok->setText(tr("&Set password"));
        m_ui->passwordEdit->setFocus();
        break;
    }
    DialogParts::nameButtons(m_ui->buttonBox);
    adjustSize();
}

EmployeeEditDialog::~EmployeeEditDialog() = default;

QString EmployeeEditDialog::errorText() const
{
    return DialogParts::errorText(m_ui->errorLabel);
}

void EmployeeEditDialog::showError(const QString &message)
{
    DialogParts::showError(m_ui->errorLabel, message);
}

void EmployeeEditDialog::accept()
{
    EmployeeRecord record = m_record;
    record.login = m_ui->loginEdit->text().trimmed();
    record.displayName = m_ui->nameEdit->text();
    RoleSet roles;
    roles.setFlag(Role::Admin, m_ui->adminCheck->isChecked());
    roles.setFlag(Role::Sales, m_ui->salesCheck->isChecked());
    roles.setFlag(Role::Manager, m_ui->managerCheck->isChecked());
    roles.setFlag(Role::Marketeer, m_ui->marketeerCheck->isChecked());
    record.roles = roles;
    record.timeZone = m_ui->timeZoneCombo->currentText().trimmed();
    const QString password = m_ui->passwordEdit->text();
    if (m_mode != Mode::Edit && password != m_ui->confirmEdit->text())
        return showError(tr("Repeat password: the two passwords differ."));

    EmployeeAdmin admin(m_db);
    QString error;
    bool ok = false;
    switch (m_mode) {
    case Mode::Add:
        record.id = admin.add(m_me, record, password, &error);
        ok = record.id > 0;
        break;
    case Mode::Edit:
        ok = admin.update(m_me, record, &error);
        break;
    case Mode::Password:
        ok = admin.resetPassword(m_me, record.id, password, &error);
        break;
    }
    if (!ok)
        return showError(error);
    m_record = record;
    QDialog::accept();
}
