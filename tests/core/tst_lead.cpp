// Lead::withHiddenFieldsCleared: what the visibility rules hide is not stored.

#include "catchqt.h"

#include "lead.h"

#include <catch2/catch.hpp>

namespace {

// Every field filled in, as a user could leave the form while toggling the checkboxes.
Lead filledLead()
{
    Lead lead;
    lead.id = 7;
    lead.name = QStringLiteral("Office chairs for 40 seats");
    lead.source = LeadSource::WebsiteForm;
    lead.leadCompanyName = QStringLiteral("Acme (as written)");
    lead.existingCompanyId = 11;
    lead.companyName = QStringLiteral("Acme LLC");
    lead.companyWebsite = QStringLiteral("https://acme.ru");
    lead.companyTin = QStringLiteral("7707083893");
    lead.campaignId = 12;
    lead.sellingDirectionId = 13;
    lead.serviceId = 14;
    lead.firstName = QStringLiteral("Ivan");
    lead.lastName = QStringLiteral("Petrov");
    lead.middleName = QStringLiteral("Sergeevich");
    lead.contactPhone = QStringLiteral("+7 (495) 123-45-67");
    lead.contactEmail = QStringLiteral("ivan@acme.ru");
    lead.existingContactId = 15;
    lead.description = QStringLiteral("Line 1\nLine 2");
    lead.ownerId = 16;
    lead.city = QStringLiteral("Moscow");
    lead.channelId = 17;
    lead.state = LeadState::Assigned;
    lead.opportunityId = 18;
    lead.createdById = 19;
    lead.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    lead.updatedAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC);
    lead.version = 3;
    return lead;
}

} // namespace

TEST_CASE("core/withHiddenFieldsCleared clears exactly the hidden fields, in all 16 combinations",
          "[core][lead]")
{
    for (int bits = 0; bits < 16; ++bits) {
        Lead lead = filledLead();
        lead.newCompany = bits & 1;
        if (!(bits & 2))
            lead.existingCompanyId = 0;
        lead.newContact = bits & 4;
        if (!(bits & 8))
            lead.existingContactId = 0;
        CAPTURE(bits);

        const Lead stored = lead.withHiddenFieldsCleared();

        // Independent expectation, from the spec's rules.
        Lead expected = lead;
        if (lead.newCompany) {
            expected.existingCompanyId = 0;   // ticking New company clears Existing company
        } else if (lead.existingCompanyId != 0) {
            expected.companyName.clear();
            expected.companyWebsite.clear();
            expected.companyTin.clear();
        }
        if (lead.newContact) {
            expected.existingContactId = 0;
        } else {
            expected.firstName.clear();
            expected.lastName.clear();
            expected.middleName.clear();
            expected.contactPhone.clear();
            expected.contactEmail.clear();
        }
        CHECK(stored == expected);

        // The always-shown fields and the bookkeeping are never touched.
        CHECK(stored.id == 7);
        CHECK(stored.name == lead.name);
        CHECK(stored.source == lead.source);
        CHECK(stored.leadCompanyName == lead.leadCompanyName);
        CHECK(stored.newCompany == lead.newCompany);
        CHECK(stored.campaignId == 12);
        CHECK(stored.sellingDirectionId == 13);
        CHECK(stored.serviceId == 14);
        CHECK(stored.newContact == lead.newContact);
        CHECK(stored.description == lead.description);
        CHECK(stored.ownerId == 16);
        CHECK(stored.city == lead.city);
        CHECK(stored.channelId == 17);
        CHECK(stored.state == LeadState::Assigned);
        CHECK(stored.opportunityId == 18);
        CHECK(stored.createdById == 19);
        CHECK(stored.createdAt == lead.createdAt);
        CHECK(stored.updatedAt == lead.updatedAt);
        CHECK(stored.version == 3);

        // Clearing is idempotent and leaves the original alone.
        CHECK(stored.withHiddenFieldsCleared() == stored);
        CHECK(lead.companyName == QStringLiteral("Acme LLC"));
    }
}

TEST_CASE("core/withHiddenFieldsCleared keeps both saveable company and contact states",
          "[core][lead]")
{
    SECTION("new company and new contact")
    {
        Lead lead = filledLead();
        lead.newCompany = true;
        lead.newContact = true;
        const Lead stored = lead.withHiddenFieldsCleared();
        CHECK(stored.existingCompanyId == 0);
        CHECK(stored.existingContactId == 0);
        CHECK(stored.companyName == QStringLiteral("Acme LLC"));
        CHECK(stored.companyTin == QStringLiteral("7707083893"));
        CHECK(stored.firstName == QStringLiteral("Ivan"));
        CHECK(stored.contactEmail == QStringLiteral("ivan@acme.ru"));
    }
    SECTION("existing company and existing contact")
    {
        const Lead stored = filledLead().withHiddenFieldsCleared();
        CHECK(stored.existingCompanyId == 11);
        CHECK(stored.existingContactId == 15);
        CHECK(stored.companyName.isEmpty());
        CHECK(stored.companyWebsite.isEmpty());
        CHECK(stored.companyTin.isEmpty());
        CHECK(stored.firstName.isEmpty());
        CHECK(stored.lastName.isEmpty());
        CHECK(stored.middleName.isEmpty());
        CHECK(stored.contactPhone.isEmpty());
        CHECK(stored.contactEmail.isEmpty());
    }
}
