#pragma once

#include "serviceresult.h"
#include "bulkassignresult.h"
#include "permissions.h"
#include "qualifyplan.h"
#include "qualifyresult.h"
#include "result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QObject;
class Session;
enum class DisqualifyReason : int;

// Which life-cycle actions the signed-in employee may take on a lead now.
struct LeadDecisions
{
    Decision assign;
    Decision reassign;
    Decision qualify;
    Decision disqualify;
};

// The lead life cycle (LeadService) through the Session, as the signed-in employee: the checks and
// previews read on the Read lane, the actions write on the Write lane. Every call returns at once;
// `done` is called on `context`'s thread, and dropped when `context` was destroyed. An action with an
// `expectedVersion` on a lead saved since answers with a Conflict (Result::isConflict()).
class LeadActions
{
public:
    using Cancel = std::shared_ptr<std::atomic<bool>>;

    explicit LeadActions(Session *session);

    Session *session() const { return m_session; }

    // LeadService::decide for Assign, Reassign, Qualify and Disqualify on `leadId`.
    void decide(qint64 leadId, QObject *context, Done<LeadDecisions> done) const;

    // Assigns (a New lead) or reassigns (an Assigned one) one lead; `expectedVersion` > 0 refuses
    // when it was saved since.
    void assignOne(qint64 leadId, qint64 ownerId, int expectedVersion, QObject *context, Done<bool> done) const;
    // A dry run of bulkAssign: what would be assigned and what refused, nothing written.
    void checkAssign(const QList<qint64> &leadIds, qint64 ownerId, QObject *context,
                     Done<BulkAssignResult> done) const;
    // Assigns every allowed lead in one transaction. `progress(done)` is called on `context`'s
    // thread now and then; setting `*cancel` stops the run and rolls everything back (a Failure).
    void bulkAssign(const QList<qint64> &leadIds, qint64 ownerId, Cancel cancel, QObject *context,
                    std::function<void(qint64 done)> progress, Done<BulkAssignResult> done) const;

    // What qualifying would create or link.
    void planQualify(qint64 leadId, QObject *context, Done<QualifyPlan> done) const;
    void qualify(qint64 leadId, const QString &opportunityName, int expectedVersion, QObject *context,
                 Done<QualifyResult> done) const;
    void disqualify(qint64 leadId, DisqualifyReason reason, const QString &comment, int expectedVersion,
                    QObject *context, Done<bool> done) const;

private:
    Session *m_session;
};
