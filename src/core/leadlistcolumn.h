#pragma once

#include <QList>
#include <QString>

enum class LeadField : int;

// The columns of the lead list (spec section 3), in their default order. The numeric values and
// the codes are stable: they are stored in saved views and used by CSV export. Never renumber.
enum class LeadListColumn : int {
    Number = 0,            // the lead's id
    Name = 1,
    State = 2,
    Source = 3,
    Company = 4,           // the existing company's name, else the new company's, else the lead company name
    Contact = 5,           // the existing contact's name, else the new contact's name
    SellingDirection = 6,
    ServiceOrProduct = 7,
    Campaign = 8,
    Owner = 9,
    City = 10,
    Created = 11,
    Updated = 12,
};

inline constexpr int LeadListColumnCount = static_cast<int>(LeadListColumn::Updated) + 1;

// Labels and codes of the lead list's columns.
class LeadListColumns
{
public:
    // Every column, in enum order.
    static QList<LeadListColumn> all();
    // Every column in the order a new list shows them: who and what first (Number, Name, State,
    // Owner, Company, Contact), so that Name and Owner are on screen at 1366 pixels.
    static QList<LeadListColumn> defaultOrder();
    // The visible header, translated ("Selling direction").
    static QString label(LeadListColumn column);
    // A stable machine name ("selling_direction"), stored in saved views, used on the command line.
    // A column showing a form field has the field's code (LeadFields::code) and, but for Source,
    // its label.
    static QString code(LeadListColumn column);
    // Parses a code; trimmed, case-insensitive. Returns false when unknown.
    static bool fromCode(const QString &code, LeadListColumn *column);
    // The form field a column shows; false for the list's own columns (Number, State, Company,
    // Contact, Created, Updated).
    static bool fieldOf(LeadListColumn column, LeadField *field);
    // Accepts 0 .. LeadListColumnCount - 1.
    static bool fromInt(int value, LeadListColumn *column);
};
