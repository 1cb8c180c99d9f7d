#include "opportunityservice.h"

#include "opportunityrepository.h"
#include "session.h"

OpportunityService::OpportunityService(Session *session) : m_session(session) {}

void OpportunityService::find(qint64 id, QObject *context, Done<Opportunity> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [id](QSqlDatabase &db) -> Result<Opportunity> {
                       Opportunity opportunity;
                       QString error;
                       if (!OpportunityRepository(db).find(id, &opportunity, &error))
                           return Failure{error};
                       return opportunity;
                   },
                   std::move(done));
}

void OpportunityService::search(const QString &text, int limit, QObject *context,
                                Done<OpportunityPage> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [text, limit](QSqlDatabase &db) -> Result<OpportunityPage> {
                       const OpportunityRepository repository(db);
                       QString error;
                       OpportunityPage page;
                       page.rows = repository.search(text, limit, 0, &error);
                       if (!error.isEmpty())
                           return Failure{error};
                       page.total = page.rows.size() < limit ? page.rows.size() : repository.count(text);
                       return page;
                   },
                   std::move(done));
}
