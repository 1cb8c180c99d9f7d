// Labels, codes and parsing of lead fields, sources, states and roles.

#include "catchqt.h"

#include "leadfield.h"
#include "leadsource.h"
#include "leadstate.h"
#include "role.h"

#include <QSet>

#include <catch2/catch.hpp>

#include <utility>
#include <vector>

TEST_CASE("core/Lead fields have the spec's labels and stable codes, in form order", "[core][fields]")
{
    const std::vector<std::tuple<LeadField, const char *, const char *>> expected = {
        {LeadField::Name, "Name", "name"},
        {LeadField::Source, "Lead source", "source"},
        {LeadField::LeadCompanyName, "Lead company name", "lead_company_name"},
        {LeadField::NewCompany, "New company", "new_company"},
        {LeadField::ExistingCompany, "Existing company", "existing_company"},
        {LeadField::CompanyName, "Company name", "company_name"},
        {LeadField::CompanyWebsite, "Company website", "company_website"},
        {LeadField::CompanyTin, "Company TIN", "company_tin"},
        {LeadField::Campaign, "Campaign", "campaign"},
        {LeadField::SellingDirection, "Selling direction", "selling_direction"},
        {LeadField::ServiceOrProduct, "Service or product", "service_or_product"},
        {LeadField::NewContact, "New contact", "new_contact"},
        {LeadField::FirstName, "First name", "first_name"},
        {LeadField::LastName, "Last name", "last_name"},
        {LeadField::MiddleName, "Middle name", "middle_name"},
        {LeadField::ContactPhone, "Contact phone", "contact_phone"},
        {LeadField::ContactEmail, "Contact email", "contact_email"},
        {LeadField::ExistingContact, "Existing contact", "existing_contact"},
        {LeadField::Description, "Description", "description"},
        {LeadField::Owner, "Owner", "owner"},
        {LeadField::City, "City", "city"},
        {LeadField::Channel, "Content distribution channel", "channel"},
    };
    REQUIRE(expected.size() == size_t(LeadFieldCount));
    REQUIRE(LeadFields::all().size() == LeadFieldCount);

    int position = 0;
    for (const auto &[field, label, code] : expected) {
        CAPTURE(code);
        CHECK(static_cast<int>(field) == position);
        CHECK(LeadFields::all().at(position) == field);
        CHECK(LeadFields::label(field) == QString::fromUtf8(label));
        CHECK(LeadFields::code(field) == QString::fromUtf8(code));

        LeadField parsed = LeadField::Channel == field ? LeadField::Name : LeadField::Channel;
        CHECK(LeadFields::fromCode(QString::fromUtf8(code), &parsed));
        CHECK(parsed == field);
        // Tolerant of case and blanks, as typed on a command line or in a CSV header.
        parsed = LeadField::Channel == field ? LeadField::Name : LeadField::Channel;
        CHECK(LeadFields::fromCode(QStringLiteral("  ") + QString::fromUtf8(code).toUpper()
                                       + QStringLiteral(" "),
                                   &parsed));
        CHECK(parsed == field);
        ++position;
    }
}

TEST_CASE("core/Lead field codes and labels are unique and unknown codes are refused", "[core][fields]")
{
    QSet<QString> codes;
    QSet<QString> labels;
    for (LeadField field : LeadFields::all()) {
        codes.insert(LeadFields::code(field));
        labels.insert(LeadFields::label(field));
    }
    CHECK(codes.size() == LeadFieldCount);
    CHECK(labels.size() == LeadFieldCount);

    LeadField field = LeadField::City;
    for (const char *bad : {"", " ", "company tin", "Company TIN", "companytin", "company_tin_x",
                            "Название"}) {
        CAPTURE(bad);
        CHECK_FALSE(LeadFields::fromCode(QString::fromUtf8(bad), &field));
        CHECK(field == LeadField::City);
    }
    CHECK(LeadFields::fromCode(QStringLiteral("city"), nullptr));
    CHECK(LeadFields::label(static_cast<LeadField>(-1)).isEmpty());
    CHECK(LeadFields::code(static_cast<LeadField>(LeadFieldCount)).isEmpty());
}

TEST_CASE("core/Lead sources: labels, codes, stored numbers", "[core][sources]")
{
    const std::vector<std::tuple<LeadSource, int, const char *, const char *>> expected = {
        {LeadSource::SelfGeneration, 1, "Self-generation", "self_generation"},
        {LeadSource::WebsiteForm, 2, "Website form", "website_form"},
        {LeadSource::Chat, 3, "Chat", "chat"},
        {LeadSource::Call, 4, "Call", "call"},
        {LeadSource::Email, 5, "Email", "email"},
        {LeadSource::SocialNetwork, 6, "Social network", "social_network"},
        {LeadSource::Partner, 7, "Partner", "partner"},
    };
    QList<LeadSource> order;
    for (const auto &[source, number, label, code] : expected) {
        CAPTURE(code);
        order.append(source);
        CHECK(static_cast<int>(source) == number);
        CHECK(LeadSources::label(source) == QString::fromUtf8(label));
        CHECK(LeadSources::code(source) == QString::fromUtf8(code));
        CHECK(LeadSources::isValid(source));

        LeadSource parsed = source == LeadSource::Chat ? LeadSource::Call : LeadSource::Chat;
        CHECK(LeadSources::fromCode(QString::fromUtf8(code), &parsed));
        CHECK(parsed == source);
        parsed = source == LeadSource::Chat ? LeadSource::Call : LeadSource::Chat;
        CHECK(LeadSources::fromCode(QString::fromUtf8(code).toUpper(), &parsed));
        CHECK(parsed == source);
        parsed = source == LeadSource::Chat ? LeadSource::Call : LeadSource::Chat;
        CHECK(LeadSources::fromInt(number, &parsed));
        CHECK(parsed == source);
    }
    CHECK(LeadSources::all() == order);

    LeadSource untouched = LeadSource::Partner;
    for (int bad : {-1, 0, 8, 100})
        CHECK_FALSE(LeadSources::fromInt(bad, &untouched));
    for (const char *bad : {"", "website form", "Website form", "web", "self-generation"})
        CHECK_FALSE(LeadSources::fromCode(QString::fromUtf8(bad), &untouched));
    CHECK(untouched == LeadSource::Partner);
    CHECK_FALSE(LeadSources::isValid(static_cast<LeadSource>(0)));
    CHECK_FALSE(LeadSources::isValid(static_cast<LeadSource>(8)));
    CHECK(LeadSources::label(static_cast<LeadSource>(0)).isEmpty());
    CHECK(LeadSources::code(static_cast<LeadSource>(42)).isEmpty());
}

TEST_CASE("core/Lead states: labels, codes, stored numbers, closed states", "[core][states]")
{
    const std::vector<std::tuple<LeadState, int, const char *, const char *, bool>> expected = {
        {LeadState::New, 1, "New", "new", false},
        {LeadState::Assigned, 2, "Assigned", "assigned", false},
        {LeadState::Qualified, 3, "Qualified", "qualified", true},
        {LeadState::Disqualified, 4, "Disqualified", "disqualified", true},
        {LeadState::Dropped, 5, "Dropped", "dropped", true},
    };
    QList<LeadState> order;
    for (const auto &[state, number, label, code, closed] : expected) {
        CAPTURE(code);
        order.append(state);
        CHECK(static_cast<int>(state) == number);
        CHECK(LeadStates::label(state) == QString::fromUtf8(label));
        CHECK(LeadStates::code(state) == QString::fromUtf8(code));
        CHECK(LeadStates::isClosed(state) == closed);

        LeadState parsed = state == LeadState::New ? LeadState::Dropped : LeadState::New;
        CHECK(LeadStates::fromCode(QString::fromUtf8(code), &parsed));
        CHECK(parsed == state);
        parsed = state == LeadState::New ? LeadState::Dropped : LeadState::New;
        CHECK(LeadStates::fromInt(number, &parsed));
        CHECK(parsed == state);
    }
    CHECK(LeadStates::all() == order);

    LeadState untouched = LeadState::Assigned;
    for (int bad : {-5, 0, 6, 1000})
        CHECK_FALSE(LeadStates::fromInt(bad, &untouched));
    for (const char *bad : {"", "open", "closed", "new lead"})
        CHECK_FALSE(LeadStates::fromCode(QString::fromUtf8(bad), &untouched));
    CHECK(untouched == LeadState::Assigned);
    CHECK(LeadStates::label(static_cast<LeadState>(0)).isEmpty());
}

TEST_CASE("core/Roles: codes, bit values, comma-separated sets", "[core][roles]")
{
    const std::vector<std::tuple<Role, int, const char *>> expected = {
        {Role::Admin, 1, "crm_admin"},
        {Role::Sales, 2, "crm_sales"},
        {Role::Manager, 4, "crm_manager"},
        {Role::Marketeer, 8, "crm_marketeer"},
    };
    QList<Role> order;
    for (const auto &[role, bit, code] : expected) {
        CAPTURE(code);
        order.append(role);
        CHECK(static_cast<int>(role) == bit);
        CHECK(Roles::code(role) == QString::fromUtf8(code));
        Role parsed = role == Role::Admin ? Role::Sales : Role::Admin;
        CHECK(Roles::fromCode(QString::fromUtf8(code), &parsed));
        CHECK(parsed == role);
    }
    CHECK(Roles::all() == order);
    CHECK(Roles::allRoles() == RoleSet::fromInt(15));

    SECTION("every one of the 16 sets survives codes() and fromCodes()")
    {
        for (int mask = 0; mask < 16; ++mask) {
            CAPTURE(mask);
            const RoleSet roles = RoleSet::fromInt(mask);
            QStringList parts;
            for (const auto &[role, bit, code] : expected) {
                if (mask & bit)
                    parts.append(QString::fromUtf8(code));
            }
            CHECK(Roles::codes(roles) == parts.join(QLatin1Char(',')));
            RoleSet parsed = RoleSet::fromInt(mask ^ 15);
            CHECK(Roles::fromCodes(Roles::codes(roles), &parsed));
            CHECK(parsed == roles);
        }
    }
    SECTION("labels name the roles for people, in all() order")
    {
        CHECK(Roles::label(Role::Admin) == QStringLiteral("Administrator"));
        CHECK(Roles::label(Role::Marketeer) == QStringLiteral("Marketeer"));
        CHECK(Roles::labels(RoleSet(Role::Manager) | Role::Sales) == QStringLiteral("Sales, Manager"));
        CHECK(Roles::labels(RoleSet()).isEmpty());
    }
    SECTION("parsing is tolerant of blanks, case, order and repeats")
    {
        RoleSet parsed;
        CHECK(Roles::fromCodes(QStringLiteral(" crm_sales , CRM_ADMIN,,crm_sales "), &parsed));
        CHECK(parsed == (RoleSet(Role::Admin) | Role::Sales));
        CHECK(Roles::fromCodes(QString(), &parsed));
        CHECK(parsed == RoleSet());
    }
    SECTION("an unknown code refuses the whole list and leaves the output alone")
    {
        RoleSet parsed = Role::Manager;
        CHECK_FALSE(Roles::fromCodes(QStringLiteral("crm_admin,root"), &parsed));
        CHECK_FALSE(Roles::fromCodes(QStringLiteral("crm_admin;crm_sales"), &parsed));
        CHECK_FALSE(Roles::fromCodes(QStringLiteral("admin"), &parsed));
        CHECK(parsed == RoleSet(Role::Manager));
        Role role = Role::Marketeer;
        CHECK_FALSE(Roles::fromCode(QStringLiteral("crm_"), &role));
        CHECK(role == Role::Marketeer);
        CHECK(Roles::code(static_cast<Role>(3)).isEmpty());
    }
}
