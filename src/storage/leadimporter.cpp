#include "leadimporter.h"

LeadImporter::LeadImporter() = default;
LeadImporter::~LeadImporter() = default;

void LeadImporter::setProgressFunction(ProgressFunction progress)
{
    m_progress = std::move(progress);
}

void LeadImporter::cancel()
{
    m_canceled.store(true);
}

bool LeadImporter::run(const ImportRequest &request, QSqlDatabase db)
{
    m_error.clear();
    m_summary = ImportSummary();
    const Result<void> done = import(request, db);
    if (!done)
        m_error = done.error();
    return bool(done);
}

Result<void> LeadImporter::import(const ImportRequest &, QSqlDatabase &)
{
    return Failure{QStringLiteral("not yet")};
}
