#pragma once

#include "result.h"

#include <QSqlDatabase>

// The schema on PostgreSQL: the same tables, columns, indexes and derived data as the SQLite
// ladder in Schema reaches at Schema::CurrentVersion, created directly at that version (no
// PostgreSQL database of an older version exists). Differences, each asked of SqlDialect:
// identity ids, text compared byte-wise (COLLATE "C", as SQLite's BINARY), lower() for NOCASE,
// the version in crm_agent_schema, PL/pgSQL triggers and a tsvector column instead of FTS5
// (LeadListIndex). Later versions migrate both engines from the same ladder step.
class PostgreSqlSchema
{
public:
    // Creates every table at the current version (inside the caller's transaction) and records it.
    static Result<void> create(QSqlDatabase &db);
};
