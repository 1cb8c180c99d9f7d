#include "leadexporter.h"

#include "csvwriter.h"
#include "database.h"
#include "exportchunk.h"
#include "exportchunkqueue.h"
#include "exportformatter.h"
#include "exportoutput.h"
#include "exportplan.h"
#include "exportreader.h"
#include "permissions.h"
#include "sqldialect.h"
#include "xlsxwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <climits>
#include <thread>

// The export runs in four units: the plan (ExportPlan: columns, SQL, scope), the read
// (ExportReader: statements stepped into chunks on a reader thread), the format (ExportFormatter:
// a row to cells) and the write (ExportOutput: the CSV file). run() ties them together.

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LeadExporter)
};

constexpr int ChunkCount = 4;
constexpr qsizetype WriteBytes = 1024 * 1024;

QString canceledText()
{
    return Tr::tr("The export was canceled. Nothing was saved.");
}

// The database through Database's own checks (the path or URI, the kind of file, the schema
// version); an SQLite file must exist already (the export never creates one).
Result<void> openDatabase(Database &database, const QString &location, const QString &connectionName)
{
    if (!SqlDialect::forLocation(location).isPostgreSql() && !QFileInfo::exists(location))
        return Failure{Tr::tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(location))};
    return database.open(location, connectionName, QString(), Database::Creation::Refused);
}

// A workbook's sheet: the request's name, else after the scope.
QString sheetNameOf(const LeadExportRequest &request)
{
    if (!request.sheetName.trimmed().isEmpty())
        return request.sheetName;
    switch (request.scope) {
    case ExportScope::SelectedLeads: return Tr::tr("Selected leads");
    case ExportScope::View: return Tr::tr("Leads in view");
    case ExportScope::AllLeads: break;
    }
    return Tr::tr("Leads");
}

// Widths in characters: the header's, at least what the kind of value needs, at most 50.
QList<XlsxWriter::Column> workbookColumns(const QList<ExportColumn> &columns)
{
    QList<XlsxWriter::Column> result;
    for (ExportColumn column : columns) {
        XlsxWriter::Column cell;
        cell.header = ExportColumns::label(column);
        const ExportColumnPlan plan = ExportPlan::planOf(column);
        double width = 18;
        if (column == ExportColumn::Number)
            width = 9;
        else if (plan.timestamp)
            width = 20;
        else if (plan.kind == ExportCellKind::YesNo)
            width = 8;
        else if (plan.kind == ExportCellKind::Text)
            width = 24;
        cell.width = qBound(width, double(cell.header.size()) + 4, 50.0);   // + room for the filter button
        result.append(cell);
    }
    return result;
}

void writeHeader(CsvWriter &csv, const CsvFormat &format, const QList<ExportColumn> &columns)
{
    if (format.byteOrderMark)
        csv.writeByteOrderMark();
    if (!format.header)
        return;
    for (ExportColumn column : columns)
        csv.writeField(ExportColumns::label(column));
    csv.endRecord();
}

} // namespace

// The chunks between the reader thread and this one; each full chunk goes to `writeChunk` (the
// formatting and writing of one file format).
class LeadExporter::Pump
{
public:
    using ChunkWriter = std::function<Result<void>(const ExportChunk &)>;

    Pump(LeadExporter &exporter, ChunkWriter writeChunk) : m_exporter(exporter), m_writeChunk(std::move(writeChunk))
    {
        for (ExportChunk &chunk : m_chunks)
            m_free.push(&chunk);
    }

    // Reads every row on a reader thread while this thread formats and writes them.
    Result<void> run(ExportReader &reader, qint64 total)
    {
        std::thread thread([&] { reader.read(m_free, m_full, m_stop); });
        const Result<void> written = writeAll(total);
        // The reader is told to stop: it hands over at most the chunk it holds and never blocks,
        // since the free queue is closed.
        m_stop.store(true);
        m_free.close();
        m_full.close();
        thread.join();
        return written;
    }

private:
    Result<void> writeAll(qint64 total)
    {
        while (ExportChunk *chunk = m_full.pop()) {
            if (m_exporter.m_canceled.load())
                return Failure{canceledText()};
            if (const Result<void> written = m_writeChunk(*chunk); !written)
                return written;
            m_exporter.m_rows += chunk->rows;
            if (m_exporter.m_progress)
                m_exporter.m_progress(m_exporter.m_rows, total);
            if (chunk->last)
                return chunk->error.isEmpty() ? Result<void>() : Result<void>(Failure{chunk->error});
            m_free.push(chunk);
        }
        return {};
    }

    LeadExporter &m_exporter;
    ChunkWriter m_writeChunk;
    ExportChunk m_chunks[ChunkCount];
    ExportChunkQueue m_free;
    ExportChunkQueue m_full;
    std::atomic<bool> m_stop {false};
};

LeadExporter::LeadExporter() = default;
LeadExporter::~LeadExporter() = default;

void LeadExporter::setProgressFunction(ProgressFunction progress)
{
    m_progress = std::move(progress);
}

void LeadExporter::cancel()
{
    m_canceled.store(true);
}

bool LeadExporter::run(const LeadExportRequest &request, const QSqlDatabase &connection)
{
    m_error.clear();
    m_rows = 0;
    m_sheets = 0;
    m_notes.clear();
    const Result<void> exported = exportLeads(request, connection);
    // A cancel wins over whatever the run ended with: nothing was saved.
    if (m_canceled.load()) {
        m_error = canceledText();
        return false;
    }
    if (!exported)
        m_error = exported.error();
    return exported.has_value();
}

Result<void> LeadExporter::exportLeads(const LeadExportRequest &request, const QSqlDatabase &borrowed)
{
    if (!Permissions::canExport(request.roles))
        return Failure{Tr::tr("Only an employee with a CRM role may export leads.")};
    if (const Result<void> checked = ExportOutput::checkPath(request.outputPath, request.databasePath); !checked)
        return checked;
    Database database;
    QSqlDatabase connection = borrowed;
    if (!connection.isOpen() || !SqlDialect::of(connection).isPostgreSql()) {
        const Result<void> opened = openDatabase(
            database, request.databasePath, QStringLiteral("crm-export-%1").arg(reinterpret_cast<quintptr>(this)));
        if (!opened)
            return opened;
        connection = database.connection();
    }

    const QList<ExportColumn> columns = request.columns.isEmpty() ? ExportColumns::all() : request.columns;
    const ExportPlan plan(columns);
    ExportFormatter formatter(plan);
    Result<std::unique_ptr<ExportReader>> reader = ExportReader::create(connection, plan, request);
    if (!reader)
        return Failure{reader.error()};
    if (const Result<void> ready = formatter.loadLabels(**reader); !ready)
        return ready;
    if (const Result<void> ready = (*reader)->prepare(); !ready)
        return ready;
    const qint64 total = m_progress ? (*reader)->count() : -1;
    return write(request, columns, formatter, **reader, total);
}

Result<void> LeadExporter::write(const LeadExportRequest &request, const QList<ExportColumn> &columns,
                                 ExportFormatter &formatter, ExportReader &reader, qint64 total)
{
    if (request.fileFormat == ExportFileFormat::Xlsx)
        return writeWorkbook(request, columns, formatter, reader, total);
    ExportOutput output;
    if (const Result<void> opened = output.open(request.outputPath); !opened)
        return opened;
    CsvWriter csv(request.format);
    writeHeader(csv, request.format, columns);
    Pump pump(*this, [&](const ExportChunk &chunk) -> Result<void> {
        ExportFormatter::Cursor cursor;
        for (int r = 0; r < chunk.rows; ++r) {
            formatter.writeRow(chunk, cursor, csv);
            if (csv.size() >= WriteBytes) {
                if (const Result<void> written = output.write(csv); !written)
                    return written;
            }
        }
        return {};
    });
    Result<void> written = pump.run(reader, total);
    if (written && !m_canceled.load())
        written = output.write(csv);
    if (written && !m_canceled.load())
        written = output.commit();
    if (!written || m_canceled.load())
        output.abandon();
    else
        noteRepaired(formatter);
    return written;
}

void LeadExporter::noteRepaired(const ExportFormatter &formatter)
{
    if (formatter.repairedValues() == 0)
        return;
    m_notes.append(Tr::tr("%n value(s) held stored bytes that are not valid text (not UTF-8, or a NUL or other "
                          "character the file cannot hold): each was written as the replacement character \uFFFD (U+FFFD).",
                          nullptr, int(qMin<qint64>(formatter.repairedValues(), INT_MAX))));
}

Result<void> LeadExporter::writeWorkbook(const LeadExportRequest &request, const QList<ExportColumn> &columns,
                                         ExportFormatter &formatter, ExportReader &reader, qint64 total)
{
    if (request.outputPath == QLatin1String("-"))
        return Failure{Tr::tr("An Excel workbook cannot be written to standard output: give a file.")};
    XlsxWriter xlsx;
    const Result<void> opened = xlsx.open(request.outputPath, sheetNameOf(request), workbookColumns(columns),
                                          request.format.header, request.rowsPerSheet);
    if (!opened)
        return opened;
    Pump pump(*this, [&](const ExportChunk &chunk) -> Result<void> {
        ExportFormatter::Cursor cursor;
        for (int r = 0; r < chunk.rows; ++r)
            formatter.writeRow(chunk, cursor, xlsx);
        if (!xlsx.errorString().isEmpty())
            return Failure{xlsx.errorString()};
        return {};
    });
    Result<void> written = pump.run(reader, total);
    if (written && !m_canceled.load())
        written = xlsx.commit();
    if (!written || m_canceled.load()) {
        xlsx.abandon();
        return written;
    }
    m_sheets = xlsx.sheetCount();
    noteRepaired(formatter);
    if (xlsx.shortenedCells() > 0) {
        m_notes.append(Tr::tr("%n cell(s) held more than the 32,767 characters a workbook cell takes: they were cut "
                              "to that length, ending in ….", nullptr, int(qMin<qint64>(xlsx.shortenedCells(), INT_MAX))));
    }
    return {};
}
