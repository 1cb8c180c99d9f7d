#include "referenceeditdialog.h"
#include "ui_referenceeditdialog.h"

#include "dialogparts.h"
#include "session.h"

#include <QPushButton>

ReferenceEditDialog::ReferenceEditDialog(QSqlDatabase db, const Employee &me, ReferenceKind kind, qint64 id,
                                         QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReferenceEditDialog>()), m_db(std::move(db)), m_me(me), m_kind(kind)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    auto *session = new Session(m_db.databaseName(), this);   // stand-in until part "admin" hands it the Session
    m_ui->companyPicker->setSource(session, ReferenceKind::Company);
    m_ui->directionPicker->setSource(session, ReferenceKind::SellingDirection);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(id > 0 ? tr("&Save") : tr("&Add"));
    DialogParts::nameButtons(m_ui->buttonBox);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReferenceEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReferenceEditDialog::reject);

    if (id > 0) {
        QString error;
        if (!ReferenceAdmin(m_db).find(kind, id, &m_record, &error)) {
            DialogParts::showError(m_ui->errorLabel, error);
            ok->setEnabled(false);
        }
    }
    const bool company = kind == ReferenceKind::Company;
    const bool contact = kind == ReferenceKind::Contact;
    const auto row = [this](QWidget *w, bool shown) { m_ui->formLayout->setRowVisible(w, shown); };
    row(m_ui->nameEdit, !contact);
    row(m_ui->websiteEdit, company);
    row(m_ui->tinEdit, company);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->firstNameEdit), static_cast<QWidget *>(m_ui->lastNameEdit),
                       static_cast<QWidget *>(m_ui->middleNameEdit), static_cast<QWidget *>(m_ui->phoneEdit),
                       static_cast<QWidget *>(m_ui->emailEdit), static_cast<QWidget *>(m_ui->companyPicker)})
        row(w, contact);
    row(m_ui->directionPicker, kind == ReferenceKind::ServiceOrProduct);
    if (company) {
        m_ui->nameEditLabel->setText(tr("Company &name"));
        m_ui->nameEdit->setAccessibleName(tr("Company name"));
    }

    m_ui->nameEdit->setText(m_record.name);
    m_ui->websiteEdit->setText(m_record.website);
    m_ui->tinEdit->setText(m_record.tin);
    m_ui->firstNameEdit->setText(m_record.firstName);
    m_ui->lastNameEdit->setText(m_record.lastName);
    m_ui->middleNameEdit->setText(m_record.middleName);
    m_ui->phoneEdit->setText(m_record.phone);
    m_ui->emailEdit->setText(m_record.email);
    if (contact)
        m_ui->companyPicker->setReferenceId(m_record.parentId);
    if (kind == ReferenceKind::ServiceOrProduct)
        m_ui->directionPicker->setReferenceId(m_record.parentId);
    setWindowTitle((id > 0 ? tr("Edit: %1") : tr("Add to %1")).arg(id > 0 ? m_record.name : ReferenceAdmin::kindLabel(kind)));
    (contact ? static_cast<QWidget *>(m_ui->firstNameEdit) : static_cast<QWidget *>(m_ui->nameEdit))->setFocus();
    adjustSize();
}

ReferenceEditDialog::~ReferenceEditDialog() = default;

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

void ReferenceEditDialog::accept()
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
    QString error;
    const qint64 id = ReferenceAdmin(m_db).save(m_me, m_kind, r, &error);
    if (id <= 0) {
        DialogParts::showError(m_ui->errorLabel, error);
        return;
    }
    m_record = r;
    m_record.id = id;
    QDialog::accept();
}
