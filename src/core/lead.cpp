#include "lead.h"

#include "leadfield.h"
#include "visibilityrules.h"

Lead Lead::withHiddenFieldsCleared() const
{
    Lead lead = *this;
    const FieldRules rules = VisibilityRules::evaluate(FormState::of(*this));
    for (int i = 0; i < LeadFieldCount; ++i) {
        const auto field = static_cast<LeadField>(i);
        if (rules.isShown(field))
            continue;
        switch (field) {
        case LeadField::ExistingCompany: lead.existingCompanyId = 0; break;
        case LeadField::CompanyName: lead.companyName.clear(); break;
        case LeadField::CompanyWebsite: lead.companyWebsite.clear(); break;
        case LeadField::CompanyTin: lead.companyTin.clear(); break;
        case LeadField::FirstName: lead.firstName.clear(); break;
        case LeadField::LastName: lead.lastName.clear(); break;
        case LeadField::MiddleName: lead.middleName.clear(); break;
        case LeadField::ContactPhone: lead.contactPhone.clear(); break;
        case LeadField::ContactEmail: lead.contactEmail.clear(); break;
        case LeadField::ExistingContact: lead.existingContactId = 0; break;
        // Always shown: never cleared.
        case LeadField::Name:
        case LeadField::Source:
        case LeadField::LeadCompanyName:
        case LeadField::NewCompany:
        case LeadField::Campaign:
        case LeadField::SellingDirection:
        case LeadField::ServiceOrProduct:
        case LeadField::NewContact:
        case LeadField::Description:
        case LeadField::Owner:
        case LeadField::City:
        case LeadField::Channel:
            break;
        }
    }
    return lead;
}
