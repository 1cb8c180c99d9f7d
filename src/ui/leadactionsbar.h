#pragma once

#include "employee.h"

#include <QSqlDatabase>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class LeadActionsBar;
}
class QPushButton;

// The life cycle actions of one lead (Assign, Reassign, Qualify, Disqualify) as buttons, each shown
// only when LeadService::decide allows it for the signed-in employee, the lead's state and owner.
// Each opens its dialog; after a change the bar refreshes and emits leadChanged.
class LeadActionsBar : public QWidget
{
    Q_OBJECT

public:
    explicit LeadActionsBar(QWidget *parent = nullptr);
    ~LeadActionsBar() override;

    // Shows the actions for `leadId` (0: a new lead, nothing to show). `version` is the version the
    // form holds; 0 skips the check.
    void setLead(QSqlDatabase db, const Employee &me, qint64 leadId, int version = 0);
    void refresh();
    void setVersion(int version) { m_version = version; }
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

private:
    std::unique_ptr<Ui::LeadActionsBar> m_ui;
    QSqlDatabase m_db;
    Employee m_me;
    qint64 m_leadId = 0;
    int m_version = 0;
    std::function<bool()> m_beforeAction;
};
