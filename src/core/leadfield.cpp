#include "leadfield.h"

#include "leadfielddescriptor.h"

// Codes and labels come from the one description of each field (LeadFieldDescriptors).

QString LeadFields::label(LeadField field)
{
    const LeadFieldDescriptor *descriptor = LeadFieldDescriptors::find(field);
    return descriptor ? descriptor->labelText() : QString();
}

QString LeadFields::code(LeadField field)
{
    const LeadFieldDescriptor *descriptor = LeadFieldDescriptors::find(field);
    return descriptor ? descriptor->codeText() : QString();
}

bool LeadFields::fromCode(const QString &code, LeadField *field)
{
    const QString wanted = code.trimmed();
    for (const LeadFieldDescriptor &descriptor : LeadFieldDescriptors::all()) {
        if (wanted.compare(QLatin1String(descriptor.code), Qt::CaseInsensitive) == 0) {
            if (field)
                *field = descriptor.field;
            return true;
        }
    }
    return false;
}

QList<LeadField> LeadFields::all()
{
    QList<LeadField> fields;
    for (const LeadFieldDescriptor &descriptor : LeadFieldDescriptors::all())
        fields.append(descriptor.field);
    return fields;
}
