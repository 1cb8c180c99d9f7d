#include "leadactionsbar.h"
#include "ui_leadactionsbar.h"

#include "assigndialog.h"
#include "disqualifydialog.h"
#include "leadactions.h"
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

void LeadActionsBar::setLead(Session *session, qint64 leadId, int version)
{
    m_session = session;
    m_leadId = leadId;
    m_version = version;
    refresh();
}

void LeadActionsBar::refresh()
{
    if (!m_session || m_leadId <= 0) {
        m_answered = ++m_asked;
        showDecisions(LeadDecisions{});
        return;
    }
    // Until the answer comes the buttons shown stay, but do nothing.
    setEnabled(false);
    const quint64 serial = ++m_asked;
    LeadActions(m_session).decide(m_leadId, this, [this, serial](Result<LeadDecisions> decisions) {
        if (serial != m_asked)
            return;
        m_answered = serial;
        setEnabled(true);
        showDecisions(decisions ? *decisions : LeadDecisions{});
        Q_EMIT refreshed();
    });
}

void LeadActionsBar::showDecisions(const LeadDecisions &decisions)
{
    m_ui->assignButton->setVisible(decisions.assign.allowed);
    m_ui->reassignButton->setVisible(decisions.reassign.allowed);
    m_ui->qualifyButton->setVisible(decisions.qualify.allowed);
    m_ui->disqualifyButton->setVisible(decisions.disqualify.allowed);
    setVisible(decisions.assign.allowed || decisions.reassign.allowed || decisions.qualify.allowed
               || decisions.disqualify.allowed);
}

bool LeadActionsBar::ready()
{
    return m_session && m_leadId > 0 && !isDeciding() && (!m_beforeAction || m_beforeAction());
}

void LeadActionsBar::assign()
{
    if (!ready())
        return;
    AssignDialog dialog(m_session, {m_leadId}, m_version, this);
    // A lead changed meanwhile is reloaded at once, while the dialog says so.
    connect(&dialog, &AssignDialog::leadConflicted, this, &LeadActionsBar::leadChanged);
    if (dialog.exec() == QDialog::Accepted && dialog.assignResult().assigned > 0)
        Q_EMIT leadChanged(m_leadId);
    refresh();
}

void LeadActionsBar::qualify()
{
    if (!ready())
        return;
    QualifyDialog dialog(m_session, m_leadId, m_version, this);
    connect(&dialog, &QualifyDialog::leadConflicted, this, &LeadActionsBar::leadChanged);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT leadChanged(m_leadId);
    refresh();
}

void LeadActionsBar::disqualify()
{
    if (!ready())
        return;
    DisqualifyDialog dialog(m_session, m_leadId, m_version, this);
    connect(&dialog, &DisqualifyDialog::leadConflicted, this, &LeadActionsBar::leadChanged);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT leadChanged(m_leadId);
    refresh();
}
