#include "historyfields.h"

#include "codetable.h"
#include "disqualifyreason.h"
#include "leadfield.h"
#include "leadstate.h"

namespace {

// The life cycle's history rows; lead fields are named by their descriptors (LeadFields::code).
enum class LifeCycleField { Created, State, Opportunity, DisqualifyReason, DisqualifyComment, LikelyDuplicate };

constexpr CodeEntry<LifeCycleField> LifeCycleFields[] = {
    {LifeCycleField::Created, "created", QT_TRANSLATE_NOOP("HistoryFields", "Created")},
    {LifeCycleField::State, "state", QT_TRANSLATE_NOOP("HistoryFields", "State")},
    {LifeCycleField::Opportunity, "opportunity", QT_TRANSLATE_NOOP("HistoryFields", "Opportunity")},
    {LifeCycleField::DisqualifyReason, "disqualify_reason", QT_TRANSLATE_NOOP("HistoryFields", "Disqualify reason")},
    {LifeCycleField::DisqualifyComment, "disqualify_comment",
     QT_TRANSLATE_NOOP("HistoryFields", "Disqualify comment")},
    {LifeCycleField::LikelyDuplicate, "likely_duplicate", QT_TRANSLATE_NOOP("HistoryFields", "Likely duplicate")},
};

} // namespace

QString HistoryFields::createdCode()
{
    return CodeTable::code(LifeCycleFields, LifeCycleField::Created);
}

QString HistoryFields::stateCode()
{
    return CodeTable::code(LifeCycleFields, LifeCycleField::State);
}

QString HistoryFields::opportunityCode()
{
    return CodeTable::code(LifeCycleFields, LifeCycleField::Opportunity);
}

QString HistoryFields::disqualifyReasonCode()
{
    return CodeTable::code(LifeCycleFields, LifeCycleField::DisqualifyReason);
}

QString HistoryFields::disqualifyCommentCode()
{
    return CodeTable::code(LifeCycleFields, LifeCycleField::DisqualifyComment);
}

QString HistoryFields::likelyDuplicateCode()
{
    return CodeTable::code(LifeCycleFields, LifeCycleField::LikelyDuplicate);
}

QString HistoryFields::label(const QString &code)
{
    LeadField field;
    if (LeadFields::fromCode(code, &field))
        return LeadFields::label(field);
    LifeCycleField lifeCycle;
    if (CodeTable::fromCode(LifeCycleFields, code, &lifeCycle))
        return CodeTable::label(LifeCycleFields, "HistoryFields", lifeCycle);
    return code;
}

QString HistoryFields::displayValue(const QString &code, const QString &value)
{
    if (code == stateCode()) {
        LeadState state;
        if (LeadStates::fromCode(value, &state))
            return LeadStates::label(state);
    } else if (code == disqualifyReasonCode()) {
        DisqualifyReason reason;
        if (DisqualifyReasons::fromCode(value, &reason))
            return DisqualifyReasons::label(reason);
    }
    return value;
}
