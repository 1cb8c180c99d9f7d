#include "leadstate.h"

#include <QCoreApplication>

namespace {

struct StateInfo
{
    LeadState state;
    const char *code;
    const char *label;
};

constexpr StateInfo States[] = {
    {LeadState::New, "new", QT_TRANSLATE_NOOP("LeadStates", "New")},
    {LeadState::Assigned, "assigned", QT_TRANSLATE_NOOP("LeadStates", "Assigned")},
    {LeadState::Qualified, "qualified", QT_TRANSLATE_NOOP("LeadStates", "Qualified")},
    {LeadState::Disqualified, "disqualified", QT_TRANSLATE_NOOP("LeadStates", "Disqualified")},
    {LeadState::Dropped, "dropped", QT_TRANSLATE_NOOP("LeadStates", "Dropped")},
};

const StateInfo *infoOf(LeadState state)
{
    for (const StateInfo &info : States) {
        if (info.state == state)
            return &info;
    }
    return nullptr;
}

} // namespace

QList<LeadState> LeadStates::all()
{
    QList<LeadState> states;
    for (const StateInfo &info : States)
        states.append(info.state);
    return states;
}

QString LeadStates::label(LeadState state)
{
    const StateInfo *info = infoOf(state);
    return info ? QCoreApplication::translate("LeadStates", info->label) : QString();
}

QString LeadStates::code(LeadState state)
{
    const StateInfo *info = infoOf(state);
    return info ? QString::fromLatin1(info->code) : QString();
}

bool LeadStates::fromCode(const QString &code, LeadState *state)
{
    const QString wanted = code.trimmed();
    for (const StateInfo &info : States) {
        if (wanted.compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0) {
            if (state)
                *state = info.state;
            return true;
        }
    }
    return false;
}

bool LeadStates::fromInt(int value, LeadState *state)
{
    const StateInfo *info = infoOf(static_cast<LeadState>(value));
    if (!info)
        return false;
    if (state)
        *state = info->state;
    return true;
}

bool LeadStates::isClosed(LeadState state)
{
    return state == LeadState::Qualified || state == LeadState::Disqualified
        || state == LeadState::Dropped;
}
