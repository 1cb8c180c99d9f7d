#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

// Measures how long the UI thread stops answering: a timer on the UI thread ticks every few
// milliseconds, and the longest gap between two ticks is the longest stall (a gap is at least one
// interval; anything well over it is time the event loop could not run).
class UiThreadWatchdog : public QObject
{
    Q_OBJECT

public:
    static constexpr int IntervalMs = 4;

    explicit UiThreadWatchdog(QObject *parent = nullptr);

    // Starts (or restarts) a measurement: forgets the longest gap so far.
    void start();
    // Ends the measurement and returns its longest gap in milliseconds, counting the gap from the
    // last tick to now (a stall just before the end).
    double stop();
    bool isRunning() const;

private:
    void tick();

    QTimer *m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_longestNs = 0;
};
