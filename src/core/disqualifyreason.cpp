#include "disqualifyreason.h"

#include "codetable.h"

namespace {

constexpr CodeEntry<DisqualifyReason> Reasons[] = {
    {DisqualifyReason::NoNeed, "no_need", QT_TRANSLATE_NOOP("DisqualifyReasons", "No need")},
    {DisqualifyReason::NoBudget, "no_budget", QT_TRANSLATE_NOOP("DisqualifyReasons", "No budget")},
    {DisqualifyReason::ChoseCompetitor, "chose_competitor",
     QT_TRANSLATE_NOOP("DisqualifyReasons", "Chose a competitor")},
    {DisqualifyReason::Unreachable, "unreachable", QT_TRANSLATE_NOOP("DisqualifyReasons", "Cannot be reached")},
    {DisqualifyReason::NotDecisionMaker, "not_decision_maker",
     QT_TRANSLATE_NOOP("DisqualifyReasons", "Not a decision maker")},
    {DisqualifyReason::Duplicate, "duplicate", QT_TRANSLATE_NOOP("DisqualifyReasons", "Duplicate lead")},
    {DisqualifyReason::Spam, "spam", QT_TRANSLATE_NOOP("DisqualifyReasons", "Spam or test")},
    {DisqualifyReason::Other, "other", QT_TRANSLATE_NOOP("DisqualifyReasons", "Other (explain in the comment)")},
};

} // namespace

QList<DisqualifyReason> DisqualifyReasons::all()
{
    return CodeTable::values(Reasons);
}

QString DisqualifyReasons::label(DisqualifyReason reason)
{
    return CodeTable::label(Reasons, "DisqualifyReasons", reason);
}

QString DisqualifyReasons::code(DisqualifyReason reason)
{
    return CodeTable::code(Reasons, reason);
}

bool DisqualifyReasons::fromCode(const QString &code, DisqualifyReason *reason)
{
    return CodeTable::fromCode(Reasons, code, reason);
}

bool DisqualifyReasons::fromInt(int value, DisqualifyReason *reason)
{
    return CodeTable::fromInt(Reasons, value, reason);
}
