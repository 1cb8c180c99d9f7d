#include "exportcolumn.h"

#include "codetable.h"
#include "leadfielddescriptor.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

constexpr int FirstFieldColumn = 1;

// The columns that show no form field. Those the lead list shows too take the list's code and
// label (label nullptr here); CreatedBy is the export's own.
constexpr CodeEntry<ExportColumn> ExtraColumns[] = {
    {ExportColumn::Number, "number", nullptr},
    {ExportColumn::State, "state", nullptr},
    {ExportColumn::Company, "company", nullptr},
    {ExportColumn::Contact, "contact", nullptr},
    {ExportColumn::CreatedBy, "created_by", QT_TRANSLATE_NOOP("ExportColumns", "Created by")},
    {ExportColumn::Created, "created", nullptr},
    {ExportColumn::Updated, "updated", nullptr},
};

// The list's column of an extra export column of the same code.
bool listColumnOf(ExportColumn column, LeadListColumn *listColumn)
{
    return LeadListColumns::fromCode(CodeTable::code(ExtraColumns, column), listColumn);
}

const LeadFieldDescriptor *exportedField(ExportColumn column)
{
    LeadField field;
    if (!ExportColumns::fieldOf(column, &field))
        return nullptr;
    return &LeadFieldDescriptors::of(field);
}

} // namespace

QList<ExportColumn> ExportColumns::all()
{
    QList<ExportColumn> columns {ExportColumn::Number};
    for (const LeadFieldDescriptor &descriptor : LeadFieldDescriptors::all()) {
        if (descriptor.appearsIn(LeadFieldPlace::Export))
            columns.append(ofField(descriptor.field));
    }
    for (const CodeEntry<ExportColumn> &extra : ExtraColumns) {
        if (extra.value != ExportColumn::Number)
            columns.append(extra.value);
    }
    return columns;
}

QString ExportColumns::label(ExportColumn column)
{
    if (const LeadFieldDescriptor *field = exportedField(column))
        return field->labelText();
    LeadListColumn listColumn;
    if (listColumnOf(column, &listColumn))
        return LeadListColumns::label(listColumn);
    return CodeTable::label(ExtraColumns, "ExportColumns", column);
}

QString ExportColumns::code(ExportColumn column)
{
    if (const LeadFieldDescriptor *field = exportedField(column))
        return field->codeText();
    return CodeTable::code(ExtraColumns, column);
}

bool ExportColumns::fromCode(const QString &code, ExportColumn *column)
{
    const QString wanted = code.trimmed();
    for (ExportColumn candidate : all()) {
        if (wanted.compare(ExportColumns::code(candidate), Qt::CaseInsensitive) == 0) {
            if (column)
                *column = candidate;
            return true;
        }
    }
    return false;
}

bool ExportColumns::fromCodes(const QString &codes, QList<ExportColumn> *columns, QString *error)
{
    QList<ExportColumn> parsed;
    for (const QString &part : codes.split(u',')) {
        if (part.trimmed().isEmpty())
            continue;
        ExportColumn column;
        if (!fromCode(part, &column)) {
            if (error)
                *error = QCoreApplication::translate("ExportColumns", "Unknown column \"%1\".").arg(part.trimmed());
            return false;
        }
        parsed.append(column);
    }
    if (parsed.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ExportColumns", "No columns given.");
        return false;
    }
    *columns = parsed;
    return true;
}

QString ExportColumns::codes(const QList<ExportColumn> &columns)
{
    QStringList parts;
    for (ExportColumn column : columns)
        parts.append(code(column));
    return parts.join(u',');
}

bool ExportColumns::fieldOf(ExportColumn column, LeadField *field)
{
    const int index = static_cast<int>(column) - FirstFieldColumn;
    if (index < 0 || index >= LeadFieldCount)
        return false;
    const auto candidate = static_cast<LeadField>(index);
    if (!LeadFieldDescriptors::of(candidate).appearsIn(LeadFieldPlace::Export))
        return false;
    if (field)
        *field = candidate;
    return true;
}

ExportColumn ExportColumns::ofListColumn(LeadListColumn column)
{
    LeadField field;
    if (LeadListColumns::fieldOf(column, &field))
        return ofField(field);
    ExportColumn exportColumn;
    if (CodeTable::fromCode(ExtraColumns, LeadListColumns::code(column), &exportColumn))
        return exportColumn;
    return ExportColumn::Number;
}

QList<ExportColumn> ExportColumns::ofListColumns(const QList<LeadListColumn> &columns)
{
    QList<ExportColumn> result;
    for (LeadListColumn column : columns)
        result.append(ofListColumn(column));
    return result;
}
