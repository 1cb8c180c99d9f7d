// LeadDiff: what someone else changed in a lead, field by field, beside this person's values.

#include "catchqt.h"

#include "lead.h"
#include "leaddiff.h"
#include "result.h"

#include <catch2/catch.hpp>

namespace {

Lead baseLead()
{
    Lead lead;
    lead.id = 7;
    lead.version = 3;
    lead.name = QStringLiteral("Office chairs");
    lead.existingCompanyId = 11;
    lead.existingContactId = 21;
    lead.sellingDirectionId = 13;
    lead.city = QStringLiteral("Omsk");
    return lead;
}

// Names as the database would give them; an unknown id has none.
QString nameOf(ReferenceKind kind, qint64 id)
{
    if (kind == ReferenceKind::Employee && id == 5)
        return QStringLiteral("Maria Manager");
    if (kind == ReferenceKind::Employee && id == 6)
        return QStringLiteral("Sam Sales");
    if (kind == ReferenceKind::Company && id == 11)
        return QStringLiteral("Acme");
    if (kind == ReferenceKind::Company && id == 12)
        return QStringLiteral("Globex");
    return QString();
}

} // namespace

TEST_CASE("LeadDiff lists nothing when nobody else changed a field", "[core][diff]")
{
    const Lead base = baseLead();
    Lead theirs = base;
    theirs.version = 4;                 // a save that changed no field (or only the record)
    theirs.updatedAt = QDateTime::currentDateTimeUtc();
    Lead yours = base;
    yours.city = QStringLiteral("Tomsk");   // my own edit is no change of theirs
    const LeadDiff diff = LeadDiff::between(base, theirs, yours, nameOf);
    CHECK(diff.isEmpty());
    CHECK_FALSE(diff.stateChanged());
    CHECK(diff.find(LeadField::City) == nullptr);
}

TEST_CASE("LeadDiff lists their changes in form order with their value and mine", "[core][diff]")
{
    const Lead base = baseLead();
    Lead theirs = base;
    theirs.city = QStringLiteral("Kazan");
    theirs.name = QStringLiteral("Office chairs, 40 seats");
    theirs.existingCompanyId = 12;
    theirs.ownerId = 5;
    theirs.source = LeadSource::WebsiteForm;
    Lead yours = base;
    yours.city = QStringLiteral("Tomsk");
    yours.description = QStringLiteral("Call on Monday");

    const LeadDiff diff = LeadDiff::between(base, theirs, yours, nameOf);
    REQUIRE(diff.entries().size() == 5);
    QList<LeadField> fields;
    for (const LeadDiffEntry &entry : diff.entries())
        fields.append(entry.field);
    CHECK(fields == QList<LeadField>{LeadField::Name, LeadField::Source, LeadField::ExistingCompany, LeadField::Owner,
                                     LeadField::City});

    const LeadDiffEntry *city = diff.find(LeadField::City);
    REQUIRE(city);
    CHECK(city->label == QStringLiteral("City"));
    CHECK(city->theirs == QStringLiteral("Kazan"));
    CHECK(city->yours == QStringLiteral("Tomsk"));
    CHECK(city->youChanged);

    const LeadDiffEntry *name = diff.find(LeadField::Name);
    REQUIRE(name);
    CHECK(name->theirs == QStringLiteral("Office chairs, 40 seats"));
    CHECK(name->yours == QStringLiteral("Office chairs"));
    CHECK_FALSE(name->youChanged);

    // Reference fields by name, never by id; "none" for an empty one.
    const LeadDiffEntry *company = diff.find(LeadField::ExistingCompany);
    REQUIRE(company);
    CHECK(company->label == QStringLiteral("Existing company"));
    CHECK(company->theirs == QStringLiteral("Globex"));
    CHECK(company->yours == QStringLiteral("Acme"));
    const LeadDiffEntry *owner = diff.find(LeadField::Owner);
    REQUIRE(owner);
    CHECK(owner->theirs == QStringLiteral("Maria Manager"));
    CHECK(owner->yours == QStringLiteral("(none)"));

    const LeadDiffEntry *source = diff.find(LeadField::Source);
    REQUIRE(source);
    CHECK(source->theirs == QStringLiteral("Website form"));
    CHECK(diff.find(LeadField::Description) == nullptr);   // only mine changed it
}

TEST_CASE("LeadDiff shows check boxes, empty text, unknown references and the state readably", "[core][diff]")
{
    const Lead base = baseLead();
    Lead theirs = base;
    theirs.newContact = true;            // hides Existing contact: it is stored cleared
    theirs.firstName = QStringLiteral("Ivan");
    theirs.city.clear();
    theirs.channelId = 99;               // a reference nobody can name
    theirs.state = LeadState::Qualified;
    const LeadDiff diff = LeadDiff::between(base, theirs, base, nameOf);

    const LeadDiffEntry *flag = diff.find(LeadField::NewContact);
    REQUIRE(flag);
    CHECK(flag->theirs == QStringLiteral("Yes"));
    CHECK(flag->yours == QStringLiteral("No"));
    const LeadDiffEntry *city = diff.find(LeadField::City);
    REQUIRE(city);
    CHECK(city->theirs == QStringLiteral("(empty)"));
    const LeadDiffEntry *channel = diff.find(LeadField::Channel);
    REQUIRE(channel);
    CHECK(channel->theirs == QStringLiteral("#99"));
    const LeadDiffEntry *contact = diff.find(LeadField::ExistingContact);
    REQUIRE(contact);
    CHECK(contact->theirs == QStringLiteral("(none)"));
    CHECK(diff.find(LeadField::FirstName) != nullptr);

    REQUIRE(diff.stateChanged());
    const LeadDiffEntry &state = diff.entries().constLast();
    CHECK(state.label == QStringLiteral("State"));
    CHECK(state.theirs == QStringLiteral("Qualified"));
    CHECK(state.yours == QStringLiteral("New"));
}

TEST_CASE("LeadDiff ignores text typed into fields the rules hide", "[core][diff]")
{
    const Lead base = baseLead();     // an existing company: Company name is hidden
    Lead theirs = base;
    theirs.companyName = QStringLiteral("typed, never stored");
    CHECK(LeadDiff::between(base, theirs, base, nameOf).isEmpty());
}

TEST_CASE("Result tells a conflict from other failures and hands it on unchanged", "[core][result]")
{
    const Result<int> plain = Failure{QStringLiteral("Name: enter a name.")};
    CHECK_FALSE(plain.isConflict());
    const Result<int> conflict = Failure{QStringLiteral("Changed meanwhile."), FailureKind::Conflict};
    CHECK(conflict.isConflict());
    CHECK(conflict.error() == QStringLiteral("Changed meanwhile."));
    const Result<void> handedOn = conflict.failure();
    CHECK(handedOn.isConflict());
    CHECK(handedOn.error() == QStringLiteral("Changed meanwhile."));
    const Result<QString> again = handedOn.failure();
    CHECK(again.isConflict());
    CHECK_FALSE(Result<void>().isConflict());
    CHECK_FALSE(Result<int>(4).isConflict());
}
