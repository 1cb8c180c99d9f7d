#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The lead list's derived data: the denormalised reference names on leads (direction_name,
// service_name, campaign_name, owner_name) that let every column sort on an index, and the FTS5
// search index leads_fts. Triggers keep both in step with every write; a bulk load (DemoGenerator,
// import) may switch the triggers off, write, and rebuild once at the end, which is much faster.
class LeadListIndex
{
public:
    // The schema migration step that adds all of the above and fills it from existing rows.
    static bool migrate(QSqlDatabase &db, QString *error);
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
