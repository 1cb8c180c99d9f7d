#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace {
// Room left around a window that opens smaller than the screen.
constexpr int kMargin = 16;
} // namespace

QSize ScreenFit::presumedFrame()
{
    return QSize(12, 48);
}

QRect ScreenFit::frameRect(const QRect &room, const QSize &wanted, const QSize &minimum, const QSize &frame)
{
    QSize size = (wanted + frame).boundedTo(room.size() - QSize(kMargin, kMargin));
    size = size.expandedTo(minimum + frame);
    const int x = room.x() + std::max(0, (room.width() - size.width()) / 2);
    const int y = room.y() + std::max(0, (room.height() - size.height()) / 2);
    return QRect(QPoint(x, y), size);
}

void ScreenFit::place(QWidget *window, const QSize &wanted)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    QSize frame = window->frameGeometry().size() - window->size();
    if (!window->isVisible() || frame.isNull())
        frame = presumedFrame();
    const QRect rect = frameRect(screen->availableGeometry(), wanted, window->minimumSizeHint(), frame);
    window->resize(rect.size() - frame);
    // A window's position is its frame's.
    window->move(rect.topLeft());
}
