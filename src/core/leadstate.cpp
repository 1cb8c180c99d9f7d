#include "leadstate.h"

#include "codetable.h"

namespace {

constexpr CodeEntry<LeadState> States[] = {
    {LeadState::New, "new", QT_TRANSLATE_NOOP("LeadStates", "New")},
    {LeadState::Assigned, "assigned", QT_TRANSLATE_NOOP("LeadStates", "Assigned")},
    {LeadState::Qualified, "qualified", QT_TRANSLATE_NOOP("LeadStates", "Qualified")},
    {LeadState::Disqualified, "disqualified", QT_TRANSLATE_NOOP("LeadStates", "Disqualified")},
    {LeadState::Dropped, "dropped", QT_TRANSLATE_NOOP("LeadStates", "Dropped")},
};

} // namespace

QList<LeadState> LeadStates::all()
{
    return CodeTable::values(States);
}

QString LeadStates::label(LeadState state)
{
    return CodeTable::label(States, "LeadStates", state);
}

QString LeadStates::code(LeadState state)
{
    return CodeTable::code(States, state);
}

bool LeadStates::fromCode(const QString &code, LeadState *state)
{
    return CodeTable::fromCode(States, code, state);
}

bool LeadStates::fromInt(int value, LeadState *state)
{
    return CodeTable::fromInt(States, value, state);
}

bool LeadStates::isClosed(LeadState state)
{
    return state == LeadState::Qualified || state == LeadState::Disqualified
        || state == LeadState::Dropped;
}
