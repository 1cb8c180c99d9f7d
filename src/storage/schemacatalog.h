#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// CRM Agent's tables at Schema::CurrentVersion, in the order their foreign keys need (a table comes
// after every table it refers to), each with the columns that hold its data, `id` first. What a
// whole-database copy (DatabaseCopier) reads and writes; the same on both engines.
//
// Not listed, because each engine derives them from the listed ones: the lead list's reference
// names on leads (direction_name, service_name, campaign_name, owner_name: LeadListIndex), the
// search index (SQLite's leads_fts table, PostgreSQL's generated column leads.search_vector), and
// the engine's own bookkeeping (PRAGMA user_version, crm_agent_schema).
//
// A new column or table in Schema needs its entry here; copy_tests compares this list with the
// live schema on both engines.
class SchemaCatalog
{
public:
    struct Table
    {
        QString name;
        // The data columns, `id` first.
        QStringList columns;
        // Columns that close a cycle of references (leads.opportunity_id -> opportunities, whose
        // lead_id -> leads): written NULL with the row and set once every table is in.
        QStringList cycleColumns;
        // Columns each engine computes from the others (listed for the schema comparison only).
        QStringList derivedColumns;
    };

    static const QList<Table> &tables();
    // The names of the tables a CRM Agent database at schema `version` (1 to CurrentVersion) holds
    // on both engines: what recognises a file of ours written before it carried a mark.
    static QStringList tableNamesAt(int version);
    // The columns of `table` that are written with its rows: columns minus cycleColumns.
    static QStringList insertColumns(const Table &table);
};
