#include "exportjob.h"

#include "leadexporter.h"

#include "session.h"

#include <atomic>

struct ExportJob::State
{
    LeadExporter exporter;
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{-1};
};

ExportJob::ExportJob() : m_state(std::make_shared<State>())
{
    m_state->exporter.setProgressFunction([state = m_state.get()](qint64 done, qint64 total) {
        state->done.store(done);
        state->total.store(total);
    });
}

ExportJob::~ExportJob()
{
    cancel();
}

void ExportJob::start(Session *session, const LeadExportRequest &request, QObject *context,
                      std::function<void(ExportOutcome)> done)
{
    // The exporter reads SQLite on a connection of its own (a reader thread steps the statement on
    // it); on PostgreSQL it borrows the lane's, already signed in. The lane gives the export its
    // thread and its turn.
    session->run(Session::Lane::Background, context,
                 [state = m_state, request](QSqlDatabase &db) {
                     ExportOutcome outcome;
                     outcome.ok = state->exporter.run(request, db);
                     outcome.rows = state->exporter.rowsWritten();
                     outcome.error = state->exporter.errorString();
                     outcome.canceled = state->exporter.wasCanceled();
                     outcome.notes = state->exporter.notes();
                     return outcome;
                 },
                 std::move(done), [](const QString &reason) { return ExportOutcome{false, 0, reason, false, {}}; });
}

void ExportJob::cancel()
{
    m_state->exporter.cancel();
}

bool ExportJob::isCanceled() const
{
    return m_state->exporter.wasCanceled();
}

qint64 ExportJob::rowsDone() const
{
    return m_state->done.load();
}

qint64 ExportJob::rowsTotal() const
{
    return m_state->total.load();
}
