#pragma once

#include <QList>
#include <QString>

// The lead life cycle (spec section 2). Numeric values are stored: never renumber.
enum class LeadState : int {
    New = 1,
    Assigned = 2,
    Qualified = 3,
    Disqualified = 4,
    Dropped = 5,
};

class LeadStates
{
public:
    static QList<LeadState> all();
    static QString label(LeadState state);   // translated, "Qualified"
    static QString code(LeadState state);    // stable, "qualified"
    static bool fromCode(const QString &code, LeadState *state);   // trimmed, case-insensitive
    static bool fromInt(int value, LeadState *state);
    // Qualified, Disqualified and Dropped leads are read-only.
    static bool isClosed(LeadState state);
};
