#include "visibilityrules.h"

#include "lead.h"

namespace {

void set(LeadFieldSet &set, LeadField field, bool on = true)
{
    set.set(static_cast<int>(field), on);
}

} // namespace

FormState FormState::of(const Lead &lead)
{
    FormState state;
    state.newCompany = lead.newCompany;
    // Ticking New company hides Existing company and clears it, so a stored id does not count.
    state.hasExistingCompany = !lead.newCompany && lead.existingCompanyId > 0;
    state.newContact = lead.newContact;
    state.hasExistingContact = !lead.newContact && lead.existingContactId > 0;
    return state;
}

FieldRules VisibilityRules::evaluate(const FormState &state)
{
    FieldRules rules;

    // Always shown.
    for (LeadField field : {LeadField::Name, LeadField::Source, LeadField::LeadCompanyName,
                            LeadField::NewCompany, LeadField::Campaign,
                            LeadField::SellingDirection, LeadField::ServiceOrProduct,
                            LeadField::NewContact, LeadField::Description, LeadField::Owner,
                            LeadField::City, LeadField::Channel}) {
        set(rules.shown, field);
    }
    // Always required.
    for (LeadField field : {LeadField::Name, LeadField::Source, LeadField::SellingDirection})
        set(rules.required, field);

    // Company block. Existing company is shown while New company is not ticked. Name, website
    // and TIN are shown while Existing company is empty; a hidden Existing company (New company
    // ticked) is empty, whatever the widget still holds.
    const bool existingCompanyShown = !state.newCompany;
    const bool existingCompanyFilled = existingCompanyShown && state.hasExistingCompany;
    set(rules.shown, LeadField::ExistingCompany, existingCompanyShown);
    set(rules.required, LeadField::ExistingCompany, existingCompanyShown);
    for (LeadField field : {LeadField::CompanyName, LeadField::CompanyWebsite, LeadField::CompanyTin}) {
        set(rules.shown, field, !existingCompanyFilled);
        set(rules.required, field, !existingCompanyFilled);
    }

    // Contact block.
    for (LeadField field : {LeadField::FirstName, LeadField::LastName, LeadField::MiddleName,
                            LeadField::ContactPhone, LeadField::ContactEmail}) {
        set(rules.shown, field, state.newContact);
    }
    set(rules.required, LeadField::FirstName, state.newContact);
    set(rules.required, LeadField::LastName, state.newContact);
    set(rules.shown, LeadField::ExistingContact, !state.newContact);
    set(rules.required, LeadField::ExistingContact, !state.newContact);

    return rules;
}
