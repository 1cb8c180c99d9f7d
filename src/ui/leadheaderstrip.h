#pragma once

#include <QFrame>

#include <memory>

namespace Ui {
class LeadHeaderStrip;
}
class LeadActionsBar;
class LeadStageBar;
struct Lead;

// The strip at the top of a stored lead's form: its number, its life-cycle stage as a bar, its
// owner and the actions allowed now (the LeadActionsBar: Assign, Reassign, Qualify, Disqualify).
// The form shows it once the lead exists; a new lead has none.
class LeadHeaderStrip : public QFrame
{
    Q_OBJECT

public:
    explicit LeadHeaderStrip(QWidget *parent = nullptr);
    ~LeadHeaderStrip() override;

    // While lead `leadId` is being read: its number and `text` ("Reading lead 5…"); the stage bar
    // keeps its room, blank.
    void showLoading(qint64 leadId, const QString &text);
    // Number and stage of `lead`; `ownerName` empty: the lead has no owner yet.
    void showLead(const Lead &lead, const QString &ownerName);

    QString numberText() const;
    QString ownerText() const;
    LeadStageBar *stageBar() const;
    LeadActionsBar *actionsBar() const;

private:
    std::unique_ptr<Ui::LeadHeaderStrip> m_ui;
};
