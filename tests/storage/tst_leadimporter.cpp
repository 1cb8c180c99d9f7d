// LeadImporter (issue 13): CSV files into leads on both engines, all or nothing.

#include "catchqtstring.h"
#include "csvfile.h"
#include "catchresult.h"
#include "csvreader.h"
#include "exportfixture.h"
#include "historyfields.h"
#include "leadexporter.h"
#include "leadimporter.h"
#include "leadrepository.h"
#include "listedleadids.h"
#include "storagefixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <catch2/catch.hpp>

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A fixture database and an importer acting as its manager (who may create and assign).
struct ImportFixture
{
    StorageFixture f{QStringLiteral("import-test")};
    LeadImporter importer;
    ImportRequest request;

    ImportFixture()
    {
        request.actorId = f.otherEmployeeId;
        request.reportPath = f.dir().file(QStringLiteral("rejected.csv"));
    }

    // Writes `bytes` to a file and imports it.
    bool import(const QByteArray &bytes)
    {
        request.filePath = f.dir().file(QStringLiteral("in.csv"));
        writeFile(request.filePath, bytes);
        const bool ok = importer.run(request, f.db());
        INFO(importer.errorString().toStdString());
        return ok;
    }

    qint64 leads() const { return f.scalar(QStringLiteral("SELECT count(*) FROM leads")); }
    qint64 history() const { return f.scalar(QStringLiteral("SELECT count(*) FROM lead_history")); }
    QList<QStringList> report() const { return readCsv(request.reportPath); }

    // The names of the leads flagged as likely duplicates, in the order they were added.
    QStringList flaggedNames() const
    {
        QSqlQuery query(f.db());
        REQUIRE(query.exec(QStringLiteral("SELECT l.name FROM lead_history h JOIN leads l ON l.id = h.lead_id "
                                          "WHERE h.field = 'likely_duplicate' ORDER BY l.id")));
        QStringList names;
        while (query.next())
            names << query.value(0).toString();
        return names;
    }
};

// An open lead with jane@acme.example and a closed one with fresh@example.com: only the open one
// makes a row like it a likely duplicate.
void addOpenAndClosedLead(ImportFixture &t)
{
    Lead open = t.f.newLead();   // jane@acme.example
    REQUIRE(LeadRepository(t.f.db()).insert(open, t.f.otherEmployeeId));
    Lead closed = t.f.newLead();
    closed.contactEmail = QStringLiteral("fresh@example.com");
    REQUIRE(LeadRepository(t.f.db()).insert(closed, t.f.otherEmployeeId));
    QSqlQuery query(t.f.db());
    REQUIRE(query.exec(QStringLiteral("UPDATE leads SET state = 5 WHERE id = %1").arg(closed.id)));   // not open
}

const QByteArray Header = "Name,Lead source,Contact email,Contact phone,Company TIN\r\n";

} // namespace

TEST_CASE("import: rows become New leads owned by nobody, with their history and in the search", "[import]")
{
    ImportFixture t;
    REQUIRE(t.import(Header + "Zebra hosting,Website form,zebra@example.com,+7 916 123-45-67,7707083893\r\n"
                              "\"Quoted, with comma\nand a line\",call,,,\r\n"));
    CHECK(t.importer.summary().rows == 2);
    CHECK(t.importer.summary().imported == 2);
    CHECK(t.importer.summary().rejected == 0);
    CHECK(t.importer.summary().reportPath.isEmpty());
    CHECK_FALSE(QFile::exists(t.request.reportPath));
    REQUIRE(t.leads() == 2);

    LeadRepository repository(t.f.db());
    const qint64 id = t.f.scalar(QStringLiteral("SELECT id FROM leads WHERE name = 'Zebra hosting'"));
    const Lead lead = valueOf(repository.find(id));
    CHECK(lead.state == LeadState::New);
    CHECK(lead.ownerId == 0);
    CHECK(lead.source == LeadSource::WebsiteForm);
    CHECK(lead.newContact);
    CHECK(lead.contactEmail == QStringLiteral("zebra@example.com"));
    CHECK(lead.companyTin == QStringLiteral("7707083893"));
    CHECK(lead.createdById == t.f.otherEmployeeId);
    CHECK(lead.version == 1);
    const QList<LeadHistoryEntry> history = valueOf(repository.history(id));
    REQUIRE(history.size() == 1);
    CHECK(history.constFirst().field == HistoryFields::createdCode());
    CHECK(history.constFirst().newValue == QStringLiteral("Zebra hosting"));

    LeadListQuery query;
    query.searchText = QStringLiteral("zebra");
    CHECK(listedLeadIds(t.f.db(), t.f.otherEmployeeId, query) == QList<qint64>{id});
    query.searchText = QStringLiteral("quoted line");
    CHECK(listedLeadIds(t.f.db(), t.f.otherEmployeeId, query).size() == 1);
}

TEST_CASE("import: an owner column names an employee by login or name - the lead is then Assigned", "[import]")
{
    ImportFixture t;
    REQUIRE(t.import("Name,Source,Owner\r\nA,chat,anna\r\nB,chat,Oliver Harris\r\nC,chat,\r\nD,chat,nobody\r\n"));
    CHECK(t.importer.summary().imported == 3);
    CHECK(t.importer.summary().rejected == 1);
    CHECK(t.f.scalar(QStringLiteral("SELECT owner_id FROM leads WHERE name = 'A'")) == t.f.employeeId);
    CHECK(t.f.scalar(QStringLiteral("SELECT state FROM leads WHERE name = 'A'")) == int(LeadState::Assigned));
    CHECK(t.f.scalar(QStringLiteral("SELECT owner_id FROM leads WHERE name = 'B'")) == t.f.otherEmployeeId);
    CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE name = 'C' AND owner_id IS NULL AND state = 1")) == 1);
    // The list's owner name follows (the triggers, as for a lead saved from the form).
    CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE name = 'A' AND owner_name = 'Анна Смирнова'")) == 1);
}

TEST_CASE("import: rejected rows go to the report with their line, field and reason - the rest is imported", "[import]")
{
    ImportFixture t;
    REQUIRE(t.import(Header + "Good,chat,good@example.com,,\r\n"
                              ",chat,,,\r\n"
                              "Bad mail,chat,not-an-email,,\r\n"
                              "\"Two\nlines\",chat,,12,\r\n"
                              "Bad TIN,chat,,,12345\r\n"
                              "Ragged,chat\r\n"
                              "No source,,,,\r\n"));
    const ImportSummary &summary = t.importer.summary();
    CHECK(summary.rows == 7);
    CHECK(summary.imported == 1);
    CHECK(summary.rejected == 6);
    CHECK(summary.reportPath == t.request.reportPath);
    CHECK(t.leads() == 1);

    const QList<QStringList> report = t.report();
    REQUIRE(report.size() == 7);
    CHECK(report[0] == QStringList{"Name", "Lead source", "Contact email", "Contact phone", "Company TIN", "Line", "Field", "Reason"});
    // The original row first, then line, field, reason.
    CHECK(report[1].mid(0, 6) == QStringList{"", "chat", "", "", "", "3"});
    CHECK(report[1][6] == QStringLiteral("Name"));
    CHECK(report[2][5] == QStringLiteral("4"));
    CHECK(report[2][6] == QStringLiteral("Contact email"));
    CHECK(report[3][0] == QStringLiteral("Two\nlines"));
    CHECK(report[3][5] == QStringLiteral("5"));   // the line the record starts on
    CHECK(report[3][6] == QStringLiteral("Contact phone"));
    CHECK(report[4][5] == QStringLiteral("7"));
    CHECK(report[4][6] == QStringLiteral("Company TIN"));
    CHECK(report[5] == QStringList{"Ragged", "chat", "8", "", "The row has 2 fields; the header has 5."});
    CHECK(report[6][6] == QStringLiteral("Lead source"));
    for (int i = 1; i < report.size(); ++i)
        CHECK_FALSE(report[i].constLast().isEmpty());
}

TEST_CASE("import: likely duplicates are skipped, flagged or imported - open leads and earlier rows alike", "[import]")
{
    const QByteArray file = Header + "Same mail,chat,jane@acme.example,,\r\n"     // as the stored lead
                                     "Same phone,chat,,8 (916) 111-22-33,\r\n"    // as row 5, below
                                     "Same TIN,chat,,,500100732259\r\n"           // as row 6, below
                                     "First phone,chat,,+7 916 111 22 33,\r\n"
                                     "Second TIN,chat,,,500100732259\r\n"
                                     "Fresh,chat,fresh@example.com,,\r\n"
                                     "Again fresh,chat,FRESH@example.com,,\r\n";   // as row 7
    // Rows 3 and 4 come before the rows that resemble them: they are no duplicates of what is not yet there.
    SECTION("skip")
    {
        ImportFixture t;
        addOpenAndClosedLead(t);
        t.request.duplicates = ImportDuplicateMode::Skip;
        REQUIRE(t.import(file));
        CHECK(t.importer.summary().skipped == 4);
        CHECK(t.importer.summary().imported == 3);
        CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE name = 'Same mail'")) == 0);
        CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE name = 'Again fresh'")) == 0);
        CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE name = 'Fresh'")) == 1);
    }
    SECTION("flag")
    {
        ImportFixture t;
        addOpenAndClosedLead(t);
        t.request.duplicates = ImportDuplicateMode::Flag;
        REQUIRE(t.import(file));
        CHECK(t.importer.summary().flagged == 4);
        CHECK(t.importer.summary().imported == 7);
        CHECK(t.flaggedNames() == QStringList{"Same mail", "First phone", "Second TIN", "Again fresh"});
        CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM lead_history WHERE field = 'likely_duplicate' "
                                        "AND new_value NOT LIKE 'Lead #%'")) == 0);
        CHECK(HistoryFields::label(HistoryFields::likelyDuplicateCode()) == QStringLiteral("Likely duplicate"));
    }
    SECTION("import")
    {
        ImportFixture t;
        addOpenAndClosedLead(t);
        t.request.duplicates = ImportDuplicateMode::Import;
        REQUIRE(t.import(file));
        CHECK(t.importer.summary().imported == 7);
        CHECK(t.importer.summary().skipped == 0);
        CHECK(t.importer.summary().flagged == 0);
        CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM lead_history WHERE field = 'likely_duplicate'")) == 0);
    }
}

// The same on the bulk path (a file of 8 MB or more: indexes dropped and built again at the end,
// on SQLite under the rollback journal when the database has no leads): the same leads skipped
// and flagged.
TEST_CASE("import: a large file finds the same likely duplicates - open leads and earlier rows alike", "[import]")
{
    QByteArray file = "Name,Lead source,Contact email,Contact phone,Company TIN,Unused\r\n"
                      "Same mail,chat,jane@acme.example,,,\r\n"
                      "Same phone,chat,,8 (916) 111-22-33,,\r\n"
                      "Same TIN,chat,,,500100732259,\r\n"
                      "First phone,chat,,+7 916 111 22 33,,\r\n"
                      "Second TIN,chat,,,500100732259,\r\n"
                      "Fresh,chat,fresh@example.com,,,\r\n"
                      "Again fresh,chat,FRESH@example.com,,,\r\n";
    const QByteArray filler(1000 * 1000, 'x');   // an unmapped column makes the file large
    for (int i = 0; i < 9; ++i)
        file += "Filler " + QByteArray::number(i) + ",chat,,,," + filler + "\r\n";
    REQUIRE(file.size() >= 8 * 1024 * 1024);
    SECTION("skip")
    {
        ImportFixture t;
        addOpenAndClosedLead(t);
        t.request.duplicates = ImportDuplicateMode::Skip;
        REQUIRE(t.import(file));
        CHECK(t.importer.summary().skipped == 4);
        CHECK(t.importer.summary().imported == 3 + 9);
        CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE name IN ('Same mail', 'Again fresh')")) == 0);
        CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE name IN ('Same phone', 'Same TIN', 'Fresh')")) == 3);
    }
    SECTION("flag")
    {
        ImportFixture t;
        addOpenAndClosedLead(t);
        t.request.duplicates = ImportDuplicateMode::Flag;
        REQUIRE(t.import(file));
        CHECK(t.importer.summary().flagged == 4);
        CHECK(t.flaggedNames() == QStringList{"Same mail", "First phone", "Second TIN", "Again fresh"});
    }
}

// Companies and contacts are looked up name by name (not read whole): every form of a contact's
// name, in any case, finds it; the list shows its label.
TEST_CASE("import: an existing contact is found as Last First, First Last or Last First Middle, in any case", "[import]")
{
    ImportFixture t;
    REQUIRE(t.import("Name,Lead source,Existing contact,Existing company\r\n"
                     "One,chat,Петров Иван,northwind trading LTD\r\n"
                     "Two,chat,ИВАН ПЕТРОВ,\r\n"
                     "Three,chat,петров  иван сергеевич,\r\n"
                     "Four,chat,Иван Сергеевич,\r\n"));
    CHECK(t.importer.summary().imported == 3);
    CHECK(t.importer.summary().rejected == 1);
    CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE contact_id = %1 AND contact_label = 'Петров Иван'")
                         .arg(t.f.contactId))
          == 3);
    CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE name = 'One' AND company_id = %1 AND "
                                    "company_label = 'Northwind Trading Ltd'")
                         .arg(t.f.otherCompanyId))
          == 1);
}

TEST_CASE("import: a dry run checks and counts everything and writes nothing but the report", "[import]")
{
    ImportFixture t;
    t.request.dryRun = true;
    REQUIRE(t.import(Header + "A,chat,a@example.com,,\r\nA again,chat,a@example.com,,\r\n,chat,,,\r\n"));
    CHECK(t.importer.summary().imported == 1);
    CHECK(t.importer.summary().skipped == 1);   // an earlier row of the file, though never written
    CHECK(t.importer.summary().rejected == 1);
    CHECK(t.importer.summary().dryRun);
    CHECK(t.leads() == 0);
    CHECK(t.history() == 0);
    CHECK(t.report().size() == 2);
}

TEST_CASE("import: cancel and failures leave the database exactly as before", "[import]")
{
    ImportFixture t;
    Lead existing = t.f.newLead();
    REQUIRE(LeadRepository(t.f.db()).insert(existing, t.f.otherEmployeeId));
    const qint64 leadsBefore = t.leads();
    const qint64 historyBefore = t.history();
    QByteArray many = Header;
    for (int i = 0; i < 5000; ++i)
        many += "Lead " + QByteArray::number(i) + ",chat,,,\r\n";

    SECTION("cancel")
    {
        t.importer.setProgressFunction([&](qint64 rows, qint64, qint64) {
            if (rows >= 2048)
                t.importer.cancel();
        });
        CHECK_FALSE(t.import(many));
        CHECK(t.importer.wasCanceled());
        CHECK(t.importer.errorString().contains(QStringLiteral("canceled")));
    }
    SECTION("an unterminated quote at the end")
    {
        CHECK_FALSE(t.import(many + "\"Open,chat,,,\r\n"));
        CHECK(t.importer.errorString().contains(QStringLiteral("Line 5002")));
    }
    SECTION("a quote inside a field")
    {
        CHECK_FALSE(t.import(many + "Bad\"quote,chat,,,\r\n"));
    }
    SECTION("a report that cannot be written")
    {
        t.request.reportPath = t.f.dir().file(QStringLiteral("no/such/folder/report.csv"));
        CHECK_FALSE(t.import(many + ",chat,,,\r\n"));
        CHECK(t.importer.errorString().contains(QStringLiteral("report")));
    }
    CHECK(t.importer.summary().imported == 0);
    CHECK(t.leads() == leadsBefore);
    CHECK(t.history() == historyBefore);
    LeadListQuery query;
    query.searchText = QStringLiteral("Lead");
    CHECK(listedLeadIds(t.f.db(), t.f.otherEmployeeId, query).isEmpty());
    if (!TestDatabase::isPostgreSql())
        CHECK(t.f.scalar(QStringLiteral("PRAGMA foreign_keys")) == 1);   // the import's switch undone
}

// On SQLite the import writes without the per-row foreign key checks (every id it writes was read
// in its own transaction): the rows it writes still point at rows that exist, and the connection
// checks again afterwards.
TEST_CASE("import: every reference a row names is sound, and foreign keys are checked again afterwards", "[import]")
{
    ImportFixture t;
    REQUIRE(t.import("Name,Lead source,Existing company,Existing contact,Campaign,Selling direction,Service or product,"
                     "Owner,Content distribution channel\r\n"
                     "All of them,chat,ООО «Ромашка»,Петров Иван,Spring webinar,Облачные сервисы,Хостинг,anna,Telegram\r\n"
                     "None,chat,,,,,,,\r\n"));
    CHECK(t.importer.summary().imported == 2);
    CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE name = 'All of them' AND company_id = %1 AND "
                                    "contact_id = %2 AND campaign_id = %3 AND direction_id = %4 AND service_id = %5 AND "
                                    "owner_id = %6 AND channel_id = %7 AND created_by = %8")
                         .arg(t.f.companyId).arg(t.f.contactId).arg(t.f.campaignId).arg(t.f.directionId)
                         .arg(t.f.serviceId).arg(t.f.employeeId).arg(t.f.channelId).arg(t.f.otherEmployeeId))
          == 1);
    if (!TestDatabase::isPostgreSql()) {
        CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
        CHECK(t.f.scalar(QStringLiteral("PRAGMA foreign_keys")) == 1);
        // Checked again: a lead pointing at no campaign is refused.
        QSqlQuery query(t.f.db());
        CHECK_FALSE(query.exec(QStringLiteral("UPDATE leads SET campaign_id = 999999 WHERE name = 'None'")));
    }
}

TEST_CASE("import: bad files get a clear message and import nothing", "[import]")
{
    ImportFixture t;
    struct Case
    {
        const char *what;
        QByteArray bytes;
        const char *message;
    };
    const Case cases[] = {
        {"empty", QByteArray(), "empty"},
        {"a byte order mark only", QByteArray("\xEF\xBB\xBF"), "empty"},
        {"a header only", QByteArray("Name,Source\r\n"), "no leads"},
        {"a header and blank lines", QByteArray("Name,Source\r\n\r\n\r\n"), "no leads"},
        {"binary", QByteArray("PK\x03\x04\x14\0\0\0\x08\0binary\xFF\xFE", 18), "binary"},
        {"no name column", QByteArray("Email,Source\r\na@b.cd,chat\r\n"), "name"},
        {"no source column", QByteArray("Name,Email\r\nA,a@b.cd\r\n"), "source"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        CHECK_FALSE(t.import(c.bytes));
        CHECK(t.importer.errorString().contains(QLatin1String(c.message)));
        CHECK(t.leads() == 0);
    }
    t.request.actorId = 0;   // nobody signed in, and the database has employees
    CHECK_FALSE(t.import("Name,Source\r\nA,chat\r\n"));
    CHECK(t.importer.errorString().contains(QStringLiteral("Sign in")));
    CHECK(t.leads() == 0);
    t.request.filePath = t.f.dir().file(QStringLiteral("missing.csv"));
    CHECK_FALSE(t.importer.run(t.request, t.f.db()));
    CHECK(t.importer.errorString().contains(QStringLiteral("Cannot open")));
}

TEST_CASE("import: UTF-8 with and without a byte order mark, Windows-1251 - comma, semicolon and tab", "[import]")
{
    const QString name = QStringLiteral("Ёлка «Север»");
    const QString header = QStringLiteral("Название;Источник;Город\r\n");
    const QString row = name + QStringLiteral(";Звонок;Москва\r\n");
    struct Case
    {
        const char *what;
        QByteArray bytes;
    };
    const auto cp1251 = [](const QString &text) {
        QByteArray bytes;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x80)
                bytes += char(u);
            else if (u >= 0x410 && u <= 0x44F)
                bytes += char(0xC0 + (u - 0x410));
            else if (u == 0x401)
                bytes += char(0xA8);
            else if (u == 0xAB)
                bytes += char(0xAB);
            else if (u == 0xBB)
                bytes += char(0xBB);
            else
                FAIL("no Windows-1251 byte for this character in the test");
        }
        return bytes;
    };
    QString tabbed = header + row;
    tabbed.replace(u';', u'\t');
    QString commas = header + row;
    commas.replace(u';', u',');
    const Case cases[] = {
        {"UTF-8, semicolon", (header + row).toUtf8()},
        {"UTF-8 with a byte order mark, tab", "\xEF\xBB\xBF" + tabbed.toUtf8()},
        {"Windows-1251, comma", cp1251(commas)},
        {"Windows-1251, semicolon", cp1251(header + row)},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        ImportFixture t;
        REQUIRE(t.import(c.bytes));
        CHECK(t.importer.summary().imported == 1);
        QSqlQuery query(t.f.db());
        REQUIRE(query.exec(QStringLiteral("SELECT name, source, city FROM leads")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == name);
        CHECK(query.value(1).toInt() == int(LeadSource::Call));
        CHECK(query.value(2).toString() == QStringLiteral("Москва"));
    }
}

TEST_CASE("import: rows with a NUL byte, invalid UTF-8 or a 100 MB field are rejected, the rest imported", "[import]")
{
    ImportFixture t;
    // Bytes that are not UTF-8 in the file's start make it Windows-1251; here the file is UTF-8 as chosen.
    t.request.encoding = TextEncoding::Utf8;
    t.request.filePath = t.f.dir().file(QStringLiteral("in.csv"));
    {
        QFile file(t.request.filePath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Name,Source,Description,Owner\r\nBefore,chat,x,anna\r\n");
        file.write(QByteArray("Nul,chat,a\0b,\r\n", 15));
        file.write("Bad UTF-8,chat,caf\xE9,\r\n");
        file.write("Huge,chat,\"");
        const QByteArray block(1024 * 1024, 'x');
        for (int i = 0; i < 100; ++i)
            REQUIRE(file.write(block) == block.size());
        file.write("\",\r\nAfter,chat,y,\r\n");
    }
    const bool imported = t.importer.run(t.request, t.f.db());
    INFO(t.importer.errorString().toStdString());
    REQUIRE(imported);
    CHECK(t.importer.summary().imported == 2);
    CHECK(t.importer.summary().rejected == 3);
    const QList<QStringList> report = t.report();
    REQUIRE(report.size() == 4);
    CHECK(report[1][0] == QStringLiteral("Nul"));
    CHECK(report[1].constLast().contains(QStringLiteral("NUL")));
    CHECK(report[2][0] == QStringLiteral("Bad UTF-8"));
    CHECK(report[2].constLast().contains(QStringLiteral("UTF-8")));
    CHECK(report[3][0] == QStringLiteral("Huge"));
    CHECK(report[3].constLast().contains(QStringLiteral("longer than")));
    CHECK(report[3][2].size() <= LeadImporter::MaxFieldBytes);
    CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE name IN ('Before', 'After')")) == 2);
    // A file this size takes the bulk path (indexes and search built once at the end): all there.
    CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE name = 'Before' AND owner_name = 'Анна Смирнова' "
                                    "AND state = 2")) == 1);
    LeadListQuery query;
    query.searchText = QStringLiteral("after");
    CHECK(listedLeadIds(t.f.db(), t.f.otherEmployeeId, query).size() == 1);
    if (!TestDatabase::isPostgreSql()) {
        CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'leads'")) >= 20);
        CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'leads'")) >= 4);
        // The search index's memory for terms is back at FTS5's default (8 MB only while rebuilding).
        CHECK(t.f.scalar(QStringLiteral("SELECT v FROM leads_fts_config WHERE k = 'hashsize'")) == 1024 * 1024);
        CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
    }
}

TEST_CASE("import: a mapping given, a default source, reference names and the export's formula guard", "[import]")
{
    ImportFixture t;
    t.request.defaultSource = LeadSource::Partner;
    ImportMapping mapping;
    mapping.setField(0, LeadField::Name);
    mapping.setField(2, LeadField::SellingDirection);
    mapping.setField(3, LeadField::ExistingCompany);
    mapping.setField(4, LeadField::Campaign);
    t.request.mapping = mapping;
    REQUIRE(t.import("Whatever,Ignored,Dir,Firm,Camp\r\n"
                     "'=Leads,skip me,облачные СЕРВИСЫ,ООО «Ромашка»,Spring webinar\r\n"
                     "Unknown,,Nowhere,,\r\n"));
    CHECK(t.importer.summary().imported == 1);
    CHECK(t.importer.summary().rejected == 1);
    const Lead lead = valueOf(LeadRepository(t.f.db()).find(t.f.scalar(QStringLiteral("SELECT max(id) FROM leads"))));
    CHECK(lead.name == QStringLiteral("=Leads"));
    CHECK(lead.source == LeadSource::Partner);
    CHECK(lead.sellingDirectionId == t.f.directionId);
    CHECK(lead.existingCompanyId == t.f.companyId);
    CHECK(lead.campaignId == t.f.campaignId);
    CHECK(t.f.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE company_label = 'ООО «Ромашка»'")) == 1);
    CHECK(t.report()[1][6] == QStringLiteral("Selling direction"));
}

TEST_CASE("import: what the export writes, the import reads back with every exported field equal", "[import][roundtrip]")
{
    ExportFixture f;
    f.addLead(true);
    f.addLead(false);
    f.addLead(true, LeadState::Assigned);
    f.setText(f.ids[1], QStringLiteral("description"), QStringLiteral("=cmd|' /C calc'!A0\nsecond \"line\", ; tab\there"));
    f.setText(f.ids[1], QStringLiteral("city"), QStringLiteral("-Минус"));
    f.setText(f.ids[0], QStringLiteral("name"), QStringLiteral("@home, \"quoted\""));
    f.setText(f.ids[2], QStringLiteral("contact_email"), QStringLiteral(""));
    {
        QSqlQuery query(f.database.connection());
        REQUIRE(query.exec(QStringLiteral("UPDATE leads SET owner_id = %1, state = 2 WHERE id = %2").arg(f.oliver).arg(f.ids[1])));
    }
    const auto exportTo = [&](const QString &file) {
        LeadExporter exporter;
        LeadExportRequest request = f.request(file);
        request.format.byteOrderMark = true;
        INFO(exporter.errorString().toStdString());
        REQUIRE(exporter.run(request));
        return readCsv(request.outputPath);
    };
    const QList<QStringList> before = exportTo(QStringLiteral("before.csv"));
    {
        QSqlQuery query(f.database.connection());
        for (const char *sql : {"DELETE FROM lead_history", "DELETE FROM opportunities", "DELETE FROM leads"})
            REQUIRE(query.exec(QLatin1String(sql)));
    }
    LeadImporter importer;
    ImportRequest request;
    request.filePath = f.dir.file(QStringLiteral("before.csv"));
    request.actorId = f.anna;
    request.duplicates = ImportDuplicateMode::Import;
    const bool imported = importer.run(request, f.database.connection());
    INFO(importer.errorString().toStdString());
    REQUIRE(imported);
    CHECK(importer.summary().imported == 3);
    CHECK(importer.summary().rejected == 0);
    const QList<QStringList> after = exportTo(QStringLiteral("after.csv"));
    REQUIRE(after.size() == before.size());
    const QStringList header = before.constFirst();
    for (int column = 0; column < header.size(); ++column) {
        LeadField field;
        ExportColumn exportColumn = ExportColumns::all().at(column);
        if (!ExportColumns::fieldOf(exportColumn, &field))
            continue;   // number, state, created...: the import's own
        for (int row = 1; row < before.size(); ++row) {
            INFO(header[column].toStdString() << " row " << row);
            CHECK(after[row][column] == before[row][column]);
        }
    }
}
