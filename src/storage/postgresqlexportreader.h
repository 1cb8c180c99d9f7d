#pragma once

#include "exportreader.h"

#include <QByteArray>

#include <memory>

class PostgreSqlStatement;
struct pg_conn;

// The export's reader on PostgreSQL, in constant memory whatever the count, on the raw libpq
// connection (text values straight from libpq's result, no QVariant):
//   AllLeads       a server-side cursor over the rows in number order, FETCH FORWARD 2048 at a time;
//   View           a cursor over the view's ids in view order (LeadListSql in PostgreSQL's words:
//                  its search is the tsvector one), each 2048 ids then read in one statement;
//   SelectedLeads  the selection's ids, 2048 at a time, read the same way.
// A batch of ids comes back in any order and is written in the ids' order. All of it inside one
// read-only REPEATABLE READ transaction (one snapshot), which the reader ends (ROLLBACK) when destroyed.
class PostgreSqlExportReader : public ExportReader
{
public:
    static constexpr int FetchRows = 2048;

    // The read-only transaction on `db`.
    static Result<void> begin(pg_conn *db);

    PostgreSqlExportReader(pg_conn *db, const ExportPlan &plan, const LeadExportRequest &request);
    ~PostgreSqlExportReader() override;

    Result<void> prepare() override;
    qint64 count() override;
    Result<void> readLabels(const char *sql, ExportLabelMap &map) override;

protected:
    bool readRows(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full,
                  const std::atomic<bool> &stop) override;

private:
    void readRow(const PostgreSqlStatement &result, int row, ExportChunk &chunk) const;
    bool readScan(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full, const std::atomic<bool> &stop);
    bool readIds(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full, const std::atomic<bool> &stop);
    // Reads the leads `ids` (those that exist) into chunks in that order; false when the writer
    // stopped or on an error (m_error set, chunk kept).
    bool readBatch(const std::vector<qint64> &ids, ExportChunk *&chunk, ExportChunkQueue &free,
                   ExportChunkQueue &full, const std::atomic<bool> &stop);

    pg_conn *m_db;
    std::unique_ptr<PostgreSqlStatement> m_fetch;    // AllLeads: the rows; View: the ids
    std::unique_ptr<PostgreSqlStatement> m_lookup;   // SelectedLeads, View: the leads of an id list
};
