#pragma once

#include "leadexporter.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <catch2/catch.hpp>

// Every column of every lead of the database at `databasePath` as CSV, exported (as an
// administrator, with the default format) to `csvPath` and read back.
inline QByteArray exportCsv(const QString &databasePath, const QString &csvPath)
{
    LeadExportRequest request;
    request.databasePath = databasePath;
    request.outputPath = csvPath;
    request.roles = RoleSet(Role::Admin);
    LeadExporter exporter;
    const bool exported = exporter.run(request);
    INFO(exporter.errorString().toStdString());
    REQUIRE(exported);
    QFile file(csvPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
