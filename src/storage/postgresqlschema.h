#pragma once

#include "result.h"

#include <QSqlDatabase>

// The schema on PostgreSQL: the same tables, columns, indexes and derived data as the SQLite
// ladder in Schema reaches, created directly at FirstVersion (no PostgreSQL database of an older
// version exists) and migrated forward from there by its own steps. Differences, each asked of
// SqlDialect: identity ids, text compared byte-wise (COLLATE "C", as SQLite's BINARY), lower() for
// NOCASE, the version in crm_agent_schema, PL/pgSQL triggers and a tsvector column instead of FTS5
// (LeadListIndex).
//
// Version 6 (PostgreSQL only; a no-op step on SQLite, where one person works alone): every
// statement that inserts, updates, deletes or truncates leads notifies LeadsChannel when its
// transaction commits, whoever wrote (the application, `crm-agent` commands, psql), so that every
// open list can show the change (LeadChangeListener).
class PostgreSqlSchema
{
public:
    // The channel a change to the leads is announced on (LISTEN crm_agent_leads; no payload).
    static constexpr const char *LeadsChannel = "crm_agent_leads";
    // The version a new PostgreSQL database is first built at, before the steps that follow it.
    static constexpr int FirstVersion = 5;

    // Creates every table at Schema::CurrentVersion (inside the caller's transaction) and records it.
    static Result<void> create(QSqlDatabase &db);
    // The same at `version` (FirstVersion .. Schema::CurrentVersion): lets tests build an older database.
    static Result<void> create(QSqlDatabase &db, int version);
    // Runs the steps after `from` (FirstVersion or later) up to `targetVersion` and records it.
    static Result<void> migrate(QSqlDatabase &db, int from, int targetVersion);
};
