#include "exportreader.h"

#include "exportchunk.h"
#include "exportchunkqueue.h"
#include "exportplan.h"
#include "postgresqlexportreader.h"
#include "postgresqlstatement.h"
#include "sqliteexportreader.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

ExportReader::ExportReader(const ExportPlan &plan, const LeadExportRequest &request)
    : m_plan(plan), m_request(request)
{
    for (const ExportColumnPlan &column : plan.columns())
        m_integer.push_back(column.isInteger());
}

ExportReader::~ExportReader() = default;

Result<std::unique_ptr<ExportReader>> ExportReader::create(const QSqlDatabase &db, const ExportPlan &plan,
                                                           const LeadExportRequest &request)
{
    std::unique_ptr<ExportReader> reader;
    Result<void> begun;
    if (sqlite3 *sqlite = SqliteStatement::handleOf(db)) {
        begun = SqliteExportReader::begin(sqlite);
        reader.reset(new SqliteExportReader(sqlite, plan, request));
    } else if (pg_conn *postgreSql = PostgreSqlStatement::handleOf(db)) {
        begun = PostgreSqlExportReader::begin(postgreSql);
        reader.reset(new PostgreSqlExportReader(postgreSql, plan, request));
    } else {
        return Failure{readError(QStringLiteral("not an SQLite or PostgreSQL connection"))};
    }
    if (!begun)
        return Failure{readError(begun.error())};
    return reader;
}

QString ExportReader::readError(const QString &message)
{
    return QCoreApplication::translate("LeadExporter", "Could not read the leads: %1").arg(message);
}

bool ExportReader::handOver(ExportChunk *&chunk, ExportChunkQueue &free, ExportChunkQueue &full,
                            const std::atomic<bool> &stop) const
{
    full.push(chunk);
    chunk = stop.load() ? nullptr : free.pop();
    if (!chunk)
        return false;
    chunk->clear();
    return true;
}

void ExportReader::read(ExportChunkQueue &free, ExportChunkQueue &full, const std::atomic<bool> &stop)
{
    ExportChunk *chunk = free.pop();
    if (!chunk)
        return;
    chunk->clear();
    if (!readRows(chunk, free, full, stop))
        return;
    chunk->last = true;
    chunk->error = m_error;
    full.push(chunk);
}
