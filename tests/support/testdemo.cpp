#include "testdemo.h"

Result<DemoSummary> TestDemo::generate(QSqlDatabase &db, const DemoOptions &options)
{
    return DemoGenerator::generate(db, options);
}
