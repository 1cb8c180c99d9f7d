#include "disqualifydialog.h"
#include "ui_disqualifydialog.h"

#include "dialogparts.h"
#include "disqualifyreason.h"
#include "leadservice.h"

#include <QPushButton>

DisqualifyDialog::DisqualifyDialog(QSqlDatabase db, const Employee &me, qint64 leadId, int expectedVersion,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DisqualifyDialog>())
    , m_db(std::move(db))
    , m_me(me)
    , m_leadId(leadId)
    , m_version(expectedVersion)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("A disqualified lead is closed and becomes read-only. Say why."));
    m_ui->reasonCombo->addItem(tr("Choose a reason…"), 0);
    for (const DisqualifyReason reason : DisqualifyReasons::all())
        m_ui->reasonCombo->addItem(DisqualifyReasons::label(reason), static_cast<int>(reason));
    m_ui->errorLabel->hide();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Disqualify"));
    DialogParts::nameButtons(m_ui->buttonBox);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DisqualifyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DisqualifyDialog::reject);
}

DisqualifyDialog::~DisqualifyDialog() = default;

QString DisqualifyDialog::errorText() const
{
    return DialogParts::errorText(m_ui->errorLabel);
}

void DisqualifyDialog::accept()
{
    const int value = m_ui->reasonCombo->currentData().toInt();
    QString error;
    if (value == 0) {
        error = tr("Reason: choose why the lead is disqualified.");
    } else {
        LeadService service(m_db);
        if (service.disqualify(m_me, m_leadId, static_cast<DisqualifyReason>(value),
                               m_ui->commentEdit->toPlainText(), &error, m_version)) {
            QDialog::accept();
            return;
        }
    }
    DialogParts::showError(m_ui->errorLabel, error);
    (error.startsWith(tr("Comment:")) ? static_cast<QWidget *>(m_ui->commentEdit)
                                      : static_cast<QWidget *>(m_ui->reasonCombo))
        ->setFocus();
}
