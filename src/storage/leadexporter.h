#pragma once

#include "leadexportrequest.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class ExportFormatter;
class ExportReader;

// Streams leads from an SQLite or PostgreSQL database into a CSV file (or an Excel workbook,
// XlsxWriter, when the request asks for one) in constant memory: a reader
// thread reads the rows (ExportReader, one per engine) and fills chunks of raw values, the calling
// thread turns them
// into CSV (labels, not ids, resolved through small maps loaded once) and writes. The file is
// written under a temporary name and renamed at the end (QSaveFile), so a cancelled, failed or
// interrupted export leaves no partial file and never touches an existing file of that name.
//
// run() blocks: call it off the user interface thread. cancel() may be called from any thread.
class LeadExporter
{
public:
    // `done` rows of `total` (total is -1 when not counted) are written.
    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;

    LeadExporter();
    ~LeadExporter();
    LeadExporter(const LeadExporter &) = delete;
    LeadExporter &operator=(const LeadExporter &) = delete;

    // Called on the thread running run(), about every chunk of rows. With a progress function set,
    // run() first counts the rows so that the total is known.
    void setProgressFunction(ProgressFunction progress);

    // Writes the export. Returns false with errorString() set on failure or cancellation.
    // The export reads on a connection of its own to request.databasePath; on PostgreSQL it may
    // borrow `connection` instead (open to that database, on this thread, idle while run() runs),
    // which spares a second sign-in: its read-only transaction ends with the export.
    bool run(const LeadExportRequest &request, const QSqlDatabase &connection = QSqlDatabase());
    void cancel();
    bool wasCanceled() const { return m_canceled.load(); }
    QString errorString() const { return m_error; }
    qint64 rowsWritten() const { return m_rows; }
    // An Excel workbook's sheets (0 for a CSV file).
    int sheetsWritten() const { return m_sheets; }
    // What the user should know of a finished export (values whose stored text was not clean UTF-8
    // and was written with U+FFFD; a workbook's shortened cells).
    QStringList notes() const { return m_notes; }

private:
    class Pump;

    // The plan, the read and the format of an export, then write().
    Result<void> exportLeads(const LeadExportRequest &request, const QSqlDatabase &borrowed);
    // The CSV file: header, rows (read on a reader thread), commit.
    Result<void> write(const LeadExportRequest &request, const QList<ExportColumn> &columns,
                       ExportFormatter &formatter, ExportReader &reader, qint64 total);
    // The Excel workbook: header, rows, commit.
    Result<void> writeWorkbook(const LeadExportRequest &request, const QList<ExportColumn> &columns,
                               ExportFormatter &formatter, ExportReader &reader, qint64 total);
    // Notes how many values `formatter` repaired, if any.
    void noteRepaired(const ExportFormatter &formatter);

    ProgressFunction m_progress;
    std::atomic<bool> m_canceled {false};
    QString m_error;
    qint64 m_rows = 0;
    int m_sheets = 0;
    QStringList m_notes;
};
