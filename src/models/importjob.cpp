#include "importjob.h"

#include "leadimporter.h"

#include "session.h"

#include <atomic>

struct ImportJob::State
{
    LeadImporter importer;
    std::atomic<qint64> rows{0};
    std::atomic<qint64> bytes{0};
    std::atomic<qint64> totalBytes{0};
};

ImportJob::ImportJob() : m_state(std::make_shared<State>())
{
    m_state->importer.setProgressFunction([state = m_state.get()](qint64 rows, qint64 bytes, qint64 totalBytes) {
        state->rows.store(rows);
        state->bytes.store(bytes);
        state->totalBytes.store(totalBytes);
    });
}

ImportJob::~ImportJob()
{
    cancel();
}

void ImportJob::start(Session *session, const ImportRequest &request, QObject *context,
                      std::function<void(ImportOutcome)> done)
{
    // The import writes on the lane's connection, in one transaction of its own; the lane gives
    // it its thread and its turn.
    session->run(Session::Lane::Background, context,
                 [state = m_state, request](QSqlDatabase &db) {
                     ImportOutcome outcome;
                     outcome.ok = state->importer.run(request, db);
                     outcome.canceled = state->importer.wasCanceled();
                     outcome.error = state->importer.errorString();
                     outcome.summary = state->importer.summary();
                     return outcome;
                 },
                 std::move(done), [](const QString &reason) { return ImportOutcome{false, false, reason, {}}; });
}

void ImportJob::cancel()
{
    m_state->importer.cancel();
}

bool ImportJob::isCanceled() const
{
    return m_state->importer.wasCanceled();
}

qint64 ImportJob::rowsDone() const
{
    return m_state->rows.load();
}

qint64 ImportJob::rowsTotal() const
{
    return -1;
}

qint64 ImportJob::bytesDone() const
{
    return m_state->bytes.load();
}

qint64 ImportJob::bytesTotal() const
{
    return m_state->totalBytes.load();
}
