#pragma once

#include "employee.h"

#include <QSqlDatabase>
#include <QTimeZone>
#include <QWidget>

#include <memory>

namespace Ui {
class LeadRelatedLists;
}
class QTableWidget;

// What the lead form shows below the fields once a lead exists: its Opportunity (a link, shown once
// qualified), the disqualify reason and comment, and the two related lists, Opportunities and
// History (who, when in the employee's time zone, field, old value, new value).
class LeadRelatedLists : public QWidget
{
    Q_OBJECT

public:
    explicit LeadRelatedLists(QWidget *parent = nullptr);
    ~LeadRelatedLists() override;

    void setLead(QSqlDatabase db, const Employee &me, qint64 leadId);
    void refresh();

    QTableWidget *opportunitiesTable() const;
    QTableWidget *historyTable() const;
    QString opportunityText() const;   // the Opportunity field's text; empty when not shown
    bool isOpportunityShown() const;
    QString disqualifyReasonText() const;
    QString disqualifyCommentText() const;
    QTimeZone timeZone() const { return m_zone; }

public Q_SLOTS:
    // Opens the opportunity read-only.
    void openOpportunity(qint64 opportunityId);

Q_SIGNALS:
    // An opportunity's "Open source lead" asked for a lead.
    void openLeadRequested(qint64 leadId);

private:
    std::unique_ptr<Ui::LeadRelatedLists> m_ui;
    QSqlDatabase m_db;
    Employee m_me;
    qint64 m_leadId = 0;
    QTimeZone m_zone;
};
