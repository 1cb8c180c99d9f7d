#include "exportcolumn.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>

namespace {

constexpr const char *CreatedByLabel = QT_TRANSLATE_NOOP("ExportColumns", "Created by");

// Name .. Channel follow LeadField's order, shifted by one.
bool isFieldColumn(ExportColumn column)
{
    return column >= ExportColumn::Name && column <= ExportColumn::Channel;
}

LeadField fieldOf(ExportColumn column)
{
    return static_cast<LeadField>(static_cast<int>(column) - static_cast<int>(ExportColumn::Name));
}

static_assert(static_cast<int>(ExportColumn::Channel) - static_cast<int>(ExportColumn::Name)
                  == static_cast<int>(LeadField::Channel),
              "ExportColumn must list the form's fields in LeadField order");

// The lead list's own columns (those showing no form field), named as the list names them.
constexpr std::pair<ExportColumn, LeadListColumn> ListOnlyColumns[] = {
    {ExportColumn::Number, LeadListColumn::Number},   {ExportColumn::State, LeadListColumn::State},
    {ExportColumn::Company, LeadListColumn::Company}, {ExportColumn::Contact, LeadListColumn::Contact},
    {ExportColumn::Created, LeadListColumn::Created}, {ExportColumn::Updated, LeadListColumn::Updated},
};

} // namespace

QList<ExportColumn> ExportColumns::all()
{
    QList<ExportColumn> columns;
    for (int i = 0; i < ExportColumnCount; ++i)
        columns.append(static_cast<ExportColumn>(i));
    return columns;
}

QString ExportColumns::label(ExportColumn column)
{
    if (isFieldColumn(column))
        return LeadFields::label(fieldOf(column));
    if (column == ExportColumn::CreatedBy)
        return QCoreApplication::translate("ExportColumns", CreatedByLabel);
    for (const auto &[exportColumn, listColumn] : ListOnlyColumns) {
        if (exportColumn == column)
            return LeadListColumns::label(listColumn);
    }
    return QString();
}

QString ExportColumns::code(ExportColumn column)
{
    if (isFieldColumn(column))
        return LeadFields::code(fieldOf(column));
    if (column == ExportColumn::CreatedBy)
        return QStringLiteral("created_by");
    for (const auto &[exportColumn, listColumn] : ListOnlyColumns) {
        if (exportColumn == column)
            return LeadListColumns::code(listColumn);
    }
    return QString();
}

bool ExportColumns::fromCode(const QString &code, ExportColumn *column)
{
    const QString wanted = code.trimmed();
    for (int i = 0; i < ExportColumnCount; ++i) {
        const auto c = static_cast<ExportColumn>(i);
        if (wanted.compare(ExportColumns::code(c), Qt::CaseInsensitive) == 0) {
            if (column)
                *column = c;
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

ExportColumn ExportColumns::ofField(LeadField field)
{
    return static_cast<ExportColumn>(static_cast<int>(field) + static_cast<int>(ExportColumn::Name));
}

ExportColumn ExportColumns::ofListColumn(LeadListColumn column)
{
    LeadField field;
    if (LeadListColumns::fieldOf(column, &field))
        return ofField(field);
    for (const auto &[exportColumn, listColumn] : ListOnlyColumns) {
        if (listColumn == column)
            return exportColumn;
    }
    return ExportColumn::Number;
}

QList<ExportColumn> ExportColumns::ofListColumns(const QList<LeadListColumn> &columns)
{
    QList<ExportColumn> result;
    for (LeadListColumn column : columns)
        result.append(ofListColumn(column));
    return result;
}
