#include "sqliteexportreader.h"

#include "exportchunk.h"
#include "exportchunkqueue.h"
#include "exportlabelmap.h"
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
    SqliteStatement statement(m_db, sql);
    while (statement.next())
        map.insert(statement.columnInt(0), statement.columnText(1));
    if (statement.failed())
        return Failure{readError(statement.errorString())};
    return {};
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
    if (m_request.scope == ExportScope::SelectedLeads)
        return m_request.leadIds.size();
    if (m_request.scope == ExportScope::AllLeads)
        return SqliteStatement::queryInt(m_db, "SELECT COUNT(*) FROM leads", -1);
    const SqlStatement counts = LeadListSql(m_request.view, m_request.employeeId).countByState();
    const std::unique_ptr<SqliteStatement> count = statementOf(m_db, counts.sql.toUtf8(), counts.values);
    qint64 total = 0;
    while (count->next())
        total += count->columnInt(1);
    return count->failed() ? -1 : total;
}

void SqliteExportReader::readRow(const SqliteStatement &statement, ExportChunk &chunk) const
{
    for (int c = 0; c < int(m_integer.size()); ++c) {
        if (m_integer[size_t(c)]) {
            chunk.ints.push_back(statement.columnInt(c));
        } else {
            const std::string_view text = statement.columnView(c);
            chunk.text.append(text);
            chunk.ends.push_back(quint32(chunk.text.size()));
        }
    }
    ++chunk.rows;
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
