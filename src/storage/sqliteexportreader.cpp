#include "sqliteexportreader.h"

#include "exportchunkqueue.h"
#include "exportplan.h"
#include "leadlistsql.h"

#include <QCoreApplication>

namespace {

// A statement of `sql` with `values` bound; its error (if any) in the statement.
std::unique_ptr<SqliteStatement> statementOf(sqlite3 *db, const QByteArray &sql, const QVariantList &values = {})
{
    auto statement = std::make_unique<SqliteStatement>(db, sql.constData());
    if (statement->isValid())
        statement->bindValues(values);
    return statement;
}

} // namespace

Result<void> SqliteExportReader::begin(sqlite3 *db)
{
    Result<void> begun = SqliteStatement::exec(db, "PRAGMA query_only = 1");
    if (begun)
        begun = SqliteStatement::exec(db, "BEGIN");
    return begun;
}

SqliteExportReader::SqliteExportReader(sqlite3 *db, const ExportPlan &plan, const LeadExportRequest &request)
    : ExportReader(plan, request), m_db(db)
{
}

SqliteExportReader::~SqliteExportReader()
{
    m_rows.reset();
    m_lookup.reset();
    m_ids.reset();
    // Read only: nothing to keep. Best effort, the connection closes after the export anyway.
    for (const char *sql : {"ROLLBACK", "PRAGMA query_only = 0"}) {
        if (const Result<void> ran = SqliteStatement::exec(m_db, sql); !ran)
            qWarning("Could not end the export's transaction: %s", qPrintable(ran.error()));
    }
}

Result<void> SqliteExportReader::readLabels(const char *sql, ExportLabelMap &map)
{
    return readLabelsWith<SqliteStatement>(m_db, sql, map);
}

Result<void> SqliteExportReader::prepare()
{
    const QByteArray select = m_plan.selectSql();
    std::vector<SqliteStatement *> prepared;
    if (m_request.scope == ExportScope::AllLeads) {
        m_rows = statementOf(m_db, select + " ORDER BY l.id");
        prepared.push_back(m_rows.get());
    } else {
        m_lookup = statementOf(m_db, select + " WHERE l.id = ?");
        prepared.push_back(m_lookup.get());
    }
    if (m_request.scope == ExportScope::View) {
        const SqlStatement all = LeadListSql(m_request.view, m_request.employeeId).selectAll();
        m_ids = statementOf(m_db, all.sql.toUtf8(), all.values);
        prepared.push_back(m_ids.get());
    }
    for (const SqliteStatement *statement : prepared) {
        if (statement->failed())
            return Failure{readError(statement->errorString())};
    }
    return {};
}

qint64 SqliteExportReader::count()
{
    return countWith<SqliteStatement>(m_db, SqlDialect::sqlite());
}

void SqliteExportReader::readRow(const SqliteStatement &statement, ExportChunk &chunk) const
{
    appendRow(
        chunk, [&](int column) { return statement.columnInt(column); },
        [&](int column) { return statement.columnView(column); });
}

bool SqliteExportReader::readOne(qint64 id, ExportChunk &chunk)
{
    m_lookup->bindInt(1, id);
    const bool found = m_lookup->next();
    if (found)
        readRow(*m_lookup, chunk);
    m_lookup->reset();
    return !m_lookup->failed();
}

bool SqliteExportReader::readScan(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full,
                            const std::atomic<bool> &stop)
{
    while (m_rows->next()) {
        readRow(*m_rows, *chunk);
        if (chunk->isFull() && !handOver(chunk, free, full, stop))
            return false;
    }
    if (m_rows->failed())
        m_error = readError(m_rows->errorString());
    return true;
}

bool SqliteExportReader::readIds(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full,
                           const std::atomic<bool> &stop)
{
    const auto one = [&](qint64 id) {
        if (!readOne(id, *chunk)) {
            m_error = readError(m_lookup->errorString());
            return false;
        }
        return !chunk->isFull() || handOver(chunk, free, full, stop);
    };
    if (m_request.scope == ExportScope::SelectedLeads) {
        for (qint64 id : m_request.leadIds) {
            if (!one(id))
                break;
        }
    } else {
        while (m_ids->next()) {
            if (!one(m_ids->columnInt(0)))
                break;
        }
        if (m_ids->failed())
            m_error = readError(m_ids->errorString());
    }
    return chunk != nullptr;
}

bool SqliteExportReader::readRows(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full,
                                  const std::atomic<bool> &stop)
{
    return m_rows ? readScan(chunk, free, full, stop) : readIds(chunk, free, full, stop);
}
