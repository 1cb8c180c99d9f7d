#pragma once

#include "leadexportrequest.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QObject;
class Session;

// How an export ended.
struct ExportOutcome
{
    bool ok = false;
    qint64 rows = 0;
    QString error;
    bool canceled = false;
    QStringList notes;   // what the user should know of a finished export (LeadExporter::notes)
};

// One LeadExporter run as a job on the Session's Background lane (one threading style for the
// whole application), with its progress and Cancel readable from the caller's thread. The job
// keeps what it uses alive: destroying the ExportJob cancels the export, which then ends on its own.
class ExportJob
{
public:
    ExportJob();
    ~ExportJob();
    ExportJob(const ExportJob &) = delete;
    ExportJob &operator=(const ExportJob &) = delete;

    // Starts the export; `done` gets the outcome on `context`'s thread (not at all once `context` is gone).
    void start(Session *session, const LeadExportRequest &request, QObject *context,
               std::function<void(ExportOutcome)> done);
    // Asks the export to stop; `done` follows with canceled = true. Any thread.
    void cancel();
    bool isCanceled() const;
    // Rows written so far, and of how many (-1 while not counted).
    qint64 rowsDone() const;
    qint64 rowsTotal() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};
