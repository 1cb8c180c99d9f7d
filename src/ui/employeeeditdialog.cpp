#include "employeeeditdialog.h"
#include "ui_employeeeditdialog.h"

#include "dialogparts.h"
#include "employeeadminservice.h"

#include <QPushButton>
#include <QTimeZone>

EmployeeEditDialog::EmployeeEditDialog(Session *session, Mode mode, qint64 employeeId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EmployeeEditDialog>()), m_session(session), m_mode(mode)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->timeZoneCombo->addItem(QString());
    m_ui->timeZoneCombo->setPlaceholderText(tr("This computer's time zone"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_ui->timeZoneCombo->addItem(QString::fromUtf8(id));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EmployeeEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EmployeeEditDialog::reject);
    DialogParts::confirmWithKeyboard(this, m_ui->buttonBox);
    DialogParts::hideErrorWhenEdited(this, m_ui->errorLabel);
    m_ui->loginEdit->setReadOnly(mode != Mode::Add);
    showMode();
    m_loaded = mode == Mode::Add;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_loaded);
    if (m_loaded)
        return;
    EmployeeAdminService(m_session).find(employeeId, this, [this](Result<EmployeeRecord> record) {
        if (!record) {
            showError(record.error());   // OK stays disabled: there is nothing to save
        } else {
            m_record = *record;
            m_loaded = true;
            showRecord();
            showMode();
            m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        }
        Q_EMIT loaded();
    });
}

EmployeeEditDialog::~EmployeeEditDialog() = default;

void EmployeeEditDialog::showRecord()
{
    m_ui->loginEdit->setText(m_record.login);
    m_ui->nameEdit->setText(m_record.displayName);
    m_ui->adminCheck->setChecked(m_record.roles.testFlag(Role::Admin));
    m_ui->salesCheck->setChecked(m_record.roles.testFlag(Role::Sales));
    m_ui->managerCheck->setChecked(m_record.roles.testFlag(Role::Manager));
    m_ui->marketeerCheck->setChecked(m_record.roles.testFlag(Role::Marketeer));
    m_ui->timeZoneCombo->setCurrentText(m_record.timeZone);
}

void EmployeeEditDialog::showMode()
{
    const bool details = m_mode != Mode::Password;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->nameEdit), static_cast<QWidget *>(m_ui->adminCheck),
                       static_cast<QWidget *>(m_ui->salesCheck), static_cast<QWidget *>(m_ui->managerCheck),
                       static_cast<QWidget *>(m_ui->marketeerCheck), static_cast<QWidget *>(m_ui->timeZoneCombo)})
        m_ui->formLayout->setRowVisible(w, details);
    m_ui->formLayout->setRowVisible(m_ui->passwordEdit, m_mode != Mode::Edit);
    m_ui->formLayout->setRowVisible(m_ui->confirmEdit, m_mode != Mode::Edit);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    switch (m_mode) {
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
        m_ui->passwordEdit->setAccessibleName(tr("New password"));
        ok->setText(tr("&Set password"));
        m_ui->passwordEdit->setFocus();
        break;
    }
    DialogParts::nameButtons(m_ui->buttonBox);
    adjustSize();
}

QString EmployeeEditDialog::errorText() const
{
    return DialogParts::errorText(m_ui->errorLabel);
}

void EmployeeEditDialog::showError(const QString &message)
{
    DialogParts::showError(m_ui->errorLabel, message);
}

EmployeeRecord EmployeeEditDialog::recordFromFields() const
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
    return record;
}

void EmployeeEditDialog::accept()
{
    if (!m_loaded || m_saving)
        return;
    const EmployeeRecord record = recordFromFields();
    const QString password = m_ui->passwordEdit->text();
    if (m_mode != Mode::Edit && password != m_ui->confirmEdit->text()) {
        showError(tr("Repeat password: the two passwords differ."));
        Q_EMIT saveFinished(false);
        return;
    }
    setSaving(true);
    const EmployeeAdminService admin(m_session);
    const auto answer = [this, record](Result<void> done) {
        if (done)
            m_record = record;
        saved(done.error());
    };
    switch (m_mode) {
    case Mode::Add:
        admin.add(record, password, this, [this, record](Result<qint64> id) {
            if (id) {
                m_record = record;
                m_record.id = *id;
            }
            saved(id.error());
        });
        break;
    case Mode::Edit:
        admin.update(record, this, answer);
        break;
    case Mode::Password:
        admin.resetPassword(record.id, password, this, answer);
        break;
    }
}

void EmployeeEditDialog::saved(const QString &error)
{
    setSaving(false);
    if (!error.isEmpty()) {
        showError(error);
        Q_EMIT saveFinished(false);
        return;
    }
    QDialog::accept();
    Q_EMIT saveFinished(true);
}

void EmployeeEditDialog::setSaving(bool saving)
{
    m_saving = saving;
    DialogParts::showSaving(this, m_ui->buttonBox, m_ui->errorLabel, saving, tr("Saving…"), &m_okText);
}
