#include "viewleadids.h"

#include "leadservice.h"
#include "session.h"

void ViewLeadIds::read(Session *session, const LeadListQuery &view, QObject *context,
                       Done<QList<qint64>> done)
{
    session->run(Session::Lane::Count, context,
                 [view, employeeId = session->employee().id](QSqlDatabase &db) {
                     return LeadService(db).viewLeadIds(view, employeeId);
                 },
                 std::move(done));
}
