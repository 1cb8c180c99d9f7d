#include "leadstagebar.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace {

// The arrow's depth and the text's room on each side, in pixels.
constexpr int kArrow = 8;
constexpr int kPadding = 10;
constexpr int kGap = 2;

const LeadState kStages[] = {LeadState::New, LeadState::Assigned, LeadState::Qualified, LeadState::Disqualified,
                             LeadState::Dropped};

// 0 for New, 1 for Assigned, 2 for the three final stages (alternatives of one step).
int stepIndex(LeadState state)
{
    switch (state) {
    case LeadState::New:
        return 0;
    case LeadState::Assigned:
        return 1;
    case LeadState::Qualified:
    case LeadState::Disqualified:
    case LeadState::Dropped:
        break;
    }
    return 2;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

LeadStageBar::LeadStageBar(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Stage"));
    updateDescription();
}

void LeadStageBar::setState(LeadState state)
{
    if (state == m_state)
        return;
    m_state = state;
    updateDescription();
    update();
}

LeadStageBar::Step LeadStageBar::stepOf(LeadState stage) const
{
    if (stage == m_state)
        return Step::Current;
    const int current = stepIndex(m_state);
    const int step = stepIndex(stage);
    if (step < current)
        return Step::Done;
    if (step == current)
        return Step::NotTaken;   // another final stage than the one taken
    return Step::Ahead;
}

void LeadStageBar::updateDescription()
{
    const QString text = tr("Current stage: %1").arg(LeadStates::label(m_state));
    setAccessibleDescription(text);
    setToolTip(tr("%1. Stages: New, Assigned, then Qualified, Disqualified or Dropped.").arg(text));
}

QString LeadStageBar::caption(LeadState stage) const
{
    // A passed stage carries a tick, so "done" does not rest on colour alone.
    return stepOf(stage) == Step::Done ? QStringLiteral("\u2713 ") + LeadStates::label(stage)
                                       : LeadStates::label(stage);
}

int LeadStageBar::textWidth(LeadState stage) const
{
    QFont bold = font();
    bold.setBold(true);
    // Measured in bold with the tick, so that the bar keeps its size whatever the state.
    return QFontMetrics(bold).horizontalAdvance(QStringLiteral("\u2713 ") + LeadStates::label(stage));
}

int LeadStageBar::segmentWidth(LeadState stage) const
{
    return textWidth(stage) + 2 * kPadding + kArrow;
}

QSize LeadStageBar::sizeHint() const
{
    int width = 0;
    for (LeadState stage : kStages)
        width += segmentWidth(stage) + kGap;
    QFont bold = font();
    bold.setBold(true);
    return {width + kArrow, QFontMetrics(bold).height() + 10};
}

QSize LeadStageBar::minimumSizeHint() const
{
    return sizeHint();
}

QRect LeadStageBar::stageRect(LeadState stage) const
{
    // The bar keeps its natural widths and spreads what room is left over the segments.
    const QSize natural = sizeHint();
    const int extra = qMax(0, width() - natural.width()) / int(std::size(kStages));
    int x = 0;
    for (LeadState s : kStages) {
        const int w = segmentWidth(s) + extra;
        if (s == stage)
            return {x, 0, w + kArrow, height()};
        x += w + kGap;
    }
    return {};
}

void LeadStageBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor ahead = mix(pal.color(QPalette::Window), pal.color(QPalette::Mid), 0.35);
    const QColor done = mix(base, highlight, 0.3);
    QColor notTakenText = pal.color(QPalette::Disabled, QPalette::WindowText);

    for (LeadState stage : kStages) {
        const QRectF r = QRectF(stageRect(stage)).adjusted(0.5, 0.5, -0.5, -0.5);
        // A chevron: notched on the left (except the first), pointed on the right. The final
        // stages share one step: only the last of them points on.
        const bool first = stage == LeadState::New;
        const bool pointed = stage == LeadState::New || stage == LeadState::Assigned || stage == LeadState::Dropped;
        const bool notched = !first && (stage == LeadState::Assigned || stage == LeadState::Qualified);
        const qreal mid = r.center().y();
        QPainterPath path;
        path.moveTo(r.left(), r.top());
        path.lineTo(r.right() - (pointed ? kArrow : 0), r.top());
        if (pointed)
            path.lineTo(r.right(), mid);
        path.lineTo(r.right() - (pointed ? kArrow : 0), r.bottom());
        path.lineTo(r.left(), r.bottom());
        if (notched)
            path.lineTo(r.left() + kArrow, mid);
        path.closeSubpath();

        const Step step = stepOf(stage);
        QColor fill = ahead;
        QColor ink = text;
        if (step == Step::Current) {
            fill = highlight;
            ink = pal.color(QPalette::HighlightedText);
        } else if (step == Step::Done) {
            fill = done;
        } else if (step == Step::NotTaken) {
            ink = notTakenText;
        }
        painter.fillPath(path, fill);
        if (step == Step::Current)
            painter.strokePath(path, QPen(highlight.darker(130), 1));

        QFont f = font();
        f.setBold(step == Step::Current);
        painter.setFont(f);
        painter.setPen(ink);
        const qreal left = r.left() + (notched ? kArrow : 0);
        const qreal right = r.right() - (pointed ? kArrow : 0);
        painter.drawText(QRectF(left, r.top(), right - left, r.height()), Qt::AlignCenter, caption(stage));
    }
}

void LeadStageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    QWidget::changeEvent(event);
}
