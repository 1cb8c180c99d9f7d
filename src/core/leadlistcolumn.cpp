#include "leadlistcolumn.h"

#include "codetable.h"
#include "leadfielddescriptor.h"

#include <QCoreApplication>

namespace {

// The list's own columns (showing no form field). A column showing a form field is described by
// the field (LeadFieldDescriptor::listColumn): it takes the field's code and label, so that the
// list, the form and the export name it alike (its listLabel, when set, is a shorter header).
constexpr CodeEntry<LeadListColumn> OwnColumns[] = {
    {LeadListColumn::Number, "number", QT_TRANSLATE_NOOP("LeadListColumns", "Number")},
    {LeadListColumn::State, "state", QT_TRANSLATE_NOOP("LeadListColumns", "State")},
    {LeadListColumn::Company, "company", QT_TRANSLATE_NOOP("LeadListColumns", "Company")},
    {LeadListColumn::Contact, "contact", QT_TRANSLATE_NOOP("LeadListColumns", "Contact")},
    {LeadListColumn::Created, "created", QT_TRANSLATE_NOOP("LeadListColumns", "Created")},
    {LeadListColumn::Updated, "updated", QT_TRANSLATE_NOOP("LeadListColumns", "Updated")},
};

bool isValid(LeadListColumn column)
{
    return static_cast<int>(column) >= 0 && static_cast<int>(column) < LeadListColumnCount;
}

} // namespace

QList<LeadListColumn> LeadListColumns::all()
{
    QList<LeadListColumn> columns;
    for (int i = 0; i < LeadListColumnCount; ++i)
        columns.append(static_cast<LeadListColumn>(i));
    return columns;
}

QString LeadListColumns::label(LeadListColumn column)
{
    if (!isValid(column))
        return QString();
    if (const LeadFieldDescriptor *field = LeadFieldDescriptors::ofListColumn(column)) {
        return field->listLabel ? QCoreApplication::translate("LeadListColumns", field->listLabel)
                                : field->labelText();
    }
    return CodeTable::label(OwnColumns, "LeadListColumns", column);
}

QString LeadListColumns::code(LeadListColumn column)
{
    if (!isValid(column))
        return QString();
    if (const LeadFieldDescriptor *field = LeadFieldDescriptors::ofListColumn(column))
        return field->codeText();
    return CodeTable::code(OwnColumns, column);
}

bool LeadListColumns::fromCode(const QString &code, LeadListColumn *column)
{
    const QString wanted = code.trimmed();
    for (LeadListColumn candidate : all()) {
        if (wanted.compare(LeadListColumns::code(candidate), Qt::CaseInsensitive) == 0) {
            if (column)
                *column = candidate;
            return true;
        }
    }
    return false;
}

bool LeadListColumns::fieldOf(LeadListColumn column, LeadField *field)
{
    const LeadFieldDescriptor *descriptor = isValid(column) ? LeadFieldDescriptors::ofListColumn(column) : nullptr;
    if (!descriptor)
        return false;
    if (field)
        *field = descriptor->field;
    return true;
}

bool LeadListColumns::fromInt(int value, LeadListColumn *column)
{
    if (value < 0 || value >= LeadListColumnCount)
        return false;
    if (column)
        *column = static_cast<LeadListColumn>(value);
    return true;
}

QList<LeadListColumn> LeadListColumns::defaultOrder()
{
    return {LeadListColumn::Number,   LeadListColumn::Name,    LeadListColumn::State,
            LeadListColumn::Owner,    LeadListColumn::Company, LeadListColumn::Contact,
            LeadListColumn::Source,   LeadListColumn::SellingDirection, LeadListColumn::ServiceOrProduct,
            LeadListColumn::Campaign, LeadListColumn::City,    LeadListColumn::Created,
            LeadListColumn::Updated};
}
