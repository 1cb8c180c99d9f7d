#pragma once

#include "csvformat.h"
#include "exportcolumn.h"
#include "exportfileformat.h"
#include "exportscope.h"
#include "leadlistquery.h"
#include "role.h"

#include <QList>
#include <QString>

// What an export writes, where and how: what the export dialog and the command line hand to
// LeadExporter (storage).
struct LeadExportRequest
{
    QString databasePath;              // the SQLite file or the PostgreSQL URI
    QString outputPath;                // the file to write; "-" writes a CSV to standard output
    QList<ExportColumn> columns;       // in this order; empty means every column
    ExportFileFormat fileFormat = ExportFileFormat::Csv;
    CsvFormat format;                  // CSV: all of it; Excel workbook: only `header` applies
    QString sheetName;                 // Excel workbook: the sheet's name (empty: after the scope)
    qint64 rowsPerSheet = 1048575;     // Excel workbook: data rows a sheet holds before the next one
    ExportScope scope = ExportScope::AllLeads;
    QList<qint64> leadIds;             // SelectedLeads
    LeadListQuery view;                // View
    qint64 employeeId = 0;             // the signed-in employee (serves the view's "only mine")
    RoleSet roles;                     // the signed-in employee's roles: any of the four may export
};
