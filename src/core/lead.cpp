#include "lead.h"

#include "leadfielddescriptor.h"
#include "visibilityrules.h"

Lead Lead::withHiddenFieldsCleared() const
{
    Lead lead = *this;
    const FieldRules rules = VisibilityRules::evaluate(FormState::of(*this));
    for (const LeadFieldDescriptor &descriptor : LeadFieldDescriptors::all()) {
        if (!rules.isShown(descriptor.field))
            descriptor.write(lead, LeadFieldDescriptors::emptyValue(descriptor));
    }
    return lead;
}
