#pragma once

#include "database.h"
#include "testdemo.h"

#include <QSqlDatabase>
#include <QString>

#include <catch2/catch.hpp>

// Opens (or creates) the database at `location` through Database on a connection named
// `connectionName`, fills it with `leads` demo leads (TestDemo) and closes it again.
inline void makeDemoDatabase(const QString &location, const QString &connectionName, qint64 leads)
{
    Database db;
    REQUIRE(db.open(location, connectionName));
    QSqlDatabase connection = db.connection();
    DemoOptions options;
    options.leads = leads;
    REQUIRE(TestDemo::generate(connection, options));
}
