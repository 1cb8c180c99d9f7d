#include "assigndialog.h"
#include "ui_assigndialog.h"

#include "dialogparts.h"
#include "leadstate.h"

#include <QLocale>
#include <QPushButton>

AssignDialog::AssignDialog(QSqlDatabase db, const Employee &me, const QList<qint64> &leadIds, int expectedVersion,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AssignDialog>())
    , m_db(std::move(db))
    , m_me(me)
    , m_ids(leadIds)
    , m_version(expectedVersion)
{
    m_ui->setupUi(this);
    m_ui->ownerPicker->setSource(m_db, ReferenceKind::Employee);
    m_ui->ownerPicker->setPlaceholderText(tr("Type a name or login"));
    m_ui->errorLabel->hide();
    m_ui->refusedLabel->hide();
    m_ui->refusedList->hide();
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
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    showError(QString());
    m_ui->previewLabel->clear();
    showRefused({});
    ok->setEnabled(false);
    if (ownerId() <= 0 || m_done)
        return;
    LeadService service(m_db);
    QString error;
    if (!service.bulkAssign(m_me, m_ids, ownerId(), &m_result, &error, true)) {
        showError(error);
        return;
    }
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
    ok->setEnabled(m_result.assigned > 0);
}

void AssignDialog::accept()
{
    if (m_done) {
        QDialog::accept();
        return;
    }
    if (ownerId() <= 0) {
        showError(tr("Owner: choose the employee who will own the lead."));
        return;
    }
    LeadService service(m_db);
    QString error;
    bool ok = false;
    if (m_ids.size() == 1 && m_version > 0) {
        // One lead from its form: the form's version guards against overwriting someone's change.
        const Decision assign = service.decide(m_me, LeadAction::Assign, m_ids.first());
        ok = assign.allowed ? service.assign(m_me, m_ids.first(), ownerId(), &error, m_version)
                            : service.reassign(m_me, m_ids.first(), ownerId(), &error, m_version);
        m_result = BulkAssignResult{};
        m_result.assigned = ok ? 1 : 0;
    } else {
        ok = service.bulkAssign(m_me, m_ids, ownerId(), &m_result, &error);
    }
    if (!ok) {
        showError(error);
        return;
    }
    if (m_result.refused.isEmpty()) {
        QDialog::accept();
        return;
    }
    // Some were refused: say so and keep the list visible until the user closes the dialog.
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
