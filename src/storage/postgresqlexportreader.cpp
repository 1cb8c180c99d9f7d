#include "postgresqlexportreader.h"

#include "exportplan.h"
#include "leadlistsql.h"
#include "postgresqlstatement.h"

#include <unordered_map>

namespace {

// The cursor's name; one export per connection at a time.
constexpr char kCursor[] = "crm_export";

} // namespace

Result<void> PostgreSqlExportReader::begin(pg_conn *db)
{
    return PostgreSqlStatement::exec(db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

PostgreSqlExportReader::PostgreSqlExportReader(pg_conn *db, const ExportPlan &plan, const LeadExportRequest &request)
    : ExportReader(plan, request), m_db(db)
{
}

PostgreSqlExportReader::~PostgreSqlExportReader()
{
    m_fetch.reset();
    m_lookup.reset();
    // Read only: nothing to keep; the connection may be the caller's and goes on.
    if (const Result<void> ended = PostgreSqlStatement::exec(m_db, "ROLLBACK"); !ended)
        qWarning("Could not end the export's transaction: %s", qPrintable(ended.error()));
}

Result<void> PostgreSqlExportReader::prepare()
{
    const QByteArray select = m_plan.selectSql();
    const QByteArray declare = QByteArray("DECLARE ") + kCursor + " NO SCROLL CURSOR FOR ";
    const QByteArray fetch = "FETCH FORWARD " + QByteArray::number(FetchRows) + " FROM " + kCursor;
    if (m_request.scope == ExportScope::AllLeads) {
        const QByteArray declareRows = declare + select + " ORDER BY l.id";
        if (const Result<void> declared = PostgreSqlStatement::exec(m_db, declareRows); !declared)
            return Failure{readError(declared.error())};
    } else {
        const QByteArray lookup = m_plan.selectSql("l.id") + " WHERE l.id = ANY (?::bigint[])";
        m_lookup = std::make_unique<PostgreSqlStatement>(m_db, lookup.constData());
    }
    if (m_request.scope == ExportScope::View) {
        const SqlStatement all = LeadListSql(m_request.view, m_request.employeeId, SqlDialect::postgreSql()).selectAll();
        const QByteArray declareIds = declare + all.sql.toUtf8();
        PostgreSqlStatement ids(m_db, declareIds.constData());
        ids.bindValues(all.values);
        if (!ids.execute())
            return Failure{readError(ids.errorString())};
    }
    if (m_request.scope != ExportScope::SelectedLeads)
        m_fetch = std::make_unique<PostgreSqlStatement>(m_db, fetch.constData());
    return {};
}

qint64 PostgreSqlExportReader::count()
{
    return countWith<PostgreSqlStatement>(m_db, SqlDialect::postgreSql());
}

Result<void> PostgreSqlExportReader::readLabels(const char *sql, ExportLabelMap &map)
{
    return readLabelsWith<PostgreSqlStatement>(m_db, sql, map);
}

void PostgreSqlExportReader::readRow(const PostgreSqlStatement &result, int row, ExportChunk &chunk) const
{
    appendRow(
        chunk, [&](int column) { return result.intAt(row, column); },
        [&](int column) { return result.viewAt(row, column); });
}

bool PostgreSqlExportReader::readScan(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full,
                                      const std::atomic<bool> &stop)
{
    while (m_fetch->query()) {
        const int rows = m_fetch->rowCount();
        for (int r = 0; r < rows; ++r) {
            readRow(*m_fetch, r, *chunk);
            if (chunk->isFull() && !handOver(chunk, free, full, stop))
                return false;
        }
        if (rows < FetchRows)
            return true;
    }
    m_error = readError(m_fetch->errorString());
    return true;
}

bool PostgreSqlExportReader::readBatch(const std::vector<qint64> &ids, ExportChunk *&chunk, ExportChunkQueue &free,
                                       ExportChunkQueue &full, const std::atomic<bool> &stop)
{
    if (ids.empty())
        return true;
    // The ids as an array literal, bound as one value: {1,2,3}.
    std::string array = "{";
    for (qint64 id : ids) {
        if (array.size() > 1)
            array += ',';
        array += std::to_string(id);
    }
    array += '}';
    m_lookup->bindText(1, array);
    if (!m_lookup->query()) {
        m_error = readError(m_lookup->errorString());
        return false;
    }
    std::unordered_map<qint64, int> rowOf;
    const int rows = m_lookup->rowCount();
    rowOf.reserve(size_t(rows));
    // Each row's id is the column after the plan's (ExportPlan::selectSql's extra column).
    for (int r = 0; r < rows; ++r)
        rowOf.emplace(m_lookup->intAt(r, m_plan.columnCount()), r);
    for (qint64 id : ids) {
        const auto found = rowOf.find(id);
        if (found == rowOf.end())
            continue;
        readRow(*m_lookup, found->second, *chunk);
        if (chunk->isFull() && !handOver(chunk, free, full, stop))
            return false;
    }
    return true;
}

bool PostgreSqlExportReader::readIds(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full,
                                     const std::atomic<bool> &stop)
{
    std::vector<qint64> batch;
    batch.reserve(FetchRows);
    if (m_request.scope == ExportScope::SelectedLeads) {
        for (qsizetype i = 0; i < m_request.leadIds.size(); i += FetchRows) {
            batch.assign(m_request.leadIds.begin() + i,
                         m_request.leadIds.begin() + std::min<qsizetype>(i + FetchRows, m_request.leadIds.size()));
            if (!readBatch(batch, chunk, free, full, stop))
                return chunk != nullptr;
        }
        return true;
    }
    while (m_fetch->query()) {
        const int rows = m_fetch->rowCount();
        batch.clear();
        for (int r = 0; r < rows; ++r)
            batch.push_back(m_fetch->intAt(r, 0));
        if (!readBatch(batch, chunk, free, full, stop))
            return chunk != nullptr;
        if (rows < FetchRows)
            return true;
    }
    m_error = readError(m_fetch->errorString());
    return true;
}

bool PostgreSqlExportReader::readRows(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full,
                                      const std::atomic<bool> &stop)
{
    return m_request.scope == ExportScope::AllLeads ? readScan(chunk, free, full, stop) : readIds(chunk, free, full, stop);
}
