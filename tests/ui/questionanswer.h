#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QString>
#include <QTimer>

#include <functional>

// Runs `action`, which is to open a modal question box, and answers the box with `button` as soon
// as it shows (its own event loop runs the answer). False when no box asked; `text` (may be null)
// gets what it asked.
inline bool answerQuestion(const std::function<void()> &action, QMessageBox::StandardButton button,
                           QString *text = nullptr)
{
    bool asked = false;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = true;
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
    action();
    return asked;
}
