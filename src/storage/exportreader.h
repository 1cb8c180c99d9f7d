#pragma once

#include "leadexporter.h"
#include "result.h"

#include <QSqlDatabase>

#include <atomic>
#include <memory>
#include <vector>

class ExportChunkQueue;
class ExportLabelMap;
class ExportPlan;
struct ExportChunk;

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

    const ExportPlan &m_plan;
    const LeadExportRequest &m_request;
    std::vector<bool> m_integer;   // per column: read as an integer
    QString m_error;
};
