#include "leadheaderstrip.h"
#include "ui_leadheaderstrip.h"

#include "lead.h"

LeadHeaderStrip::LeadHeaderStrip(QWidget *parent) : QFrame(parent), m_ui(std::make_unique<Ui::LeadHeaderStrip>())
{
    m_ui->setupUi(this);
    QFont bold = m_ui->numberLabel->font();
    bold.setBold(true);
    m_ui->numberLabel->setFont(bold);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    QSizePolicy policy = m_ui->stageBar->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_ui->stageBar->setSizePolicy(policy);
}

void LeadHeaderStrip::showLoading(qint64 leadId, const QString &text)
{
    m_ui->numberLabel->setText(tr("Lead %1").arg(leadId));
    m_ui->stageBar->hide();
    m_ui->ownerLabel->setText(text);
}

LeadHeaderStrip::~LeadHeaderStrip() = default;

void LeadHeaderStrip::showLead(const Lead &lead, const QString &ownerName)
{
    m_ui->numberLabel->setText(tr("Lead %1").arg(lead.id));
    m_ui->stageBar->setState(lead.state);
    m_ui->stageBar->show();
    m_ui->ownerLabel->setText(ownerName.isEmpty() ? tr("Owner: none yet") : tr("Owner: %1").arg(ownerName));
}

QString LeadHeaderStrip::numberText() const
{
    return m_ui->numberLabel->text();
}

QString LeadHeaderStrip::ownerText() const
{
    return m_ui->ownerLabel->text();
}

LeadStageBar *LeadHeaderStrip::stageBar() const
{
    return m_ui->stageBar;
}

LeadActionsBar *LeadHeaderStrip::actionsBar() const
{
    return m_ui->actionsBar;
}
