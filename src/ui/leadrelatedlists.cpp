#include "leadrelatedlists.h"
#include "ui_leadrelatedlists.h"

#include "disqualifyreason.h"
#include "employeeadmin.h"
#include "historyfields.h"
#include "lead.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "legacyconnection.h"   // MERGE(admin): drop with the shim in openOpportunity()
#include "opportunitydialog.h"
#include "opportunityrepository.h"
#include "recordtable.h"

#include <QLocale>
#include <QTableWidget>

LeadRelatedLists::LeadRelatedLists(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LeadRelatedLists>()), m_zone(QTimeZone::systemTimeZone())
{
    m_ui->setupUi(this);
    RecordTable::setUp(m_ui->opportunitiesTable, {tr("Name"), tr("Company"), tr("Contact"), tr("Owner"), tr("Created")});
    RecordTable::setUp(m_ui->historyTable, {tr("When"), tr("Who"), tr("Field"), tr("Old value"), tr("New value")});
    for (QTableWidget *table : {m_ui->opportunitiesTable, m_ui->historyTable})
        table->setWordWrap(false);
    connect(m_ui->opportunitiesTable, &QTableWidget::cellActivated, this, [this](int row, int) {
        openOpportunity(RecordTable::idAt(m_ui->opportunitiesTable, row));
    });
    connect(m_ui->opportunityValue, &QLabel::linkActivated, this,
            [this](const QString &link) { openOpportunity(link.section(u':', 1).toLongLong()); });
}

LeadRelatedLists::~LeadRelatedLists() = default;

QTableWidget *LeadRelatedLists::opportunitiesTable() const { return m_ui->opportunitiesTable; }
QTableWidget *LeadRelatedLists::historyTable() const { return m_ui->historyTable; }

QString LeadRelatedLists::opportunityText() const
{
    return isOpportunityShown() ? m_ui->opportunityValue->text() : QString();
}

bool LeadRelatedLists::isOpportunityShown() const
{
    return m_ui->opportunityValue->isVisibleTo(this);
}

QString LeadRelatedLists::disqualifyReasonText() const
{
    return m_ui->reasonValue->isVisibleTo(this) ? m_ui->reasonValue->text() : QString();
}

QString LeadRelatedLists::disqualifyCommentText() const
{
    return m_ui->commentValue->isVisibleTo(this) ? m_ui->commentValue->text() : QString();
}

void LeadRelatedLists::setLead(QSqlDatabase db, const Employee &me, qint64 leadId)
{
    m_db = std::move(db);
    m_me = me;
    m_leadId = leadId;
    const QString zone = EmployeeAdmin(m_db).timeZoneOf(me.id);
    m_zone = !zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()) ? QTimeZone(zone.toUtf8())
                                                                              : QTimeZone::systemTimeZone();
    refresh();
}

void LeadRelatedLists::refresh()
{
    Lead lead;
    const bool found = m_leadId > 0 && LeadRepository(m_db).find(m_leadId, &lead);
    const QLocale locale;
    const auto when = [&](const QDateTime &utc) {
        return locale.toString(utc.toTimeZone(m_zone), QStringLiteral("yyyy-MM-dd HH:mm"));
    };

    // The Opportunity field: shown only once the lead is qualified, as a link to it.
    Opportunity opportunity;
    const bool hasOpportunity = found && lead.opportunityId > 0
                                && OpportunityRepository(m_db).find(lead.opportunityId, &opportunity);
    m_ui->infoLayout->setRowVisible(m_ui->opportunityValue, hasOpportunity);
    if (hasOpportunity)
        m_ui->opportunityValue->setText(QStringLiteral("<a href=\"opportunity:%1\">%2</a>")
                                            .arg(opportunity.id)
                                            .arg(opportunity.name.toHtmlEscaped()));
    DisqualifyReason reason;
    QString comment;
    const bool disqualified = found && lead.state == LeadState::Disqualified
                              && LeadService(m_db).disqualification(m_leadId, &reason, &comment);
    m_ui->infoLayout->setRowVisible(m_ui->reasonValue, disqualified);
    m_ui->infoLayout->setRowVisible(m_ui->commentValue, disqualified && !comment.isEmpty());
    if (disqualified) {
        m_ui->reasonValue->setText(DisqualifyReasons::label(reason));
        m_ui->commentValue->setText(comment);
    }

    const QList<Opportunity> opportunities = found ? OpportunityRepository(m_db).forLead(m_leadId) : QList<Opportunity>();
    m_ui->opportunitiesTable->setRowCount(int(opportunities.size()));
    for (int row = 0; row < opportunities.size(); ++row) {
        const Opportunity &o = opportunities.at(row);
        RecordTable::setRow(m_ui->opportunitiesTable, row,
                            {o.name, o.companyName, o.contactName, o.ownerName, when(o.createdAt)}, o.id);
    }
    m_ui->tabs->setTabText(0, tr("&Opportunities (%1)").arg(opportunities.size()));

    const QList<LeadHistoryEntry> history = found ? LeadRepository(m_db).history(m_leadId) : QList<LeadHistoryEntry>();
    m_ui->historyTable->setRowCount(int(history.size()));
    // Newest first: what changed last is what the reader looks for.
    for (int i = 0; i < history.size(); ++i) {
        const LeadHistoryEntry &e = history.at(history.size() - 1 - i);
        RecordTable::setRow(m_ui->historyTable, i,
                            {when(e.changedAt), e.employeeName, HistoryFields::label(e.field),
                             HistoryFields::displayValue(e.field, e.oldValue),
                             HistoryFields::displayValue(e.field, e.newValue)},
                            e.id);
    }
    m_ui->tabs->setTabText(1, tr("&History (%1)").arg(history.size()));
    m_ui->historyTable->resizeColumnsToContents();
    m_ui->opportunitiesTable->resizeColumnsToContents();
}

void LeadRelatedLists::openOpportunity(qint64 opportunityId)
{
    if (opportunityId <= 0)
        return;
    OpportunityDialog dialog(LegacyConnection::sessionFor(this, m_db.databaseName()), opportunityId, m_zone, this);   // MERGE(admin): the form part passes its Session
    connect(&dialog, &OpportunityDialog::openLeadRequested, this, [this, &dialog](qint64 leadId) {
        dialog.accept();
        if (leadId != m_leadId)
            Q_EMIT openLeadRequested(leadId);
    });
    dialog.exec();
}
