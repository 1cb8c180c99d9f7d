#pragma once

#include <QString>

// What a lead history row names in its `field` column, and how its values read.
// Lead fields use LeadFields::code ("owner", "company_tin"); the life cycle adds the codes below.
// Values are stored as text the way the user saw them at the time: reference fields hold the
// referenced item's name, check boxes "Yes"/"No"; state and disqualify reason hold their stable
// codes ("assigned", "no_budget") and are shown through their labels.
class HistoryFields
{
public:
    static QString createdCode();   // new value: the lead's name
    static QString stateCode();
    static QString opportunityCode();
    static QString disqualifyReasonCode();
    static QString disqualifyCommentCode();
    // An import flagged the lead for review (ImportDuplicateMode::Flag); new value: what it resembles.
    static QString likelyDuplicateCode();

    // The translated label of a history field code ("Owner", "State"); the code itself when unknown.
    static QString label(const QString &code);
    // A stored value as shown: state and reason codes become their labels; anything else as is.
    static QString displayValue(const QString &code, const QString &value);
};
