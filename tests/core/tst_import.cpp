// The core of the CSV import (issue 13): encodings, the reader's limits, the mapping guessed from
// headers, and a record turned into a lead or rejections.

#include "catchqt.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "importlookup.h"
#include "importmapping.h"
#include "importpreview.h"
#include "importrowmapper.h"
#include "textencoding.h"

#include <catch2/catch.hpp>

namespace {

// "Привет, мир" in Windows-1251.
const QByteArray HelloCp1251("\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0");

QStringList fields(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

bool rejects(const ImportRow &row, std::optional<LeadField> field)
{
    for (const ImportRejection &rejection : row.rejections) {
        if (rejection.field == field && !rejection.reason.isEmpty())
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("import: the encoding is UTF-8 with or without a byte order mark, else Windows-1251", "[import]")
{
    CHECK(TextEncodings::detect("name,source\r\n") == TextEncoding::Utf8);
    CHECK(TextEncodings::detect("\xEF\xBB\xBFname") == TextEncoding::Utf8);
    CHECK(TextEncodings::detect(QStringLiteral("Привет").toUtf8()) == TextEncoding::Utf8);
    // A sequence cut by the end of the sample is still UTF-8.
    CHECK(TextEncodings::detect(QStringLiteral("Привет").toUtf8().chopped(1)) == TextEncoding::Utf8);
    CHECK(TextEncodings::detect(HelloCp1251) == TextEncoding::Windows1251);

    CHECK(TextEncodings::decode(HelloCp1251, TextEncoding::Windows1251) == QStringLiteral("Привет, мир"));
    CHECK(TextEncodings::decode("\xA8\xB8\xB9", TextEncoding::Windows1251) == QStringLiteral("Ёё№"));
    bool invalid = false;
    CHECK(TextEncodings::decode("ok", TextEncoding::Utf8, &invalid) == QStringLiteral("ok"));
    CHECK_FALSE(invalid);
    TextEncodings::decode("caf\xE9", TextEncoding::Utf8, &invalid);
    CHECK(invalid);
    CHECK_FALSE(TextEncodings::isValidUtf8("\xED\xA0\x80"));   // a surrogate
    CHECK_FALSE(TextEncodings::isValidUtf8("\xC0\xAF"));       // overlong

    TextEncoding encoding;
    REQUIRE(TextEncodings::fromCode(QStringLiteral(" CP1251 "), &encoding));
    CHECK(encoding == TextEncoding::Windows1251);
    CHECK(TextEncodings::code(encoding) == QStringLiteral("windows-1251"));
    CHECK_FALSE(TextEncodings::fromCode(QStringLiteral("latin1"), &encoding));
}

TEST_CASE("import: the reader decodes Windows-1251 and marks NUL bytes, bad text and long fields", "[import]")
{
    CsvReader cp1251("a;" + HelloCp1251 + "\r\n", ';');
    cp1251.setEncoding(TextEncoding::Windows1251);
    QStringList record;
    REQUIRE(cp1251.readRecord(&record));
    CHECK(record == QStringList{QStringLiteral("a"), QStringLiteral("Привет, мир")});
    CHECK_FALSE(cp1251.recordHadInvalidText());

    static const char data[] = "ok,fine\r\nnul,a\0b\r\nbad,caf\xE9\r\nlong,0123456789\r\nok,again\r\n";
    CsvReader reader(QByteArray(data, sizeof data - 1));
    reader.setMaxFieldSize(5);
    REQUIRE(reader.readRecord(&record));
    CHECK_FALSE((reader.recordHadNul() || reader.recordHadInvalidText() || reader.recordHadLongField()));
    REQUIRE(reader.readRecord(&record));
    CHECK(reader.recordHadNul());
    REQUIRE(reader.readRecord(&record));
    CHECK(reader.recordHadInvalidText());
    CHECK_FALSE(reader.recordHadNul());
    REQUIRE(reader.readRecord(&record));
    CHECK(reader.recordHadLongField());
    CHECK(record.at(1) == QStringLiteral("01234"));
    REQUIRE(reader.readRecord(&record));
    CHECK(record == QStringList{QStringLiteral("ok"), QStringLiteral("again")});
    CHECK_FALSE(reader.recordHadLongField());
    CHECK(reader.lineNumber() == 5);
    CHECK(reader.bytesRead() == qint64(sizeof data - 1));
}

TEST_CASE("import: columns are matched by English and Russian labels, export codes and synonyms", "[import]")
{
    const ImportMapping english = ImportMapping::guess(fields({"Number", "Name", "Lead source", "Company TIN", "E-mail",
                                                               "Phone", "Company", "Owner", "Whatever"}));
    CHECK_FALSE(english.fieldOf(0));   // the export's number: no field
    CHECK(english.fieldOf(1) == LeadField::Name);
    CHECK(english.fieldOf(2) == LeadField::Source);
    CHECK(english.fieldOf(3) == LeadField::CompanyTin);
    CHECK(english.fieldOf(4) == LeadField::ContactEmail);
    CHECK(english.fieldOf(5) == LeadField::ContactPhone);
    CHECK(english.fieldOf(6) == LeadField::LeadCompanyName);
    CHECK(english.fieldOf(7) == LeadField::Owner);
    CHECK_FALSE(english.fieldOf(8));

    const ImportMapping russian = ImportMapping::guess(
        fields({"Название", "Источник", "ИНН", "Почта", "Телефон", "Компания", "Имя", "Фамилия", "Эл. почта контакта"}));
    CHECK(russian.fieldOf(0) == LeadField::Name);
    CHECK(russian.fieldOf(1) == LeadField::Source);
    CHECK(russian.fieldOf(2) == LeadField::CompanyTin);
    CHECK(russian.fieldOf(3) == LeadField::ContactEmail);
    CHECK(russian.fieldOf(4) == LeadField::ContactPhone);
    CHECK(russian.fieldOf(5) == LeadField::LeadCompanyName);
    CHECK(russian.fieldOf(6) == LeadField::FirstName);
    CHECK(russian.fieldOf(7) == LeadField::LastName);
    CHECK_FALSE(russian.fieldOf(8));   // a second e-mail column: the first one wins

    const ImportMapping codes = ImportMapping::guess(fields({"company_tin", "CONTACT_EMAIL", " name "}));
    CHECK(codes.fieldOf(0) == LeadField::CompanyTin);
    CHECK(codes.fieldOf(1) == LeadField::ContactEmail);
    CHECK(codes.fieldOf(2) == LeadField::Name);
}

TEST_CASE("import: a mapping is edited and saved as a string", "[import]")
{
    ImportMapping mapping(3);
    CHECK(mapping.isEmpty());
    mapping.setField(0, LeadField::Name);
    mapping.setField(2, LeadField::ContactEmail);
    CHECK(mapping.toString() == QStringLiteral("name,,contact_email"));
    mapping.setField(1, LeadField::Name);   // moves the field
    CHECK_FALSE(mapping.fieldOf(0));
    CHECK(mapping.columnOf(LeadField::Name) == 1);
    mapping.setIgnored(2);
    CHECK(mapping.toString() == QStringLiteral(",name,"));
    mapping.setField(4, LeadField::City);   // grows
    CHECK(mapping.columnCount() == 5);

    ImportMapping read;
    REQUIRE(ImportMapping::fromString(QStringLiteral("name,, contact_email"), &read));
    CHECK(read.columnOf(LeadField::ContactEmail) == 2);
    CHECK(read.columnCount() == 3);
    QString error;
    CHECK_FALSE(ImportMapping::fromString(QStringLiteral("name,colour"), &read, &error));
    CHECK(error.contains(QStringLiteral("colour")));
    CHECK_FALSE(ImportMapping::fromString(QStringLiteral("name,name"), &read, &error));
}

TEST_CASE("import: a record becomes a lead - labels to codes, Yes/No to flags, the formula guard removed", "[import]")
{
    ImportLookup lookup;
    lookup.addReference(ReferenceKind::Campaign, 7, QStringLiteral("Spring webinar"));
    lookup.addReference(ReferenceKind::SellingDirection, 3, QStringLiteral("Облачные сервисы"));
    lookup.addEmployee(11, QStringLiteral("anna"), QStringLiteral("Анна Смирнова"));
    const QStringList headers = fields({"Name", "Lead source", "New company", "Company name", "Company TIN", "Campaign",
                                        "Selling direction", "First name", "Last name", "Contact email",
                                        "Contact phone", "Owner", "Description"});
    const ImportRowMapper mapper(ImportMapping::guess(headers), &lookup);

    const ImportRow row = mapper.map(fields({"'=Big deal", "Website form", "Да", "Acme", "7707 083893", "spring WEBINAR",
                                             "Облачные сервисы", "Иван", "Петров", "Ivan@Example.COM",
                                             "+7 (495) 123-45-67", "Анна Смирнова", "'-note"}));
    INFO((row.rejections.isEmpty() ? QString() : row.rejections.constFirst().reason).toStdString());
    REQUIRE(row.ok());
    CHECK(row.lead.name == QStringLiteral("=Big deal"));
    CHECK(row.lead.source == LeadSource::WebsiteForm);
    CHECK(row.lead.newCompany);
    CHECK(row.lead.companyTin == QStringLiteral("7707083893"));
    CHECK(row.lead.campaignId == 7);
    CHECK(row.lead.sellingDirectionId == 3);
    CHECK(row.lead.newContact);   // no New contact column: the contact's details say so
    CHECK(row.lead.contactEmail == QStringLiteral("Ivan@example.com"));
    CHECK(row.lead.contactPhone == QStringLiteral("+7 (495) 123-45-67"));
    CHECK(row.lead.ownerId == 11);
    CHECK(row.lead.description == QStringLiteral("-note"));
}

// Answers are kept by the name as written: asking again gives the same, however it was written,
// and a name added after it was asked for (not found then) is found afterwards.
TEST_CASE("import: names are looked up the same way however often, and names added later are found", "[import]")
{
    ImportLookup lookup;
    lookup.addReference(ReferenceKind::Campaign, 7, QStringLiteral("Spring webinar"));
    lookup.addEmployee(11, QStringLiteral("anna"), QStringLiteral("Анна Смирнова"));
    for (int i = 0; i < 3; ++i) {
        CHECK(lookup.referenceId(ReferenceKind::Campaign, QStringLiteral("Spring webinar")) == 7);
        CHECK(lookup.referenceId(ReferenceKind::Campaign, QStringLiteral(" spring  WEBINAR ")) == 7);
        CHECK(lookup.referenceId(ReferenceKind::Campaign, QStringLiteral("Autumn")) == 0);
        CHECK(lookup.employeeId(QStringLiteral("ANNA")) == 11);
        CHECK(lookup.employeeId(QStringLiteral("анна смирнова")) == 11);
        CHECK(lookup.employeeId(QStringLiteral("oliver")) == 0);
    }
    lookup.addReference(ReferenceKind::Campaign, 8, QStringLiteral("autumn"));
    lookup.addEmployee(12, QStringLiteral("oliver"), QStringLiteral("Oliver Harris"));
    CHECK(lookup.referenceId(ReferenceKind::Campaign, QStringLiteral("Autumn")) == 8);
    CHECK(lookup.employeeId(QStringLiteral("oliver")) == 12);
    // More names than the cache holds: it empties and keeps answering.
    for (int i = 0; i < ImportLookup::MaxCachedNames + 10; ++i)
        REQUIRE(lookup.referenceId(ReferenceKind::Campaign, QStringLiteral("Nothing %1").arg(i)) == 0);
    CHECK(lookup.referenceId(ReferenceKind::Campaign, QStringLiteral("SPRING webinar")) == 7);
}

TEST_CASE("import: the formula guard's quote goes only where the guard put one", "[import]")
{
    CHECK(ImportRowMapper::stripFormulaGuard(QStringLiteral("'=SUM(A1)")) == QStringLiteral("=SUM(A1)"));
    CHECK(ImportRowMapper::stripFormulaGuard(QStringLiteral("'@home")) == QStringLiteral("@home"));
    CHECK(ImportRowMapper::stripFormulaGuard(QStringLiteral("'-x")) == QStringLiteral("-x"));
    CHECK(ImportRowMapper::stripFormulaGuard(QStringLiteral("'quoted'")) == QStringLiteral("'quoted'"));
    // A phone number of 7 digits or more is never guarded, so its quote is the value's own;
    // "+7 495" (4 digits) is guarded (issue #14, finding 8), so the quote before it is the guard's.
    CHECK(ImportRowMapper::stripFormulaGuard(QStringLiteral("'+7 495 123-45-67")) == QStringLiteral("'+7 495 123-45-67"));
    CHECK(ImportRowMapper::stripFormulaGuard(QStringLiteral("'+7 495")) == QStringLiteral("+7 495"));
    // Whatever the writer guards, the mapper unguards.
    for (const QString &cell : {QStringLiteral("=1+1"), QStringLiteral("+cmd"), QStringLiteral("-"), QStringLiteral("@x"),
                                QStringLiteral("-1-1"), QStringLiteral("+7 495")}) {
        CsvFormat format;
        const QByteArray written = CsvWriter::record({cell}, format);
        const QList<QStringList> read = CsvReader::readAll(written);
        REQUIRE(read.size() == 1);
        CHECK(ImportRowMapper::stripFormulaGuard(read.constFirst().constFirst()) == cell);
    }
}

TEST_CASE("import: flags and sources are read in English, Russian and as codes", "[import]")
{
    bool value = false;
    for (const char *yes : {"Yes", "yes", "Да", "true", "1", "Y"}) {
        CHECK(ImportRowMapper::parseFlag(QString::fromUtf8(yes), &value));
        CHECK(value);
    }
    for (const char *no : {"No", "нет", "false", "0", ""}) {
        CHECK(ImportRowMapper::parseFlag(QString::fromUtf8(no), &value));
        CHECK_FALSE(value);
    }
    CHECK_FALSE(ImportRowMapper::parseFlag(QStringLiteral("maybe"), &value));
    LeadSource source;
    REQUIRE(ImportRowMapper::parseSource(QStringLiteral("website_form"), &source));
    CHECK(source == LeadSource::WebsiteForm);
    REQUIRE(ImportRowMapper::parseSource(QStringLiteral("Social network"), &source));
    CHECK(source == LeadSource::SocialNetwork);
    REQUIRE(ImportRowMapper::parseSource(QStringLiteral("партнер"), &source));
    CHECK(source == LeadSource::Partner);
    CHECK_FALSE(ImportRowMapper::parseSource(QStringLiteral("Carrier pigeon"), &source));
}

TEST_CASE("import: every rejection names the field and the reason", "[import]")
{
    ImportLookup lookup;
    lookup.addEmployee(11, QStringLiteral("anna"), QStringLiteral("Анна Смирнова"));
    const QStringList headers = fields({"Name", "Source", "Company TIN", "Email", "Phone", "Website", "New company",
                                        "Campaign", "Owner", "City"});
    ImportRowMapper mapper(ImportMapping::guess(headers), &lookup);
    const auto row = [&](std::initializer_list<const char *> values) { return mapper.map(fields(values)); };

    CHECK(row({"Lead", "call", "", "", "", "", "", "", "", ""}).ok());
    CHECK(rejects(row({"", "call", "", "", "", "", "", "", "", ""}), LeadField::Name));
    CHECK(rejects(row({"Lead", "", "", "", "", "", "", "", "", ""}), LeadField::Source));
    CHECK(rejects(row({"Lead", "pigeon", "", "", "", "", "", "", "", ""}), LeadField::Source));
    CHECK(rejects(row({"Lead", "call", "12345", "", "", "", "", "", "", ""}), LeadField::CompanyTin));
    CHECK(rejects(row({"Lead", "call", "", "not-an-email", "", "", "", "", "", ""}), LeadField::ContactEmail));
    CHECK(rejects(row({"Lead", "call", "", "", "12", "", "", "", "", ""}), LeadField::ContactPhone));
    CHECK(rejects(row({"Lead", "call", "", "", "", "http://", "", "", "", ""}), LeadField::CompanyWebsite));
    CHECK(rejects(row({"Lead", "call", "", "", "", "", "perhaps", "", "", ""}), LeadField::NewCompany));
    CHECK(rejects(row({"Lead", "call", "", "", "", "", "", "Nope", "", ""}), LeadField::Campaign));
    CHECK(rejects(row({"Lead", "call", "", "", "", "", "", "", "bob", ""}), LeadField::Owner));
    CHECK(row({"Lead", "call", "", "", "", "", "", "", "ANNA", ""}).lead.ownerId == 11);
    CHECK(rejects(row({"Lead", "call", "", "", "", "", "", "", "", qPrintable(QString(300, u'x'))}), LeadField::City));
    // Ragged rows: the row as a whole.
    CHECK(rejects(row({"Lead", "call"}), std::nullopt));
    CHECK(rejects(mapper.map(fields({"Lead", "call", "", "", "", "", "", "", "", "", "extra"})), std::nullopt));

    // A default source fills an empty source column.
    mapper.setDefaultSource(LeadSource::Partner);
    const ImportRow defaulted = row({"Lead", "", "", "", "", "", "", "", "", ""});
    REQUIRE(defaulted.ok());
    CHECK(defaulted.lead.source == LeadSource::Partner);
    CHECK(rejects(row({"Lead", "pigeon", "", "", "", "", "", "", "", ""}), LeadField::Source));
}

TEST_CASE("import: the preview sniffs the delimiter and encoding and refuses what is no CSV", "[import]")
{
    const Result<ImportPreview> semicolon = ImportPreview::fromBytes("Name;Email\r\nA;a@b.cd\r\nB;b@b.cd\r\n", 1);
    REQUIRE(semicolon);
    CHECK(semicolon->delimiter == CsvDelimiter::Semicolon);
    CHECK(semicolon->headers == fields({"Name", "Email"}));
    CHECK(semicolon->rows.size() == 1);
    CHECK(semicolon->mapping.columnOf(LeadField::ContactEmail) == 1);

    const Result<ImportPreview> tab = ImportPreview::fromBytes("\xEF\xBB\xBFName\tPhone\n\"A\nB\"\t123\n");
    REQUIRE(tab);
    CHECK(tab->delimiter == CsvDelimiter::Tab);
    CHECK(tab->rows == QList<QStringList>{fields({"A\nB", "123"})});

    const Result<ImportPreview> cp1251 = ImportPreview::fromBytes("\xCD\xE0\xE7\xE2\xE0\xED\xE8\xE5,x\r\n");
    REQUIRE(cp1251);
    CHECK(cp1251->encoding == TextEncoding::Windows1251);
    CHECK(cp1251->headers.constFirst() == QStringLiteral("Название"));
    CHECK(cp1251->mapping.columnOf(LeadField::Name) == 0);

    CHECK_FALSE(ImportPreview::fromBytes(""));
    CHECK_FALSE(ImportPreview::fromBytes("\xEF\xBB\xBF"));
    CHECK_FALSE(ImportPreview::fromBytes(QByteArray("PK\x03\x04\0\0\0binary", 14)));
    const Result<ImportPreview> open = ImportPreview::fromBytes("\"Name,Email\r\n");
    REQUIRE_FALSE(open);
    CHECK(open.error().contains(QStringLiteral("Line 1")));
}
