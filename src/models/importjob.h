#pragma once

#include "importrequest.h"

#include <QString>

#include <functional>
#include <memory>

class QObject;
class Session;

// How an import ended.
struct ImportOutcome
{
    bool ok = false;          // the import ran to its end (rows may still have been rejected)
    bool canceled = false;
    QString error;            // when not ok
    ImportSummary summary;    // counts, the report's path
};

// One LeadImporter run as a job on the Session's Background lane, with its progress and Cancel
// readable from the caller's thread (as ExportJob). Destroying the ImportJob cancels the import,
// which then rolls back and ends on its own.
class ImportJob
{
public:
    ImportJob();
    ~ImportJob();
    ImportJob(const ImportJob &) = delete;
    ImportJob &operator=(const ImportJob &) = delete;

    // Starts the import; `done` gets the outcome on `context`'s thread (not at all once `context` is gone).
    // `request.actorId` is the signed-in employee.
    void start(Session *session, const ImportRequest &request, QObject *context,
               std::function<void(ImportOutcome)> done);
    // Asks the import to stop; `done` follows with canceled = true and nothing written. Any thread.
    void cancel();
    bool isCanceled() const;
    // Records read so far; rowsTotal() is -1 (the file is not counted first): use the bytes for a bar.
    qint64 rowsDone() const;
    qint64 rowsTotal() const;
    qint64 bytesDone() const;
    qint64 bytesTotal() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};
