#include "referenceitemdelegate.h"

#include "referencelookupmodel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace {

constexpr int kMargin = 4;   // pixels left and right of the text, and between heading and item

// The note's font: a step smaller than the item's.
QFont noteFont(const QFont &font)
{
    QFont smaller = font;
    if (smaller.pointSizeF() > 0)
        smaller.setPointSizeF(smaller.pointSizeF() * 0.85);
    else
        smaller.setPixelSize(qMax(8, smaller.pixelSize() * 85 / 100));
    return smaller;
}

// The heading's font: the note's size, bold.
QFont sectionFont(const QFont &font)
{
    QFont heading = noteFont(font);
    heading.setBold(true);
    return heading;
}

// `a` blended towards `b`: dimmed text that stays readable on any palette.
QColor blend(const QColor &a, const QColor &b, qreal towardsB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * towardsB, a.greenF() + (b.greenF() - a.greenF()) * towardsB,
                            a.blueF() + (b.blueF() - a.blueF()) * towardsB);
}

int sectionHeight(const QFont &font)
{
    return QFontMetrics(sectionFont(font)).height() + kMargin;
}

} // namespace

QSize ReferenceItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(ReferenceLookupModel::NoteRole).toString().isEmpty())
        size.rheight() += QFontMetrics(noteFont(option.font)).height() + kMargin / 2;   // air between the items
    if (!index.data(ReferenceLookupModel::SectionRole).toString().isEmpty())
        size.rheight() += sectionHeight(option.font);
    return size;
}

void ReferenceItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    const QString note = index.data(ReferenceLookupModel::NoteRole).toString();
    const QString section = index.data(ReferenceLookupModel::SectionRole).toString();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QPalette &palette = opt.palette;

    painter->save();
    if (!section.isEmpty()) {
        // The heading, on the list's own background, above the item's highlight.
        QRect heading = opt.rect;
        heading.setHeight(sectionHeight(opt.font));
        opt.rect.setTop(heading.bottom() + 1);
        painter->fillRect(heading, palette.brush(QPalette::Base));
        painter->setFont(sectionFont(opt.font));
        painter->setPen(blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.35));
        const QRect text = heading.adjusted(kMargin, 0, -kMargin, 0);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom,
                          painter->fontMetrics().elidedText(section, Qt::ElideRight, text.width()));
        painter->setPen(blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.7));
        painter->drawLine(heading.left(), heading.bottom(), heading.right(), heading.bottom());
    }

    // The panel (background, highlight, focus) without text; then the two lines.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const bool enabled = opt.state & QStyle::State_Enabled;
    const QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background = palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(kMargin / 2, 0, -kMargin / 2, 0);

    const QFontMetrics nameMetrics(opt.font);
    const QFont smaller = noteFont(opt.font);
    const QFontMetrics noteMetrics(smaller);
    const int total = nameMetrics.height() + (note.isEmpty() ? 0 : noteMetrics.height());
    const int top = area.top() + qMax(0, (area.height() - total) / 2);

    painter->setFont(opt.font);
    painter->setPen(text);
    painter->drawText(QRect(area.left(), top, area.width(), nameMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, area.width()));
    if (!note.isEmpty()) {
        painter->setFont(smaller);
        painter->setPen(blend(text, background, 0.4));
        painter->drawText(QRect(area.left(), top + nameMetrics.height(), area.width(), noteMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, noteMetrics.elidedText(note, Qt::ElideRight, area.width()));
    }
    painter->restore();
}
