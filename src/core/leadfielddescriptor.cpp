#include "leadfielddescriptor.h"

#include "lead.h"

#include <QCoreApplication>

namespace {

constexpr unsigned Form = static_cast<unsigned>(LeadFieldPlace::Form);
constexpr unsigned List = static_cast<unsigned>(LeadFieldPlace::List);
constexpr unsigned Export = static_cast<unsigned>(LeadFieldPlace::Export);
constexpr unsigned History = static_cast<unsigned>(LeadFieldPlace::History);
// Where every field of the form appears.
constexpr unsigned Everywhere = Form | Export | History;

// The accessors of one member of Lead, by its type.
template<auto Member>
QVariant readMember(const Lead &lead)
{
    return QVariant::fromValue(lead.*Member);
}

template<QString Lead::*Member>
void writeText(Lead &lead, const QVariant &value)
{
    lead.*Member = value.toString();
}

template<bool Lead::*Member>
void writeFlag(Lead &lead, const QVariant &value)
{
    lead.*Member = value.toBool();
}

template<qint64 Lead::*Member>
void writeId(Lead &lead, const QVariant &value)
{
    lead.*Member = value.toLongLong();
}

QVariant readSource(const Lead &lead)
{
    return static_cast<int>(lead.source);
}

// An unknown stored number reads as the default source.
void writeSource(Lead &lead, const QVariant &value)
{
    LeadSource source = LeadSource::SelfGeneration;
    LeadSources::fromInt(value.toInt(), &source);
    lead.source = source;
}

constexpr LeadListColumn NoColumn = LeadListColumn::Number;   // unused without LeadFieldPlace::List

template<QString Lead::*Member>
constexpr LeadFieldDescriptor text(LeadField field, const char *code, const char *label, const char *column,
                                   unsigned places = Everywhere, LeadListColumn listColumn = NoColumn)
{
    return {field, code, label, column, LeadFieldKind::Text, ReferenceKind::Company, places, listColumn,
            nullptr, readMember<Member>, writeText<Member>};
}

template<bool Lead::*Member>
constexpr LeadFieldDescriptor flag(LeadField field, const char *code, const char *label, const char *column)
{
    return {field, code, label, column, LeadFieldKind::Flag, ReferenceKind::Company, Everywhere, NoColumn,
            nullptr, readMember<Member>, writeFlag<Member>};
}

template<qint64 Lead::*Member>
constexpr LeadFieldDescriptor reference(LeadField field, const char *code, const char *label, const char *column,
                                        ReferenceKind kind, unsigned places = Everywhere,
                                        LeadListColumn listColumn = NoColumn)
{
    return {field, code, label, column, LeadFieldKind::Reference, kind, places, listColumn,
            nullptr, readMember<Member>, writeId<Member>};
}

// In form order; the position equals the enum value (checked below).
constexpr LeadFieldDescriptor Fields[] = {
    text<&Lead::name>(LeadField::Name, "name", QT_TRANSLATE_NOOP("LeadFields", "Name"), "name",
                      Everywhere | List, LeadListColumn::Name),
    {LeadField::Source, "source", QT_TRANSLATE_NOOP("LeadFields", "Lead source"), "source", LeadFieldKind::Source,
     ReferenceKind::Company, Everywhere | List, LeadListColumn::Source,
     QT_TRANSLATE_NOOP("LeadListColumns", "Source"), readSource, writeSource},
    text<&Lead::leadCompanyName>(LeadField::LeadCompanyName, "lead_company_name",
                                 QT_TRANSLATE_NOOP("LeadFields", "Lead company name"), "lead_company_name"),
    flag<&Lead::newCompany>(LeadField::NewCompany, "new_company", QT_TRANSLATE_NOOP("LeadFields", "New company"),
                            "new_company"),
    reference<&Lead::existingCompanyId>(LeadField::ExistingCompany, "existing_company",
                                        QT_TRANSLATE_NOOP("LeadFields", "Existing company"), "company_id",
                                        ReferenceKind::Company),
    text<&Lead::companyName>(LeadField::CompanyName, "company_name", QT_TRANSLATE_NOOP("LeadFields", "Company name"),
                             "company_name"),
    text<&Lead::companyWebsite>(LeadField::CompanyWebsite, "company_website",
                                QT_TRANSLATE_NOOP("LeadFields", "Company website"), "company_website"),
    text<&Lead::companyTin>(LeadField::CompanyTin, "company_tin", QT_TRANSLATE_NOOP("LeadFields", "Company TIN"),
                            "company_tin"),
    reference<&Lead::campaignId>(LeadField::Campaign, "campaign", QT_TRANSLATE_NOOP("LeadFields", "Campaign"),
                                 "campaign_id", ReferenceKind::Campaign, Everywhere | List, LeadListColumn::Campaign),
    reference<&Lead::sellingDirectionId>(LeadField::SellingDirection, "selling_direction",
                                         QT_TRANSLATE_NOOP("LeadFields", "Selling direction"), "direction_id",
                                         ReferenceKind::SellingDirection, Everywhere | List,
                                         LeadListColumn::SellingDirection),
    reference<&Lead::serviceId>(LeadField::ServiceOrProduct, "service_or_product",
                                QT_TRANSLATE_NOOP("LeadFields", "Service or product"), "service_id",
                                ReferenceKind::ServiceOrProduct, Everywhere | List, LeadListColumn::ServiceOrProduct),
    flag<&Lead::newContact>(LeadField::NewContact, "new_contact", QT_TRANSLATE_NOOP("LeadFields", "New contact"),
                            "new_contact"),
    text<&Lead::firstName>(LeadField::FirstName, "first_name", QT_TRANSLATE_NOOP("LeadFields", "First name"),
                           "first_name"),
    text<&Lead::lastName>(LeadField::LastName, "last_name", QT_TRANSLATE_NOOP("LeadFields", "Last name"), "last_name"),
    text<&Lead::middleName>(LeadField::MiddleName, "middle_name", QT_TRANSLATE_NOOP("LeadFields", "Middle name"),
                            "middle_name"),
    text<&Lead::contactPhone>(LeadField::ContactPhone, "contact_phone",
                              QT_TRANSLATE_NOOP("LeadFields", "Contact phone"), "contact_phone"),
    text<&Lead::contactEmail>(LeadField::ContactEmail, "contact_email",
                              QT_TRANSLATE_NOOP("LeadFields", "Contact email"), "contact_email"),
    reference<&Lead::existingContactId>(LeadField::ExistingContact, "existing_contact",
                                        QT_TRANSLATE_NOOP("LeadFields", "Existing contact"), "contact_id",
                                        ReferenceKind::Contact),
    text<&Lead::description>(LeadField::Description, "description", QT_TRANSLATE_NOOP("LeadFields", "Description"),
                             "description"),
    reference<&Lead::ownerId>(LeadField::Owner, "owner", QT_TRANSLATE_NOOP("LeadFields", "Owner"), "owner_id",
                              ReferenceKind::Employee, Everywhere | List, LeadListColumn::Owner),
    text<&Lead::city>(LeadField::City, "city", QT_TRANSLATE_NOOP("LeadFields", "City"), "city", Everywhere | List,
                      LeadListColumn::City),
    reference<&Lead::channelId>(LeadField::Channel, "channel",
                                QT_TRANSLATE_NOOP("LeadFields", "Content distribution channel"), "channel_id",
                                ReferenceKind::Channel),
};

constexpr bool fieldsInEnumOrder()
{
    for (int i = 0; i < LeadFieldCount; ++i) {
        if (static_cast<int>(Fields[i].field) != i)
            return false;
    }
    return true;
}
static_assert(std::size(Fields) == LeadFieldCount && fieldsInEnumOrder(),
              "LeadFieldDescriptors must describe every LeadField, in enum order");

} // namespace

QString LeadFieldDescriptor::labelText() const
{
    return QCoreApplication::translate("LeadFields", label);
}

std::span<const LeadFieldDescriptor> LeadFieldDescriptors::all()
{
    return Fields;
}

const LeadFieldDescriptor &LeadFieldDescriptors::of(LeadField field)
{
    return Fields[static_cast<int>(field)];
}

const LeadFieldDescriptor *LeadFieldDescriptors::find(LeadField field)
{
    const int i = static_cast<int>(field);
    return i >= 0 && i < LeadFieldCount ? &Fields[i] : nullptr;
}

const LeadFieldDescriptor *LeadFieldDescriptors::ofListColumn(LeadListColumn column)
{
    for (const LeadFieldDescriptor &descriptor : Fields) {
        if (descriptor.appearsIn(LeadFieldPlace::List) && descriptor.listColumn == column)
            return &descriptor;
    }
    return nullptr;
}

QVariant LeadFieldDescriptors::emptyValue(const LeadFieldDescriptor &descriptor)
{
    switch (descriptor.kind) {
    case LeadFieldKind::Text: return QString();
    case LeadFieldKind::Flag: return false;
    case LeadFieldKind::Source: return static_cast<int>(LeadSource::SelfGeneration);
    case LeadFieldKind::Reference: return qint64(0);
    }
    return QVariant();
}
