#pragma once

#include "leadexporter.h"
#include "result.h"
#include "sqlitestatement.h"

#include <atomic>
#include <memory>

class ExportChunkQueue;
class ExportPlan;
struct ExportChunk;

// The read step of an export: the statements of the request's scope on the raw handle, stepped
// into chunks of raw values on the reader thread. AllLeads scans by number; a selection or a view
// looks its ids up one by one (the view's ids in its own order, from LeadListSql).
class ExportReader
{
public:
    ExportReader(sqlite3 *db, const ExportPlan &plan, const LeadExportRequest &request);
    ~ExportReader();

    // Prepares the statements; the database's words on failure.
    Result<void> prepare();
    // How many rows read() will produce; -1 when they cannot be counted.
    qint64 count() const;
    // On the reader thread: takes empty chunks from `free`, fills them and pushes them to `full`,
    // the last one marked (with the error, if any). Stops early once `stop` is set.
    void read(ExportChunkQueue &free, ExportChunkQueue &full, const std::atomic<bool> &stop);

private:
    void readRow(const SqliteStatement &statement, ExportChunk &chunk) const;
    // Hands `chunk` over and takes the next; false (chunk null) when the writer stopped.
    bool handOver(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full,
                  const std::atomic<bool> &stop) const;
    // Reads the lead `id` (if it exists) into `chunk`; false on a database error.
    bool readOne(qint64 id, ExportChunk &chunk);
    // The rows of each scope; false when the writer stopped (chunk is then null).
    bool readScan(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full, const std::atomic<bool> &stop);
    bool readIds(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full, const std::atomic<bool> &stop);

    sqlite3 *m_db;
    const ExportPlan &m_plan;
    const LeadExportRequest &m_request;
    std::vector<bool> m_integer;
    std::unique_ptr<SqliteStatement> m_rows;     // AllLeads
    std::unique_ptr<SqliteStatement> m_lookup;   // SelectedLeads, View: one lead by id
    std::unique_ptr<SqliteStatement> m_ids;      // View: its ids in order
    QString m_error;
};
