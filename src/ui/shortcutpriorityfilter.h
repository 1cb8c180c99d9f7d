#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

// Lets window shortcuts win over a text field's own key bindings. On X11, QLineEdit claims Ctrl+E
// (end of line, Emacs style) before the window sees it, so "Export" would never fire while the
// search box has the focus. Installed on the application, this filter declines the field's claim
// for the given sequences, and the window's action runs instead.
class ShortcutPriorityFilter : public QObject
{
    Q_OBJECT

public:
    ShortcutPriorityFilter(const QList<QKeySequence> &sequences, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QKeySequence> m_sequences;
};
