#pragma once

#include "bulkassignresult.h"
#include "permissions.h"
#include "qualifyplan.h"
#include "qualifyresult.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>

struct Employee;
struct LeadListQuery;
enum class DisqualifyReason : int;

// The lead life cycle of spec section 2: assign, reassign, qualify, disqualify.
// Every action re-reads the acting employee (roles, active) and the lead, checks
// Permissions::check itself, runs in one transaction and writes the lead's history.
// A call the rules do not allow fails with the reason in *error, whoever makes it.
// The history it writes follows HistoryFields; LeadRepository::history reads it.
class LeadService
{
public:
    explicit LeadService(QSqlDatabase db);

    // Whether `actor` may take `action` on the lead now (the form shows only allowed actions).
    Decision decide(const Employee &actor, LeadAction action, qint64 leadId) const;

    // `expectedVersion` > 0: refuse when the lead was saved since the caller read it.
    // Assign: a New lead gets an Owner and becomes Assigned.
    bool assign(const Employee &actor, qint64 leadId, qint64 ownerId, QString *error = nullptr,
                int expectedVersion = 0);
    // Reassign: an Assigned lead gets another Owner.
    bool reassign(const Employee &actor, qint64 leadId, qint64 ownerId, QString *error = nullptr,
                  int expectedVersion = 0);

    // What qualify would create or link for this lead.
    bool planQualify(qint64 leadId, QualifyPlan *plan, QString *error = nullptr) const;
    // Creates the opportunity named `opportunityName` (the lead's name when empty), creating or
    // linking its company and contact, and marks the lead Qualified; all or nothing.
    bool qualify(const Employee &actor, qint64 leadId, const QString &opportunityName,
                 QualifyResult *result = nullptr, QString *error = nullptr, int expectedVersion = 0);
    // Marks the lead Disqualified with a reason (Other needs a comment) and an optional comment.
    bool disqualify(const Employee &actor, qint64 leadId, DisqualifyReason reason, const QString &comment,
                    QString *error = nullptr, int expectedVersion = 0);
    // The stored reason and comment of a disqualified lead; false when it has none.
    bool disqualification(qint64 leadId, DisqualifyReason *reason, QString *comment) const;

    // Assigns (New) or reassigns (Assigned) every lead in `leadIds` to `ownerId` in one
    // transaction. Each lead is checked on its own; those the rules refuse are listed in
    // result->refused with the reason and left unchanged. `dryRun` checks without writing.
    // Returns false (nothing written) only when the whole request fails (bad owner, database).
    // `cancel`, when given and set (from any thread) while it runs, stops it and rolls the whole
    // transaction back: false, nothing written, *error says it was cancelled.
    bool bulkAssign(const Employee &actor, const QList<qint64> &leadIds, qint64 ownerId, BulkAssignResult *result,
                    QString *error = nullptr, bool dryRun = false,
                    const std::function<void(qint64 done)> &progress = {},
                    const std::atomic<bool> *cancel = nullptr);

    // The ids of every lead a list view shows (its filter and search), in view order: what
    // "assign all leads in the view" hands to bulkAssign.
    bool viewLeadIds(const LeadListQuery &query, qint64 employeeId, QList<qint64> *ids,
                     QString *error = nullptr) const;

private:
    bool changeOwner(const Employee &actor, LeadAction action, qint64 leadId, qint64 ownerId, QString *error,
                     int expectedVersion);

    QSqlDatabase m_db;
};
