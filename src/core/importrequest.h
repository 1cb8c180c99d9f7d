#pragma once

#include "csvformat.h"
#include "importmapping.h"
#include "leadsource.h"
#include "textencoding.h"

#include <QString>

#include <optional>

// What an import does with a likely duplicate: a row with the same e-mail, phone or TIN as an
// open lead (New, Assigned), an earlier row of the same file included.
enum class ImportDuplicateMode : int {
    Skip,     // not imported, counted as skipped
    Flag,     // imported with a "Likely duplicate" history entry naming the lead it resembles
    Import,   // imported as any other row
};

class ImportDuplicateModes
{
public:
    static QString code(ImportDuplicateMode mode);   // "skip", "flag", "import"
    static bool fromCode(const QString &code, ImportDuplicateMode *mode);   // trimmed, case-insensitive
    static QString label(ImportDuplicateMode mode);  // translated
};

// One import of a CSV file into the leads.
struct ImportRequest
{
    QString filePath;
    // Where the rejected rows go (CSV: line, field, reason, then the row's own fields); none when empty.
    QString reportPath;
    // Detected from the file when not given.
    std::optional<TextEncoding> encoding;
    std::optional<CsvDelimiter> delimiter;
    // Guessed from the header row when empty (no column mapped).
    ImportMapping mapping;
    // For rows whose source is empty or not mapped; without it such rows are rejected.
    std::optional<LeadSource> defaultSource;
    ImportDuplicateMode duplicates = ImportDuplicateMode::Skip;
    // Everything checked and counted, nothing written (the report is written).
    bool dryRun = false;
    // Who imports: the creator of the leads and of their history (0: nobody, a database without employees).
    qint64 actorId = 0;
};

// How an import ended.
struct ImportSummary
{
    qint64 rows = 0;       // data rows read (the header not counted)
    qint64 imported = 0;   // written (or, in a dry run, that would be), flagged ones included
    qint64 skipped = 0;    // likely duplicates skipped
    qint64 flagged = 0;    // likely duplicates imported with a flag
    qint64 rejected = 0;   // in the report
    bool dryRun = false;
    QString reportPath;    // empty when no report was written
};
