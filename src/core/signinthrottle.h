#pragma once

#include <QDateTime>

// The growing wait after failed sign-ins, the same for the window and the command line: after n
// failures in a row for one login, the next attempt is refused until waitSeconds(n) have passed
// since the last (1 s, 2 s, 4 s, ... doubling up to MaxWaitSeconds). A successful sign-in starts
// the count again. Pure: the count and the times are kept in the database (SignInAttempts).
class SignInThrottle
{
public:
    static constexpr int MaxWaitSeconds = 300;

    // Seconds to wait after `failures` failures in a row (0 for none).
    static int waitSeconds(int failures);
    // When the next attempt is allowed after the `failures`-th failure at `failedAt`.
    static QDateTime allowedFrom(int failures, const QDateTime &failedAt);
    // Whole seconds left until `allowedFrom`, rounded up (0 when it has passed).
    static int secondsLeft(const QDateTime &allowedFrom, const QDateTime &now);
};
