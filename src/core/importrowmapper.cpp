#include "importrowmapper.h"

#include "csvwriter.h"
#include "importlookup.h"
#include "leadfielddescriptor.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportRowMapper", text);
}

// The labels of the sources in Russian, for a file from a Russian program read while this one runs in English.
const std::pair<LeadSource, const char16_t *> RussianSources[] = {
    {LeadSource::SelfGeneration, u"Самогенерация"}, {LeadSource::WebsiteForm, u"Форма на сайте"},
    {LeadSource::Chat, u"Чат"},                      {LeadSource::Call, u"Звонок"},
    {LeadSource::Email, u"Электронная почта"},       {LeadSource::SocialNetwork, u"Социальная сеть"},
    {LeadSource::Partner, u"Партнёр"},
};

QString folded(const QString &text)
{
    QString key = text.simplified().toCaseFolded();
    key.replace(u'ё', u'е');
    return key;
}

// The reference kind's words for "no ... named": the field's label says which.
QString unknownName(const LeadFieldDescriptor &field, const QString &name)
{
    if (field.field == LeadField::Owner)
        return tr("%1: no employee has the login or name \u201c%2\u201d").arg(field.labelText(), name);
    return tr("%1: there is no \u201c%2\u201d in the reference data").arg(field.labelText(), name);
}

bool anyFilled(const QStringList &record, const ImportMapping &mapping, std::initializer_list<LeadField> fields)
{
    for (LeadField field : fields) {
        const int column = mapping.columnOf(field);
        if (column >= 0 && column < record.size() && !record.at(column).trimmed().isEmpty())
            return true;
    }
    return false;
}

} // namespace

QString ImportRejection::fieldLabel() const
{
    return field ? LeadFields::label(*field) : QString();
}

ImportRowMapper::ImportRowMapper(const ImportMapping &mapping, const ImportLookup *lookup)
    : m_mapping(mapping)
    , m_lookup(lookup)
{
}

bool ImportRowMapper::parseFlag(const QString &text, bool *value)
{
    const QString key = folded(text);
    static const QStringList yes{QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                 QStringLiteral("1"), QStringLiteral("да"), QStringLiteral("д"),
                                 QStringLiteral("x"), QStringLiteral("+")};
    static const QStringList no{QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                QStringLiteral("0"), QStringLiteral("нет"), QStringLiteral("н"),
                                QStringLiteral("-"), QString()};
    bool result;
    if (yes.contains(key) || key == folded(QCoreApplication::translate("LeadExporter", "Yes")))
        result = true;
    else if (no.contains(key) || key == folded(QCoreApplication::translate("LeadExporter", "No")))
        result = false;
    else
        return false;
    if (value)
        *value = result;
    return true;
}

bool ImportRowMapper::parseSource(const QString &text, LeadSource *source)
{
    if (LeadSources::fromCode(text, source))
        return true;
    const QString key = folded(text);
    for (LeadSource candidate : LeadSources::all()) {
        if (key == folded(LeadSources::label(candidate))) {
            *source = candidate;
            return true;
        }
    }
    // The untranslated labels, and the Russian ones.
    static const char *const English[] = {"Self-generation", "Website form", "Chat", "Call", "Email",
                                          "Social network", "Partner"};
    const QList<LeadSource> all = LeadSources::all();
    for (int i = 0; i < all.size() && i < int(std::size(English)); ++i) {
        if (key == folded(QString::fromLatin1(English[i]))) {
            *source = all.at(i);
            return true;
        }
    }
    for (const auto &[candidate, label] : RussianSources) {
        if (key == folded(QString::fromUtf16(label))) {
            *source = candidate;
            return true;
        }
    }
    return false;
}

QString ImportRowMapper::stripFormulaGuard(const QString &text)
{
    if (!text.startsWith(u'\''))
        return text;
    const QString rest = text.mid(1);
    return CsvWriter::needsFormulaGuard(rest.toUtf8()) ? rest : text;
}

ImportRow ImportRowMapper::map(const QStringList &record) const
{
    ImportRow row;
    const int expected = m_expectedFields > 0 ? m_expectedFields : m_mapping.columnCount();
    if (record.size() != expected) {
        row.rejections.append({std::nullopt, tr("The row has %1 fields; the header has %2.").arg(record.size()).arg(expected)});
        return row;
    }
    Lead &lead = row.lead;
    LeadFieldSet present;   // fields with a value in the row
    bool sourceSet = false;
    bool newCompanySet = false;
    bool newContactSet = false;
    for (int column = 0; column < record.size(); ++column) {
        const std::optional<LeadField> mapped = m_mapping.fieldOf(column);
        if (!mapped)
            continue;
        const LeadFieldDescriptor &field = LeadFieldDescriptors::of(*mapped);
        const QString text = stripFormulaGuard(record.at(column));
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            continue;
        present.set(static_cast<int>(field.field));
        switch (field.kind) {
        case LeadFieldKind::Text:
            field.write(lead, text);
            break;
        case LeadFieldKind::Flag: {
            bool value = false;
            if (!parseFlag(trimmed, &value)) {
                row.rejections.append({field.field, tr("%1: expected Yes or No, not \u201c%2\u201d").arg(field.labelText(), trimmed)});
                break;
            }
            field.write(lead, value);
            if (field.field == LeadField::NewCompany)
                newCompanySet = true;
            else if (field.field == LeadField::NewContact)
                newContactSet = true;
            break;
        }
        case LeadFieldKind::Source: {
            LeadSource source;
            if (!parseSource(trimmed, &source)) {
                row.rejections.append({field.field, tr("%1: unknown source \u201c%2\u201d").arg(field.labelText(), trimmed)});
                break;
            }
            lead.source = source;
            sourceSet = true;
            break;
        }
        case LeadFieldKind::Reference: {
            const qint64 id = !m_lookup ? 0
                : field.field == LeadField::Owner ? m_lookup->employeeId(trimmed)
                                                  : m_lookup->referenceId(field.reference, trimmed);
            if (id <= 0) {
                row.rejections.append({field.field, unknownName(field, trimmed)});
                break;
            }
            field.write(lead, id);
            break;
        }
        }
    }
    if (!sourceSet) {
        if (m_defaultSource && !present.test(static_cast<int>(LeadField::Source)))
            lead.source = *m_defaultSource;
        else if (!present.test(static_cast<int>(LeadField::Source)))
            row.rejections.append({LeadField::Source, tr("%1: must be filled in (or choose a default source)")
                                                          .arg(LeadFields::label(LeadField::Source))});
    }
    // A file without the form's check boxes: company or contact details mean a new one.
    if (!newCompanySet && lead.existingCompanyId <= 0)
        lead.newCompany = anyFilled(record, m_mapping, {LeadField::CompanyName, LeadField::CompanyWebsite, LeadField::CompanyTin});
    if (!newContactSet && lead.existingContactId <= 0)
        lead.newContact = anyFilled(record, m_mapping, {LeadField::FirstName, LeadField::LastName, LeadField::MiddleName,
                                                        LeadField::ContactPhone, LeadField::ContactEmail});

    // The form's checks of everything present; of the fields the form requires, only the name and
    // the source are required here.
    const ValidationResult checked = LeadValidator::validate(lead);
    for (const FieldIssue &issue : checked.errors) {
        const bool required = issue.field == LeadField::Name || issue.field == LeadField::Source;
        if (!required && !present.test(static_cast<int>(issue.field)))
            continue;   // a field the form requires, absent from the row
        bool known = false;
        for (const ImportRejection &rejection : std::as_const(row.rejections))
            known = known || rejection.field == issue.field;
        if (!known)
            row.rejections.append({issue.field, issue.message});
    }
    row.warnings = checked.warnings;
    if (row.ok())
        lead = lead.withHiddenFieldsCleared();
    return row;
}
