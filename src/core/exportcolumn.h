#pragma once

#include "leadfield.h"
#include "leadlistcolumn.h"

#include <QList>
#include <QString>

// A column of a lead export: every field of the lead form, every column of the lead list
// (LeadListColumn) and the record's creator. Codes equal the list's codes where the two share a
// column ("number", "state", "company", "created"); settings and the command line use codes.
// The columns are: Number, one column per lead field marked LeadFieldPlace::Export (in LeadField
// order: ofField(field) is 1 + the field's value), then the extra columns below. The field columns
// have no names here: ExportColumns::ofField(LeadField::City) is the column of City, so a new
// field needs nothing here.
enum class ExportColumn : int {
    Number = 0,
    // The extra columns, after every field's column.
    State = 1 + LeadFieldCount,
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
    // The column showing a form field (constexpr: usable in constant tables).
    static constexpr ExportColumn ofField(LeadField field)
    {
        return static_cast<ExportColumn>(1 + static_cast<int>(field));
    }
    // The form field a column shows; false for Number and the extra columns.
    static bool fieldOf(ExportColumn column, LeadField *field);
    // The column showing a column of the lead list.
    static ExportColumn ofListColumn(LeadListColumn column);
    // The lead list's visible columns, in their order, as export columns.
    static QList<ExportColumn> ofListColumns(const QList<LeadListColumn> &columns);
};
