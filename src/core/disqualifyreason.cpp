#include "disqualifyreason.h"

#include <QCoreApplication>

namespace {

struct ReasonInfo
{
    DisqualifyReason reason;
    const char *code;
    const char *label;
};

constexpr ReasonInfo Reasons[] = {
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

const ReasonInfo *infoOf(DisqualifyReason reason)
{
    for (const ReasonInfo &info : Reasons) {
        if (info.reason == reason)
            return &info;
    }
    return nullptr;
}

} // namespace

QList<DisqualifyReason> DisqualifyReasons::all()
{
    QList<DisqualifyReason> reasons;
    for (const ReasonInfo &info : Reasons)
        reasons.append(info.reason);
    return reasons;
}

QString DisqualifyReasons::label(DisqualifyReason reason)
{
    const ReasonInfo *info = infoOf(reason);
    return info ? QCoreApplication::translate("DisqualifyReasons", info->label) : QString();
}

QString DisqualifyReasons::code(DisqualifyReason reason)
{
    const ReasonInfo *info = infoOf(reason);
    return info ? QString::fromLatin1(info->code) : QString();
}

bool DisqualifyReasons::fromCode(const QString &code, DisqualifyReason *reason)
{
    const QString wanted = code.trimmed();
    for (const ReasonInfo &info : Reasons) {
        if (wanted.compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0) {
            if (reason)
                *reason = info.reason;
            return true;
        }
    }
    return false;
}

bool DisqualifyReasons::fromInt(int value, DisqualifyReason *reason)
{
    for (const ReasonInfo &info : Reasons) {
        if (static_cast<int>(info.reason) == value) {
            if (reason)
                *reason = info.reason;
            return true;
        }
    }
    return false;
}
