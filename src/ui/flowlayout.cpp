#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <utility>

FlowLayout::FlowLayout(int horizontalSpacing, int verticalSpacing)
    : m_hSpace(horizontalSpacing), m_vSpace(verticalSpacing)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    if (QLayout *layout = item->layout(); layout && !layout->parent())
        addChildLayout(layout);
    m_items.append(item);
}

int FlowLayout::horizontalSpacing() const
{
    return m_hSpace >= 0 ? m_hSpace : smartSpacing(true);
}

int FlowLayout::verticalSpacing() const
{
    return m_vSpace >= 0 ? m_vSpace : smartSpacing(false);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index >= 0 && index < m_items.size())
        return m_items.takeAt(index);
    return nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

QSize FlowLayout::sizeHint() const
{
    // All on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? horizontalSpacing() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    size += QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
    return size;
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QMargins margins = contentsMargins();
    const int bottom = margins.bottom();
    const QRect area = rect.marginsRemoved(margins);
    const int spaceX = horizontalSpacing();
    const int spaceY = verticalSpacing();
    int y = area.y();
    int lineHeight = 0;
    int lines = 0;
    // One line at a time: the items that fit at their size hints, then the room left over shared
    // among those of them that expand horizontally (a search field fills its line).
    struct Placed
    {
        QLayoutItem *item;
        QSize hint;
        bool expands;
    };
    QList<Placed> line;
    int lineWidth = 0;
    int expanding = 0;
    const auto placeLine = [&] {
        if (line.isEmpty())
            return;
        ++lines;
        if (!testOnly) {
            const int spare = std::max(0, area.width() - lineWidth);
            int x = area.x();
            int given = 0;
            for (const Placed &placed : std::as_const(line)) {
                int width = placed.hint.width();
                if (placed.expands)
                    width += spare / expanding + (given++ < spare % expanding ? 1 : 0);
                // Centred on the line, as a row of a box layout would be.
                placed.item->setGeometry(QRect(QPoint(x, y + (lineHeight - placed.hint.height()) / 2),
                                               QSize(std::min(width, area.width()), placed.hint.height())));
                x += width + spaceX;
            }
        }
        y += lineHeight + spaceY;
        line.clear();
        lineWidth = 0;
        lineHeight = 0;
        expanding = 0;
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        if (!line.isEmpty() && lineWidth + spaceX + hint.width() > area.width())
            placeLine();
        lineWidth += (line.isEmpty() ? 0 : spaceX) + hint.width();
        lineHeight = std::max(lineHeight, hint.height());
        const bool expands = item->expandingDirections() & Qt::Horizontal;
        expanding += expands ? 1 : 0;
        line.append({item, hint, expands});
    }
    placeLine();
    if (!testOnly)
        m_lines = lines;
    // The bottom of the last line (y has moved past it by its height and a spacing).
    const int end = lines > 0 ? y - spaceY : y;
    return end - rect.y() + bottom;
}

int FlowLayout::smartSpacing(bool horizontal) const
{
    const QStyle::PixelMetric metric = horizontal ? QStyle::PM_LayoutHorizontalSpacing : QStyle::PM_LayoutVerticalSpacing;
    QObject *parent = this->parent();
    if (!parent)
        return -1;
    if (parent->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(parent);
        return widget->style()->pixelMetric(metric, nullptr, widget);
    }
    return static_cast<QLayout *>(parent)->spacing();
}
