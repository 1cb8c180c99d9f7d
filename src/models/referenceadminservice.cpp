#include "referenceadminservice.h"

#include "referenceadmin.h"
#include "session.h"

ReferenceAdminService::ReferenceAdminService(Session *session) : m_session(session) {}

void ReferenceAdminService::list(ReferenceKind kind, const QString &text, int limit, QObject *context,
                                 Done<QList<ReferenceRecord>> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [kind, text, limit](QSqlDatabase &db) -> Result<QList<ReferenceRecord>> {
                       QString error;
                       QList<ReferenceRecord> records = ReferenceAdmin(db).list(kind, text, limit, &error);
                       if (!error.isEmpty())
                           return Failure{error};
                       return records;
                   },
                   std::move(done));
}

void ReferenceAdminService::find(ReferenceKind kind, qint64 id, QObject *context,
                                 Done<ReferenceRecord> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [kind, id](QSqlDatabase &db) -> Result<ReferenceRecord> {
                       ReferenceRecord record;
                       QString error;
                       if (!ReferenceAdmin(db).find(kind, id, &record, &error))
                           return Failure{error};
                       return record;
                   },
                   std::move(done));
}

void ReferenceAdminService::save(ReferenceKind kind, const ReferenceRecord &record, QObject *context,
                                 Done<qint64> done) const
{
    m_session->run(Session::Lane::Write, context,
                   [actor = m_session->employee(), kind, record](QSqlDatabase &db) -> Result<qint64> {
                       QString error;
                       const qint64 id = ReferenceAdmin(db).save(actor, kind, record, &error);
                       if (id <= 0)
                           return Failure{error};
                       return id;
                   },
                   std::move(done));
}

void ReferenceAdminService::remove(ReferenceKind kind, qint64 id, QObject *context,
                                   Done<void> done) const
{
    m_session->run(Session::Lane::Write, context,
                   [actor = m_session->employee(), kind, id](QSqlDatabase &db) {
                       QString error;
                       const bool ok = ReferenceAdmin(db).remove(actor, kind, id, &error);
                       return outcome(ok, error);
                   },
                   std::move(done));
}
