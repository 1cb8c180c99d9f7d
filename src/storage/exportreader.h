#pragma once

#include "exportchunk.h"
#include "exportlabelmap.h"
#include "leadexporter.h"
#include "leadlistsql.h"
#include "result.h"
#include "sqldialect.h"

#include <QSqlDatabase>

#include <atomic>
#include <memory>
#include <vector>

class ExportChunkQueue;
class ExportPlan;

// The read step of an export, one implementation per engine (SqliteExportReader,
// PostgreSqlExportReader): the rows of the request's scope in its order, read on the reader thread
// into chunks of raw values (integers and UTF-8 text), in constant memory whatever the row count.
// Everything is read in one read-only transaction, begun by create(): the labels, the count and
// the rows come from one snapshot.
class ExportReader
{
public:
    virtual ~ExportReader();
    ExportReader(const ExportReader &) = delete;
    ExportReader &operator=(const ExportReader &) = delete;

    // The reader of `db`'s engine, its read-only transaction begun; the database's words on failure.
    static Result<std::unique_ptr<ExportReader>> create(const QSqlDatabase &db, const ExportPlan &plan,
                                                        const LeadExportRequest &request);

    // Prepares the statements; the database's words on failure.
    virtual Result<void> prepare() = 0;
    // How many rows read() will produce; -1 when they cannot be counted.
    virtual qint64 count() = 0;
    // The rows of `sql` ("SELECT id, name ...", ExportPlan::labelsSql) into `map`.
    virtual Result<void> readLabels(const char *sql, ExportLabelMap &map) = 0;
    // On the reader thread: takes empty chunks from `free`, fills them and pushes them to `full`,
    // the last one marked (with the error, if any). Stops early once `stop` is set.
    void read(ExportChunkQueue &free, ExportChunkQueue &full, const std::atomic<bool> &stop);

protected:
    ExportReader(const ExportPlan &plan, const LeadExportRequest &request);

    // Reads every row into chunks, handing each full one over (handOver); false when the writer
    // stopped (chunk is then null). A database error ends the rows with m_error set.
    virtual bool readRows(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full,
                          const std::atomic<bool> &stop) = 0;
    // Hands `chunk` over and takes the next; false (chunk null) when the writer stopped.
    bool handOver(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full,
                  const std::atomic<bool> &stop) const;
    static QString readError(const QString &message);

    // What every engine's reader does, with its own statement type on its own handle
    // (SqliteStatement on sqlite3, PostgreSqlStatement on pg_conn: the same members).
    // readLabels(): the rows (id, label) of `sql` into `map`; the database's words on failure.
    template<typename Statement, typename Handle>
    static Result<void> readLabelsWith(Handle *db, const char *sql, ExportLabelMap &map);
    // count(): the selection's size, all leads counted, or the view's counts per state added up
    // (LeadListSql in `dialect`); -1 on failure.
    template<typename Statement, typename Handle>
    qint64 countWith(Handle *db, const SqlDialect &dialect) const;
    // One row into `chunk`: column c as intAt(c) or as textAt(c) (raw UTF-8), as the plan says.
    template<typename IntAt, typename TextAt>
    void appendRow(ExportChunk &chunk, IntAt intAt, TextAt textAt) const;

    const ExportPlan &m_plan;
    const LeadExportRequest &m_request;
    std::vector<bool> m_integer;   // per column: read as an integer
    QString m_error;
};

template<typename Statement, typename Handle>
Result<void> ExportReader::readLabelsWith(Handle *db, const char *sql, ExportLabelMap &map)
{
    Statement statement(db, sql);
    while (statement.next())
        map.insert(statement.columnInt(0), statement.columnText(1));
    if (statement.failed())
        return Failure{readError(statement.errorString())};
    return {};
}

template<typename Statement, typename Handle>
qint64 ExportReader::countWith(Handle *db, const SqlDialect &dialect) const
{
    if (m_request.scope == ExportScope::SelectedLeads)
        return m_request.leadIds.size();
    if (m_request.scope == ExportScope::AllLeads)
        return Statement::queryInt(db, "SELECT COUNT(*) FROM leads", -1);
    const SqlStatement counts = LeadListSql(m_request.view, m_request.employeeId, dialect).countByState();
    Statement count(db, counts.sql.toUtf8().constData());
    if (count.isValid())
        count.bindValues(counts.values);
    qint64 total = 0;
    while (count.next())
        total += count.columnInt(1);
    return count.failed() ? -1 : total;
}

template<typename IntAt, typename TextAt>
void ExportReader::appendRow(ExportChunk &chunk, IntAt intAt, TextAt textAt) const
{
    for (int c = 0; c < int(m_integer.size()); ++c) {
        if (m_integer[size_t(c)]) {
            chunk.ints.push_back(intAt(c));
        } else {
            chunk.text.append(textAt(c));
            chunk.ends.push_back(quint32(chunk.text.size()));
        }
    }
    ++chunk.rows;
}
