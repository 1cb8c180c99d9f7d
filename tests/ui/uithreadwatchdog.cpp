#include "uithreadwatchdog.h"

#include <QTimer>

#include <algorithm>

UiThreadWatchdog::UiThreadWatchdog(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &UiThreadWatchdog::tick);
}

void UiThreadWatchdog::start()
{
    m_clock.start();
    m_lastTickNs = 0;
    m_longestNs = 0;
    m_timer->start();
}

double UiThreadWatchdog::stop()
{
    if (m_timer->isActive()) {
        tick();
        m_timer->stop();
    }
    return static_cast<double>(m_longestNs) / 1e6;
}

bool UiThreadWatchdog::isRunning() const
{
    return m_timer->isActive();
}

void UiThreadWatchdog::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_longestNs = std::max(m_longestNs, now - m_lastTickNs);
    m_lastTickNs = now;
}
