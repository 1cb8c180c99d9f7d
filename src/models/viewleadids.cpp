#include "viewleadids.h"

#include "leadservice.h"
#include "session.h"

void ViewLeadIds::read(Session *session, const LeadListQuery &view, QObject *context,
                       Done<QList<qint64>> done)
{
    session->run(Session::Lane::Count, context,
                 [view, employeeId = session->employee().id](QSqlDatabase &db) -> Result<QList<qint64>> {
                     QList<qint64> ids;
                     QString error;
                     if (!LeadService(db).viewLeadIds(view, employeeId, &ids, &error))
                         return Failure{error};
                     return ids;
                 },
                 std::move(done));
}
