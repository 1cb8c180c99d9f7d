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
// in any order — the meaning of the FTS5 query `"ив"* "ром"*`. The bulk-load statements below are
// SQLite's only, so far.
class LeadListIndex
{
public:
    // The schema migration step that adds all of the above and fills it from existing rows (SQLite).
    static bool migrate(QSqlDatabase &db, QString *error);
    // PostgreSQL, on the empty leads table that already has the name columns: the sort indexes,
    // the search column and its index, the trigger functions and triggers.
    static Result<void> createOnPostgreSql(QSqlDatabase &db);
    // Drops the triggers that maintain the derived data (inside or outside a transaction).
    static bool beginBulkLoad(QSqlDatabase &db, QString *error);
    // Recomputes the reference names of every lead, rebuilds leads_fts, restores the triggers
    // and refreshes the planner statistics.
    static bool finishBulkLoad(QSqlDatabase &db, QString *error);
    // The same two steps as plain SQL statements, for a bulk loader that runs its own statements
    // on the raw connection inside its transaction (DemoGenerator).
    static QStringList beginBulkLoadStatements();
    static QStringList finishBulkLoadStatements();
    // The SQL statements that create the triggers (used by the schema migration too).
    static QStringList triggerStatements();
};
