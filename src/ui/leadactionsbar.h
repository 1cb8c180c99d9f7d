#pragma once

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class LeadActionsBar;
}
class QPushButton;
class Session;
struct LeadDecisions;

// The life cycle actions of one lead (Assign, Reassign, Qualify, Disqualify) as buttons, each shown
// only when LeadService::decide allows it for the signed-in employee, the lead's state and owner
// (asked on the Session's Read lane: the buttons show when the answer comes, refreshed() follows).
// Each opens its dialog; after a change the bar refreshes and emits leadChanged, as it does at once
// when the dialog finds the lead changed by someone else meanwhile (the form then reloads it).
class LeadActionsBar : public QWidget
{
    Q_OBJECT

public:
    explicit LeadActionsBar(QWidget *parent = nullptr);
    ~LeadActionsBar() override;

    // Shows the actions the signed-in employee may take on `leadId` (0: a new lead, nothing to
    // show). `version` is the version the form holds; 0 skips the check.
    void setLead(Session *session, qint64 leadId, int version = 0);
    // Asks again which actions are allowed.
    void refresh();
    // A question about the allowed actions is waiting for its answer.
    bool isDeciding() const { return m_asked != m_answered; }
    // Asked before an action runs; returning false cancels it (the form has unsaved changes).
    void setBeforeAction(std::function<bool()> check) { m_beforeAction = std::move(check); }

    QPushButton *assignButton() const;
    QPushButton *reassignButton() const;
    QPushButton *qualifyButton() const;
    QPushButton *disqualifyButton() const;

public Q_SLOTS:
    void assign();
    void qualify();
    void disqualify();

Q_SIGNALS:
    // The lead's state, owner or opportunity changed: the form reloads it.
    void leadChanged(qint64 leadId);
    // The allowed actions arrived and the buttons show them.
    void refreshed();

private:
    void showDecisions(const LeadDecisions &decisions);
    bool ready();

    std::unique_ptr<Ui::LeadActionsBar> m_ui;
    Session *m_session = nullptr;
    quint64 m_asked = 0;
    quint64 m_answered = 0;
    qint64 m_leadId = 0;
    int m_version = 0;
    std::function<bool()> m_beforeAction;
};
