#pragma once

#include <QList>
#include <QString>

#include <bitset>

// Every field of the lead form (spec section 1), in form order.
enum class LeadField : int {
    Name,
    Source,
    LeadCompanyName,
    NewCompany,
    ExistingCompany,
    CompanyName,
    CompanyWebsite,
    CompanyTin,
    Campaign,
    SellingDirection,
    ServiceOrProduct,
    NewContact,
    FirstName,
    LastName,
    MiddleName,
    ContactPhone,
    ContactEmail,
    ExistingContact,
    Description,
    Owner,
    City,
    Channel,
};

inline constexpr int LeadFieldCount = static_cast<int>(LeadField::Channel) + 1;

using LeadFieldSet = std::bitset<LeadFieldCount>;

// Names and labels of the lead form's fields.
class LeadFields
{
public:
    // The visible label, translated ("Company TIN").
    static QString label(LeadField field);
    // A stable machine name ("company_tin"), used in CSV headers and on the command line.
    static QString code(LeadField field);
    // Parses a code; returns false when unknown.
    // Trimmed and case-insensitive.
    static bool fromCode(const QString &code, LeadField *field);
    // Every field, in form order.
    static QList<LeadField> all();
};
