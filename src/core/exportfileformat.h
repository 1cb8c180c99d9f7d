#pragma once

#include <QString>

// The kind of file an export writes.
enum class ExportFileFormat : int {
    Csv,    // RFC 4180 text (CsvFormat says how)
    Xlsx,   // an Excel workbook with typed cells (XlsxWriter)
};

class ExportFileFormats
{
public:
    // "csv", "xlsx" (command line, settings).
    static QString code(ExportFileFormat format);
    static bool fromCode(const QString &code, ExportFileFormat *format);   // trimmed, case-insensitive
    // Translated, for the export dialog: "CSV", "Excel workbook".
    static QString label(ExportFileFormat format);
    // The file name extension without the dot: "csv", "xlsx".
    static QString extension(ExportFileFormat format);
    // The format a file name asks for: Xlsx for "*.xlsx" (any case), else Csv.
    static ExportFileFormat ofPath(const QString &path);
    // The file dialog's filter: "Excel workbooks (*.xlsx)".
    static QString fileFilter(ExportFileFormat format);
};
