#pragma once

#include <QDateTime>
#include <QString>

// Timestamps as stored: ISO 8601 UTC text with whole seconds ("2026-11-26T23:22:20Z"),
// so they sort as text and export as they are.
class Timestamps
{
public:
    static QString format(const QDateTime &time);
    static QDateTime parse(const QString &text);
    // The current time in UTC, truncated to whole seconds (what a round trip keeps).
    static QDateTime nowUtc();
};
