#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <string>
#include <unordered_map>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// Writes an Excel workbook (.xlsx) row by row through libxlsxwriter in its constant-memory mode:
// rows go to temporary files as they come and only the current row is held in memory.
//
// Cells are typed: text stays text (a TIN "0214188399" keeps its zero, "=1+1" is never a formula,
// so no formula guard is needed), numbers are numbers, timestamps are date cells in the local time
// zone. The header row is bold, frozen and filtered. When a sheet is full (rowsPerSheet data rows;
// Excel holds 1,048,575 under the header) the rows go on in a new sheet "Name (2)" with the same
// header. Text longer than a cell holds (32,767 characters) is cut to that length ending in "…",
// and counted (shortenedCells()).
//
// The workbook is written under a temporary name beside the target and renamed over it in commit(),
// so that a cancelled or failed export leaves no partial file. Writing is a sequence of cells per
// row: the same calls as CsvWriter's (writeField, writeEmptyField, endRecord) plus typed ones.
class XlsxWriter
{
public:
    static constexpr qint64 MaxRowsPerSheet = 1048575;   // 1,048,576 rows less the header
    static constexpr qsizetype MaxCellChars = 32767;
    static constexpr int MaxSheetNameChars = 31;

    struct Column
    {
        QString header;
        double width = 16;   // in characters
    };

    XlsxWriter();
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    // Starts the workbook for `outputPath` with one sheet named `sheetName` (made valid by
    // validSheetName). Without `header` the sheet has no header row (nor frozen pane, nor filter).
    Result<void> open(const QString &outputPath, const QString &sheetName, const QList<Column> &columns,
                      bool header = true, qint64 rowsPerSheet = MaxRowsPerSheet);

    // Cells of the current row, left to right.
    void writeField(const char *utf8, qsizetype size);   // text; empty text leaves the cell blank
    void writeField(QByteArrayView utf8) { writeField(utf8.data(), utf8.size()); }
    void writeField(const QByteArray &utf8) { writeField(utf8.constData(), utf8.size()); }
    void writeEmptyField();
    void writeNumber(double value);
    // A stored timestamp ("2026-11-26T23:22:20Z", UTC) as a date cell in the local time zone;
    // anything else as text.
    void writeTimestamp(const char *utf8, qsizetype size);
    void endRecord();

    // Writes the workbook and moves it into place.
    Result<void> commit();
    // Drops the workbook; an existing file of the name stays as it was.
    void abandon();

    // The first error met while writing cells (commit() returns it too); empty when none.
    QString errorString() const { return m_error; }
    qint64 shortenedCells() const { return m_shortened; }
    int sheetCount() const { return m_sheets; }

    // At most 31 characters, none of []:*?/\, not starting or ending with an apostrophe, not
    // empty ("Leads" then).
    static QString validSheetName(const QString &name);

private:
    Result<void> addSheet();
    void fail(int error);
    bool nextCell();
    void writeText(const char *utf8, size_t size);

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    QString m_path;
    QString m_tempPath;
    QString m_sheetName;
    QList<Column> m_columns;
    bool m_header = true;
    qint64 m_rowsPerSheet = MaxRowsPerSheet;
    int m_sheets = 0;
    quint32 m_row = 0;        // of the current sheet, the header being row 0
    quint16 m_column = 0;     // of the current row
    qint64 m_sheetRows = 0;   // data rows on the current sheet
    qint64 m_shortened = 0;
    std::string m_text;       // NUL-terminated copy of the current cell's text
    QTimeZone m_zone;                             // the local time zone
    std::unordered_map<qint64, int> m_offsets;    // its offset from UTC by UTC hour
    QString m_error;
};
