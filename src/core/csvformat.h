#pragma once

#include <QString>

// The separator between the fields of a CSV record.
enum class CsvDelimiter : int {
    Comma,
    Semicolon,
    Tab,
};

// How a CSV file is written: RFC 4180 records in UTF-8 with these choices.
struct CsvFormat
{
    CsvDelimiter delimiter = CsvDelimiter::Comma;
    bool header = true;          // the first record names the columns
    bool byteOrderMark = false;  // UTF-8 byte order mark first, for spreadsheet programs
    bool formulaGuard = true;    // neutralise cells a spreadsheet would run as a formula

    char delimiterChar() const;

    static char charOf(CsvDelimiter delimiter);
    // "comma", "semicolon", "tab" (command line, settings).
    static QString code(CsvDelimiter delimiter);
    static bool fromCode(const QString &code, CsvDelimiter *delimiter);   // trimmed, case-insensitive
    static QString label(CsvDelimiter delimiter);                         // translated, "Semicolon (;)"
    // The delimiter a spreadsheet program expects in the user's locale: a semicolon where the
    // decimal separator is a comma (Russian, German, ...), else a comma.
    static CsvDelimiter localeDefault();

    bool operator==(const CsvFormat &) const = default;
};
