#include "qualifydialog.h"
#include "ui_qualifydialog.h"

#include "dialogparts.h"
#include "leadactions.h"

#include <QPushButton>

QualifyDialog::QualifyDialog(Session *session, qint64 leadId, int expectedVersion, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::QualifyDialog>())
    , m_session(session)
    , m_leadId(leadId)
    , m_version(expectedVersion)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Qualify"));
    ok->setEnabled(false);
    DialogParts::nameButtons(m_ui->buttonBox);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QualifyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QualifyDialog::reject);
    DialogParts::confirmWithKeyboard(this, m_ui->buttonBox);
    DialogParts::hideErrorWhenEdited(this, m_ui->errorLabel);
    DialogParts::showError(m_ui->statusLabel, tr("Reading the lead…"));
    m_ui->nameEdit->setFocus();

    LeadActions(m_session).planQualify(leadId, this, [this](Result<QualifyPlan> plan) {
        m_planLoading = false;
        DialogParts::showError(m_ui->statusLabel, QString());
        if (!plan) {
            showError(plan.error());
        } else {
            m_plan = *plan;
            m_planOk = true;
            showPlan();
            m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        }
        Q_EMIT planLoaded();
    });
}

QualifyDialog::~QualifyDialog() = default;

void QualifyDialog::showPlan()
{
    // The agent may have typed a name meanwhile: it stays.
    if (m_ui->nameEdit->text().isEmpty())
        m_ui->nameEdit->setText(m_plan.leadName);
    switch (m_plan.company) {
    case QualifyPlan::Step::Create:
        m_ui->companyValue->setText(tr("A new company \"%1\" (TIN %2) will be created.")
                                        .arg(m_plan.companyName, m_plan.companyTin.isEmpty() ? tr("none") : m_plan.companyTin));
        break;
    case QualifyPlan::Step::Link:
        m_ui->companyValue->setText(m_plan.companyMatchedByTin
                                        ? tr("The existing company \"%1\" has the same TIN %2 and will be linked; "
                                             "no new company is created.").arg(m_plan.companyName, m_plan.companyTin)
                                        : tr("The lead's company \"%1\" will be linked.").arg(m_plan.companyName));
        break;
    case QualifyPlan::Step::None:
        m_ui->companyValue->setText(tr("The lead names no company: pick one on the lead first."));
        break;
    }
    switch (m_plan.contact) {
    case QualifyPlan::Step::Create:
        m_ui->contactValue->setText(tr("A new contact \"%1\" will be created at this company.").arg(m_plan.contactName));
        break;
    case QualifyPlan::Step::Link:
        m_ui->contactValue->setText(m_plan.contactMatchedByEmail
                                        ? tr("The existing contact \"%1\" has the same e-mail %2 and will be linked; "
                                             "no new contact is created.").arg(m_plan.contactName, m_plan.contactEmail)
                                        : tr("The lead's contact \"%1\" will be linked.").arg(m_plan.contactName));
        break;
    case QualifyPlan::Step::None:
        m_ui->contactValue->setText(tr("The lead names no contact: pick one on the lead first."));
        break;
    }
    m_ui->nameEdit->selectAll();
}

QString QualifyDialog::companyText() const
{
    return m_ui->companyValue->text();
}

QString QualifyDialog::contactText() const
{
    return m_ui->contactValue->text();
}

QString QualifyDialog::errorText() const
{
    return DialogParts::errorText(m_ui->errorLabel);
}

QString QualifyDialog::statusText() const
{
    return DialogParts::errorText(m_ui->statusLabel);
}

void QualifyDialog::showError(const QString &message)
{
    DialogParts::showError(m_ui->errorLabel, message);
}

void QualifyDialog::setRunning(bool running)
{
    m_running = running;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!running && m_planOk && !m_conflicted);
    m_ui->nameEdit->setReadOnly(running);
    DialogParts::showError(m_ui->statusLabel, running ? tr("Qualifying…") : QString());
}

void QualifyDialog::accept()
{
    if (m_running || m_planLoading || m_conflicted)
        return;
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Opportunity name: enter a name."));
        m_ui->nameEdit->setFocus();
        return;
    }
    showError(QString());
    setRunning(true);
    LeadActions(m_session).qualify(m_leadId, name, m_version, this, [this](Result<QualifyResult> result) {
        setRunning(false);
        if (result.isConflict()) {
            m_conflicted = true;
            DialogParts::showConflict(m_ui->errorLabel, m_ui->buttonBox->button(QDialogButtonBox::Ok), result.error());
            Q_EMIT leadConflicted(m_leadId);
            Q_EMIT runFinished(false);
            return;
        }
        if (!result) {
            showError(result.error());
            Q_EMIT runFinished(false);
            return;
        }
        m_result = *result;
        QDialog::accept();
        Q_EMIT runFinished(true);
    });
}
