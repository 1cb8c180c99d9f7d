#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

// An Excel workbook read back by another program (python3-openpyxl), as JSON: an array of sheets,
// each {"title", "freeze" ("A2" or null), "filter" ("A1:C4" or null), "widths" {"A": 9, ...},
// "rows": [[[type, value, bold], ...], ...]} where type is openpyxl's: "s" text, "n" number (or a
// blank cell, value null), "d" date (value "YYYY-MM-DD HH:MM:SS"), "f" formula.
inline QJsonArray readWorkbook(const QString &path)
{
    static const char script[] = R"PY(
import datetime, json, re, sys
import openpyxl
# Control characters are written as _xHHHH_ (ECMA-376 ST_Xstring), which Excel decodes and
# openpyxl's reader of inline strings does not.
def decoded(v):
    return re.sub(r'_x([0-9A-Fa-f]{4})_', lambda m: chr(int(m.group(1), 16)), v)
wb = openpyxl.load_workbook(open(sys.argv[1], 'rb'))   # whatever the file's name
sheets = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, datetime.datetime):
                v = v.strftime('%Y-%m-%d %H:%M:%S')
            elif isinstance(v, str):
                v = decoded(v)
            cells.append([c.data_type, v, bool(c.font.b)])
        rows.append(cells)
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    sheets.append({'title': ws.title, 'freeze': ws.freeze_panes, 'filter': ws.auto_filter.ref,
                   'widths': widths, 'rows': rows})
json.dump(sheets, sys.stdout)
)PY";
    // Debian's python3, where python3-openpyxl is (not one that a PATH may put first).
    const QString python3 = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
    QProcess python;
    python.start(python3, {QStringLiteral("-c"), QString::fromUtf8(script), path});
    REQUIRE(python.waitForFinished(120000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isArray());
    return document.array();
}

// The cell at `row`, `column` (from 0) of a sheet readWorkbook returned: [type, value, bold].
inline QJsonArray workbookCell(const QJsonObject &sheet, int row, int column)
{
    const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
    REQUIRE(row < rows.size());
    const QJsonArray cells = rows.at(row).toArray();
    REQUIRE(column < cells.size());
    return cells.at(column).toArray();
}
