#pragma once

#include <QTimeZone>
#include <QWidget>

#include <memory>

namespace Ui {
class LeadRelatedLists;
}
class QTableWidget;
class Session;
struct LeadRelated;

// What the lead form shows beside the fields once a lead exists: its Opportunity (a link, shown once
// qualified), the disqualify reason and comment, and the two related lists, Opportunities and
// History (who, when in the employee's time zone, field, old value, new value). All of it is read in
// one job on the Session's Read lane; refreshed() says it arrived and shows.
class LeadRelatedLists : public QWidget
{
    Q_OBJECT

public:
    explicit LeadRelatedLists(QWidget *parent = nullptr);
    ~LeadRelatedLists() override;

    void setLead(Session *session, qint64 leadId);
    // Reads it all again.
    void refresh();
    // A read is waiting for its answer.
    bool isLoading() const { return m_asked != m_answered; }

    QTableWidget *opportunitiesTable() const;
    QTableWidget *historyTable() const;
    // Its focusable widgets in Tab order: the Opportunity link, the tabs (with their tables).
    QList<QWidget *> tabOrder() const;
    QString opportunityText() const;   // the Opportunity field's text; empty when not shown
    bool isOpportunityShown() const;
    QString disqualifyReasonText() const;
    QString disqualifyCommentText() const;
    QTimeZone timeZone() const { return m_zone; }

public Q_SLOTS:
    // Opens the opportunity read-only.
    void openOpportunity(qint64 opportunityId);

protected:
    // Shift+Tab on the Opportunity link goes back (QLabel's own handling finds the same link again
    // and keeps the focus).
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // An opportunity's "Open source lead" asked for a lead.
    void openLeadRequested(qint64 leadId);
    // What was read arrived and shows.
    void refreshed();

private:
    void showRelated(const LeadRelated &related);
    void showInfo(const LeadRelated &related);
    void showOpportunities(const LeadRelated &related);
    void showHistory(const LeadRelated &related);
    QString when(const QDateTime &utc) const;

    std::unique_ptr<Ui::LeadRelatedLists> m_ui;
    Session *m_session = nullptr;
    quint64 m_asked = 0;
    quint64 m_answered = 0;
    qint64 m_leadId = 0;
    qint64 m_tabChosenFor = 0;   // the lead whose first answer chose the tab shown
    QTimeZone m_zone;
};
