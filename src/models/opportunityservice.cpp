#include "opportunityservice.h"

#include "opportunityrepository.h"
#include "session.h"

OpportunityService::OpportunityService(Session *session) : m_session(session) {}

void OpportunityService::find(qint64 id, QObject *context, Done<Opportunity> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [id](QSqlDatabase &db) { return OpportunityRepository(db).find(id); },
                   std::move(done));
}

void OpportunityService::search(const QString &text, int limit, QObject *context,
                                Done<OpportunityPage> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [text, limit](QSqlDatabase &db) -> Result<OpportunityPage> {
                       const OpportunityRepository repository(db);
                       const Result<QList<Opportunity>> rows = repository.search(text, limit, 0);
                       if (!rows)
                           return Failure{rows.error()};
                       OpportunityPage page;
                       page.rows = *rows;
                       page.total = page.rows.size() < limit ? page.rows.size() : repository.count(text);
                       return page;
                   },
                   std::move(done));
}
