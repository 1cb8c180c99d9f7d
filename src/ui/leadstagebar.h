#pragma once

#include "leadstate.h"

#include <QWidget>

// The lead's life cycle as a process bar (the way Dynamics' process bar and Salesforce's Path show
// it): New → Assigned → one of Qualified, Disqualified, Dropped, the three final stages drawn as the
// alternatives of the last step. The current stage is filled in the palette's highlight, the stages
// passed are marked done, the final stages the lead did not take are greyed. Display only (no focus):
// its accessible name is "Stage" and its accessible description names the current stage.
class LeadStageBar : public QWidget
{
    Q_OBJECT

public:
    // How one stage shows for the lead's current state.
    enum class Step {
        Done,       // passed
        Current,    // the lead's state
        Ahead,      // still possible
        NotTaken,   // a final stage other than the one the closed lead took
    };

    explicit LeadStageBar(QWidget *parent = nullptr);

    void setState(LeadState state);
    LeadState state() const { return m_state; }
    Step stepOf(LeadState stage) const;
    // Where `stage` is drawn (for tests: the current stage's segment is the highlighted one).
    QRect stageRect(LeadState stage) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateDescription();
    int textWidth(LeadState stage) const;
    int segmentWidth(LeadState stage) const;
    QString caption(LeadState stage) const;

    LeadState m_state = LeadState::New;
};
