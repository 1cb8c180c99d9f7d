#pragma once

#include "exportreader.h"
#include "sqlitestatement.h"

#include <memory>

// The export's reader on SQLite: the statements of the request's scope on the raw handle. AllLeads
// scans by number; a selection or a view looks its ids up one by one (the view's ids in its own
// order, from LeadListSql), which costs nothing in an embedded database.
class SqliteExportReader : public ExportReader
{
public:
    // The read-only transaction on `db` (a connection of the export's own).
    static Result<void> begin(sqlite3 *db);

    SqliteExportReader(sqlite3 *db, const ExportPlan &plan, const LeadExportRequest &request);
    ~SqliteExportReader() override;

    Result<void> prepare() override;
    qint64 count() override;
    Result<void> readLabels(const char *sql, ExportLabelMap &map) override;

protected:
    bool readRows(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full,
                  const std::atomic<bool> &stop) override;

private:
    void readRow(const SqliteStatement &statement, ExportChunk &chunk) const;
    // Reads the lead `id` (if it exists) into `chunk`; false on a database error.
    bool readOne(qint64 id, ExportChunk &chunk);
    bool readScan(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full, const std::atomic<bool> &stop);
    bool readIds(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full, const std::atomic<bool> &stop);

    sqlite3 *m_db;
    std::unique_ptr<SqliteStatement> m_rows;     // AllLeads
    std::unique_ptr<SqliteStatement> m_lookup;   // SelectedLeads, View: one lead by id
    std::unique_ptr<SqliteStatement> m_ids;      // View: its ids in order
};
