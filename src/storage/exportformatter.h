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
// cells: integers as numbers, stored timestamps as dates, everything else as text.
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

private:
    template <class Writer> void writeRowTo(const ExportChunk &chunk, Cursor &cursor, Writer &out) const;
    template <class Writer> void writeCoded(Writer &out, const QByteArray (&labels)[16], qint64 value) const;
    template <class Writer> void writeValue(Writer &out, const ExportColumnPlan &column, qint64 value) const;

    const ExportPlan &m_plan;
    ExportLabelMap m_maps[ExportLabelsCount];
    QByteArray m_yes;
    QByteArray m_no;
    QByteArray m_sources[16];
    QByteArray m_states[16];
};
