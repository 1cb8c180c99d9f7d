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
        QString error;
        const bool assign = service.decide(me, LeadAction::Assign, leadId).allowed;
        const bool ok = assign ? service.assign(me, leadId, ownerId, &error, expectedVersion)
                               : service.reassign(me, leadId, ownerId, &error, expectedVersion);
        if (!ok)
            return Failure{error};
        return true;
    }, std::move(done));
}

void LeadActions::checkAssign(const QList<qint64> &leadIds, qint64 ownerId, QObject *context,
                              Done<BulkAssignResult> done) const
{
    const Employee me = m_session->employee();
    m_session->run(Session::Lane::Read, context, [=](QSqlDatabase &db) -> Result<BulkAssignResult> {
        BulkAssignResult result;
        QString error;
        if (!LeadService(db).bulkAssign(me, leadIds, ownerId, &result, &error, true))
            return Failure{error};
        return result;
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
    m_session->run(Session::Lane::Write, context, [=](QSqlDatabase &db) -> Result<BulkAssignResult> {
        BulkAssignResult result;
        QString error;
        if (!LeadService(db).bulkAssign(me, leadIds, ownerId, &result, &error, false, report, cancel.get()))
            return Failure{error};
        return result;
    }, std::move(done));
}

void LeadActions::planQualify(qint64 leadId, QObject *context, Done<QualifyPlan> done) const
{
    m_session->run(Session::Lane::Read, context, [leadId](QSqlDatabase &db) -> Result<QualifyPlan> {
        QualifyPlan plan;
        QString error;
        if (!LeadService(db).planQualify(leadId, &plan, &error))
            return Failure{error};
        return plan;
    }, std::move(done));
}

void LeadActions::qualify(qint64 leadId, const QString &opportunityName, int expectedVersion, QObject *context,
                          Done<QualifyResult> done) const
{
    const Employee me = m_session->employee();
    m_session->run(Session::Lane::Write, context, [=](QSqlDatabase &db) -> Result<QualifyResult> {
        QualifyResult result;
        QString error;
        if (!LeadService(db).qualify(me, leadId, opportunityName, &result, &error, expectedVersion))
            return Failure{error};
        return result;
    }, std::move(done));
}

void LeadActions::disqualify(qint64 leadId, DisqualifyReason reason, const QString &comment, int expectedVersion,
                             QObject *context, Done<bool> done) const
{
    const Employee me = m_session->employee();
    m_session->run(Session::Lane::Write, context, [=](QSqlDatabase &db) -> Result<bool> {
        QString error;
        if (!LeadService(db).disqualify(me, leadId, reason, comment, &error, expectedVersion))
            return Failure{error};
        return true;
    }, std::move(done));
}
