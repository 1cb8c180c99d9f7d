#pragma once

#include "bulkassignresult.h"
#include "permissions.h"
#include "qualifyplan.h"
#include "qualifyresult.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

struct Employee;
struct LeadListQuery;
enum class DisqualifyReason : int;

// The lead life cycle of spec section 2: assign, reassign, qualify, disqualify.
// Every action re-reads the acting employee (roles, active) and the lead, checks
// Permissions::check itself, runs in one transaction and writes the lead's history.
// A call the rules do not allow fails with the reason as its Failure, whoever makes it.
// The history it writes follows HistoryFields; LeadRepository::history reads it.
class LeadService
{
public:
    explicit LeadService(QSqlDatabase db);

    // Whether `actor` may take `action` on the lead now (the form shows only allowed actions).
    Decision decide(const Employee &actor, LeadAction action, qint64 leadId) const;

    // `expectedVersion` > 0: refuse when the lead was saved since the caller read it.
    // Assign: a New lead gets an Owner and becomes Assigned.
    Result<void> assign(const Employee &actor, qint64 leadId, qint64 ownerId, int expectedVersion = 0);
    // Reassign: an Assigned lead gets another Owner.
    Result<void> reassign(const Employee &actor, qint64 leadId, qint64 ownerId, int expectedVersion = 0);

    // What qualify would create or link for this lead.
    Result<QualifyPlan> planQualify(qint64 leadId) const;
    // Creates the opportunity named `opportunityName` (the lead's name when empty), creating or
    // linking its company and contact, and marks the lead Qualified; all or nothing.
    Result<QualifyResult> qualify(const Employee &actor, qint64 leadId, const QString &opportunityName,
                                  int expectedVersion = 0);
    // Marks the lead Disqualified with a reason (Other needs a comment) and an optional comment.
    Result<void> disqualify(const Employee &actor, qint64 leadId, DisqualifyReason reason, const QString &comment,
                            int expectedVersion = 0);

    struct Disqualification
    {
        DisqualifyReason reason{};
        QString comment;
    };
    // The stored reason and comment of a disqualified lead; none when it has none (or cannot be read).
    std::optional<Disqualification> disqualification(qint64 leadId) const;

    // Assigns (New) or reassigns (Assigned) every lead in `leadIds` to `ownerId` in one
    // transaction. Each lead is checked on its own; those the rules refuse are listed in
    // the result's `refused` with the reason and left unchanged. `dryRun` checks without writing.
    // Fails (nothing written) only when the whole request fails (bad owner, database).
    // `cancel`, when given and set (from any thread) while it runs, stops it and rolls the whole
    // transaction back: a Failure saying it was cancelled, nothing written.
    Result<BulkAssignResult> bulkAssign(const Employee &actor, const QList<qint64> &leadIds, qint64 ownerId,
                                        bool dryRun = false, const std::function<void(qint64 done)> &progress = {},
                                        const std::atomic<bool> *cancel = nullptr);

    // The ids of every lead a list view shows (its filter and search), in view order: what
    // "assign all leads in the view" hands to bulkAssign.
    Result<QList<qint64>> viewLeadIds(const LeadListQuery &query, qint64 employeeId) const;

private:
    Result<void> changeOwner(const Employee &actor, LeadAction action, qint64 leadId, qint64 ownerId,
                             int expectedVersion);

    QSqlDatabase m_db;
};
