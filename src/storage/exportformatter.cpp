#include "exportformatter.h"

#include "csvwriter.h"
#include "exportchunk.h"
#include "leadsource.h"
#include "leadstate.h"
#include "exportreader.h"

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

void ExportFormatter::writeInteger(CsvWriter &csv, qint64 value) const
{
    char number[24];
    const auto result = std::to_chars(number, number + sizeof number, value);
    csv.writeField(number, result.ptr - number);
}

// A source or state label; the stored number for one this program does not know.
void ExportFormatter::writeCoded(CsvWriter &csv, const QByteArray (&labels)[16], qint64 value) const
{
    if (value >= 0 && value < 16 && !labels[value].isEmpty())
        csv.writeField(labels[value]);
    else
        writeInteger(csv, value);
}

void ExportFormatter::writeValue(CsvWriter &csv, const ExportColumnPlan &column, qint64 value) const
{
    switch (column.kind) {
    case ExportCellKind::Integer: writeInteger(csv, value); return;
    case ExportCellKind::Source: writeCoded(csv, m_sources, value); return;
    case ExportCellKind::State: writeCoded(csv, m_states, value); return;
    case ExportCellKind::YesNo: csv.writeField(value ? m_yes : m_no); return;
    case ExportCellKind::Label: {
        const QByteArray *label = value ? m_maps[static_cast<int>(column.labels)].find(value) : nullptr;
        if (label)
            csv.writeField(*label);
        else
            csv.writeEmptyField();
        return;
    }
    case ExportCellKind::Text: return;
    }
}

void ExportFormatter::writeRow(const ExportChunk &chunk, Cursor &cursor, CsvWriter &csv) const
{
    for (const ExportColumnPlan &column : m_plan.columns()) {
        if (column.kind == ExportCellKind::Text) {
            const quint32 end = chunk.ends[cursor.texts++];
            csv.writeField(chunk.text.data() + cursor.textStart, qsizetype(end - cursor.textStart));
            cursor.textStart = end;
        } else {
            writeValue(csv, column, chunk.ints[cursor.ints++]);
        }
    }
    csv.endRecord();
}
