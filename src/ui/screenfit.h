#pragma once

#include <QRect>
#include <QSize>

class QWidget;

// Where a window first opens: its frame (the window manager's title bar and borders included)
// inside the room its screen leaves to windows (the available geometry: panels left out), centred.
// Before a window first shows its frame is not known yet: a usual one is presumed.
class ScreenFit
{
public:
    // The title bar and borders presumed while the real ones are not known (up to 48 px high).
    static QSize presumedFrame();
    // The frame rectangle of a window that would be `wanted` large (its own size, frame left
    // out) on `room`: at most the room less a margin, at least `minimum` (plus the frame), centred;
    // never above or left of the room, so that its title bar stays within reach.
    static QRect frameRect(const QRect &room, const QSize &wanted, const QSize &minimum, const QSize &frame);
    // Gives `window` that size and place on the screen it is on (or the primary screen).
    static void place(QWidget *window, const QSize &wanted);
};
