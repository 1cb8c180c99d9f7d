#include "shortcutpriorityfilter.h"

#include <QKeyEvent>

ShortcutPriorityFilter::ShortcutPriorityFilter(const QList<QKeySequence> &sequences, QObject *parent)
    : QObject(parent)
    , m_sequences(sequences)
{
}

bool ShortcutPriorityFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const QKeySequence &sequence : std::as_const(m_sequences)) {
            if (sequence.matches(pressed) == QKeySequence::ExactMatch) {
                // Not overridden: the shortcut map gets the key and the window's action runs.
                event->ignore();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}
