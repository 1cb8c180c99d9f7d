#include "leadcolumns.h"

#include "leadfielddescriptor.h"
#include "sqlvalues.h"

QStringList LeadColumns::fieldColumns()
{
    QStringList columns;
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all())
        columns.append(field.columnName());
    return columns;
}

QVariant LeadColumns::toSql(const LeadFieldDescriptor &field, const Lead &lead)
{
    const QVariant value = field.read(lead);
    switch (field.kind) {
    case LeadFieldKind::Text: return SqlValues::notNull(value.toString());
    case LeadFieldKind::Flag: return value.toBool() ? 1 : 0;
    case LeadFieldKind::Source: return value.toInt();
    case LeadFieldKind::Reference: return SqlValues::idOrNull(value.toLongLong());
    }
    return value;
}

void LeadColumns::fromSql(const LeadFieldDescriptor &field, Lead &lead, const QVariant &value)
{
    if (value.isNull()) {
        field.write(lead, LeadFieldDescriptors::emptyValue(field));
        return;
    }
    switch (field.kind) {
    case LeadFieldKind::Text: field.write(lead, value.toString()); return;
    case LeadFieldKind::Flag: field.write(lead, value.toLongLong() != 0); return;
    case LeadFieldKind::Source: field.write(lead, value.toInt()); return;
    case LeadFieldKind::Reference: field.write(lead, value.toLongLong()); return;
    }
}
