#include "exportcolumn.h"

#include <QCoreApplication>
#include <QStringList>

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
    switch (column) {
    case ExportColumn::Number:
        return LeadListColumns::label(LeadListColumn::Number);
    case ExportColumn::State:
        return LeadListColumns::label(LeadListColumn::State);
    case ExportColumn::Company:
        return LeadListColumns::label(LeadListColumn::Company);
    case ExportColumn::Contact:
        return LeadListColumns::label(LeadListColumn::Contact);
    case ExportColumn::CreatedBy:
        return QCoreApplication::translate("ExportColumns", CreatedByLabel);
    case ExportColumn::Created:
        return LeadListColumns::label(LeadListColumn::Created);
    case ExportColumn::Updated:
        return LeadListColumns::label(LeadListColumn::Updated);
    default:
        return QString();
    }
}

QString ExportColumns::code(ExportColumn column)
{
    if (isFieldColumn(column))
        return LeadFields::code(fieldOf(column));
    switch (column) {
    case ExportColumn::Number:
        return LeadListColumns::code(LeadListColumn::Number);
    case ExportColumn::State:
        return LeadListColumns::code(LeadListColumn::State);
    case ExportColumn::Company:
        return LeadListColumns::code(LeadListColumn::Company);
    case ExportColumn::Contact:
        return LeadListColumns::code(LeadListColumn::Contact);
    case ExportColumn::CreatedBy:
        return QStringLiteral("created_by");
    case ExportColumn::Created:
        return LeadListColumns::code(LeadListColumn::Created);
    case ExportColumn::Updated:
        return LeadListColumns::code(LeadListColumn::Updated);
    default:
        return QString();
    }
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
    switch (column) {
    case LeadListColumn::Number: return ExportColumn::Number;
    case LeadListColumn::Name: return ExportColumn::Name;
    case LeadListColumn::State: return ExportColumn::State;
    case LeadListColumn::Source: return ExportColumn::Source;
    case LeadListColumn::Company: return ExportColumn::Company;
    case LeadListColumn::Contact: return ExportColumn::Contact;
    case LeadListColumn::SellingDirection: return ExportColumn::SellingDirection;
    case LeadListColumn::ServiceOrProduct: return ExportColumn::ServiceOrProduct;
    case LeadListColumn::Campaign: return ExportColumn::Campaign;
    case LeadListColumn::Owner: return ExportColumn::Owner;
    case LeadListColumn::City: return ExportColumn::City;
    case LeadListColumn::Created: return ExportColumn::Created;
    case LeadListColumn::Updated: return ExportColumn::Updated;
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
