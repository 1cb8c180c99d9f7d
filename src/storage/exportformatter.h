#pragma once

#include "exportlabelmap.h"
#include "exportplan.h"
#include "result.h"

#include <QByteArray>

class CsvWriter;
class XlsxWriter;
struct ExportChunk;
class ExportReader;

// The format step of an export: a row of raw values to cells (reference ids to names, source and
// state numbers to labels, 0/1 to Yes/No); quoting and the formula guard are the CsvWriter's.
// Every label is encoded once, before the first row. The same row goes to an XlsxWriter as typed
// cells: integers as numbers, stored timestamps as dates, everything else as text. Stored text that
// is not clean UTF-8 (invalid bytes, a NUL; for a workbook also the control characters XML 1.0
// forbids) is written with U+FFFD in their place (Utf8Repair) and counted (repairedValues()).
class ExportFormatter
{
public:
    // Where the next row of a chunk starts.
    struct Cursor
    {
        size_t ints = 0;
        size_t texts = 0;
        quint32 textStart = 0;
    };

    explicit ExportFormatter(const ExportPlan &plan);

    // Loads the label maps the plan needs; the database's words on failure.
    Result<void> loadLabels(ExportReader &reader);
    // Writes the row of `chunk` at `cursor` as one record and moves the cursor past it.
    void writeRow(const ExportChunk &chunk, Cursor &cursor, CsvWriter &csv) const;
    void writeRow(const ExportChunk &chunk, Cursor &cursor, XlsxWriter &xlsx) const;
    // How many values were written repaired so far.
    qint64 repairedValues() const { return m_repaired; }

private:
    template <class Writer> void writeRowTo(const ExportChunk &chunk, Cursor &cursor, Writer &out) const;
    template <class Writer> void writeCoded(Writer &out, const QByteArray (&labels)[16], qint64 value) const;
    template <class Writer> void writeValue(Writer &out, const ExportColumnPlan &column, qint64 value) const;
    // Stored text: as it is when clean, else repaired (and counted).
    template <class Writer> void writeText(Writer &out, const char *utf8, qsizetype size, bool timestamp) const;

    const ExportPlan &m_plan;
    ExportLabelMap m_maps[ExportLabelsCount];
    QByteArray m_yes;
    QByteArray m_no;
    QByteArray m_sources[16];
    QByteArray m_states[16];
    mutable qint64 m_repaired = 0;   // rows are written on one thread at a time
};
