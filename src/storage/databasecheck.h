#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

// `crm-agent check`: whether an SQLite file of CRM Agent's is sound, reading only (the search
// index's own check runs in a transaction that is rolled back). Nothing is migrated or configured:
// a damaged file is looked at, never written. SQLite files only: a PostgreSQL server checks its own
// storage (amcheck, pg_dump).
class DatabaseCheck
{
public:
    struct Report
    {
        int schemaVersion = 0;
        qint64 leads = 0;
        qint64 history = 0;
        // Leads in the search index (leads_fts); equal to leads when the index is whole.
        qint64 searchIndex = 0;
        // What is wrong, one line each; empty when the database is sound.
        QStringList findings;
    };

    // Fails (without a report) when `path` cannot be looked at at all: missing, not an SQLite file,
    // another program's database, or a PostgreSQL URI.
    static Result<Report> run(const QString &path);
};
