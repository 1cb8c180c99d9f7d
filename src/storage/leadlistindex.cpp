#include "leadlistindex.h"

#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LeadListIndex)
};

// Denormalised reference names: every list column sorts on an index of the leads table itself.
const char *const kColumns[] = {
    "ALTER TABLE leads ADD COLUMN direction_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE leads ADD COLUMN service_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE leads ADD COLUMN campaign_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE leads ADD COLUMN owner_name TEXT NOT NULL DEFAULT ''",
};

// One index per sortable column, on (sort expression, id) as LeadListSql orders and pages.
// leads(id), leads_state(state, id) and leads_created(created_at, id) exist since version 1.
const char *const kSortIndexes[] = {
    "CREATE INDEX IF NOT EXISTS leads_sort_name ON leads(name COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS leads_sort_source ON leads(source, id)",
    "CREATE INDEX IF NOT EXISTS leads_sort_company ON leads(company_label COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS leads_sort_contact ON leads(contact_label COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS leads_sort_direction ON leads(direction_name COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS leads_sort_service ON leads(service_name COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS leads_sort_campaign ON leads(campaign_name COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS leads_sort_owner ON leads(owner_name COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS leads_sort_city ON leads(city COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS leads_sort_updated ON leads(updated_at, id)",
};

// The memory FTS5 fills with terms before it writes a segment: its default, and during a rebuild.
constexpr int DefaultFtsHashBytes = 1024 * 1024;
constexpr int BulkFtsHashBytes = 8 * 1024 * 1024;

const char *const kSortIndexNames[] = {
    "leads_sort_name", "leads_sort_source", "leads_sort_company", "leads_sort_contact",
    "leads_sort_direction", "leads_sort_service", "leads_sort_campaign", "leads_sort_owner",
    "leads_sort_city", "leads_sort_updated",
};

// The search index: FTS5 over the lead's own columns (external content, no second copy of the text).
// company_label holds the existing company's name, else the new company's, else the lead company
// name; contact_label the existing or new contact's "last first" name.
// prefix='1 2 3': the first three letters typed of a word read one ready doclist each instead of
// merging every term that starts with them (a one-letter prefix covers half the table); longer
// prefixes match few enough terms to merge at once. Costs ~15% more file and index build time.
const char kFtsTable[] =
    "CREATE VIRTUAL TABLE leads_fts USING fts5("
    "name, lead_company_name, company_label, contact_label, middle_name, contact_email, contact_phone, "
    "company_tin, description, content='leads', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')";

#define CRM_FTS_COLUMNS "name, lead_company_name, company_label, contact_label, middle_name, contact_email, " \
                        "contact_phone, company_tin, description"
#define CRM_FTS_NEW "NEW.name, NEW.lead_company_name, NEW.company_label, NEW.contact_label, NEW.middle_name, " \
                    "NEW.contact_email, NEW.contact_phone, NEW.company_tin, NEW.description"
#define CRM_FTS_OLD "OLD.name, OLD.lead_company_name, OLD.company_label, OLD.contact_label, OLD.middle_name, " \
                    "OLD.contact_email, OLD.contact_phone, OLD.company_tin, OLD.description"
#define CRM_NAMES_OF(row) \
    "direction_name = COALESCE((SELECT name FROM selling_directions WHERE id = " row ".direction_id), ''), " \
    "service_name = COALESCE((SELECT name FROM services WHERE id = " row ".service_id), ''), " \
    "campaign_name = COALESCE((SELECT name FROM campaigns WHERE id = " row ".campaign_id), ''), " \
    "owner_name = COALESCE((SELECT display_name FROM employees WHERE id = " row ".owner_id), '')"

const char *const kTriggers[] = {
    "CREATE TRIGGER leads_list_ai AFTER INSERT ON leads BEGIN "
    "INSERT INTO leads_fts(rowid, " CRM_FTS_COLUMNS ") VALUES (NEW.id, " CRM_FTS_NEW "); "
    "UPDATE leads SET " CRM_NAMES_OF("NEW") " WHERE id = NEW.id; END",

    "CREATE TRIGGER leads_list_ad AFTER DELETE ON leads BEGIN "
    "INSERT INTO leads_fts(leads_fts, rowid, " CRM_FTS_COLUMNS ") VALUES ('delete', OLD.id, " CRM_FTS_OLD "); END",

    "CREATE TRIGGER leads_list_au_text AFTER UPDATE OF " CRM_FTS_COLUMNS " ON leads BEGIN "
    "INSERT INTO leads_fts(leads_fts, rowid, " CRM_FTS_COLUMNS ") VALUES ('delete', OLD.id, " CRM_FTS_OLD "); "
    "INSERT INTO leads_fts(rowid, " CRM_FTS_COLUMNS ") VALUES (NEW.id, " CRM_FTS_NEW "); END",

    "CREATE TRIGGER leads_list_au_refs AFTER UPDATE OF direction_id, service_id, campaign_id, owner_id ON leads "
    "BEGIN UPDATE leads SET " CRM_NAMES_OF("NEW") " WHERE id = NEW.id; END",

    // Renamed reference rows: the leads that point at them follow (each read through an index on the id).
    "CREATE TRIGGER leads_list_direction_name AFTER UPDATE OF name ON selling_directions BEGIN "
    "UPDATE leads SET direction_name = NEW.name WHERE direction_id = NEW.id; END",
    "CREATE TRIGGER leads_list_service_name AFTER UPDATE OF name ON services BEGIN "
    "UPDATE leads SET service_name = NEW.name WHERE service_id = NEW.id; END",
    "CREATE TRIGGER leads_list_campaign_name AFTER UPDATE OF name ON campaigns BEGIN "
    "UPDATE leads SET campaign_name = NEW.name WHERE campaign_id = NEW.id; END",
    "CREATE TRIGGER leads_list_owner_name AFTER UPDATE OF display_name ON employees BEGIN "
    "UPDATE leads SET owner_name = NEW.display_name WHERE owner_id = NEW.id; END",
    "CREATE TRIGGER leads_list_company_name AFTER UPDATE OF name ON companies BEGIN "
    "UPDATE leads SET company_label = NEW.name WHERE company_id = NEW.id; END",
    "CREATE TRIGGER leads_list_contact_name AFTER UPDATE OF last_name, first_name ON contacts BEGIN "
    "UPDATE leads SET contact_label = TRIM(NEW.last_name || ' ' || NEW.first_name) WHERE contact_id = NEW.id; END",
};

const char *const kTriggerNames[] = {
    "leads_list_ai", "leads_list_ad", "leads_list_au_text", "leads_list_au_refs",
    "leads_list_direction_name", "leads_list_service_name", "leads_list_campaign_name",
    "leads_list_owner_name", "leads_list_company_name", "leads_list_contact_name",
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (error)
            *error = Tr::tr("Could not update the lead list index: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

template<size_t N>
bool execAll(QSqlDatabase &db, const char *const (&statements)[N], QString *error)
{
    for (const char *statement : statements) {
        if (!exec(db, QString::fromUtf8(statement), error))
            return false;
    }
    return true;
}

bool fillNames(QSqlDatabase &db, QString *error)
{
    return exec(db, QStringLiteral("UPDATE leads SET " CRM_NAMES_OF("leads")), error);
}

bool createTriggers(QSqlDatabase &db, QString *error)
{
    return execAll(db, kTriggers, error);
}

} // namespace

QStringList LeadListIndex::triggerStatements()
{
    QStringList statements;
    for (const char *statement : kTriggers)
        statements.append(QString::fromUtf8(statement));
    return statements;
}

bool LeadListIndex::migrate(QSqlDatabase &db, QString *error)
{
    // Names are filled before the indexes exist: one pass, no index upkeep per row.
    return execAll(db, kColumns, error) && fillNames(db, error) && execAll(db, kSortIndexes, error)
           && exec(db, QString::fromUtf8(kFtsTable), error)
           && exec(db, QStringLiteral("INSERT INTO leads_fts(leads_fts) VALUES ('rebuild')"), error)
           && createTriggers(db, error);
}

QStringList LeadListIndex::beginBulkLoadStatements()
{
    QStringList statements;
    for (const char *name : kTriggerNames)
        statements.append(QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(name));
    for (const char *name : kSortIndexNames)
        statements.append(QStringLiteral("DROP INDEX IF EXISTS ") + QLatin1String(name));
    return statements;
}

QStringList LeadListIndex::finishBulkLoadStatements()
{
    // Names first, while their indexes do not exist: one pass, no index upkeep per row.
    QStringList statements{QStringLiteral("UPDATE leads SET " CRM_NAMES_OF("leads"))};
    for (const char *statement : kSortIndexes)
        statements.append(QString::fromUtf8(statement));
    // FTS5 gathers the terms of many rows in memory before it writes them as one segment; the
    // bigger that room, the fewer segments to merge later (1 MB, the default: 4.8 s at 200,000
    // leads; 8 MB: 4.1 s, for 11 MB more memory). Back to the default afterwards, so that the
    // window's small transactions keep their small footprint.
    statements.append(QStringLiteral("INSERT INTO leads_fts(leads_fts, rank) VALUES ('hashsize', %1)").arg(BulkFtsHashBytes));
    statements.append(QStringLiteral("INSERT INTO leads_fts(leads_fts) VALUES ('rebuild')"));
    statements.append(QStringLiteral("INSERT INTO leads_fts(leads_fts, rank) VALUES ('hashsize', %1)").arg(DefaultFtsHashBytes));
    for (const char *name : kTriggerNames)
        statements.append(QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(name));
    statements += triggerStatements();
    // Statistics let the planner choose between a sort index and a selective filter index.
    statements.append(QStringLiteral("ANALYZE"));
    return statements;
}

bool LeadListIndex::beginBulkLoad(QSqlDatabase &db, QString *error)
{
    if (SqlDialect::of(db).isPostgreSql())
        return true;   // triggers and the generated column keep up row by row (see the header)
    for (const QString &statement : beginBulkLoadStatements()) {
        if (!exec(db, statement, error))
            return false;
    }
    return true;
}

bool LeadListIndex::finishBulkLoad(QSqlDatabase &db, QString *error)
{
    if (SqlDialect::of(db).isPostgreSql())
        return exec(db, QStringLiteral("ANALYZE leads"), error);
    for (const QString &statement : finishBulkLoadStatements()) {
        if (!exec(db, statement, error))
            return false;
    }
    return true;
}

namespace {

// The sort indexes on PostgreSQL: lower() of a COLLATE "C" column folds ASCII only and sorts
// byte-wise, which is SQLite's NOCASE. INCLUDE (column): the planner takes an index-only scan of
// an expression index only when the column itself is in the index too; with it, the walk of a
// jump (LeadListSql::walkIds, keys) reads the index alone, as SQLite's covering index does
// (50,000 steps at 100,000 leads: 15 ms instead of a table scan and sort, 135 ms).
const char *const kPostgreSqlSortIndexes[] = {
    "CREATE INDEX leads_sort_name ON leads ({ci:name}, id) INCLUDE (name)",
    "CREATE INDEX leads_sort_source ON leads (source, id)",
    "CREATE INDEX leads_sort_company ON leads ({ci:company_label}, id) INCLUDE (company_label)",
    "CREATE INDEX leads_sort_contact ON leads ({ci:contact_label}, id) INCLUDE (contact_label)",
    "CREATE INDEX leads_sort_direction ON leads ({ci:direction_name}, id) INCLUDE (direction_name)",
    "CREATE INDEX leads_sort_service ON leads ({ci:service_name}, id) INCLUDE (service_name)",
    "CREATE INDEX leads_sort_campaign ON leads ({ci:campaign_name}, id) INCLUDE (campaign_name)",
    "CREATE INDEX leads_sort_owner ON leads ({ci:owner_name}, id) INCLUDE (owner_name)",
    "CREATE INDEX leads_sort_city ON leads ({ci:city}, id) INCLUDE (city)",
    "CREATE INDEX leads_sort_updated ON leads (updated_at, id)",
};

// The search column: FTS5's columns, lower-cased through ICU (whatever the server's locale),
// "ё" read as "е", every run of non-letters and non-digits a word break (so an e-mail address or
// a phone number splits into words, as unicode61 splits them).
const char kPostgreSqlSearchColumn[] =
    "ALTER TABLE leads ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "
    "regexp_replace(translate(lower((name || ' ' || lead_company_name || ' ' || company_label || ' ' || "
    "contact_label || ' ' || middle_name || ' ' || contact_email || ' ' || contact_phone || ' ' || company_tin || "
    "' ' || description) COLLATE \"und-x-icu\"), 'ё', 'е'), '[^[:alnum:]]+', ' ', 'g'))) STORED";

const char *const kPostgreSqlTriggers[] = {
    // On insert, and when a lead points at another reference: its names, read from the references.
    R"(CREATE FUNCTION crm_leads_list_names() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.direction_name := COALESCE((SELECT name FROM selling_directions WHERE id = NEW.direction_id), '');
        NEW.service_name := COALESCE((SELECT name FROM services WHERE id = NEW.service_id), '');
        NEW.campaign_name := COALESCE((SELECT name FROM campaigns WHERE id = NEW.campaign_id), '');
        NEW.owner_name := COALESCE((SELECT display_name FROM employees WHERE id = NEW.owner_id), '');
        RETURN NEW;
    END $$)",
    "CREATE TRIGGER leads_list_names BEFORE INSERT OR UPDATE OF direction_id, service_id, campaign_id, owner_id "
    "ON leads FOR EACH ROW EXECUTE FUNCTION crm_leads_list_names()",
    // Renamed reference rows: the leads that point at them follow (each read through an index on the id).
    // PL/pgSQL plans a trigger function per table, so each branch only meets its own table's NEW.
    R"(CREATE FUNCTION crm_leads_reference_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        CASE TG_TABLE_NAME
        WHEN 'selling_directions' THEN
            UPDATE leads SET direction_name = NEW.name WHERE direction_id = NEW.id;
        WHEN 'services' THEN
            UPDATE leads SET service_name = NEW.name WHERE service_id = NEW.id;
        WHEN 'campaigns' THEN
            UPDATE leads SET campaign_name = NEW.name WHERE campaign_id = NEW.id;
        WHEN 'employees' THEN
            UPDATE leads SET owner_name = NEW.display_name WHERE owner_id = NEW.id;
        WHEN 'companies' THEN
            UPDATE leads SET company_label = NEW.name WHERE company_id = NEW.id;
        WHEN 'contacts' THEN
            UPDATE leads SET contact_label = TRIM(NEW.last_name || ' ' || NEW.first_name) WHERE contact_id = NEW.id;
        END CASE;
        RETURN NULL;
    END $$)",
    "CREATE TRIGGER leads_list_direction_name AFTER UPDATE OF name ON selling_directions "
    "FOR EACH ROW EXECUTE FUNCTION crm_leads_reference_renamed()",
    "CREATE TRIGGER leads_list_service_name AFTER UPDATE OF name ON services "
    "FOR EACH ROW EXECUTE FUNCTION crm_leads_reference_renamed()",
    "CREATE TRIGGER leads_list_campaign_name AFTER UPDATE OF name ON campaigns "
    "FOR EACH ROW EXECUTE FUNCTION crm_leads_reference_renamed()",
    "CREATE TRIGGER leads_list_owner_name AFTER UPDATE OF display_name ON employees "
    "FOR EACH ROW EXECUTE FUNCTION crm_leads_reference_renamed()",
    "CREATE TRIGGER leads_list_company_name AFTER UPDATE OF name ON companies "
    "FOR EACH ROW EXECUTE FUNCTION crm_leads_reference_renamed()",
    "CREATE TRIGGER leads_list_contact_name AFTER UPDATE OF last_name, first_name ON contacts "
    "FOR EACH ROW EXECUTE FUNCTION crm_leads_reference_renamed()",
};

} // namespace

Result<void> LeadListIndex::createOnPostgreSql(QSqlDatabase &db)
{
    const SqlDialect dialect = SqlDialect::of(db);
    QStringList statements;
    for (const char *statement : kPostgreSqlSortIndexes)
        statements.append(dialect.ddl(QString::fromUtf8(statement)));
    statements.append(QString::fromUtf8(kPostgreSqlSearchColumn));
    statements.append(QStringLiteral("CREATE INDEX leads_search ON leads USING GIN (search_vector)"));
    for (const char *statement : kPostgreSqlTriggers)
        statements.append(QString::fromUtf8(statement));
    QString error;
    for (const QString &statement : std::as_const(statements)) {
        if (!exec(db, statement, &error))
            return Failure{error};
    }
    return {};
}
