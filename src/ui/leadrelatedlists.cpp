#include "leadrelatedlists.h"
#include "ui_leadrelatedlists.h"

#include "disqualifyreason.h"
#include "historyfields.h"
#include "leadstore.h"
#include "opportunitydialog.h"
#include "recordtable.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

LeadRelatedLists::LeadRelatedLists(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LeadRelatedLists>()), m_zone(QTimeZone::systemTimeZone())
{
    m_ui->setupUi(this);
    RecordTable::setUp(m_ui->opportunitiesTable, {tr("Name"), tr("Company"), tr("Contact"), tr("Owner"), tr("Created")});
    RecordTable::setUp(m_ui->historyTable, {tr("When"), tr("Who"), tr("Field"), tr("Old value"), tr("New value")});
    for (QTableWidget *table : {m_ui->opportunitiesTable, m_ui->historyTable}) {
        table->setWordWrap(false);
        // The form's setTabOrder moves a table but leaves its viewport (whose focus proxy it is)
        // after the form's buttons, where Shift+Tab on the first field found it and went back into
        // the table, past Close. A click on the viewport still focuses the table (its parent).
        table->viewport()->setFocusProxy(nullptr);
    }
    connect(m_ui->opportunitiesTable, &QTableWidget::cellActivated, this, [this](int row, int) {
        openOpportunity(RecordTable::idAt(m_ui->opportunitiesTable, row));
    });
    connect(m_ui->opportunityValue, &QLabel::linkActivated, this,
            [this](const QString &link) { openOpportunity(link.section(u':', 1).toLongLong()); });
    m_ui->opportunityValue->installEventFilter(this);
}

bool LeadRelatedLists::eventFilter(QObject *watched, QEvent *event)
{
    QLabel *link = m_ui->opportunityValue;
    const auto *key = event->type() == QEvent::KeyPress ? static_cast<QKeyEvent *>(event) : nullptr;
    const bool backtab = key
        && (key->key() == Qt::Key_Backtab
            || (key->key() == Qt::Key_Tab && key->modifiers().testFlag(Qt::ShiftModifier)));
    if (watched == link && backtab) {
        // The previous widget Tab reaches, as QWidget::focusPreviousChild would find it.
        for (QWidget *w = link->previousInFocusChain(); w && w != link; w = w->previousInFocusChain()) {
            if (w->window() == link->window() && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus
                && !w->focusProxy() && w->isVisible() && w->isEnabled()) {
                w->setFocus(Qt::BacktabFocusReason);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

LeadRelatedLists::~LeadRelatedLists() = default;

QTableWidget *LeadRelatedLists::opportunitiesTable() const { return m_ui->opportunitiesTable; }
QTableWidget *LeadRelatedLists::historyTable() const { return m_ui->historyTable; }

QList<QWidget *> LeadRelatedLists::tabOrder() const
{
    // The tab widget goes in whole, with its tab bar (its focus proxy) and its tables.
    return {m_ui->opportunityValue, m_ui->tabs};
}

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

void LeadRelatedLists::setLead(Session *session, qint64 leadId)
{
    m_session = session;
    m_leadId = leadId;
    refresh();
}

void LeadRelatedLists::refresh()
{
    if (!m_session)
        return;
    // Greyed out until the answer comes: what shows may be out of date.
    setEnabled(false);
    const quint64 serial = ++m_asked;
    LeadStore(m_session).related(m_leadId, this, [this, serial](Result<LeadRelated> related) {
        if (serial != m_asked)
            return;
        m_answered = serial;
        setEnabled(true);
        showRelated(related ? *related : LeadRelated{});
        Q_EMIT refreshed();
    });
}

void LeadRelatedLists::showRelated(const LeadRelated &related)
{
    const QByteArray zone = related.timeZone.toUtf8();
    m_zone = !zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone) ? QTimeZone(zone) : QTimeZone::systemTimeZone();
    showInfo(related);
    showOpportunities(related);
    showHistory(related);
    // A lead opens on its opportunities when it has any (a qualified lead), else on its history;
    // later answers for the same lead leave the tab the reader chose.
    if (m_tabChosenFor != m_leadId) {
        m_tabChosenFor = m_leadId;
        m_ui->tabs->setCurrentWidget(related.opportunities.isEmpty() ? m_ui->historyTab : m_ui->opportunitiesTab);
    }
}

QString LeadRelatedLists::when(const QDateTime &utc) const
{
    return QLocale().toString(utc.toTimeZone(m_zone), QStringLiteral("yyyy-MM-dd HH:mm"));
}

void LeadRelatedLists::showInfo(const LeadRelated &related)
{
    // The Opportunity field: shown only once the lead is qualified, as a link to it.
    m_ui->infoLayout->setRowVisible(m_ui->opportunityValue, related.hasOpportunity);
    if (related.hasOpportunity)
        m_ui->opportunityValue->setText(QStringLiteral("<a href=\"opportunity:%1\">%2</a>")
                                            .arg(related.opportunity.id)
                                            .arg(related.opportunity.name.toHtmlEscaped()));
    m_ui->infoLayout->setRowVisible(m_ui->reasonValue, related.disqualified);
    m_ui->infoLayout->setRowVisible(m_ui->commentValue, related.disqualified && !related.comment.isEmpty());
    if (related.disqualified) {
        m_ui->reasonValue->setText(DisqualifyReasons::label(related.reason));
        m_ui->commentValue->setText(related.comment);
    }
}

void LeadRelatedLists::showOpportunities(const LeadRelated &related)
{
    const QList<Opportunity> &opportunities = related.opportunities;
    m_ui->opportunitiesTable->setRowCount(int(opportunities.size()));
    for (int row = 0; row < opportunities.size(); ++row) {
        const Opportunity &o = opportunities.at(row);
        RecordTable::setRow(m_ui->opportunitiesTable, row,
                            {o.name, o.companyName, o.contactName, o.ownerName, when(o.createdAt)}, o.id);
    }
    m_ui->tabs->setTabText(0, tr("&Opportunities (%1)").arg(opportunities.size()));
    m_ui->opportunitiesTable->resizeColumnsToContents();
}

void LeadRelatedLists::showHistory(const LeadRelated &related)
{
    const QList<LeadHistoryEntry> &history = related.history;
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
}

void LeadRelatedLists::openOpportunity(qint64 opportunityId)
{
    if (opportunityId <= 0 || !m_session)
        return;
    OpportunityDialog dialog(m_session, opportunityId, m_zone, this);
    connect(&dialog, &OpportunityDialog::openLeadRequested, this, [this, &dialog](qint64 leadId) {
        dialog.accept();
        if (leadId != m_leadId)
            Q_EMIT openLeadRequested(leadId);
    });
    dialog.exec();
}
