#pragma once

#include "leadfield.h"

struct Lead;

// The inputs of the form's visibility rules (spec section 1).
struct FormState
{
    bool newCompany = false;
    bool hasExistingCompany = false;
    bool newContact = false;
    bool hasExistingContact = false;

    static FormState of(const Lead &lead);
    bool operator==(const FormState &) const = default;
};

// Which fields are shown and which of those are required.
struct FieldRules
{
    LeadFieldSet shown;
    LeadFieldSet required;   // always a subset of shown

    bool isShown(LeadField f) const { return shown.test(static_cast<int>(f)); }
    bool isRequired(LeadField f) const { return required.test(static_cast<int>(f)); }
    bool operator==(const FieldRules &) const = default;
};

// The single place where the visibility rules live: pure, no widgets.
class VisibilityRules
{
public:
    static FieldRules evaluate(const FormState &state);
};
