#include "leadfield.h"

#include "codetable.h"

namespace {

// In form order; the position equals the enum value (checked below).
constexpr CodeEntry<LeadField> Fields[] = {
    {LeadField::Name, "name", QT_TRANSLATE_NOOP("LeadFields", "Name")},
    {LeadField::Source, "source", QT_TRANSLATE_NOOP("LeadFields", "Lead source")},
    {LeadField::LeadCompanyName, "lead_company_name", QT_TRANSLATE_NOOP("LeadFields", "Lead company name")},
    {LeadField::NewCompany, "new_company", QT_TRANSLATE_NOOP("LeadFields", "New company")},
    {LeadField::ExistingCompany, "existing_company", QT_TRANSLATE_NOOP("LeadFields", "Existing company")},
    {LeadField::CompanyName, "company_name", QT_TRANSLATE_NOOP("LeadFields", "Company name")},
    {LeadField::CompanyWebsite, "company_website", QT_TRANSLATE_NOOP("LeadFields", "Company website")},
    {LeadField::CompanyTin, "company_tin", QT_TRANSLATE_NOOP("LeadFields", "Company TIN")},
    {LeadField::Campaign, "campaign", QT_TRANSLATE_NOOP("LeadFields", "Campaign")},
    {LeadField::SellingDirection, "selling_direction", QT_TRANSLATE_NOOP("LeadFields", "Selling direction")},
    {LeadField::ServiceOrProduct, "service_or_product", QT_TRANSLATE_NOOP("LeadFields", "Service or product")},
    {LeadField::NewContact, "new_contact", QT_TRANSLATE_NOOP("LeadFields", "New contact")},
    {LeadField::FirstName, "first_name", QT_TRANSLATE_NOOP("LeadFields", "First name")},
    {LeadField::LastName, "last_name", QT_TRANSLATE_NOOP("LeadFields", "Last name")},
    {LeadField::MiddleName, "middle_name", QT_TRANSLATE_NOOP("LeadFields", "Middle name")},
    {LeadField::ContactPhone, "contact_phone", QT_TRANSLATE_NOOP("LeadFields", "Contact phone")},
    {LeadField::ContactEmail, "contact_email", QT_TRANSLATE_NOOP("LeadFields", "Contact email")},
    {LeadField::ExistingContact, "existing_contact", QT_TRANSLATE_NOOP("LeadFields", "Existing contact")},
    {LeadField::Description, "description", QT_TRANSLATE_NOOP("LeadFields", "Description")},
    {LeadField::Owner, "owner", QT_TRANSLATE_NOOP("LeadFields", "Owner")},
    {LeadField::City, "city", QT_TRANSLATE_NOOP("LeadFields", "City")},
    {LeadField::Channel, "channel", QT_TRANSLATE_NOOP("LeadFields", "Content distribution channel")},
};

constexpr bool fieldsInEnumOrder()
{
    for (int i = 0; i < LeadFieldCount; ++i) {
        if (static_cast<int>(Fields[i].value) != i)
            return false;
    }
    return true;
}
static_assert(std::size(Fields) == LeadFieldCount && fieldsInEnumOrder(),
              "Fields must list every LeadField in enum order");

} // namespace

QString LeadFields::label(LeadField field)
{
    return CodeTable::label(Fields, "LeadFields", field);
}

QString LeadFields::code(LeadField field)
{
    return CodeTable::code(Fields, field);
}

bool LeadFields::fromCode(const QString &code, LeadField *field)
{
    return CodeTable::fromCode(Fields, code, field);
}

QList<LeadField> LeadFields::all()
{
    return CodeTable::values(Fields);
}
