#include "signinthrottle.h"

#include <QtGlobal>

#include <climits>

int SignInThrottle::waitSeconds(int failures)
{
    if (failures <= 0)
        return 0;
    // 2^(failures - 1), without overflowing long before the cap is reached.
    return failures > 10 ? MaxWaitSeconds : qMin(MaxWaitSeconds, 1 << (failures - 1));
}

QDateTime SignInThrottle::allowedFrom(int failures, const QDateTime &failedAt)
{
    return failedAt.addSecs(waitSeconds(failures));
}

int SignInThrottle::secondsLeft(const QDateTime &allowedFrom, const QDateTime &now)
{
    if (!allowedFrom.isValid() || !now.isValid())
        return 0;
    const qint64 ms = now.msecsTo(allowedFrom);
    if (ms <= 0)
        return 0;
    return static_cast<int>(qMin<qint64>((ms + 999) / 1000, INT_MAX));
}
