#include "referenceadminservice.h"

#include "referenceadmin.h"
#include "session.h"

ReferenceAdminService::ReferenceAdminService(Session *session) : m_session(session) {}

void ReferenceAdminService::list(ReferenceKind kind, const QString &text, int limit, QObject *context,
                                 Done<QList<ReferenceRecord>> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [kind, text, limit](QSqlDatabase &db) { return ReferenceAdmin(db).list(kind, text, limit); },
                   std::move(done));
}

void ReferenceAdminService::find(ReferenceKind kind, qint64 id, QObject *context,
                                 Done<ReferenceRecord> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [kind, id](QSqlDatabase &db) { return ReferenceAdmin(db).find(kind, id); },
                   std::move(done));
}

void ReferenceAdminService::save(ReferenceKind kind, const ReferenceRecord &record, QObject *context,
                                 Done<qint64> done) const
{
    m_session->run(Session::Lane::Write, context,
                   [actor = m_session->employee(), kind, record](QSqlDatabase &db) {
                       return ReferenceAdmin(db).save(actor, kind, record);
                   },
                   std::move(done));
}

void ReferenceAdminService::remove(ReferenceKind kind, qint64 id, QObject *context,
                                   Done<void> done) const
{
    m_session->run(Session::Lane::Write, context,
                   [actor = m_session->employee(), kind, id](QSqlDatabase &db) {
                       return ReferenceAdmin(db).remove(actor, kind, id);
                   },
                   std::move(done));
}
