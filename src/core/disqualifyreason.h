#pragma once

#include <QList>
#include <QString>

// Why a lead was disqualified (spec section 2). Values are stored: never renumber.
enum class DisqualifyReason : int {
    NoNeed = 1,
    NoBudget = 2,
    ChoseCompetitor = 3,
    Unreachable = 4,
    NotDecisionMaker = 5,
    Duplicate = 6,
    Spam = 7,
    Other = 8,
};

class DisqualifyReasons
{
public:
    static QList<DisqualifyReason> all();
    static QString label(DisqualifyReason reason);   // translated, "No budget"
    static QString code(DisqualifyReason reason);    // stable, "no_budget"
    static bool fromCode(const QString &code, DisqualifyReason *reason);   // trimmed, case-insensitive
    static bool fromInt(int value, DisqualifyReason *reason);
    // "Other" explains nothing by itself: it needs a comment.
    static bool needsComment(DisqualifyReason reason) { return reason == DisqualifyReason::Other; }
};
