#pragma once

#include "leadfield.h"
#include "leadlistcolumn.h"

#include <QList>
#include <QString>

// A column of a lead export: every field of the lead form, every column of the lead list
// (LeadListColumn) and the record's creator. Codes equal the list's codes where the two share a
// column ("number", "state", "company", "created"); settings and the command line use codes.
enum class ExportColumn : int {
    Number,
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
    State,
    Company,   // the list's Company: existing company's name, else the new company's, else the lead's
    Contact,   // the list's Contact: existing contact's name, else the new contact's name
    CreatedBy,
    Created,
    Updated,
};

inline constexpr int ExportColumnCount = static_cast<int>(ExportColumn::Updated) + 1;

class ExportColumns
{
public:
    // Every column, in the default order (id, the form's fields, then state and record data).
    static QList<ExportColumn> all();
    // The header label, translated ("Company TIN").
    static QString label(ExportColumn column);
    // The stable name used on the command line and in settings ("company_tin").
    static QString code(ExportColumn column);
    static bool fromCode(const QString &code, ExportColumn *column);   // trimmed, case-insensitive
    // Parses "name,source,owner"; on an unknown name returns false and sets *error naming it.
    static bool fromCodes(const QString &codes, QList<ExportColumn> *columns, QString *error);
    static QString codes(const QList<ExportColumn> &columns);   // "name,source,owner"
    // The column showing a form field.
    static ExportColumn ofField(LeadField field);
    // The column showing a column of the lead list.
    static ExportColumn ofListColumn(LeadListColumn column);
    // The lead list's visible columns, in their order, as export columns.
    static QList<ExportColumn> ofListColumns(const QList<LeadListColumn> &columns);
};
