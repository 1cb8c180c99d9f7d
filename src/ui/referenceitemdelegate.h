#pragma once

#include <QStyledItemDelegate>

// Draws a row of a reference picker's list: the name, and under it, smaller and dimmed, what tells
// the item apart (ReferenceLookupModel::NoteRole: "TIN 7707083893 · acme.ru"); a row without a
// note stays one line. A row that starts a part of the list (ReferenceLookupModel::SectionRole:
// "Contacts of Acme Trading") has the part's heading drawn above it, outside the highlight: the
// heading is no row, so the keys and the completion never stop on it. Colours and fonts come
// from the view's palette and font.
class ReferenceItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
