#pragma once

#include "leadfield.h"
#include "leadlistcolumn.h"
#include "referencekind.h"

#include <QString>
#include <QVariant>

#include <span>

struct Lead;

// What a lead field holds, which decides how it is stored, shown and compared.
enum class LeadFieldKind {
    Text,        // a QString; stored as TEXT NOT NULL ('' when empty)
    Flag,        // a check box: a bool; stored as 0/1, shown "Yes"/"No"
    Source,      // a LeadSource: its int; stored as the number, shown through its label
    Reference,   // an id of reference data (LeadFieldDescriptor::reference); 0 stored as NULL,
                 // shown by the referenced item's name
};

// Where a lead field appears, besides the form (every field is on the form).
enum class LeadFieldPlace : unsigned {
    Form = 1,
    List = 2,      // a column of the lead list (LeadFieldDescriptor::listColumn)
    Export = 4,    // a column of the CSV export (ExportColumns::ofField)
    History = 8,   // a change writes a lead_history row named by the field's code
};

// One lead field, described once: everything else (the repository's SQL and binding, the history,
// the list's field columns, the export's field columns, clearing hidden fields) is derived from
// these entries. Adding a field means: a LeadField value, its entry in LeadFieldDescriptors, a
// migration adding `column`, and the form's widget.
struct LeadFieldDescriptor
{
    LeadField field;
    const char *code;     // stable machine name ("company_tin"): CSV headers, history rows, settings
    const char *label;    // untranslated, context "LeadFields" ("Company TIN")
    const char *column;   // the column of the leads table ("company_tin")
    LeadFieldKind kind;
    ReferenceKind reference;   // for LeadFieldKind::Reference
    unsigned places;           // LeadFieldPlace bits
    LeadListColumn listColumn; // with LeadFieldPlace::List: the list's column showing it
    const char *listLabel;     // the list's header when not the label (context "LeadListColumns")
    QVariant (*read)(const Lead &lead);                  // QString, bool, int (Source) or qint64
    void (*write)(Lead &lead, const QVariant &value);    // the same types; a null QVariant clears

    bool appearsIn(LeadFieldPlace place) const { return (places & static_cast<unsigned>(place)) != 0; }
    QString codeText() const { return QString::fromLatin1(code); }
    QString columnName() const { return QString::fromLatin1(column); }
    QString labelText() const;   // translated
};

class LeadFieldDescriptors
{
public:
    // Every field, in form order (the order of LeadField).
    static std::span<const LeadFieldDescriptor> all();
    static const LeadFieldDescriptor &of(LeadField field);   // a valid field
    // nullptr for a value outside LeadField (an enum cast from anything).
    static const LeadFieldDescriptor *find(LeadField field);
    // The field a list column shows; nullptr for the list's own columns.
    static const LeadFieldDescriptor *ofListColumn(LeadListColumn column);
    // The value of a field as stored when empty (hidden fields are stored so).
    static QVariant emptyValue(const LeadFieldDescriptor &descriptor);
};
