#include "schema.h"

#include "leadlistindex.h"
#include "leadviewrepository.h"
#include "postgresqlschema.h"
#include "searchkey.h"
#include "signinattempts.h"
#include "sqlcheck.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

// Version 1: the first schema. Timestamps are ISO 8601 UTC text ("2026-11-26T23:22:20Z"),
// so they sort as text and export as they are. Reference ids of 0 are stored as NULL.
const char *const kVersion1[] = {
    R"(CREATE TABLE employees (
        id INTEGER PRIMARY KEY,
        login TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        roles INTEGER NOT NULL DEFAULT 0,
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
    ))",
    R"(CREATE TABLE companies (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        website TEXT NOT NULL DEFAULT '',
        tin TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ))",
    "CREATE INDEX companies_name ON companies(name COLLATE NOCASE)",
    "CREATE INDEX companies_tin ON companies(tin)",
    R"(CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        company_id INTEGER REFERENCES companies(id),
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        middle_name TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ))",
    "CREATE INDEX contacts_company ON contacts(company_id)",
    "CREATE INDEX contacts_last_name ON contacts(last_name COLLATE NOCASE)",
    "CREATE INDEX contacts_email ON contacts(email COLLATE NOCASE)",
    R"(CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
    ))",
    R"(CREATE TABLE selling_directions (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
    ))",
    R"(CREATE TABLE services (
        id INTEGER PRIMARY KEY,
        direction_id INTEGER NOT NULL REFERENCES selling_directions(id),
        name TEXT NOT NULL
    ))",
    "CREATE INDEX services_direction ON services(direction_id)",
    R"(CREATE TABLE channels (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
    ))",
    R"(CREATE TABLE leads (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        source INTEGER NOT NULL,
        lead_company_name TEXT NOT NULL DEFAULT '',
        new_company INTEGER NOT NULL DEFAULT 0,
        company_id INTEGER REFERENCES companies(id),
        company_name TEXT NOT NULL DEFAULT '',
        company_website TEXT NOT NULL DEFAULT '',
        company_tin TEXT NOT NULL DEFAULT '',
        campaign_id INTEGER REFERENCES campaigns(id),
        direction_id INTEGER REFERENCES selling_directions(id),
        service_id INTEGER REFERENCES services(id),
        new_contact INTEGER NOT NULL DEFAULT 0,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        middle_name TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        contact_id INTEGER REFERENCES contacts(id),
        description TEXT NOT NULL DEFAULT '',
        owner_id INTEGER REFERENCES employees(id),
        city TEXT NOT NULL DEFAULT '',
        channel_id INTEGER REFERENCES channels(id),
        state INTEGER NOT NULL DEFAULT 1,
        opportunity_id INTEGER REFERENCES opportunities(id),
        created_by INTEGER REFERENCES employees(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        company_label TEXT NOT NULL DEFAULT '',
        contact_label TEXT NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX leads_state ON leads(state, id)",
    "CREATE INDEX leads_owner ON leads(owner_id, id)",
    "CREATE INDEX leads_created ON leads(created_at, id)",
    "CREATE INDEX leads_company ON leads(company_id)",
    "CREATE INDEX leads_contact ON leads(contact_id)",
    "CREATE INDEX leads_direction ON leads(direction_id, id)",
    "CREATE INDEX leads_campaign ON leads(campaign_id, id)",
    "CREATE INDEX leads_tin ON leads(company_tin) WHERE company_tin <> ''",
    "CREATE INDEX leads_email ON leads(contact_email COLLATE NOCASE) WHERE contact_email <> ''",
    R"(CREATE TABLE opportunities (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        lead_id INTEGER NOT NULL REFERENCES leads(id),
        company_id INTEGER REFERENCES companies(id),
        contact_id INTEGER REFERENCES contacts(id),
        owner_id INTEGER REFERENCES employees(id),
        created_by INTEGER REFERENCES employees(id),
        created_at TEXT NOT NULL
    ))",
    "CREATE INDEX opportunities_lead ON opportunities(lead_id)",
    R"(CREATE TABLE lead_history (
        id INTEGER PRIMARY KEY,
        lead_id INTEGER NOT NULL REFERENCES leads(id),
        employee_id INTEGER REFERENCES employees(id),
        changed_at TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT NOT NULL DEFAULT '',
        new_value TEXT NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX lead_history_lead ON lead_history(lead_id, id)",
};

// Version 2: reference search compares folded names (lower case in every script, "ё" as "е"),
// computed in C++ on insert; the indexes let a search read names in order and stop at its limit.
const char *const kVersion2[] = {
    "ALTER TABLE companies ADD COLUMN name_key TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN name_key TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX companies_name_key ON companies(name_key, id)",
    // Covers the contact search: name order, and the company to put first or leave out.
    "CREATE INDEX contacts_name_key ON contacts(name_key, id, company_id)",
    "CREATE INDEX contacts_company_name_key ON contacts(company_id, name_key)",
};

// Version 3: the lead life cycle. A disqualified lead keeps its reason (DisqualifyReason value)
// and comment; an employee may name a time zone (IANA id, empty: the computer's) for history times;
// the opportunities list reads newest first; "in use" checks read indexes.
const char *const kVersion3[] = {
    "ALTER TABLE leads ADD COLUMN disqualify_reason INTEGER",
    "ALTER TABLE leads ADD COLUMN disqualify_comment TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE employees ADD COLUMN time_zone TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX opportunities_created ON opportunities(created_at, id)",
    "CREATE INDEX opportunities_company ON opportunities(company_id)",
    "CREATE INDEX opportunities_contact ON opportunities(contact_id)",
    // Refusing to delete a service or channel that a lead still uses must not scan every lead.
    "CREATE INDEX leads_service ON leads(service_id)",
    "CREATE INDEX leads_channel ON leads(channel_id)",
};

// Version 5: likely-duplicate checks (DuplicateFinder) compare phone numbers by their digits;
// these expression indexes hold exactly DuplicateFinder::phoneDigitsSql of each phone column.
const char *const kVersion5[] = {
    "CREATE INDEX contacts_phone_digits ON contacts(replace(replace(replace(replace(replace(replace(phone, ' ', ''), "
    "'-', ''), '(', ''), ')', ''), '+', ''), '.', '')) WHERE phone <> ''",
    "CREATE INDEX leads_phone_digits ON leads(replace(replace(replace(replace(replace(replace(contact_phone, ' ', ''), "
    "'-', ''), '(', ''), ')', ''), '+', ''), '.', '')) WHERE contact_phone <> ''",
};

// Version 7: a jump in the list sorted by number steps through lead ids (LeadListReader::walk).
// Ordered by id, SQLite would step through the table itself, every lead's whole row; this index
// holds the ids alone, so a walk across half a million leads reads a few megabytes of pages
// instead of hundreds. (PostgreSQL walks its primary key's index: nothing to add there.)
const char *const kVersion7[] = {
    "CREATE INDEX leads_walk ON leads(id)",
};

// Version 9: the manager's dashboard (DashboardRepository) counts a view's leads by state, source
// and owner, and by week of creation: this index holds all four, so the counts read it alone, never
// a lead's row (at 1,000,000 leads ~40 MB of index against 1.7 GB of table: ~0.1 s against seconds).
// The same index on PostgreSQL (PostgreSqlSchema, version 9) serves index-only scans there.
// Its statistics at once (~0.2 s at 1,000,000 leads): without them SQLite's planner never skips
// through it by owner (`ANY(state) AND ANY(source) AND owner_id=?`) and reads all of it instead,
// ~230 ms against ~14 ms for one owner's dashboard at 1,000,000 leads.
const char *const kVersion9[] = {
    "CREATE INDEX leads_dashboard ON leads(state, source, owner_id, created_at)",
    "ANALYZE leads_dashboard",
};

bool runAll(QSqlDatabase &db, const char *const *statements, size_t count, QString *error)
{
    QSqlQuery query(db);
    for (size_t i = 0; i < count; ++i) {
        if (!query.exec(QString::fromUtf8(statements[i]))) {
            *error = QObject::tr("Could not create the database schema: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

// Fills the folded keys of rows written before version 2.
bool backfillNameKeys(QSqlDatabase &db, QString *error)
{
    QSqlQuery update(db);
    QSqlQuery select(db);
    select.setForwardOnly(true);
    const auto fail = [&](const QSqlQuery &query) {
        *error = QObject::tr("Could not migrate the database: %1").arg(query.lastError().text());
        return false;
    };
    if (!select.exec(QStringLiteral("SELECT id, name FROM companies")))
        return fail(select);
    if (!update.prepare(QStringLiteral("UPDATE companies SET name_key = ? WHERE id = ?")))
        return fail(update);
    while (select.next()) {
        update.bindValue(0, SearchKey::fold(select.value(1).toString()));
        update.bindValue(1, select.value(0));
        if (!update.exec())
            return fail(update);
    }
    if (!select.exec(QStringLiteral("SELECT id, last_name, first_name, middle_name FROM contacts")))
        return fail(select);
    if (!update.prepare(QStringLiteral("UPDATE contacts SET name_key = ? WHERE id = ?")))
        return fail(update);
    while (select.next()) {
        const QString name = select.value(1).toString() + u' ' + select.value(2).toString() + u' '
                             + select.value(3).toString();
        update.bindValue(0, SearchKey::fold(name));
        update.bindValue(1, select.value(0));
        if (!update.exec())
            return fail(update);
    }
    return true;
}

} // namespace

int Schema::version(const QSqlDatabase &db)
{
    return SqlDialect::of(db).schemaVersion(db).value_or(-1);
}

bool Schema::migrate(QSqlDatabase &db, QString *error)
{
    return migrateTo(db, CurrentVersion, error);
}

namespace {

// The ladder from `from` to `targetVersion`, inside the caller's transaction.
bool runLadder(QSqlDatabase &db, int from, int targetVersion, QString *error)
{
    const SqlDialect dialect = SqlDialect::of(db);
    if (dialect.isPostgreSql()) {
        // Created directly at the target version, or migrated by its own steps from the first one.
        Result<void> done = from == 0 ? PostgreSqlSchema::create(db, targetVersion)
                                      : PostgreSqlSchema::migrate(db, from, targetVersion);
        if (!done)
            *error = done.error();
        return done.has_value();
    }
    bool ok = true;
    if (ok && from < 1)
        ok = runAll(db, kVersion1, std::size(kVersion1), error);
    if (ok && from < 2 && targetVersion >= 2)
        ok = runAll(db, kVersion2, std::size(kVersion2), error) && backfillNameKeys(db, error);
    if (ok && from < 3 && targetVersion >= 3)
        ok = runAll(db, kVersion3, std::size(kVersion3), error);
    // Version 4: the lead list — denormalised reference names with sort indexes, the FTS5 search
    // index with its triggers, saved list views per employee.
    if (ok && from < 4 && targetVersion >= 4)
        ok = LeadListIndex::migrate(db, error) && LeadViewRepository::createTable(db, error);
    if (ok && from < 5 && targetVersion >= 5)
        ok = runAll(db, kVersion5, std::size(kVersion5), error);
    // Version 6: change notifications, PostgreSQL's only (one person works alone on an SQLite file):
    // nothing to do here but record the number.
    if (ok && from < 7 && targetVersion >= 7)
        ok = runAll(db, kVersion7, std::size(kVersion7), error);
    // Version 8: failed sign-ins counted per login, for the growing wait (SignInAttempts).
    if (ok && from < 8 && targetVersion >= 8)
        ok = SignInAttempts::createTable(db, error);
    // Version 9: the dashboard's covering index.
    if (ok && from < 9 && targetVersion >= 9)
        ok = runAll(db, kVersion9, std::size(kVersion9), error);
    // Later versions here for SQLite, and the same number in PostgreSqlSchema's steps:
    // `if (ok && from < N && targetVersion >= N) ok = runAll(db, kVersionN, ...);`
    if (ok) {
        const Result<void> recorded = dialect.setSchemaVersion(db, targetVersion);
        if (!recorded)
            *error = QObject::tr("Could not record the schema version: %1").arg(recorded.error());
        ok = recorded.has_value();
    }
    return ok;
}

// PostgreSQL: several people may open a new database at once; the first creates it, the others
// wait for its commit and then find it done. (SQLite's writer lock does the same on BEGIN IMMEDIATE.)
bool lockMigration(QSqlDatabase &db, QString *error)
{
    if (!SqlDialect::of(db).isPostgreSql())
        return true;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(2026112601)"))) {
        *error = QObject::tr("Could not start the schema migration: %1").arg(SqlCheck::message(query));
        return false;
    }
    return true;
}

} // namespace

bool Schema::migrateTo(QSqlDatabase &db, int targetVersion, QString *error)
{
    if (targetVersion > CurrentVersion)
        targetVersion = CurrentVersion;
    int from = version(db);
    if (from < 0) {
        *error = QObject::tr("The file is not a CRM Agent database (its schema version cannot be read).");
        return false;
    }
    if (from > CurrentVersion) {
        *error = QObject::tr("The database was written by a newer version of CRM Agent (schema %1; this "
                             "version understands up to %2). It was left untouched.")
                     .arg(from)
                     .arg(CurrentVersion);
        return false;
    }
    if (from >= targetVersion)
        return true;

    if (!db.transaction()) {
        *error = QObject::tr("Could not start the schema migration: %1").arg(db.lastError().text());
        return false;
    }
    bool ok = lockMigration(db, error);
    if (ok) {
        // Read again under the lock: someone else may have migrated meanwhile.
        from = version(db);
        ok = from >= 0;
        if (!ok)
            *error = QObject::tr("The database's schema version cannot be read.");
    }
    if (ok && from < targetVersion)
        ok = runLadder(db, from, targetVersion, error);
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = QObject::tr("Could not commit the schema migration: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}
