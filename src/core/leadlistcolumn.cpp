#include "leadlistcolumn.h"

#include <QCoreApplication>

namespace {

struct ColumnInfo
{
    LeadListColumn column;
    const char *code;
    const char *label;
};

constexpr ColumnInfo Columns[] = {
    {LeadListColumn::Number, "number", QT_TRANSLATE_NOOP("LeadListColumns", "Number")},
    {LeadListColumn::Name, "name", QT_TRANSLATE_NOOP("LeadListColumns", "Name")},
    {LeadListColumn::State, "state", QT_TRANSLATE_NOOP("LeadListColumns", "State")},
    {LeadListColumn::Source, "source", QT_TRANSLATE_NOOP("LeadListColumns", "Source")},
    {LeadListColumn::Company, "company", QT_TRANSLATE_NOOP("LeadListColumns", "Company")},
    {LeadListColumn::Contact, "contact", QT_TRANSLATE_NOOP("LeadListColumns", "Contact")},
    {LeadListColumn::SellingDirection, "selling_direction", QT_TRANSLATE_NOOP("LeadListColumns", "Selling direction")},
    {LeadListColumn::ServiceOrProduct, "service_or_product", QT_TRANSLATE_NOOP("LeadListColumns", "Service or product")},
    {LeadListColumn::Campaign, "campaign", QT_TRANSLATE_NOOP("LeadListColumns", "Campaign")},
    {LeadListColumn::Owner, "owner", QT_TRANSLATE_NOOP("LeadListColumns", "Owner")},
    {LeadListColumn::City, "city", QT_TRANSLATE_NOOP("LeadListColumns", "City")},
    {LeadListColumn::Created, "created", QT_TRANSLATE_NOOP("LeadListColumns", "Created")},
    {LeadListColumn::Updated, "updated", QT_TRANSLATE_NOOP("LeadListColumns", "Updated")},
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
    return info ? QCoreApplication::translate("LeadListColumns", info->label) : QString();
}

QString LeadListColumns::code(LeadListColumn column)
{
    const ColumnInfo *info = infoOf(column);
    return info ? QString::fromLatin1(info->code) : QString();
}

bool LeadListColumns::fromCode(const QString &code, LeadListColumn *column)
{
    const QString wanted = code.trimmed();
    for (const ColumnInfo &info : Columns) {
        if (wanted.compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0) {
            if (column)
                *column = info.column;
            return true;
        }
    }
    return false;
}

bool LeadListColumns::fromInt(int value, LeadListColumn *column)
{
    if (value < 0 || value >= LeadListColumnCount)
        return false;
    if (column)
        *column = static_cast<LeadListColumn>(value);
    return true;
}
