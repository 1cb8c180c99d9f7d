#include "assigndialog.h"
#include "ui_assigndialog.h"

#include "dialogparts.h"
#include "leadactions.h"

#include <QLocale>
#include <QPushButton>

AssignDialog::AssignDialog(Session *session, const QList<qint64> &leadIds, int expectedVersion, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AssignDialog>())
    , m_session(session)
    , m_ids(leadIds)
    , m_version(expectedVersion)
{
    m_ui->setupUi(this);
    m_ui->ownerPicker->setSource(m_session, ReferenceKind::Employee);
    m_ui->ownerPicker->setPlaceholderText(tr("Type a name or login"));
    m_ui->errorLabel->hide();
    m_ui->refusedLabel->hide();
    m_ui->refusedList->hide();
    m_ui->statusLabel->hide();
    m_ui->progressBar->hide();
    const QString count = QLocale().toString(m_ids.size());
    if (m_ids.size() == 1) {
        setWindowTitle(tr("Assign the lead"));
        m_ui->summaryLabel->setText(tr("Choose the employee who will own this lead."));
    } else {
        setWindowTitle(tr("Assign %1 leads").arg(count));
        m_ui->summaryLabel->setText(tr("%1 leads will be checked one by one and assigned to the owner you choose, "
                                       "all in one step.").arg(count));
    }
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Assign"));
    ok->setEnabled(false);
    DialogParts::nameButtons(m_ui->buttonBox);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AssignDialog::reject);
    DialogParts::confirmWithKeyboard(this, m_ui->buttonBox);
    DialogParts::hideErrorWhenEdited(this, m_ui->errorLabel);
    connect(m_ui->ownerPicker, &ReferencePicker::changed, this, &AssignDialog::check);
}

AssignDialog::~AssignDialog() = default;

void AssignDialog::setOwner(qint64 employeeId)
{
    m_ui->ownerPicker->setReferenceId(employeeId);
    check();
}

qint64 AssignDialog::ownerId() const
{
    return m_ui->ownerPicker->referenceId();
}

QString AssignDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString AssignDialog::previewText() const
{
    return m_ui->previewLabel->text();
}

QString AssignDialog::errorText() const
{
    return DialogParts::errorText(m_ui->errorLabel);
}

QString AssignDialog::statusText() const
{
    return DialogParts::errorText(m_ui->statusLabel);
}

QStringList AssignDialog::refusedLines() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->refusedList->count(); ++i)
        lines << m_ui->refusedList->item(i)->text();
    return lines;
}

void AssignDialog::showError(const QString &message)
{
    DialogParts::showError(m_ui->errorLabel, message);
}

void AssignDialog::showRefused(const QList<BulkAssignRefusal> &refused)
{
    m_ui->refusedList->clear();
    for (const BulkAssignRefusal &r : refused) {
        const QString name = r.leadName.isEmpty() ? tr("Lead %1").arg(r.leadId) : r.leadName;
        m_ui->refusedList->addItem(tr("%1 (#%2): %3").arg(name).arg(r.leadId).arg(r.reason));
    }
    m_ui->refusedLabel->setVisible(!refused.isEmpty());
    m_ui->refusedList->setVisible(!refused.isEmpty());
}

// A dry run: how many will be assigned and which are refused, before anything is written.
void AssignDialog::check()
{
    showError(QString());
    m_ui->previewLabel->clear();
    showRefused({});
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    const quint64 serial = ++m_checksAsked;
    if (ownerId() <= 0 || m_done || m_running || m_conflicted) {
        m_checksAnswered = serial;
        return;
    }
    m_ui->previewLabel->setText(tr("Checking the leads…"));
    LeadActions(m_session).checkAssign(m_ids, ownerId(), this, [this, serial](Result<BulkAssignResult> result) {
        // Only the check for the owner chosen last counts.
        if (serial != m_checksAsked)
            return;
        m_checksAnswered = serial;
        showCheck(std::move(result));
        Q_EMIT checked();
    });
}

void AssignDialog::showCheck(Result<BulkAssignResult> result)
{
    m_ui->previewLabel->clear();
    if (!result) {
        showError(result.error());
        return;
    }
    m_result = *result;
    const QLocale locale;
    if (m_result.refused.isEmpty())
        m_ui->previewLabel->setText(m_ids.size() == 1 ? tr("The lead can be assigned.")
                                                      : tr("All %1 leads can be assigned.").arg(locale.toString(m_result.assigned)));
    else
        m_ui->previewLabel->setText(tr("%1 of %2 leads can be assigned; %3 cannot (listed below, with the reason) "
                                       "and will be left as they are.")
                                        .arg(locale.toString(m_result.assigned), locale.toString(m_ids.size()),
                                             locale.toString(m_result.refused.size())));
    showRefused(m_result.refused);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_result.assigned > 0 && !m_running);
}

void AssignDialog::accept()
{
    if (m_done) {
        QDialog::accept();
        return;
    }
    if (m_running || m_conflicted)
        return;
    if (ownerId() <= 0) {
        showError(tr("Owner: choose the employee who will own the lead."));
        return;
    }
    run();
}

void AssignDialog::reject()
{
    if (!m_running) {
        QDialog::reject();
        return;
    }
    if (!m_cancel)
        return;   // one lead from its form: a single short write, not cancelled
    m_cancel->store(true);
    DialogParts::showError(m_ui->statusLabel, tr("Cancelling: nothing will be assigned…"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(false);
}

void AssignDialog::setRunning(bool running)
{
    m_running = running;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!running && !m_conflicted);
    m_ui->ownerPicker->setReadOnly(running || m_conflicted);
    if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel))
        cancel->setEnabled(!running || m_cancel);
    DialogParts::showError(m_ui->statusLabel, running ? tr("Assigning…") : QString());
    m_ui->progressBar->setVisible(running && m_cancel);
}

void AssignDialog::run()
{
    showError(QString());
    LeadActions actions(m_session);
    if (m_ids.size() == 1 && m_version > 0) {
        // One lead from its form: the form's version guards against overwriting someone's change.
        m_cancel.reset();
        setRunning(true);
        actions.assignOne(m_ids.first(), ownerId(), m_version, this, [this](Result<bool> ok) {
            if (!ok) {
                finishRun(ok.failure());
                return;
            }
            BulkAssignResult one;
            one.assigned = 1;
            finishRun(one);
        });
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_ui->progressBar->setRange(0, int(m_ids.size()));
    m_ui->progressBar->setValue(0);
    setRunning(true);
    actions.bulkAssign(m_ids, ownerId(), m_cancel, this, [this](qint64 done) { showProgress(done); },
                       [this](Result<BulkAssignResult> result) { finishRun(std::move(result)); });
}

void AssignDialog::showProgress(qint64 done)
{
    m_ui->progressBar->setValue(int(qMin<qint64>(done, m_ids.size())));
    DialogParts::showError(m_ui->statusLabel, tr("Assigning… %1 of %2 leads checked.")
                                                  .arg(QLocale().toString(done), QLocale().toString(m_ids.size())));
}

void AssignDialog::finishRun(Result<BulkAssignResult> result)
{
    const bool cancelled = m_cancel && m_cancel->load();
    setRunning(false);
    if (!result && cancelled) {
        // Cancelled: the whole transaction was rolled back, nothing was written.
        QDialog::reject();
        Q_EMIT runFinished(false);
        return;
    }
    if (result.isConflict()) {
        m_conflicted = true;
        m_ui->ownerPicker->setReadOnly(true);
        DialogParts::showConflict(m_ui->errorLabel, m_ui->buttonBox->button(QDialogButtonBox::Ok), result.error());
        Q_EMIT leadConflicted(m_ids.first());
        Q_EMIT runFinished(false);
        return;
    }
    if (!result) {
        showError(result.error());
        Q_EMIT runFinished(false);
        return;
    }
    m_result = *result;
    if (m_result.refused.isEmpty())
        QDialog::accept();
    else
        showDone();
    Q_EMIT runFinished(true);
}

// Some were refused: say so and keep the list visible until the user closes the dialog.
void AssignDialog::showDone()
{
    m_done = true;
    m_ui->previewLabel->setText(tr("%1 leads assigned; %2 left as they were:")
                                    .arg(QLocale().toString(m_result.assigned), QLocale().toString(m_result.refused.size())));
    showRefused(m_result.refused);
    m_ui->ownerPicker->setReadOnly(true);
    disconnect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AssignDialog::reject);
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    DialogParts::nameButtons(m_ui->buttonBox);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &AssignDialog::accept);
}
