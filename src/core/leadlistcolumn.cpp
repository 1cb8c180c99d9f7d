#include "leadlistcolumn.h"

#include "leadfield.h"

#include <QCoreApplication>

#include <optional>

namespace {

// A column showing a form field takes the field's code and label (nullptr here), so that the
// list, the form and the export name it alike; Source keeps its shorter header.
struct ColumnInfo
{
    LeadListColumn column;
    std::optional<LeadField> field;
    const char *code;
    const char *label;
};

constexpr ColumnInfo Columns[] = {
    {LeadListColumn::Number, std::nullopt, "number", QT_TRANSLATE_NOOP("LeadListColumns", "Number")},
    {LeadListColumn::Name, LeadField::Name, nullptr, nullptr},
    {LeadListColumn::State, std::nullopt, "state", QT_TRANSLATE_NOOP("LeadListColumns", "State")},
    {LeadListColumn::Source, LeadField::Source, nullptr, QT_TRANSLATE_NOOP("LeadListColumns", "Source")},
    {LeadListColumn::Company, std::nullopt, "company", QT_TRANSLATE_NOOP("LeadListColumns", "Company")},
    {LeadListColumn::Contact, std::nullopt, "contact", QT_TRANSLATE_NOOP("LeadListColumns", "Contact")},
    {LeadListColumn::SellingDirection, LeadField::SellingDirection, nullptr, nullptr},
    {LeadListColumn::ServiceOrProduct, LeadField::ServiceOrProduct, nullptr, nullptr},
    {LeadListColumn::Campaign, LeadField::Campaign, nullptr, nullptr},
    {LeadListColumn::Owner, LeadField::Owner, nullptr, nullptr},
    {LeadListColumn::City, LeadField::City, nullptr, nullptr},
    {LeadListColumn::Created, std::nullopt, "created", QT_TRANSLATE_NOOP("LeadListColumns", "Created")},
    {LeadListColumn::Updated, std::nullopt, "updated", QT_TRANSLATE_NOOP("LeadListColumns", "Updated")},
};

static_assert(std::size(Columns) == LeadListColumnCount);

const ColumnInfo *infoOf(LeadListColumn column)
{
    const int i = static_cast<int>(column);
    return i >= 0 && i < LeadListColumnCount ? &Columns[i] : nullptr;
}

} // namespace

QList<LeadListColumn> LeadListColumns::all()
{
    QList<LeadListColumn> columns;
    for (const ColumnInfo &info : Columns)
        columns.append(info.column);
    return columns;
}

QString LeadListColumns::label(LeadListColumn column)
{
    const ColumnInfo *info = infoOf(column);
    if (!info)
        return QString();
    if (!info->label)
        return LeadFields::label(*info->field);
    return QCoreApplication::translate("LeadListColumns", info->label);
}

QString LeadListColumns::code(LeadListColumn column)
{
    const ColumnInfo *info = infoOf(column);
    if (!info)
        return QString();
    return info->code ? QString::fromLatin1(info->code) : LeadFields::code(*info->field);
}

bool LeadListColumns::fromCode(const QString &code, LeadListColumn *column)
{
    const QString wanted = code.trimmed();
    for (const ColumnInfo &info : Columns) {
        if (wanted.compare(LeadListColumns::code(info.column), Qt::CaseInsensitive) == 0) {
            if (column)
                *column = info.column;
            return true;
        }
    }
    return false;
}

bool LeadListColumns::fieldOf(LeadListColumn column, LeadField *field)
{
    const ColumnInfo *info = infoOf(column);
    if (!info || !info->field)
        return false;
    if (field)
        *field = *info->field;
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
