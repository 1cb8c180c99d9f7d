#pragma once

#include <QSqlDatabase>
#include <QString>

// The versioned schema: one cumulative ladder of forward migrations run in one transaction.
class Schema
{
public:
    // 1: the first schema. 2: folded name keys on companies and contacts for case-insensitive
    // search in every script (SQLite folds ASCII only). 3: disqualify reason and comment,
    // employee time zone, opportunity indexes. 4: lead list sort names and indexes, FTS5 search
    // index, saved list views. 5: phone-digit indexes for duplicate checks. 6: PostgreSQL announces
    // every change to the leads (PostgreSqlSchema::LeadsChannel); nothing changes on SQLite.
    // 7: the walk index on lead ids (SQLite). 8: failed sign-ins per login (SignInAttempts).
    // 9: the dashboard's covering index leads_dashboard (DashboardRepository).
    static constexpr int CurrentVersion = 9;

    // Reads the stored version (SQLite: PRAGMA user_version; PostgreSQL: crm_agent_schema, see
    // SqlDialect); 0 for an empty database, -1 when it cannot be read.
    static int version(const QSqlDatabase &db);
    // Migrates from the stored version to CurrentVersion. Refuses (returns false, sets *error)
    // a version newer than CurrentVersion without touching the database. An empty PostgreSQL
    // database is created directly at CurrentVersion, an older one migrated by PostgreSqlSchema.
    static bool migrate(QSqlDatabase &db, QString *error);
    // Migrates forward to `targetVersion` only (<= CurrentVersion): lets tests build an older
    // database (PostgreSQL: PostgreSqlSchema::FirstVersion or later).
    static bool migrateTo(QSqlDatabase &db, int targetVersion, QString *error);
};
