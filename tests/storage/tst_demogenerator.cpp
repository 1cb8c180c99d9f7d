#include "catchqtstring.h"
#include "catchresult.h"
#include "database.h"
#include "demogenerator.h"
#include "employeerepository.h"
#include "lead.h"
#include "leadexporter.h"
#include "leadrepository.h"
#include "referencerepository.h"
#include "tempdir.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QVariant>

namespace {

// The Russian INN check, written out here independently of the generator.
bool innOk(const QString &tin)
{
    const auto digit = [&](int i) { return tin.at(i).digitValue(); };
    const auto check = [&](std::initializer_list<int> weights) {
        int sum = 0;
        int i = 0;
        for (int w : weights)
            sum += w * digit(i++);
        return sum % 11 % 10;
    };
    for (const QChar c : tin) {
        if (!c.isDigit())
            return false;
    }
    if (tin.size() == 10)
        return check({2, 4, 10, 3, 5, 9, 4, 6, 8}) == digit(9);
    if (tin.size() == 12)
        return check({7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == digit(10)
               && check({3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == digit(11);
    return false;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// A hash of every table's rows in id order (password hashes left out: their salts are random).
QByteArray contentHash(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"employees", "companies", "contacts", "campaigns", "selling_directions", "services",
                              "channels", "leads", "opportunities", "lead_history"}) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))));
        while (query.next()) {
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                if (record.fieldName(i) == QLatin1String("password_hash"))
                    continue;
                hash.addData(record.value(i).toString().toUtf8());
                hash.addData(QByteArrayView(record.value(i).isNull() ? "\1" : "\2", 1));
            }
        }
    }
    return hash.result();
}

DemoOptions smallOptions(quint64 seed = 7)
{
    DemoOptions options;
    options.leads = 2000;
    options.seed = seed;
    options.until = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());
    return options;
}

} // namespace

TEST_CASE("storage: demo data has exact counts - every source and state - valid INNs and consistent leads")
{
    TempDir dir;
    Database database;
    REQUIRE(database.openSqlite(dir.file(QStringLiteral("demo.sqlite"))));
    QSqlDatabase db = database.connection();
    QList<qint64> progress;
    const DemoSummary summary
        = valueOf(DemoGenerator::generate(db, smallOptions(), [&](qint64 done) { progress << done; }));
    CHECK(summary.leads == 2000);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads")) == 2000);
    CHECK(LeadRepository(db).count() == 2000);
    CHECK(summary.companies == scalar(db, QStringLiteral("SELECT COUNT(*) FROM companies")));
    CHECK(summary.contacts == scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts")));
    CHECK(summary.companies >= 200);
    CHECK(progress.last() == 2000);

    // Every source and every state.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT source) FROM leads")) == 7);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT state) FROM leads")) == 5);
    CHECK(scalar(db, QStringLiteral("SELECT MIN(source) FROM leads")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT MAX(source) FROM leads")) == 7);
    // Every company TIN is a valid INN, and distinct.
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT tin FROM companies UNION ALL SELECT company_tin FROM leads WHERE new_company = 1")));
    int tins = 0;
    while (query.next()) {
        const QString tin = query.value(0).toString();
        INFO(tin.toStdString());
        CHECK(innOk(tin));
        ++tins;
    }
    CHECK(tins > 200);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT tin) FROM companies")) == 0);
    // The company block is in one of its two saved states, and so is the contact block.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE new_company = 1 AND (company_id IS NOT NULL "
                                    "OR company_name = '' OR company_website NOT LIKE 'https://%' OR company_tin = '')")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE new_company = 0 AND (company_id IS NULL "
                                    "OR company_name <> '' OR company_website <> '' OR company_tin <> '')")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE new_contact = 1 AND (contact_id IS NOT NULL "
                                    "OR first_name = '' OR last_name = '')")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE new_contact = 0 AND (contact_id IS NULL "
                                    "OR first_name <> '' OR last_name <> '' OR middle_name <> '' "
                                    "OR contact_phone <> '' OR contact_email <> '')")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE new_company = 1")) > 300);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE new_company = 0")) > 300);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE new_contact = 1")) > 300);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE new_contact = 0")) > 300);
    // Every lead has a direction, and a service of that direction when it has one.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE direction_id IS NULL")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads l JOIN services s ON s.id = l.service_id "
                                    "WHERE s.direction_id <> l.direction_id")) == 0);
    // Owners from Assigned on, none before; qualified leads have their opportunity.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE state = 1 AND owner_id IS NOT NULL")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE state > 1 AND owner_id IS NULL")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE (state = 3) <> (opportunity_id IS NOT NULL)")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads l JOIN opportunities o ON o.id = l.opportunity_id "
                                    "WHERE o.lead_id <> l.id OR o.company_id IS NULL OR o.contact_id IS NULL")) == 0);
    // Labels are filled and match the referenced records.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE company_label = '' OR contact_label = ''")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads l JOIN companies c ON c.id = l.company_id "
                                    "WHERE l.company_label <> c.name")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads l JOIN contacts c ON c.id = l.contact_id "
                                    "WHERE l.contact_label <> c.last_name || ' ' || c.first_name")) == 0);
    // Contacts belong to companies; existing contacts are mostly of the lead's company.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE company_id IS NULL")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads l JOIN contacts c ON c.id = l.contact_id "
                                    "WHERE c.company_id = l.company_id"))
          > scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE contact_id IS NOT NULL AND company_id IS NOT NULL")) / 2);
    // Two years of creation dates, in the stored format, never in the future.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE created_at NOT GLOB "
                                    "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE created_at >= '2026-11-01' OR updated_at >= "
                                    "'2026-11-01' OR updated_at < created_at")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE created_at < '2024-11-01'")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE created_at < '2025-01-01'")) > 0);
    // Every lead has its "created" history entry; the foreign keys all hold.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lead_history WHERE field = 'created'")) == 2000);
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(query.next());
    query.finish();
    // The settings the bulk load changed are back.
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")) == 2);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'leads'")) >= 9);

    // A demo lead loads through the repository like any other.
    Lead lead = valueOf(LeadRepository(db).find(1));
    CHECK(lead == lead.withHiddenFieldsCleared());
}

TEST_CASE("storage: demo employees sign in with their listed credentials")
{
    TempDir dir;
    Database database;
    REQUIRE(database.openSqlite(dir.file(QStringLiteral("demo.sqlite"))));
    QSqlDatabase db = database.connection();
    DemoOptions options = smallOptions();
    options.leads = 10;
    const DemoSummary summary = valueOf(DemoGenerator::generate(db, options));
    CHECK(summary.credentials.contains(QStringLiteral("admin admin crm_admin")));
    CHECK(summary.credentials.contains(QStringLiteral("sales1 sales1 crm_sales")));
    CHECK(summary.credentials.contains(QStringLiteral("manager1 manager1 crm_manager")));
    CHECK(summary.credentials.contains(QStringLiteral("marketeer1 marketeer1 crm_marketeer")));
    EmployeeRepository employees(db);
    for (const QString &line : std::as_const(summary.credentials)) {
        const QStringList parts = line.split(u' ');
        REQUIRE(parts.size() == 3);
        INFO(line.toStdString());
        const Result<Employee> employee = employees.authenticate(parts.at(0), parts.at(1));
        REQUIRE(employee);
        CHECK(Roles::codes(employee->roles) == parts.at(2));
    }
    CHECK(employees.count() == summary.credentials.size());
}

TEST_CASE("storage: demo data is deterministic and a second run adds leads to the same references")
{
    TempDir dir;
    QByteArray hashes[2];
    for (int i = 0; i < 2; ++i) {
        Database database;
        REQUIRE(database.openSqlite(dir.file(QStringLiteral("demo%1.sqlite").arg(i)), QStringLiteral("demo%1").arg(i)));
        QSqlDatabase db = database.connection();
        REQUIRE(DemoGenerator::generate(db, smallOptions()));
        hashes[i] = contentHash(db);
    }
    CHECK(hashes[0] == hashes[1]);

    Database database;
    REQUIRE(database.openSqlite(dir.file(QStringLiteral("demo0.sqlite"))));
    QSqlDatabase db = database.connection();
    const qint64 companies = scalar(db, QStringLiteral("SELECT COUNT(*) FROM companies"));
    const qint64 directions = scalar(db, QStringLiteral("SELECT COUNT(*) FROM selling_directions"));
    const qint64 employees = scalar(db, QStringLiteral("SELECT COUNT(*) FROM employees"));
    // Another seed gives other data.
    DemoOptions options = smallOptions(8);
    options.leads = 500;
    const DemoSummary summary = valueOf(DemoGenerator::generate(db, options));
    CHECK(summary.leads == 500);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads")) == 2500);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM selling_directions")) == directions);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM employees")) == employees);
    // Only the companies that qualifying created are new.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM companies")) == companies + summary.companies);
    CHECK(summary.companies < 100);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT tin) FROM companies")) <= 1);
    CHECK(contentHash(db) != hashes[0]);
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(query.next());
}

TEST_CASE("storage: INN check digits")
{
    CHECK(DemoGenerator::withInnCheckDigits(QStringLiteral("770708389")) == QStringLiteral("7707083893"));
    CHECK(DemoGenerator::withInnCheckDigits(QStringLiteral("5001007322")) == QStringLiteral("500100732259"));
    CHECK(DemoGenerator::withInnCheckDigits(QStringLiteral("12345")).isEmpty());
    CHECK(innOk(QStringLiteral("7707083893")));
    CHECK_FALSE(innOk(QStringLiteral("7707083894")));
}

TEST_CASE("storage: a bulk demo load rebuilds the lead list's sort names and search index")
{
    TempDir dir;
    Database database;
    REQUIRE(database.openSqlite(dir.file(QStringLiteral("bulk.sqlite"))));
    QSqlDatabase db = database.connection();
    const qint64 indexesBefore = scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type IN ('index', 'trigger')"));
    DemoOptions options = smallOptions();
    options.leads = 50000;   // large enough for the bulk path
    const DemoSummary summary = valueOf(DemoGenerator::generate(db, options));
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads")) == 50000);
    // The load ran on the rollback journal; write-ahead logging and the settings are back.
    {
        QSqlQuery mode(db);
        REQUIRE(mode.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(mode.next());
        CHECK(mode.value(0).toString() == QStringLiteral("wal"));
    }
    CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")) == 2);
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    // Every index and trigger is back.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type IN ('index', 'trigger')")) == indexesBefore);
    // The sort names equal what the list's triggers would have written.
    CHECK(scalar(db, QStringLiteral(
              "SELECT COUNT(*) FROM leads l "
              "LEFT JOIN selling_directions d ON d.id = l.direction_id LEFT JOIN services s ON s.id = l.service_id "
              "LEFT JOIN campaigns c ON c.id = l.campaign_id LEFT JOIN employees e ON e.id = l.owner_id "
              "WHERE l.direction_name <> COALESCE(d.name, '') OR l.service_name <> COALESCE(s.name, '') "
              "OR l.campaign_name <> COALESCE(c.name, '') OR l.owner_name <> COALESCE(e.display_name, '')")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE owner_name <> ''")) > 0);
    // The search index finds leads by their contact's name.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads_fts WHERE leads_fts MATCH 'Иванов*'")) > 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE contact_label LIKE 'Иванов%' AND id NOT IN "
                                    "(SELECT rowid FROM leads_fts WHERE leads_fts MATCH 'Иванов*')")) == 0);
    // A lead saved afterwards goes through the triggers again.
    Lead lead = valueOf(LeadRepository(db).find(1));
    lead.city = QStringLiteral("Ulaanbaatar");
    REQUIRE(LeadRepository(db).update(lead, 1));
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads_fts WHERE leads_fts MATCH 'Иванов*'")) > 0);
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("ok"));
}

TEST_CASE("storage: a bulk demo load into a database with leads stays in WAL - readers keep their snapshot",
          "[sqlite-only]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("existing.sqlite"));
    Database database;
    REQUIRE(database.openSqlite(path));
    QSqlDatabase db = database.connection();
    DemoOptions options = smallOptions();
    options.leads = 100;
    valueOf(DemoGenerator::generate(db, options));
    options.leads = 50000;   // large enough for the bulk path
    options.seed = 8;
    // While the load's transaction is open, another program (an export, the application) opens the
    // file and reads the leads as they were.
    bool read = false;
    QString readerError;
    qint64 seen = -1;
    valueOf(DemoGenerator::generate(db, options, [&](qint64 done) {
        if (read || done < 1000)
            return;
        read = true;
        Database reader;
        if (const Result<void> opened = reader.open(path, QStringLiteral("reader"), QString(), Database::Creation::Refused);
            !opened) {
            readerError = opened.error();
            return;
        }
        seen = scalar(reader.connection(), QStringLiteral("SELECT COUNT(*) FROM leads"));
    }));
    REQUIRE(read);
    INFO(readerError.toStdString());
    CHECK(readerError.isEmpty());
    CHECK(seen == 100);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads")) == 50100);
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("ok"));
}

namespace {

// Every column of every lead, as `crm-agent export` writes them.
QByteArray exportOf(const QString &location, const TempDir &dir)
{
    LeadExportRequest request;
    request.databasePath = location;
    request.outputPath = dir.file(QStringLiteral("all.csv"));
    request.roles = Role::Manager;
    LeadExporter exporter;
    INFO(exporter.errorString().toStdString());
    REQUIRE(exporter.run(request));
    QFile file(request.outputPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("storage: the same demo options write the same data on both engines: the same CSV export",
          "[demo][postgresql-only]")
{
    QByteArray exports[2];
    const TestDatabase::Engine engines[] = {TestDatabase::Engine::Sqlite, TestDatabase::Engine::PostgreSql};
    for (int e = 0; e < 2; ++e) {
        TestDatabase test(engines[e]);
        {
            Database database;
            REQUIRE(database.open(test.location(), QStringLiteral("demo-engine%1").arg(e)));
            QSqlDatabase db = database.connection();
            DemoOptions options = smallOptions();
            options.leads = 400;
            const DemoSummary summary = valueOf(DemoGenerator::generate(db, options));
            CHECK(summary.leads == 400);
            // A second run adds to the same references, as on SQLite.
            options.leads = 100;
            options.seed = 8;
            REQUIRE(DemoGenerator::generate(db, options));
        }
        exports[e] = exportOf(test.location(), test.dir());
    }
    CHECK(exports[0].count('\n') == 501);
    CHECK(exports[0] == exports[1]);
}

TEST_CASE("storage: a PostgreSQL demo load leaves its foreign keys, indexes and sequences as they were",
          "[demo][postgresql-only]")
{
    TestDatabase test(TestDatabase::Engine::PostgreSql);
    Database database;
    REQUIRE(database.open(test.location(), QStringLiteral("demo-pg-load")));
    QSqlDatabase db = database.connection();
    const QString constraints = QStringLiteral("SELECT COUNT(*) FROM pg_constraint WHERE contype = 'f'");
    const QString indexes = QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema()");
    const qint64 constraintsBefore = scalar(db, constraints);
    const qint64 indexesBefore = scalar(db, indexes);
    DemoOptions options = smallOptions();
    options.leads = 50000;   // large enough for the bulk path (the leads indexes dropped and rebuilt)
    const DemoSummary summary = valueOf(DemoGenerator::generate(db, options));
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads")) == 50000);
    CHECK(scalar(db, constraints) == constraintsBefore);
    CHECK(scalar(db, indexes) == indexesBefore);
    // The reference names and the search column are what the triggers and the server write.
    CHECK(scalar(db, QStringLiteral(
              "SELECT COUNT(*) FROM leads l LEFT JOIN employees e ON e.id = l.owner_id "
              "WHERE l.owner_name <> COALESCE(e.display_name, '')")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE search_vector @@ 'иванов:*'::tsquery")) > 0);
    // The planner has statistics, and the next rows get new ids from the sequences.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_stats WHERE tablename = 'leads'")) > 0);
    CHECK(scalar(db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('leads', 'id'))")) == 50001);
    CHECK(valueOf(ReferenceRepository(db).insertCompany(QStringLiteral("After the demo"), QString(), QString()))
          == summary.companies + 1);
}
