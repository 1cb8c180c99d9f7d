#include "leadsource.h"

#include "codetable.h"

namespace {

constexpr CodeEntry<LeadSource> Sources[] = {
    {LeadSource::SelfGeneration, "self_generation", QT_TRANSLATE_NOOP("LeadSources", "Self-generation")},
    {LeadSource::WebsiteForm, "website_form", QT_TRANSLATE_NOOP("LeadSources", "Website form")},
    {LeadSource::Chat, "chat", QT_TRANSLATE_NOOP("LeadSources", "Chat")},
    {LeadSource::Call, "call", QT_TRANSLATE_NOOP("LeadSources", "Call")},
    {LeadSource::Email, "email", QT_TRANSLATE_NOOP("LeadSources", "Email")},
    {LeadSource::SocialNetwork, "social_network", QT_TRANSLATE_NOOP("LeadSources", "Social network")},
    {LeadSource::Partner, "partner", QT_TRANSLATE_NOOP("LeadSources", "Partner")},
};

} // namespace

QList<LeadSource> LeadSources::all()
{
    return CodeTable::values(Sources);
}

QString LeadSources::label(LeadSource source)
{
    return CodeTable::label(Sources, "LeadSources", source);
}

QString LeadSources::code(LeadSource source)
{
    return CodeTable::code(Sources, source);
}

bool LeadSources::fromCode(const QString &code, LeadSource *source)
{
    return CodeTable::fromCode(Sources, code, source);
}

bool LeadSources::fromInt(int value, LeadSource *source)
{
    return CodeTable::fromInt(Sources, value, source);
}

bool LeadSources::isValid(LeadSource source)
{
    return CodeTable::find(Sources, source) != nullptr;
}
