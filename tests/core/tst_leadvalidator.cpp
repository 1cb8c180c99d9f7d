// LeadValidator::validate: every branch, under the visibility rules.

#include "catchqt.h"

#include "lead.h"
#include "leadvalidator.h"

#include <QStringList>

#include <catch2/catch.hpp>

namespace {

// A lead that saves: New company and New contact ticked, every shown field valid.
Lead newCompanyLead()
{
    Lead lead;
    lead.name = QStringLiteral("Office chairs");
    lead.source = LeadSource::Call;
    lead.newCompany = true;
    lead.companyName = QStringLiteral("Acme LLC");
    lead.companyWebsite = QStringLiteral("https://acme.ru");
    lead.companyTin = QStringLiteral("7707083893");
    lead.sellingDirectionId = 3;
    lead.newContact = true;
    lead.firstName = QStringLiteral("Ivan");
    lead.lastName = QStringLiteral("Petrov");
    return lead;
}

// A lead that saves: an existing company and an existing contact picked.
Lead existingCompanyLead()
{
    Lead lead;
    lead.name = QStringLiteral("Office chairs");
    lead.source = LeadSource::Partner;
    lead.existingCompanyId = 5;
    lead.sellingDirectionId = 3;
    lead.existingContactId = 6;
    return lead;
}

QList<LeadField> fieldsOf(const QList<FieldIssue> &issues)
{
    QList<LeadField> fields;
    for (const FieldIssue &issue : issues)
        fields.append(issue.field);
    return fields;
}

QString repeated(const QString &unit, int times)
{
    QString s;
    for (int i = 0; i < times; ++i)
        s += unit;
    return s;
}

const QString Rocket = QStringLiteral("\U0001F680");   // one character, two UTF-16 units

} // namespace

TEST_CASE("core/Validator: the two saveable shapes of a lead pass", "[core][validator]")
{
    Lead a = newCompanyLead();
    ValidationResult ra = LeadValidator::validate(a);
    CHECK(ra.ok());
    CHECK(ra.errors.isEmpty());
    CHECK(ra.warnings.isEmpty());
    CHECK(a == newCompanyLead());   // nothing to normalise

    Lead b = existingCompanyLead();
    ValidationResult rb = LeadValidator::validate(b);
    CHECK(rb.ok());
    CHECK(rb.warnings.isEmpty());
    CHECK(b == existingCompanyLead());

    // Optional fields filled in are fine too.
    Lead c = newCompanyLead();
    c.leadCompanyName = QStringLiteral("ACME");
    c.middleName = QStringLiteral("Sergeevich");
    c.contactPhone = QStringLiteral("+7 (495) 123-45-67");
    c.contactEmail = QStringLiteral("ivan@acme.ru");
    c.description = QStringLiteral("Needs 40 chairs.\nDelivery in March.");
    c.city = QStringLiteral("Москва");
    c.campaignId = 1;
    c.serviceId = 2;
    c.ownerId = 3;
    c.channelId = 4;
    CHECK(LeadValidator::validate(c).ok());
}

TEST_CASE("core/Validator: Name is required, 1 to 255 characters", "[core][validator]")
{
    for (const QString &blank : QStringList{QString(), QStringLiteral(""), QStringLiteral("   "),
                                 QStringLiteral("\n\t \r\n")}) {
        Lead lead = existingCompanyLead();
        lead.name = blank;
        const ValidationResult r = LeadValidator::validate(lead);
        CHECK_FALSE(r.ok());
        CHECK(fieldsOf(r.errors) == QList<LeadField>{LeadField::Name});
        CHECK(r.errorFor(LeadField::Name) == QStringLiteral("Name: must be filled in"));
        CHECK(lead.name.isEmpty());
    }

    Lead one = existingCompanyLead();
    one.name = QStringLiteral("X");
    CHECK(LeadValidator::validate(one).ok());

    Lead max = existingCompanyLead();
    max.name = repeated(QStringLiteral("a"), 255);
    CHECK(LeadValidator::validate(max).ok());

    Lead over = existingCompanyLead();
    over.name = repeated(QStringLiteral("a"), 256);
    const ValidationResult r = LeadValidator::validate(over);
    CHECK(r.errorFor(LeadField::Name)
          == QStringLiteral("Name: must be at most 255 characters long (now 256)"));
    CHECK(over.name.size() == 256);   // reported, not silently cut

    // Characters, not UTF-16 units: 255 emoji fit, 256 do not.
    Lead emoji = existingCompanyLead();
    emoji.name = repeated(Rocket, 255);
    CHECK(emoji.name.size() == 510);
    CHECK(LeadValidator::validate(emoji).ok());
    emoji.name += Rocket;
    CHECK(LeadValidator::validate(emoji).errorFor(LeadField::Name)
          == QStringLiteral("Name: must be at most 255 characters long (now 256)"));

    // Blanks around do not count towards the limit.
    Lead padded = existingCompanyLead();
    padded.name = QStringLiteral("   ") + repeated(QStringLiteral("b"), 255) + QStringLiteral("\n");
    CHECK(LeadValidator::validate(padded).ok());
    CHECK(padded.name.size() == 255);
}

TEST_CASE("core/Validator: Lead source must be one of the seven", "[core][validator]")
{
    for (LeadSource source : LeadSources::all()) {
        Lead lead = existingCompanyLead();
        lead.source = source;
        CHECK(LeadValidator::validate(lead).ok());
    }
    for (int bad : {0, -1, 8, 99}) {
        Lead lead = existingCompanyLead();
        lead.source = static_cast<LeadSource>(bad);
        const ValidationResult r = LeadValidator::validate(lead);
        CHECK(fieldsOf(r.errors) == QList<LeadField>{LeadField::Source});
        CHECK(r.errorFor(LeadField::Source).startsWith(QStringLiteral("Lead source: ")));
    }
}

TEST_CASE("core/Validator: Selling direction is required", "[core][validator]")
{
    for (qint64 bad : {qint64(0), qint64(-1)}) {
        Lead lead = newCompanyLead();
        lead.sellingDirectionId = bad;
        const ValidationResult r = LeadValidator::validate(lead);
        CHECK(fieldsOf(r.errors) == QList<LeadField>{LeadField::SellingDirection});
        CHECK(r.errorFor(LeadField::SellingDirection)
              == QStringLiteral("Selling direction: must be chosen"));
    }
}

TEST_CASE("core/Validator: the company block", "[core][validator]")
{
    SECTION("neither New company ticked nor an existing company picked: one clear error")
    {
        Lead lead = existingCompanyLead();
        lead.existingCompanyId = 0;
        const ValidationResult r = LeadValidator::validate(lead);
        CHECK(fieldsOf(r.errors) == QList<LeadField>{LeadField::ExistingCompany});
        CHECK(r.errorFor(LeadField::ExistingCompany)
              == QStringLiteral("Existing company: pick an existing company or tick "
                                "\u201cNew company\u201d"));
    }
    SECTION("undecided, but the shown company details are still checked for their format")
    {
        Lead lead = existingCompanyLead();
        lead.existingCompanyId = 0;
        lead.companyName = QStringLiteral("  Acme\nLLC ");
        lead.companyWebsite = QStringLiteral("acme.ru");
        lead.companyTin = QStringLiteral("77070838AB");
        const ValidationResult r = LeadValidator::validate(lead);
        CHECK(fieldsOf(r.errors)
              == (QList<LeadField>{LeadField::ExistingCompany, LeadField::CompanyTin}));
        CHECK(lead.companyName == QStringLiteral("Acme LLC"));
        CHECK(lead.companyWebsite == QStringLiteral("https://acme.ru"));
    }
    SECTION("New company ticked: name, website and TIN are required")
    {
        Lead lead = newCompanyLead();
        lead.companyName.clear();
        lead.companyWebsite = QStringLiteral("  ");
        lead.companyTin = QStringLiteral(" \t ");
        lead.existingCompanyId = 0;
        const ValidationResult r = LeadValidator::validate(lead);
        CHECK(fieldsOf(r.errors)
              == (QList<LeadField>{LeadField::CompanyName, LeadField::CompanyWebsite,
                                   LeadField::CompanyTin}));
        CHECK(r.errorFor(LeadField::CompanyName)
              == QStringLiteral("Company name: must be filled in"));
        CHECK(r.errorFor(LeadField::CompanyWebsite)
              == QStringLiteral("Company website: must be filled in"));
        CHECK(r.errorFor(LeadField::CompanyTin) == QStringLiteral("Company TIN: must be filled in"));
    }
    SECTION("New company ticked: a stale existing company id is hidden and not checked")
    {
        Lead lead = newCompanyLead();
        lead.existingCompanyId = 77;
        CHECK(LeadValidator::validate(lead).ok());
    }
    SECTION("an existing company picked: hidden details are neither validated nor touched")
    {
        Lead lead = existingCompanyLead();
        lead.companyName = repeated(QStringLiteral("x"), 1000) + QStringLiteral("\n");
        lead.companyWebsite = QStringLiteral("not a website at all");
        lead.companyTin = QStringLiteral("ABC");
        const Lead before = lead;
        CHECK(LeadValidator::validate(lead).ok());
        CHECK(lead == before);   // kept while the form is open; cleared only when stored
    }
    SECTION("company name over 255 characters")
    {
        Lead lead = newCompanyLead();
        lead.companyName = repeated(QStringLiteral("Я"), 256);
        CHECK(LeadValidator::validate(lead).errorFor(LeadField::CompanyName)
              == QStringLiteral("Company name: must be at most 255 characters long (now 256)"));
    }
}

TEST_CASE("core/Validator: Company website", "[core][validator]")
{
    SECTION("a bare domain is given the https scheme")
    {
        Lead lead = newCompanyLead();
        lead.companyWebsite = QStringLiteral(" acme.ru ");
        CHECK(LeadValidator::validate(lead).ok());
        CHECK(lead.companyWebsite == QStringLiteral("https://acme.ru"));
    }
    SECTION("a Cyrillic domain is accepted as it is")
    {
        Lead lead = newCompanyLead();
        lead.companyWebsite = QStringLiteral("пример.рф");
        CHECK(LeadValidator::validate(lead).ok());
        CHECK(lead.companyWebsite == QStringLiteral("https://пример.рф"));
    }
    SECTION("invalid addresses are refused naming the field, and left as typed")
    {
        for (const QString &bad : QStringList{QStringLiteral("acme"), QStringLiteral("ftp://acme.ru"),
                                   QStringLiteral("http://"), QStringLiteral("acme .ru"),
                                   QStringLiteral("javascript:alert(1)")}) {
            CAPTURE(bad);
            Lead lead = newCompanyLead();
            lead.companyWebsite = bad;
            const ValidationResult r = LeadValidator::validate(lead);
            CHECK(fieldsOf(r.errors) == QList<LeadField>{LeadField::CompanyWebsite});
            CHECK(r.errorFor(LeadField::CompanyWebsite)
                  == QStringLiteral("Company website: enter a web address such as "
                                    "https://example.com"));
            CHECK(lead.companyWebsite == LeadValidator::normaliseLine(bad));
        }
    }
    SECTION("the normalised address counts towards the 255-character limit")
    {
        Lead lead = newCompanyLead();
        // 25 labels of "abcdefghi." plus "ru": 252 characters, 260 with the scheme.
        lead.companyWebsite = repeated(QStringLiteral("abcdefghi."), 25) + QStringLiteral("ru");
        const ValidationResult r = LeadValidator::validate(lead);
        CHECK(r.errorFor(LeadField::CompanyWebsite)
              == QStringLiteral("Company website: must be at most 255 characters long (now 260)"));
    }
}

TEST_CASE("core/Validator: Company TIN", "[core][validator]")
{
    const auto check = [](const QString &tin) {
        Lead lead = newCompanyLead();
        lead.companyTin = tin;
        const ValidationResult r = LeadValidator::validate(lead);
        return std::make_pair(lead.companyTin, r);
    };

    SECTION("valid INNs and a 9-digit TIN pass without warnings")
    {
        for (const QString &tin : QStringList{QStringLiteral("7707083893"), QStringLiteral("7736050003"),
                                   QStringLiteral("7702070139"), QStringLiteral("500100732259"),
                                   QStringLiteral("123456789")}) {
            CAPTURE(tin);
            const auto [stored, r] = check(tin);
            CHECK(r.ok());
            CHECK(r.warnings.isEmpty());
            CHECK(stored == tin);
        }
    }
    SECTION("spaces are removed")
    {
        for (const QString &typed : QStringList{QStringLiteral("7707 083 893"),
                                     QStringLiteral(" 77 07 08 38 93 "),
                                     QStringLiteral("7707\u00A0083893"),
                                     QStringLiteral("7707\t083893\n")}) {
            CAPTURE(typed);
            const auto [stored, r] = check(typed);
            CHECK(r.ok());
            CHECK(stored == QStringLiteral("7707083893"));
        }
    }
    SECTION("letters and other characters are an error naming the field")
    {
        for (const QString &bad : QStringList{QStringLiteral("770708389A"), QStringLiteral("TIN7707083893"),
                                   QStringLiteral("7707-083-893"), QStringLiteral("ИНН 7707083893"),
                                   QStringLiteral("٧٧٠٧٠٨٣٨٩٣"), QStringLiteral("７７０７０８３８９３"),
                                   QStringLiteral("7707083893") + Rocket}) {
            CAPTURE(bad);
            const auto [stored, r] = check(bad);
            CHECK(fieldsOf(r.errors) == QList<LeadField>{LeadField::CompanyTin});
            CHECK(r.errorFor(LeadField::CompanyTin)
                  == QStringLiteral("Company TIN: must contain digits only "
                                    "(exactly 9, 10 or 12 of them)"));
            CHECK(r.warnings.isEmpty());
        }
    }
    SECTION("a wrong number of digits is an error")
    {
        for (int digits : {1, 8, 11, 13, 20}) {
            CAPTURE(digits);
            const auto [stored, r] = check(QString(digits, QLatin1Char('1')));
            CHECK(fieldsOf(r.errors) == QList<LeadField>{LeadField::CompanyTin});
            CHECK(r.errorFor(LeadField::CompanyTin)
                  == QStringLiteral("Company TIN: must contain exactly 9, 10 or 12 digits"));
        }
    }
    SECTION("failing INN check digits are a warning only, never an error")
    {
        for (const QString &tin : QStringList{QStringLiteral("7707083894"), QStringLiteral("1234567890"),
                                   QStringLiteral("500100732258"), QStringLiteral("500100732269")}) {
            CAPTURE(tin);
            const auto [stored, r] = check(tin);
            CHECK(r.ok());
            CHECK(fieldsOf(r.warnings) == QList<LeadField>{LeadField::CompanyTin});
            CHECK(r.warnings.first().message.startsWith(QStringLiteral("Company TIN: ")));
            CHECK(r.warnings.first().message.contains(QStringLiteral("INN")));
            CHECK(stored == tin);
        }
    }
}

TEST_CASE("core/Validator: the contact block", "[core][validator]")
{
    SECTION("neither New contact ticked nor an existing contact picked")
    {
        Lead lead = existingCompanyLead();
        lead.existingContactId = 0;
        const ValidationResult r = LeadValidator::validate(lead);
        CHECK(fieldsOf(r.errors) == QList<LeadField>{LeadField::ExistingContact});
        CHECK(r.errorFor(LeadField::ExistingContact)
              == QStringLiteral("Existing contact: pick an existing contact or tick "
                                "\u201cNew contact\u201d"));
    }
    SECTION("New contact ticked: first and last name required, the rest optional")
    {
        Lead lead = newCompanyLead();
        lead.firstName = QStringLiteral(" ");
        lead.lastName.clear();
        const ValidationResult r = LeadValidator::validate(lead);
        CHECK(fieldsOf(r.errors) == (QList<LeadField>{LeadField::FirstName, LeadField::LastName}));
        CHECK(r.errorFor(LeadField::FirstName) == QStringLiteral("First name: must be filled in"));
        CHECK(r.errorFor(LeadField::LastName) == QStringLiteral("Last name: must be filled in"));
    }
    SECTION("New contact ticked: a stale existing contact id is not checked")
    {
        Lead lead = newCompanyLead();
        lead.existingContactId = 99;
        CHECK(LeadValidator::validate(lead).ok());
    }
    SECTION("an existing contact picked: hidden contact fields are neither validated nor touched")
    {
        Lead lead = existingCompanyLead();
        lead.firstName = QStringLiteral("  two\nlines ");
        lead.contactPhone = QStringLiteral("call me");
        lead.contactEmail = QStringLiteral("not an email");
        lead.middleName = repeated(QStringLiteral("m"), 300);
        const Lead before = lead;
        CHECK(LeadValidator::validate(lead).ok());
        CHECK(lead == before);
    }
    SECTION("contact names are one-line fields")
    {
        Lead lead = newCompanyLead();
        lead.firstName = QStringLiteral("  Anna\r\nMaria ");
        lead.lastName = QStringLiteral("Ivanova\t-Petrova");
        lead.middleName = repeated(QStringLiteral("m"), 256);
        const ValidationResult r = LeadValidator::validate(lead);
        CHECK(lead.firstName == QStringLiteral("Anna Maria"));
        CHECK(lead.lastName == QStringLiteral("Ivanova -Petrova"));
        CHECK(fieldsOf(r.errors) == QList<LeadField>{LeadField::MiddleName});
        CHECK(r.errorFor(LeadField::MiddleName)
              == QStringLiteral("Middle name: must be at most 255 characters long (now 256)"));
    }
}

TEST_CASE("core/Validator: Contact phone", "[core][validator]")
{
    const auto errorFor = [](const QString &phone, QString *stored = nullptr) {
        Lead lead = newCompanyLead();
        lead.contactPhone = phone;
        const QString error = LeadValidator::validate(lead).errorFor(LeadField::ContactPhone);
        if (stored)
            *stored = lead.contactPhone;
        return error;
    };

    for (const QString &good : QStringList{QStringLiteral("+7 (495) 123-45-67"), QStringLiteral("8 800 555 35 35"),
                                QStringLiteral("12345"), QStringLiteral("123.456.7890"),
                                QStringLiteral("+44 20 7946 0958"), QStringLiteral("(495)1234567"),
                                QString(20, QLatin1Char('9'))}) {
        CAPTURE(good);
        CHECK(errorFor(good).isEmpty());
    }

    QString stored;
    CHECK(errorFor(QStringLiteral("  +7 495\n123 45 67  "), &stored).isEmpty());
    CHECK(stored == QStringLiteral("+7 495 123 45 67"));
    CHECK(errorFor(QString(), &stored).isEmpty());   // optional

    for (const QString &bad : QStringList{QStringLiteral("1234"), QStringLiteral("+7 (1) 2"),
                               QString(21, QLatin1Char('1')), QStringLiteral("+(-)")}) {
        CAPTURE(bad);
        CHECK(errorFor(bad) == QStringLiteral("Contact phone: must contain from 5 to 20 digits"));
    }
    for (const QString &bad : QStringList{QStringLiteral("+7 495 CALL ME"), QStringLiteral("phone: 12345"),
                               QStringLiteral("12345 ext 6"), QStringLiteral("１２３４５"),
                               QStringLiteral("12345#"), QStringLiteral("12345/6"),
                               QStringLiteral("12345") + Rocket}) {
        CAPTURE(bad);
        CHECK(errorFor(bad)
              == QStringLiteral("Contact phone: may contain only digits, spaces and the "
                                "characters + ( ) - ."));
    }
    for (const QString &bad : QStringList{QStringLiteral("7+495 1234567"), QStringLiteral("++7 495 1234567"),
                               QStringLiteral("(495 1234567"), QStringLiteral("495) 1234567"),
                               QStringLiteral("((495)) 1234567"), QStringLiteral("495)(1234567")}) {
        CAPTURE(bad);
        CHECK(errorFor(bad).startsWith(QStringLiteral("Contact phone: is not a phone number")));
    }
}

TEST_CASE("core/Validator: Contact email", "[core][validator]")
{
    const auto validate = [](const QString &email, QString *stored = nullptr) {
        Lead lead = newCompanyLead();
        lead.contactEmail = email;
        const QString error = LeadValidator::validate(lead).errorFor(LeadField::ContactEmail);
        if (stored)
            *stored = lead.contactEmail;
        return error;
    };

    QString stored;
    CHECK(validate(QStringLiteral("  Ivan.Petrov@ACME.RU "), &stored).isEmpty());
    CHECK(stored == QStringLiteral("Ivan.Petrov@acme.ru"));   // the local part keeps its case
    CHECK(validate(QStringLiteral("user@ПРИМЕР.РФ"), &stored).isEmpty());
    CHECK(stored == QStringLiteral("user@пример.рф"));
    CHECK(validate(QStringLiteral("пользователь@пример.рф"), &stored).isEmpty());
    CHECK(validate(QString(), &stored).isEmpty());   // optional

    for (const QString &bad : QStringList{QStringLiteral("user"), QStringLiteral("user@"),
                               QStringLiteral("user@@acme.ru"), QStringLiteral("us er@acme.ru"),
                               QStringLiteral("user@acme"), QStringLiteral("user..x@acme.ru")}) {
        CAPTURE(bad);
        CHECK(validate(bad) == QStringLiteral("Contact email: enter an e-mail address such as "
                                              "name@example.com"));
    }
    const QString longEmail = repeated(QStringLiteral("a"), 250) + QStringLiteral("@b.ru");
    // 255 characters fit the field, but a local part may not exceed 64.
    CHECK(validate(longEmail) == QStringLiteral("Contact email: enter an e-mail address such as "
                                                "name@example.com"));
    const QString tooLong = repeated(QStringLiteral("a"), 60) + QStringLiteral("@")
        + repeated(QStringLiteral("abcdefghi."), 20) + QStringLiteral("ru");
    CHECK(validate(tooLong)
          == QStringLiteral("Contact email: must be at most 255 characters long (now 263)"));
}

TEST_CASE("core/Validator: one-line fields and the description", "[core][validator]")
{
    SECTION("newlines and tabs pasted into one-line fields are folded")
    {
        Lead lead = newCompanyLead();
        lead.name = QStringLiteral("  Office\r\nchairs\t\tfor   40 ");
        lead.leadCompanyName = QStringLiteral("Acme\n\nGroup");
        lead.city = QStringLiteral("\tSaint\u2028Petersburg ");
        lead.companyName = QStringLiteral("Acme\u00A0LLC");
        CHECK(LeadValidator::validate(lead).ok());
        CHECK(lead.name == QStringLiteral("Office chairs for 40"));
        CHECK(lead.leadCompanyName == QStringLiteral("Acme Group"));
        CHECK(lead.city == QStringLiteral("Saint Petersburg"));
        CHECK(lead.companyName == QStringLiteral("Acme LLC"));
    }
    SECTION("overlong optional one-line fields")
    {
        Lead lead = newCompanyLead();
        lead.leadCompanyName = repeated(QStringLiteral("c"), 256);
        lead.city = repeated(QStringLiteral("ж"), 300);
        const ValidationResult r = LeadValidator::validate(lead);
        CHECK(fieldsOf(r.errors) == (QList<LeadField>{LeadField::LeadCompanyName, LeadField::City}));
        CHECK(r.errorFor(LeadField::LeadCompanyName)
              == QStringLiteral("Lead company name: must be at most 255 characters long (now 256)"));
        CHECK(r.errorFor(LeadField::City)
              == QStringLiteral("City: must be at most 255 characters long (now 300)"));
    }
    SECTION("the description keeps its lines and may hold 20000 characters")
    {
        Lead lead = newCompanyLead();
        lead.description = QStringLiteral("\n  First line\r\nSecond line\rThird\n\n\tIndented  \n");
        CHECK(LeadValidator::validate(lead).ok());
        CHECK(lead.description == QStringLiteral("First line\nSecond line\nThird\n\n\tIndented"));

        lead.description = repeated(QStringLiteral("d"), 20000);
        CHECK(LeadValidator::validate(lead).ok());
        lead.description = repeated(Rocket, 20000);
        CHECK(LeadValidator::validate(lead).ok());
        lead.description += QStringLiteral("!");
        CHECK(LeadValidator::validate(lead).errorFor(LeadField::Description)
              == QStringLiteral("Description: must be at most 20000 characters long (now 20001)"));
    }
}

TEST_CASE("core/Validator: every message names its field and errors come in form order",
          "[core][validator]")
{
    Lead lead;   // everything wrong at once
    lead.name = repeated(QStringLiteral("n"), 300);
    lead.source = static_cast<LeadSource>(0);
    lead.leadCompanyName = repeated(QStringLiteral("l"), 300);
    lead.newCompany = true;
    lead.companyName.clear();
    lead.companyWebsite = QStringLiteral("ftp://x");
    lead.companyTin = QStringLiteral("12");
    lead.newContact = true;
    lead.contactPhone = QStringLiteral("12");
    lead.contactEmail = QStringLiteral("@");
    lead.middleName = repeated(QStringLiteral("m"), 300);
    lead.description = repeated(QStringLiteral("d"), 20001);
    lead.city = repeated(QStringLiteral("c"), 300);
    const ValidationResult r = LeadValidator::validate(lead);

    const QList<LeadField> expected = {
        LeadField::Name,           LeadField::Source,       LeadField::LeadCompanyName,
        LeadField::CompanyName,    LeadField::CompanyWebsite, LeadField::CompanyTin,
        LeadField::SellingDirection, LeadField::FirstName,  LeadField::LastName,
        LeadField::MiddleName,     LeadField::ContactPhone, LeadField::ContactEmail,
        LeadField::Description,    LeadField::City,
    };
    CHECK(fieldsOf(r.errors) == expected);
    for (const FieldIssue &issue : r.errors + r.warnings) {
        CAPTURE(issue.message);
        CHECK(issue.message.startsWith(LeadFields::label(issue.field) + QStringLiteral(": ")));
    }
    CHECK(r.errorFor(LeadField::Owner).isEmpty());
    CHECK_FALSE(r.ok());
}

TEST_CASE("core/Validator: validating twice changes nothing more", "[core][validator]")
{
    Lead lead = newCompanyLead();
    lead.name = QStringLiteral("  a \n b ");
    lead.companyWebsite = QStringLiteral("WWW.Acme.RU/About");
    lead.companyTin = QStringLiteral("7707 0838 94");
    lead.contactEmail = QStringLiteral(" mailto:Ivan@ACME.ru ");
    lead.contactPhone = QStringLiteral(" +7\t495 1234567 ");
    lead.description = QStringLiteral(" x\r\ny ");
    const ValidationResult first = LeadValidator::validate(lead);
    CHECK(lead.companyWebsite == QStringLiteral("https://www.acme.ru/About"));
    CHECK(lead.contactEmail == QStringLiteral("Ivan@acme.ru"));
    const Lead once = lead;
    const ValidationResult second = LeadValidator::validate(lead);
    CHECK(lead == once);
    CHECK(first.errors == second.errors);
    CHECK(first.warnings == second.warnings);
    CHECK(first.ok());
    CHECK(first.warnings.size() == 1);   // 7707083894 fails the INN check digits
}

TEST_CASE("core/Validator: emoji and broken surrogates anywhere do not break anything",
          "[core][validator]")
{
    const QString family = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
    const QString flag = QStringLiteral("\U0001F1F7\U0001F1FA");
    const QString loneHigh = QString(QChar(0xD83D));
    const QString loneLow = QString(QChar(0xDE80));
    for (const QString &text : QStringList{Rocket, family, flag, loneHigh, loneLow,
                                loneHigh + QStringLiteral("x") + loneLow,
                                Rocket.left(1) + QStringLiteral("\n") + Rocket.right(1),
                                repeated(family, 100)}) {
        for (bool newCompany : {false, true}) {
            for (bool newContact : {false, true}) {
                Lead lead;
                lead.newCompany = newCompany;
                lead.newContact = newContact;
                lead.name = text;
                lead.leadCompanyName = text;
                lead.companyName = text;
                lead.companyWebsite = text + QStringLiteral(".ru");
                lead.companyTin = text;
                lead.firstName = text;
                lead.lastName = text;
                lead.middleName = text;
                lead.contactPhone = text;
                lead.contactEmail = text + QStringLiteral("@") + text + QStringLiteral(".ru");
                lead.description = text;
                lead.city = text;
                const ValidationResult r = LeadValidator::validate(lead);
                CHECK_FALSE(r.ok());   // at least the references are missing
                // No unpaired surrogate survives normalisation of what is shown.
                for (const QString *value : {&lead.name, &lead.city, &lead.description}) {
                    const QString &v = *value;
                    for (qsizetype i = 0; i < v.size(); ++i) {
                        if (v[i].isHighSurrogate()) {
                            REQUIRE(i + 1 < v.size());
                            CHECK(v[i + 1].isLowSurrogate());
                            ++i;
                        } else {
                            CHECK_FALSE(v[i].isLowSurrogate());
                        }
                    }
                }
                Lead again = lead;
                LeadValidator::validate(again);
                CHECK(again == lead);
            }
        }
    }

    Lead ok = existingCompanyLead();
    ok.name = Rocket + QStringLiteral(" Launch ") + family;
    ok.description = flag + QStringLiteral("\n") + Rocket;
    CHECK(LeadValidator::validate(ok).ok());
    CHECK(ok.name == Rocket + QStringLiteral(" Launch ") + family);
}

TEST_CASE("core/ValidationResult::errorFor returns the first error of a field", "[core][validator]")
{
    ValidationResult r;
    CHECK(r.ok());
    CHECK(r.errorFor(LeadField::Name).isEmpty());
    r.warnings.append({LeadField::CompanyTin, QStringLiteral("w")});
    CHECK(r.ok());
    CHECK(r.errorFor(LeadField::CompanyTin).isEmpty());
    r.errors.append({LeadField::Name, QStringLiteral("first")});
    r.errors.append({LeadField::Name, QStringLiteral("second")});
    CHECK_FALSE(r.ok());
    CHECK(r.errorFor(LeadField::Name) == QStringLiteral("first"));
}
