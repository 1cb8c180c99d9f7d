#include "leadsource.h"

#include <QCoreApplication>

namespace {

struct SourceInfo
{
    LeadSource source;
    const char *code;
    const char *label;
};

constexpr SourceInfo Sources[] = {
    {LeadSource::SelfGeneration, "self_generation", QT_TRANSLATE_NOOP("LeadSources", "Self-generation")},
    {LeadSource::WebsiteForm, "website_form", QT_TRANSLATE_NOOP("LeadSources", "Website form")},
    {LeadSource::Chat, "chat", QT_TRANSLATE_NOOP("LeadSources", "Chat")},
    {LeadSource::Call, "call", QT_TRANSLATE_NOOP("LeadSources", "Call")},
    {LeadSource::Email, "email", QT_TRANSLATE_NOOP("LeadSources", "Email")},
    {LeadSource::SocialNetwork, "social_network", QT_TRANSLATE_NOOP("LeadSources", "Social network")},
    {LeadSource::Partner, "partner", QT_TRANSLATE_NOOP("LeadSources", "Partner")},
};

const SourceInfo *infoOf(LeadSource source)
{
    for (const SourceInfo &info : Sources) {
        if (info.source == source)
            return &info;
    }
    return nullptr;
}

} // namespace

QList<LeadSource> LeadSources::all()
{
    QList<LeadSource> sources;
    for (const SourceInfo &info : Sources)
        sources.append(info.source);
    return sources;
}

QString LeadSources::label(LeadSource source)
{
    const SourceInfo *info = infoOf(source);
    return info ? QCoreApplication::translate("LeadSources", info->label) : QString();
}

QString LeadSources::code(LeadSource source)
{
    const SourceInfo *info = infoOf(source);
    return info ? QString::fromLatin1(info->code) : QString();
}

bool LeadSources::fromCode(const QString &code, LeadSource *source)
{
    const QString wanted = code.trimmed();
    for (const SourceInfo &info : Sources) {
        if (wanted.compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0) {
            if (source)
                *source = info.source;
            return true;
        }
    }
    return false;
}

bool LeadSources::fromInt(int value, LeadSource *source)
{
    const SourceInfo *info = infoOf(static_cast<LeadSource>(value));
    if (!info)
        return false;
    if (source)
        *source = info->source;
    return true;
}

bool LeadSources::isValid(LeadSource source)
{
    return infoOf(source) != nullptr;
}
