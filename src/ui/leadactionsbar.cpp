#include "leadactionsbar.h"
#include "ui_leadactionsbar.h"

#include "assigndialog.h"
#include "disqualifydialog.h"
#include "leadservice.h"
#include "qualifydialog.h"

LeadActionsBar::LeadActionsBar(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::LeadActionsBar>())
{
    m_ui->setupUi(this);
    // On a form, Return in a field must never start an action.
    for (QPushButton *button : {m_ui->assignButton, m_ui->reassignButton, m_ui->qualifyButton, m_ui->disqualifyButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_ui->assignButton, &QPushButton::clicked, this, &LeadActionsBar::assign);
    connect(m_ui->reassignButton, &QPushButton::clicked, this, &LeadActionsBar::assign);
    connect(m_ui->qualifyButton, &QPushButton::clicked, this, &LeadActionsBar::qualify);
    connect(m_ui->disqualifyButton, &QPushButton::clicked, this, &LeadActionsBar::disqualify);
    refresh();
}

LeadActionsBar::~LeadActionsBar() = default;

QPushButton *LeadActionsBar::assignButton() const { return m_ui->assignButton; }
QPushButton *LeadActionsBar::reassignButton() const { return m_ui->reassignButton; }
QPushButton *LeadActionsBar::qualifyButton() const { return m_ui->qualifyButton; }
QPushButton *LeadActionsBar::disqualifyButton() const { return m_ui->disqualifyButton; }

void LeadActionsBar::setLead(QSqlDatabase db, const Employee &me, qint64 leadId, int version)
{
    m_db = std::move(db);
    m_me = me;
    m_leadId = leadId;
    m_version = version;
    refresh();
}

void LeadActionsBar::refresh()
{
    const auto show = [this](QPushButton *button, LeadAction action) {
        bool allowed = false;
        if (m_leadId > 0 && m_db.isValid()) {
            const Decision decision = LeadService(m_db).decide(m_me, action, m_leadId);
            allowed = decision.allowed;
        }
        button->setVisible(allowed);
    };
    show(m_ui->assignButton, LeadAction::Assign);
    show(m_ui->reassignButton, LeadAction::Reassign);
    show(m_ui->qualifyButton, LeadAction::Qualify);
    show(m_ui->disqualifyButton, LeadAction::Disqualify);
    setVisible(m_ui->assignButton->isVisibleTo(this) || m_ui->reassignButton->isVisibleTo(this)
               || m_ui->qualifyButton->isVisibleTo(this) || m_ui->disqualifyButton->isVisibleTo(this));
}

void LeadActionsBar::assign()
{
    if (m_beforeAction && !m_beforeAction())
        return;
    AssignDialog dialog(m_db, m_me, {m_leadId}, m_version, this);
    if (dialog.exec() == QDialog::Accepted && dialog.assignResult().assigned > 0)
        Q_EMIT leadChanged(m_leadId);
    refresh();
}

void LeadActionsBar::qualify()
{
    if (m_beforeAction && !m_beforeAction())
        return;
    QualifyDialog dialog(m_db, m_me, m_leadId, m_version, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT leadChanged(m_leadId);
    refresh();
}

void LeadActionsBar::disqualify()
{
    if (m_beforeAction && !m_beforeAction())
        return;
    DisqualifyDialog dialog(m_db, m_me, m_leadId, m_version, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT leadChanged(m_leadId);
    refresh();
}
