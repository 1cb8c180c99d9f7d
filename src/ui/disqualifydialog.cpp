#include "disqualifydialog.h"
#include "ui_disqualifydialog.h"

#include "dialogparts.h"
#include "disqualifyreason.h"
#include "leadactions.h"

#include <QPushButton>

DisqualifyDialog::DisqualifyDialog(Session *session, qint64 leadId, int expectedVersion, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DisqualifyDialog>())
    , m_session(session)
    , m_leadId(leadId)
    , m_version(expectedVersion)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("A disqualified lead is closed and becomes read-only. Say why."));
    m_ui->reasonCombo->addItem(tr("Choose a reason…"), 0);
    for (const DisqualifyReason reason : DisqualifyReasons::all())
        m_ui->reasonCombo->addItem(DisqualifyReasons::label(reason), static_cast<int>(reason));
    m_ui->errorLabel->hide();
    m_ui->statusLabel->hide();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Disqualify"));
    DialogParts::nameButtons(m_ui->buttonBox);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DisqualifyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DisqualifyDialog::reject);
    DialogParts::confirmWithKeyboard(this, m_ui->buttonBox);
    DialogParts::hideErrorWhenEdited(this, m_ui->errorLabel);
}

DisqualifyDialog::~DisqualifyDialog() = default;

QString DisqualifyDialog::errorText() const
{
    return DialogParts::errorText(m_ui->errorLabel);
}

QString DisqualifyDialog::statusText() const
{
    return DialogParts::errorText(m_ui->statusLabel);
}

void DisqualifyDialog::setRunning(bool running)
{
    m_running = running;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!running && !m_conflicted);
    m_ui->reasonCombo->setEnabled(!running);
    m_ui->commentEdit->setReadOnly(running);
    DialogParts::showError(m_ui->statusLabel, running ? tr("Disqualifying…") : QString());
}

void DisqualifyDialog::showError(const QString &error)
{
    DialogParts::showError(m_ui->errorLabel, error);
    (error.startsWith(tr("Comment:")) ? static_cast<QWidget *>(m_ui->commentEdit)
                                      : static_cast<QWidget *>(m_ui->reasonCombo))
        ->setFocus();
}

void DisqualifyDialog::accept()
{
    if (m_running || m_conflicted)
        return;
    const int value = m_ui->reasonCombo->currentData().toInt();
    if (value == 0) {
        showError(tr("Reason: choose why the lead is disqualified."));
        return;
    }
    DialogParts::showError(m_ui->errorLabel, QString());
    setRunning(true);
    LeadActions(m_session).disqualify(m_leadId, static_cast<DisqualifyReason>(value), m_ui->commentEdit->toPlainText(),
                                      m_version, this, [this](Result<bool> done) {
                                          setRunning(false);
                                          if (done.isConflict()) {
                                              m_conflicted = true;
                                              DialogParts::showConflict(
                                                  m_ui->errorLabel, m_ui->buttonBox->button(QDialogButtonBox::Ok),
                                                  done.error());
                                              Q_EMIT leadConflicted(m_leadId);
                                              Q_EMIT runFinished(false);
                                              return;
                                          }
                                          if (!done) {
                                              showError(done.error());
                                              Q_EMIT runFinished(false);
                                              return;
                                          }
                                          QDialog::accept();
                                          Q_EMIT runFinished(true);
                                      });
}
