#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

struct Lead;
struct LeadFieldDescriptor;

// The lead fields as columns of the leads table, derived from LeadFieldDescriptors: a field's
// column name, its bound value and how a read value goes back into a Lead.
class LeadColumns
{
public:
    // Every field's column, in descriptor (form) order.
    static QStringList fieldColumns();
    // The value bound for a field: text never NULL, a flag 0/1, the source's number, an id or NULL.
    static QVariant toSql(const LeadFieldDescriptor &field, const Lead &lead);
    // Sets the field from a value read from its column (NULL reads as empty).
    static void fromSql(const LeadFieldDescriptor &field, Lead &lead, const QVariant &value);
};
