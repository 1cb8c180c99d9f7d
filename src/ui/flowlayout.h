#pragma once

#include <QLayout>
#include <QList>

// A layout that places its items left to right and wraps onto the next line when the width runs
// out (after Qt's documented Flow Layout example; Qt Widgets has none of its own). Its height
// follows its width (heightForWidth), so the layout around it makes room for the lines it needs.
// An item may be a sub-layout (a label with its field, kept together on one line). Items that expand
// horizontally (a line edit) share the room left over on their line.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(int horizontalSpacing = -1, int verticalSpacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int horizontalSpacing() const;
    int verticalSpacing() const;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;
    QSize sizeHint() const override;
    QLayoutItem *takeAt(int index) override;
    // The number of lines the items took at the last setGeometry().
    int lineCount() const { return m_lines; }

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    // The style's spacing between items side by side (`horizontal`) or between lines.
    int smartSpacing(bool horizontal) const;

    QList<QLayoutItem *> m_items;
    int m_hSpace;
    int m_vSpace;
    mutable int m_lines = 0;
};
