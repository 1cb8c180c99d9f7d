#pragma once

#include "demogenerator.h"
#include "result.h"

#include <QSqlDatabase>

// Demo data for a test's database on either engine, the rows DemoGenerator::generate writes.
//   SQLite:     DemoGenerator::generate itself.
//   PostgreSQL: DemoGenerator writes SQLite only (so far), so the rows are made there and copied:
//               the database's rows go into a temporary SQLite file, DemoGenerator adds to them as
//               it would to the database itself (reusing its references), and every row it added
//               is copied back with its id, in one transaction, the identity sequences moved past
//               them. The result is the rows DemoGenerator would have written on PostgreSQL.
// Once DemoGenerator writes PostgreSQL itself, generate() is DemoGenerator::generate on both.
class TestDemo
{
public:
    static Result<DemoSummary> generate(QSqlDatabase &db, const DemoOptions &options);
};
