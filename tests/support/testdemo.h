#pragma once

#include "demogenerator.h"
#include "result.h"

#include <QSqlDatabase>

// Demo data for a test's database on either engine: DemoGenerator::generate, which writes both
// (and leaves a PostgreSQL database analysed and vacuumed, as autovacuum would).
class TestDemo
{
public:
    static Result<DemoSummary> generate(QSqlDatabase &db, const DemoOptions &options);
};
