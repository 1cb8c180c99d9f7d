#include "exportformatter.h"

#include "csvwriter.h"
#include "exportchunk.h"
#include "leadsource.h"
#include "leadstate.h"
#include "exportreader.h"
#include "utf8repair.h"
#include "xlsxwriter.h"

#include <QCoreApplication>

#include <charconv>

ExportFormatter::ExportFormatter(const ExportPlan &plan) : m_plan(plan)
{
    m_yes = QCoreApplication::translate("LeadExporter", "Yes").toUtf8();
    m_no = QCoreApplication::translate("LeadExporter", "No").toUtf8();
    for (LeadSource source : LeadSources::all())
        m_sources[static_cast<int>(source) & 15] = LeadSources::label(source).toUtf8();
    for (LeadState state : LeadStates::all())
        m_states[static_cast<int>(state) & 15] = LeadStates::label(state).toUtf8();
}

Result<void> ExportFormatter::loadLabels(ExportReader &reader)
{
    for (int m = 1; m < ExportLabelsCount; ++m) {
        const auto labels = static_cast<ExportLabels>(m);
        if (!m_plan.needsLabels(labels))
            continue;
        if (const Result<void> read = reader.readLabels(ExportPlan::labelsSql(labels), m_maps[m]); !read)
            return read;
        m_maps[m].finish();
    }
    return {};
}

namespace {

void writeInteger(CsvWriter &csv, qint64 value)
{
    char number[24];
    const auto result = std::to_chars(number, number + sizeof number, value);
    csv.writeField(number, result.ptr - number);
}

void writeInteger(XlsxWriter &xlsx, qint64 value)
{
    xlsx.writeNumber(double(value));
}

void writeTimestamp(CsvWriter &csv, const char *utf8, qsizetype size)
{
    csv.writeField(utf8, size);   // as stored: ISO 8601 UTC
}

void writeTimestamp(XlsxWriter &xlsx, const char *utf8, qsizetype size)
{
    xlsx.writeTimestamp(utf8, size);
}

// What a writer's file takes: UTF-8 text (CSV), or XML 1.0 character data (a workbook's cells).
constexpr Utf8Repair::Target targetOf(const CsvWriter &)
{
    return Utf8Repair::Target::Text;
}

constexpr Utf8Repair::Target targetOf(const XlsxWriter &)
{
    return Utf8Repair::Target::Xml;
}

} // namespace

// A source or state label; the stored number for one this program does not know.
template <class Writer>
void ExportFormatter::writeCoded(Writer &out, const QByteArray (&labels)[16], qint64 value) const
{
    if (value >= 0 && value < 16 && !labels[value].isEmpty())
        out.writeField(labels[value]);
    else
        writeInteger(out, value);
}

template <class Writer>
void ExportFormatter::writeValue(Writer &out, const ExportColumnPlan &column, qint64 value) const
{
    switch (column.kind) {
    case ExportCellKind::Integer: writeInteger(out, value); return;
    case ExportCellKind::Source: writeCoded(out, m_sources, value); return;
    case ExportCellKind::State: writeCoded(out, m_states, value); return;
    case ExportCellKind::YesNo: out.writeField(value ? m_yes : m_no); return;
    case ExportCellKind::Label: {
        const QByteArray *label = value ? m_maps[static_cast<int>(column.labels)].find(value) : nullptr;
        if (label)
            writeText(out, label->constData(), label->size(), false);
        else
            out.writeEmptyField();
        return;
    }
    case ExportCellKind::Text: return;
    }
}

template <class Writer>
void ExportFormatter::writeText(Writer &out, const char *utf8, qsizetype size, bool timestamp) const
{
    if (Utf8Repair::needsRepair(utf8, size, targetOf(out))) {
        ++m_repaired;
        const QByteArray clean = Utf8Repair::repaired(utf8, size, targetOf(out));
        if (timestamp)
            writeTimestamp(out, clean.constData(), clean.size());
        else
            out.writeField(clean);
        return;
    }
    if (timestamp)
        writeTimestamp(out, utf8, size);
    else
        out.writeField(utf8, size);
}

template <class Writer>
void ExportFormatter::writeRowTo(const ExportChunk &chunk, Cursor &cursor, Writer &out) const
{
    for (const ExportColumnPlan &column : m_plan.columns()) {
        if (column.kind == ExportCellKind::Text) {
            const quint32 end = chunk.ends[cursor.texts++];
            const char *text = chunk.text.data() + cursor.textStart;
            const auto size = qsizetype(end - cursor.textStart);
            writeText(out, text, size, column.timestamp);
            cursor.textStart = end;
        } else {
            writeValue(out, column, chunk.ints[cursor.ints++]);
        }
    }
    out.endRecord();
}

void ExportFormatter::writeRow(const ExportChunk &chunk, Cursor &cursor, CsvWriter &csv) const
{
    writeRowTo(chunk, cursor, csv);
}

void ExportFormatter::writeRow(const ExportChunk &chunk, Cursor &cursor, XlsxWriter &xlsx) const
{
    writeRowTo(chunk, cursor, xlsx);
}
