#include "leadactions.h"

#include "disqualifyreason.h"
#include "employee.h"
#include "leadservice.h"
#include "session.h"

#include <QPointer>

LeadActions::LeadActions(Session *session) : m_session(session) {}

void LeadActions::decide(qint64 leadId, QObject *context, Done<LeadDecisions> done) const
{
    const Employee me = m_session->employee();
    m_session->run(Session::Lane::Read, context, [me, leadId](QSqlDatabase &db) -> Result<LeadDecisions> {
        const LeadService service(db);
        return LeadDecisions{service.decide(me, LeadAction::Assign, leadId),
                             service.decide(me, LeadAction::Reassign, leadId),
                             service.decide(me, LeadAction::Qualify, leadId),
                             service.decide(me, LeadAction::Disqualify, leadId)};
    }, std::move(done));
}

void LeadActions::assignOne(qint64 leadId, qint64 ownerId, int expectedVersion, QObject *context,
                            Done<bool> done) const
{
    const Employee me = m_session->employee();
    m_session->run(Session::Lane::Write, context, [=](QSqlDatabase &db) -> Result<bool> {
        LeadService service(db);
        const bool assign = service.decide(me, LeadAction::Assign, leadId).allowed;
        const Result<void> changed = assign ? service.assign(me, leadId, ownerId, expectedVersion)
                                            : service.reassign(me, leadId, ownerId, expectedVersion);
        if (!changed)
            return changed.failure();   // a conflict stays one
        return true;
    }, std::move(done));
}

void LeadActions::checkAssign(const QList<qint64> &leadIds, qint64 ownerId, QObject *context,
                              Done<BulkAssignResult> done) const
{
    const Employee me = m_session->employee();
    m_session->run(Session::Lane::Read, context, [=](QSqlDatabase &db) {
        return LeadService(db).bulkAssign(me, leadIds, ownerId, true);
    }, std::move(done));
}

void LeadActions::bulkAssign(const QList<qint64> &leadIds, qint64 ownerId, Cancel cancel, QObject *context,
                             std::function<void(qint64 done)> progress, Done<BulkAssignResult> done) const
{
    const Employee me = m_session->employee();
    // Progress is posted to the session (it outlives every job) and handed on while `context` lives.
    QPointer<Session> session(m_session);
    QPointer<QObject> guard(context);
    const auto report = [session, guard, progress](qint64 count) {
        if (!progress || !session)
            return;
        QMetaObject::invokeMethod(session, [guard, progress, count] {
            if (guard)
                progress(count);
        }, Qt::QueuedConnection);
    };
    m_session->run(Session::Lane::Write, context, [=](QSqlDatabase &db) {
        return LeadService(db).bulkAssign(me, leadIds, ownerId, false, report, cancel.get());
    }, std::move(done));
}

void LeadActions::planQualify(qint64 leadId, QObject *context, Done<QualifyPlan> done) const
{
    m_session->run(Session::Lane::Read, context, [leadId](QSqlDatabase &db) {
        return LeadService(db).planQualify(leadId);
    }, std::move(done));
}

void LeadActions::qualify(qint64 leadId, const QString &opportunityName, int expectedVersion, QObject *context,
                          Done<QualifyResult> done) const
{
    const Employee me = m_session->employee();
    m_session->run(Session::Lane::Write, context, [=](QSqlDatabase &db) {
        return LeadService(db).qualify(me, leadId, opportunityName, expectedVersion);
    }, std::move(done));
}

void LeadActions::disqualify(qint64 leadId, DisqualifyReason reason, const QString &comment, int expectedVersion,
                             QObject *context, Done<bool> done) const
{
    const Employee me = m_session->employee();
    m_session->run(Session::Lane::Write, context, [=](QSqlDatabase &db) -> Result<bool> {
        const Result<void> disqualified = LeadService(db).disqualify(me, leadId, reason, comment, expectedVersion);
        if (!disqualified)
            return disqualified.failure();
        return true;
    }, std::move(done));
}
