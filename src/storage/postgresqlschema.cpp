#include "postgresqlschema.h"

#include "leadlistindex.h"
#include "leadviewrepository.h"
#include "schema.h"
#include "signinattempts.h"
#include "sqlcheck.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostgreSqlSchema)
};

// Schema::CurrentVersion's tables in the order their foreign keys need, each with the columns in
// SQLite's order (its ALTER TABLE ADD COLUMN steps append at the end). Timestamps are ISO 8601
// UTC text, as on SQLite. leads.opportunity_id gets its foreign key once opportunities exists.
const char *const kTables[] = {
    R"(CREATE TABLE employees (
        {id},
        login {text} NOT NULL,
        display_name {text} NOT NULL,
        roles INTEGER NOT NULL DEFAULT 0,
        password_hash {text} NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        created_at {text} NOT NULL,
        time_zone {text} NOT NULL DEFAULT ''
    ))",
    // SQLite: login UNIQUE COLLATE NOCASE.
    "CREATE UNIQUE INDEX employees_login ON employees ({ci:login})",
    R"(CREATE TABLE companies (
        {id},
        name {text} NOT NULL,
        website {text} NOT NULL DEFAULT '',
        tin {text} NOT NULL DEFAULT '',
        created_at {text} NOT NULL,
        name_key {text} NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX companies_name ON companies ({ci:name})",
    "CREATE INDEX companies_tin ON companies (tin)",
    "CREATE INDEX companies_name_key ON companies (name_key, id)",
    R"(CREATE TABLE contacts (
        {id},
        company_id {ref} REFERENCES companies(id),
        first_name {text} NOT NULL DEFAULT '',
        last_name {text} NOT NULL DEFAULT '',
        middle_name {text} NOT NULL DEFAULT '',
        phone {text} NOT NULL DEFAULT '',
        email {text} NOT NULL DEFAULT '',
        created_at {text} NOT NULL,
        name_key {text} NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX contacts_company ON contacts (company_id)",
    "CREATE INDEX contacts_last_name ON contacts ({ci:last_name})",
    "CREATE INDEX contacts_email ON contacts ({ci:email})",
    "CREATE INDEX contacts_name_key ON contacts (name_key, id, company_id)",
    "CREATE INDEX contacts_company_name_key ON contacts (company_id, name_key)",
    R"(CREATE TABLE campaigns (
        {id},
        name {text} NOT NULL UNIQUE
    ))",
    R"(CREATE TABLE selling_directions (
        {id},
        name {text} NOT NULL UNIQUE
    ))",
    R"(CREATE TABLE services (
        {id},
        direction_id {ref} NOT NULL REFERENCES selling_directions(id),
        name {text} NOT NULL
    ))",
    "CREATE INDEX services_direction ON services (direction_id)",
    R"(CREATE TABLE channels (
        {id},
        name {text} NOT NULL UNIQUE
    ))",
    R"(CREATE TABLE leads (
        {id},
        name {text} NOT NULL,
        source INTEGER NOT NULL,
        lead_company_name {text} NOT NULL DEFAULT '',
        new_company INTEGER NOT NULL DEFAULT 0,
        company_id {ref} REFERENCES companies(id),
        company_name {text} NOT NULL DEFAULT '',
        company_website {text} NOT NULL DEFAULT '',
        company_tin {text} NOT NULL DEFAULT '',
        campaign_id {ref} REFERENCES campaigns(id),
        direction_id {ref} REFERENCES selling_directions(id),
        service_id {ref} REFERENCES services(id),
        new_contact INTEGER NOT NULL DEFAULT 0,
        first_name {text} NOT NULL DEFAULT '',
        last_name {text} NOT NULL DEFAULT '',
        middle_name {text} NOT NULL DEFAULT '',
        contact_phone {text} NOT NULL DEFAULT '',
        contact_email {text} NOT NULL DEFAULT '',
        contact_id {ref} REFERENCES contacts(id),
        description {text} NOT NULL DEFAULT '',
        owner_id {ref} REFERENCES employees(id),
        city {text} NOT NULL DEFAULT '',
        channel_id {ref} REFERENCES channels(id),
        state INTEGER NOT NULL DEFAULT 1,
        opportunity_id {ref},
        created_by {ref} REFERENCES employees(id),
        created_at {text} NOT NULL,
        updated_at {text} NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        company_label {text} NOT NULL DEFAULT '',
        contact_label {text} NOT NULL DEFAULT '',
        disqualify_reason INTEGER,
        disqualify_comment {text} NOT NULL DEFAULT '',
        direction_name {text} NOT NULL DEFAULT '',
        service_name {text} NOT NULL DEFAULT '',
        campaign_name {text} NOT NULL DEFAULT '',
        owner_name {text} NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX leads_state ON leads (state, id)",
    "CREATE INDEX leads_owner ON leads (owner_id, id)",
    "CREATE INDEX leads_created ON leads (created_at, id)",
    "CREATE INDEX leads_company ON leads (company_id)",
    "CREATE INDEX leads_contact ON leads (contact_id)",
    "CREATE INDEX leads_direction ON leads (direction_id, id)",
    "CREATE INDEX leads_campaign ON leads (campaign_id, id)",
    "CREATE INDEX leads_tin ON leads (company_tin) WHERE company_tin <> ''",
    "CREATE INDEX leads_email ON leads ({ci:contact_email}) WHERE contact_email <> ''",
    "CREATE INDEX leads_service ON leads (service_id)",
    "CREATE INDEX leads_channel ON leads (channel_id)",
    R"(CREATE TABLE opportunities (
        {id},
        name {text} NOT NULL,
        lead_id {ref} NOT NULL REFERENCES leads(id),
        company_id {ref} REFERENCES companies(id),
        contact_id {ref} REFERENCES contacts(id),
        owner_id {ref} REFERENCES employees(id),
        created_by {ref} REFERENCES employees(id),
        created_at {text} NOT NULL
    ))",
    "ALTER TABLE leads ADD FOREIGN KEY (opportunity_id) REFERENCES opportunities(id)",
    "CREATE INDEX opportunities_lead ON opportunities (lead_id)",
    "CREATE INDEX opportunities_created ON opportunities (created_at, id)",
    "CREATE INDEX opportunities_company ON opportunities (company_id)",
    "CREATE INDEX opportunities_contact ON opportunities (contact_id)",
    R"(CREATE TABLE lead_history (
        {id},
        lead_id {ref} NOT NULL REFERENCES leads(id),
        employee_id {ref} REFERENCES employees(id),
        changed_at {text} NOT NULL,
        field {text} NOT NULL,
        old_value {text} NOT NULL DEFAULT '',
        new_value {text} NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX lead_history_lead ON lead_history (lead_id, id)",
    // Version 5 (DuplicateFinder::phoneDigitsSql): the same expressions as on SQLite.
    "CREATE INDEX contacts_phone_digits ON contacts (replace(replace(replace(replace(replace(replace(phone, ' ', ''), "
    "'-', ''), '(', ''), ')', ''), '+', ''), '.', '')) WHERE phone <> ''",
    "CREATE INDEX leads_phone_digits ON leads (replace(replace(replace(replace(replace(replace(contact_phone, ' ', ''), "
    "'-', ''), '(', ''), ')', ''), '+', ''), '.', '')) WHERE contact_phone <> ''",
};

// Version 6: a statement-level trigger announces every change to the leads on the channel. The
// notification is sent when the writing transaction commits (never for a rolled-back one), and
// PostgreSQL folds the same notification of one transaction into one.
QStringList version6()
{
    return {
        QStringLiteral(R"(CREATE FUNCTION crm_leads_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('%1', '');
        RETURN NULL;
    END $$)")
            .arg(QLatin1String(PostgreSqlSchema::LeadsChannel)),
        QStringLiteral("CREATE TRIGGER leads_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON leads "
                       "FOR EACH STATEMENT EXECUTE FUNCTION crm_leads_notify()"),
    };
}

Result<void> runAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return Failure{Tr::tr("Could not migrate the database: %1").arg(SqlCheck::message(query))};
    }
    return {};
}

// The steps after FirstVersion, without recording the version.
Result<void> runSteps(QSqlDatabase &db, int from, int targetVersion)
{
    if (from < 6 && targetVersion >= 6) {
        if (Result<void> step = runAll(db, version6()); !step)
            return step;
    }
    // Version 7 (SQLite's walk index on lead ids): the primary key's index already serves.
    // Version 8: failed sign-ins counted per login, the same table as on SQLite.
    if (from < 8 && targetVersion >= 8) {
        QString error;
        if (!SignInAttempts::createTable(db, &error))
            return Failure{error};
    }
    // Version 9: the dashboard's counts by state, source, owner and week (Schema's kVersion9).
    if (from < 9 && targetVersion >= 9) {
        if (Result<void> step = runAll(db, {QStringLiteral("CREATE INDEX leads_dashboard ON leads "
                                                           "(state, source, owner_id, created_at)")});
            !step)
            return step;
    }
    // Later versions: `if (from < N && targetVersion >= N) ...`, and the same number on SQLite.
    return {};
}

} // namespace

Result<void> PostgreSqlSchema::create(QSqlDatabase &db)
{
    return create(db, Schema::CurrentVersion);
}

Result<void> PostgreSqlSchema::create(QSqlDatabase &db, int version)
{
    if (version < FirstVersion || version > Schema::CurrentVersion)
        return Failure{Tr::tr("A PostgreSQL database is created at schema %1 to %2 only.")
                           .arg(FirstVersion)
                           .arg(Schema::CurrentVersion)};
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery query(db);
    for (const char *statement : kTables) {
        if (!query.exec(dialect.ddl(QString::fromUtf8(statement))))
            return Failure{Tr::tr("Could not create the database schema: %1").arg(SqlCheck::message(query))};
    }
    if (Result<void> list = LeadListIndex::createOnPostgreSql(db); !list)
        return list;
    QString error;
    if (!LeadViewRepository::createTable(db, &error))
        return Failure{error};
    if (Result<void> steps = runSteps(db, FirstVersion, version); !steps)
        return steps;
    return dialect.setSchemaVersion(db, version);
}

Result<void> PostgreSqlSchema::migrate(QSqlDatabase &db, int from, int targetVersion)
{
    if (from < FirstVersion || targetVersion > Schema::CurrentVersion)
        return Failure{Tr::tr("A PostgreSQL database of schema %1 cannot be migrated (the first is %2).")
                           .arg(from)
                           .arg(FirstVersion)};
    if (Result<void> steps = runSteps(db, from, targetVersion); !steps)
        return steps;
    return SqlDialect::of(db).setSchemaVersion(db, targetVersion);
}
