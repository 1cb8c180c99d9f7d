// The visibility rules of spec section 1, for all 16 form states, against an expectation
// written from the spec table independently of the implementation.

#include "catchqt.h"

#include "lead.h"
#include "visibilityrules.h"

#include <catch2/catch.hpp>

namespace {

struct Expectation
{
    bool shown;
    bool required;
};

// Straight from the table: "Shown when" and "Required" columns, field by field.
Expectation expected(LeadField field, const FormState &s)
{
    // "Existing company is empty": a hidden Existing company (New company ticked) is cleared,
    // so it is empty whatever a widget may still hold.
    const bool existingCompanyEmpty = s.newCompany || !s.hasExistingCompany;
    switch (field) {
    case LeadField::Name: return {true, true};
    case LeadField::Source: return {true, true};
    case LeadField::LeadCompanyName: return {true, false};
    case LeadField::NewCompany: return {true, false};
    case LeadField::ExistingCompany: return {!s.newCompany, !s.newCompany};
    case LeadField::CompanyName: return {existingCompanyEmpty, existingCompanyEmpty};
    case LeadField::CompanyWebsite: return {existingCompanyEmpty, existingCompanyEmpty};
    case LeadField::CompanyTin: return {existingCompanyEmpty, existingCompanyEmpty};
    case LeadField::Campaign: return {true, false};
    case LeadField::SellingDirection: return {true, true};
    case LeadField::ServiceOrProduct: return {true, false};
    case LeadField::NewContact: return {true, false};
    case LeadField::FirstName: return {s.newContact, s.newContact};
    case LeadField::LastName: return {s.newContact, s.newContact};
    case LeadField::MiddleName: return {s.newContact, false};
    case LeadField::ContactPhone: return {s.newContact, false};
    case LeadField::ContactEmail: return {s.newContact, false};
    case LeadField::ExistingContact: return {!s.newContact, !s.newContact};
    case LeadField::Description: return {true, false};
    case LeadField::Owner: return {true, false};
    case LeadField::City: return {true, false};
    case LeadField::Channel: return {true, false};
    }
    FAIL("unknown field");
    return {false, false};
}

FormState formState(int bits)
{
    FormState s;
    s.newCompany = bits & 1;
    s.hasExistingCompany = bits & 2;
    s.newContact = bits & 4;
    s.hasExistingContact = bits & 8;
    return s;
}

} // namespace

TEST_CASE("core/Visibility rules: shown and required for all 22 fields in all 16 form states",
          "[core][visibility]")
{
    for (int bits = 0; bits < 16; ++bits) {
        const FormState s = formState(bits);
        CAPTURE(s.newCompany, s.hasExistingCompany, s.newContact, s.hasExistingContact);
        const FieldRules rules = VisibilityRules::evaluate(s);
        for (int i = 0; i < LeadFieldCount; ++i) {
            const auto field = static_cast<LeadField>(i);
            CAPTURE(field);
            const Expectation e = expected(field, s);
            CHECK(rules.isShown(field) == e.shown);
            CHECK(rules.isRequired(field) == e.required);
            CHECK(rules.shown.test(i) == e.shown);
            CHECK(rules.required.test(i) == e.required);
        }
        // Required is always a subset of shown; evaluate is a pure function.
        CHECK((rules.required & ~rules.shown).none());
        CHECK(VisibilityRules::evaluate(s) == rules);
    }
}

TEST_CASE("core/Visibility rules: the spec's stated consequences", "[core][visibility]")
{
    const auto rulesFor = [](bool newCompany, bool existingCompany, bool newContact,
                             bool existingContact) {
        FormState s;
        s.newCompany = newCompany;
        s.hasExistingCompany = existingCompany;
        s.newContact = newContact;
        s.hasExistingContact = existingContact;
        return VisibilityRules::evaluate(s);
    };
    const LeadField companyDetails[] = {LeadField::CompanyName, LeadField::CompanyWebsite,
                                        LeadField::CompanyTin};
    const LeadField contactDetails[] = {LeadField::FirstName, LeadField::LastName,
                                        LeadField::MiddleName, LeadField::ContactPhone,
                                        LeadField::ContactEmail};

    SECTION("neither New company ticked nor an existing company: all four company fields shown")
    {
        const FieldRules r = rulesFor(false, false, false, false);
        CHECK(r.isShown(LeadField::ExistingCompany));
        for (LeadField f : companyDetails)
            CHECK(r.isShown(f));
    }
    SECTION("picking an existing company hides name, website and TIN")
    {
        const FieldRules r = rulesFor(false, true, false, false);
        CHECK(r.isShown(LeadField::ExistingCompany));
        CHECK(r.isRequired(LeadField::ExistingCompany));
        for (LeadField f : companyDetails) {
            CHECK_FALSE(r.isShown(f));
            CHECK_FALSE(r.isRequired(f));
        }
    }
    SECTION("ticking New company hides Existing company and requires name, website and TIN")
    {
        for (bool existing : {false, true}) {
            const FieldRules r = rulesFor(true, existing, false, false);
            CHECK_FALSE(r.isShown(LeadField::ExistingCompany));
            CHECK_FALSE(r.isRequired(LeadField::ExistingCompany));
            for (LeadField f : companyDetails) {
                CHECK(r.isShown(f));
                CHECK(r.isRequired(f));
            }
        }
    }
    SECTION("the contact block: New contact shows the five contact fields, else Existing contact")
    {
        for (bool existing : {false, true}) {
            const FieldRules on = rulesFor(false, false, true, existing);
            const FieldRules off = rulesFor(false, false, false, existing);
            for (LeadField f : contactDetails) {
                CHECK(on.isShown(f));
                CHECK_FALSE(off.isShown(f));
                CHECK_FALSE(off.isRequired(f));
            }
            CHECK(on.isRequired(LeadField::FirstName));
            CHECK(on.isRequired(LeadField::LastName));
            CHECK_FALSE(on.isRequired(LeadField::MiddleName));
            CHECK_FALSE(on.isRequired(LeadField::ContactPhone));
            CHECK_FALSE(on.isRequired(LeadField::ContactEmail));
            CHECK_FALSE(on.isShown(LeadField::ExistingContact));
            CHECK(off.isShown(LeadField::ExistingContact));
            CHECK(off.isRequired(LeadField::ExistingContact));
        }
    }
    SECTION("the company and contact blocks do not influence each other")
    {
        for (int bits = 0; bits < 16; ++bits) {
            const FormState s = formState(bits);
            FormState otherContact = s;
            otherContact.newContact = !s.newContact;
            otherContact.hasExistingContact = !s.hasExistingContact;
            FormState otherCompany = s;
            otherCompany.newCompany = !s.newCompany;
            otherCompany.hasExistingCompany = !s.hasExistingCompany;
            const FieldRules r = VisibilityRules::evaluate(s);
            const FieldRules rc = VisibilityRules::evaluate(otherContact);
            const FieldRules ro = VisibilityRules::evaluate(otherCompany);
            for (LeadField f : {LeadField::ExistingCompany, LeadField::CompanyName,
                                LeadField::CompanyWebsite, LeadField::CompanyTin}) {
                CHECK(r.isShown(f) == rc.isShown(f));
                CHECK(r.isRequired(f) == rc.isRequired(f));
            }
            for (LeadField f : {LeadField::FirstName, LeadField::LastName, LeadField::MiddleName,
                                LeadField::ContactPhone, LeadField::ContactEmail,
                                LeadField::ExistingContact}) {
                CHECK(r.isShown(f) == ro.isShown(f));
                CHECK(r.isRequired(f) == ro.isRequired(f));
            }
        }
    }
}

TEST_CASE("core/FormState::of reads a lead and a hidden existing company or contact does not count",
          "[core][visibility]")
{
    for (int bits = 0; bits < 16; ++bits) {
        Lead lead;
        lead.newCompany = bits & 1;
        lead.existingCompanyId = (bits & 2) ? 41 : 0;
        lead.newContact = bits & 4;
        lead.existingContactId = (bits & 8) ? 42 : 0;
        CAPTURE(bits);
        const FormState s = FormState::of(lead);
        CHECK(s.newCompany == lead.newCompany);
        CHECK(s.newContact == lead.newContact);
        CHECK(s.hasExistingCompany == (!lead.newCompany && lead.existingCompanyId != 0));
        CHECK(s.hasExistingContact == (!lead.newContact && lead.existingContactId != 0));

        // On any lead, the literal rule of the brief holds: company details are shown
        // exactly when no existing company is (visibly) picked.
        const FieldRules r = VisibilityRules::evaluate(s);
        CHECK(r.isShown(LeadField::CompanyName) == !s.hasExistingCompany);
        CHECK(r.isShown(LeadField::ExistingCompany) == !lead.newCompany);
        CHECK(r.isShown(LeadField::FirstName) == lead.newContact);
        CHECK(r.isShown(LeadField::ExistingContact) == !lead.newContact);
    }
    Lead negative;
    negative.existingCompanyId = -3;
    negative.existingContactId = -4;
    CHECK_FALSE(FormState::of(negative).hasExistingCompany);
    CHECK_FALSE(FormState::of(negative).hasExistingContact);
}
