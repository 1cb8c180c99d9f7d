#pragma once

#include <QList>
#include <QString>

// Where a lead came from. The numeric values are stored in the database: never renumber.
enum class LeadSource : int {
    SelfGeneration = 1,
    WebsiteForm = 2,
    Chat = 3,
    Call = 4,
    Email = 5,
    SocialNetwork = 6,
    Partner = 7,
};

class LeadSources
{
public:
    static QList<LeadSource> all();
    static QString label(LeadSource source);   // translated, "Website form"
    static QString code(LeadSource source);    // stable, "website_form"
    static bool fromCode(const QString &code, LeadSource *source);   // trimmed, case-insensitive
    static bool fromInt(int value, LeadSource *source);
    // One of the seven sources (an enum cast from a stored int may hold anything).
    static bool isValid(LeadSource source);
};
