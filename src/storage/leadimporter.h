#pragma once

#include "importrequest.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class ImportLookup;
class ImportRowMapper;

// Imports leads from a CSV file (issue 13, spec section 5) in one transaction: the whole file or
// nothing (a failure or cancel leaves the database exactly as before). The file is read as a
// stream (memory stays bounded whatever its size; a field over MaxFieldBytes is rejected, not
// held); each record goes through ImportRowMapper (the form's checks); a likely duplicate (same
// e-mail, phone or TIN as an open lead, earlier rows of the file included) is skipped, flagged or
// imported as asked. Stored leads are New (Assigned when an owner column names an employee),
// created by the actor, with the "created" history row the form's insert writes and the search
// index kept by the database's triggers. Rejected rows go to the report: line, field, reason and
// the row's own fields. A dry run does it all, then rolls back.
//
// run() blocks: call it off the user interface thread. cancel() may be called from any thread.
class LeadImporter
{
public:
    // Longest field read; longer ones reject their row.
    static constexpr qsizetype MaxFieldBytes = 1024 * 1024;

    // `rows` records read; `bytes` of the file's `totalBytes` consumed.
    using ProgressFunction = std::function<void(qint64 rows, qint64 bytes, qint64 totalBytes)>;

    LeadImporter();
    ~LeadImporter();
    LeadImporter(const LeadImporter &) = delete;
    LeadImporter &operator=(const LeadImporter &) = delete;

    // Called on the thread running run(), about every few thousand rows and at the end.
    void setProgressFunction(ProgressFunction progress);

    // Runs the import on `db` (SQLite or PostgreSQL, open, on this thread). False with
    // errorString() set when nothing was imported: a file that cannot be read or has no header,
    // a mapping without a name column, a database error, cancel. Rows rejected one by one do not
    // fail the import: see summary().
    bool run(const ImportRequest &request, QSqlDatabase db);
    void cancel();
    bool wasCanceled() const { return m_canceled.load(); }
    QString errorString() const { return m_error; }
    const ImportSummary &summary() const { return m_summary; }

private:
    class Writer;

    Result<void> import(const ImportRequest &request, QSqlDatabase &db);

    ProgressFunction m_progress;
    std::atomic<bool> m_canceled {false};
    QString m_error;
    ImportSummary m_summary;
};
