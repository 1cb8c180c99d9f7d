#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The lead list's derived data: the denormalised reference names on leads (direction_name,
// service_name, campaign_name, owner_name) that let every column sort on an index, and the search
// index. Triggers keep both in step with every write; a bulk load (DemoGenerator, import) may
// switch the triggers off, write, and rebuild once at the end, which is much faster.
//
// SQLite: the FTS5 table leads_fts (external content), SQL triggers. PostgreSQL: the names are set
// by PL/pgSQL triggers, and the search index is the generated tsvector column leads.search_vector
// with its GIN index leads_search: the same nine columns, folded as FTS5's unicode61 tokenizer
// folds (lower case in every script, "ё" as "е"), split on every character that is not a letter
// or digit, in the 'simple' configuration (no stemming, no stop words). A search for "ив ром"
// is then `search_vector @@ to_tsquery('simple', 'ив:* & ром:*')`: every typed word as a prefix,
// in any order — the meaning of the FTS5 query `"ив"* "ром"*` (LeadListSql builds both).
//
// Bulk loads: on SQLite the triggers are dropped and everything rebuilt once at the end. On
// PostgreSQL there is nothing to switch off or rebuild: the names are set by a BEFORE trigger in
// the row as it is written (no second write of the row, unlike SQLite's AFTER trigger) and the
// search column is computed by the server as part of the row, and the GIN index takes its entries
// through its pending list (fastupdate). So beginBulkLoad does nothing there and finishBulkLoad
// only refreshes the planner statistics (ANALYZE). The *Statements() lists are SQLite's.
class LeadListIndex
{
public:
    // The schema migration step that adds all of the above and fills it from existing rows (SQLite).
    static bool migrate(QSqlDatabase &db, QString *error);
    // PostgreSQL, on the empty leads table that already has the name columns: the sort indexes,
    // the search column and its index, the trigger functions and triggers.
    static Result<void> createOnPostgreSql(QSqlDatabase &db);
    // Drops the triggers that maintain the derived data (inside or outside a transaction);
    // nothing on PostgreSQL (see above).
    static bool beginBulkLoad(QSqlDatabase &db, QString *error);
    // Recomputes the reference names of every lead, rebuilds leads_fts, restores the triggers
    // and refreshes the planner statistics (PostgreSQL: the statistics only).
    static bool finishBulkLoad(QSqlDatabase &db, QString *error);
    // The same two steps as plain SQL statements, for a bulk loader that runs its own statements
    // on the raw connection inside its transaction (DemoGenerator). SQLite's.
    static QStringList beginBulkLoadStatements();
    static QStringList finishBulkLoadStatements();
    // The SQL statements that create the triggers (used by the schema migration too).
    static QStringList triggerStatements();
};
