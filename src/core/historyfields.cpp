#include "historyfields.h"

#include "disqualifyreason.h"
#include "leadfield.h"
#include "leadstate.h"

#include <QCoreApplication>

QString HistoryFields::label(const QString &code)
{
    LeadField field;
    if (LeadFields::fromCode(code, &field))
        return LeadFields::label(field);
    if (code == createdCode())
        return QCoreApplication::translate("HistoryFields", "Created");
    if (code == stateCode())
        return QCoreApplication::translate("HistoryFields", "State");
    if (code == opportunityCode())
        return QCoreApplication::translate("HistoryFields", "Opportunity");
    if (code == disqualifyReasonCode())
        return QCoreApplication::translate("HistoryFields", "Disqualify reason");
    if (code == disqualifyCommentCode())
        return QCoreApplication::translate("HistoryFields", "Disqualify comment");
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
