#include "referenceeditdialog.h"
#include "ui_referenceeditdialog.h"

#include "dialogparts.h"
#include "referenceadminservice.h"
#include "referencekinds.h"

#include <QPushButton>

ReferenceEditDialog::ReferenceEditDialog(Session *session, ReferenceKind kind, qint64 id, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReferenceEditDialog>()), m_session(session), m_kind(kind)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->companyPicker->setSource(m_session, ReferenceKind::Company);
    m_ui->directionPicker->setSource(m_session, ReferenceKind::SellingDirection);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(id > 0 ? tr("&Save") : tr("&Add"));
    DialogParts::nameButtons(m_ui->buttonBox);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReferenceEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReferenceEditDialog::reject);
    DialogParts::confirmWithKeyboard(this, m_ui->buttonBox);
    DialogParts::hideErrorWhenEdited(this, m_ui->errorLabel);
    showRows();
    // Until the record arrives, an edit is titled with its list's name.
    setWindowTitle((id > 0 ? tr("Edit: %1") : tr("Add to %1")).arg(ReferenceKinds::label(kind)));
    (kind == ReferenceKind::Contact ? static_cast<QWidget *>(m_ui->firstNameEdit)
                                    : static_cast<QWidget *>(m_ui->nameEdit))->setFocus();
    adjustSize();
    m_loaded = id <= 0;
    ok->setEnabled(m_loaded);
    if (m_loaded)
        return;
    ReferenceAdminService(m_session).find(kind, id, this, [this](Result<ReferenceRecord> record) {
        if (!record) {
            DialogParts::showError(m_ui->errorLabel, record.error());   // OK stays disabled
        } else {
            m_record = *record;
            m_loaded = true;
            showRecord();
            setWindowTitle(tr("Edit: %1").arg(m_record.name));
            m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        }
        Q_EMIT loaded();
    });
}

ReferenceEditDialog::~ReferenceEditDialog() = default;

void ReferenceEditDialog::showRows()
{
    const bool company = m_kind == ReferenceKind::Company;
    const bool contact = m_kind == ReferenceKind::Contact;
    const auto row = [this](QWidget *w, bool shown) { m_ui->formLayout->setRowVisible(w, shown); };
    row(m_ui->nameEdit, !contact);
    row(m_ui->websiteEdit, company);
    row(m_ui->tinEdit, company);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->firstNameEdit), static_cast<QWidget *>(m_ui->lastNameEdit),
                       static_cast<QWidget *>(m_ui->middleNameEdit), static_cast<QWidget *>(m_ui->phoneEdit),
                       static_cast<QWidget *>(m_ui->emailEdit), static_cast<QWidget *>(m_ui->companyPicker)})
        row(w, contact);
    row(m_ui->directionPicker, m_kind == ReferenceKind::ServiceOrProduct);
    if (company) {
        m_ui->nameEditLabel->setText(tr("Company &name"));
        m_ui->nameEdit->setAccessibleName(tr("Company name"));
    }
}

void ReferenceEditDialog::showRecord()
{
    m_ui->nameEdit->setText(m_record.name);
    m_ui->websiteEdit->setText(m_record.website);
    m_ui->tinEdit->setText(m_record.tin);
    m_ui->firstNameEdit->setText(m_record.firstName);
    m_ui->lastNameEdit->setText(m_record.lastName);
    m_ui->middleNameEdit->setText(m_record.middleName);
    m_ui->phoneEdit->setText(m_record.phone);
    m_ui->emailEdit->setText(m_record.email);
    if (m_kind == ReferenceKind::Contact)
        m_ui->companyPicker->setReferenceId(m_record.parentId);
    if (m_kind == ReferenceKind::ServiceOrProduct)
        m_ui->directionPicker->setReferenceId(m_record.parentId);
}

QString ReferenceEditDialog::errorText() const
{
    return DialogParts::errorText(m_ui->errorLabel);
}

QWidget *ReferenceEditDialog::input(const QString &label) const
{
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w->accessibleName() == label && m_ui->formLayout->indexOf(w) >= 0)
            return w;
    }
    return nullptr;
}

ReferenceRecord ReferenceEditDialog::recordFromFields() const
{
    ReferenceRecord r = m_record;
    r.name = m_ui->nameEdit->text();
    r.website = m_ui->websiteEdit->text();
    r.tin = m_ui->tinEdit->text();
    r.firstName = m_ui->firstNameEdit->text();
    r.lastName = m_ui->lastNameEdit->text();
    r.middleName = m_ui->middleNameEdit->text();
    r.phone = m_ui->phoneEdit->text();
    r.email = m_ui->emailEdit->text();
    if (m_kind == ReferenceKind::Contact)
        r.parentId = m_ui->companyPicker->referenceId();
    else if (m_kind == ReferenceKind::ServiceOrProduct)
        r.parentId = m_ui->directionPicker->referenceId();
    return r;
}

void ReferenceEditDialog::accept()
{
    if (!m_loaded || m_saving)
        return;
    const ReferenceRecord r = recordFromFields();
    setSaving(true);
    ReferenceAdminService(m_session).save(m_kind, r, this, [this, r](Result<qint64> id) {
        setSaving(false);
        if (!id) {
            DialogParts::showError(m_ui->errorLabel, id.error());
            Q_EMIT saveFinished(false);
            return;
        }
        m_record = r;
        m_record.id = *id;
        QDialog::accept();
        Q_EMIT saveFinished(true);
    });
}

void ReferenceEditDialog::setSaving(bool saving)
{
    m_saving = saving;
    DialogParts::showSaving(this, m_ui->buttonBox, m_ui->errorLabel, saving, tr("Saving…"), &m_okText);
}
