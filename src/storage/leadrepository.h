#pragma once

#include "lead.h"
#include "leadhistoryentry.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Stores and loads leads. Only the fields the visibility rules show are stored.
class LeadRepository
{
public:
    explicit LeadRepository(QSqlDatabase db);

    // Permissions (spec 2) are enforced here, below the user interface: both calls re-read the acting
    // employee (`actorId`, the signed-in employee: active, roles) and refuse with a user-facing reason
    // (the Failure's message), writing nothing, whatever the caller showed or hid.

    // Inserts a new lead in one transaction (sets id, state, version, createdAt, updatedAt).
    // `actorId` is recorded as creator and in the history. Needs LeadAction::Create; a lead created
    // with an Owner is assigned at once, so it also needs LeadAction::Assign (as on a New lead, the
    // actor not yet its owner) and is stored Assigned. A lead cannot be created closed or with an
    // opportunity, nor Assigned without an Owner.
    Result<void> insert(Lead &lead, qint64 actorId);
    // Updates an existing lead in one transaction. Refused when lead.version is stale
    // (someone else saved it meanwhile): a FailureKind::Conflict (Result::isConflict()) says so,
    // before any other check, and nothing is written.
    // Needs LeadAction::Edit on the STORED state. A new Owner needs LeadAction::Assign (stored New;
    // the lead becomes Assigned) or LeadAction::Reassign (stored Assigned), ownership judged by the
    // stored Owner, and an active Owner holding a role. The state and the opportunity are never
    // changed by an update (LeadService's actions change them): a lead asking for another is refused.
    Result<void> update(Lead &lead, qint64 actorId);
    // Fails when the lead does not exist (or the read fails).
    Result<Lead> find(qint64 id) const;
    qint64 count() const;
    // The lead's History, oldest first.
    Result<QList<LeadHistoryEntry>> history(qint64 leadId) const;

private:
    struct Labels
    {
        QString company;
        QString contact;
    };

    // The list labels stored beside the lead: company and contact as the list shows them.
    Result<Labels> labels(const Lead &stored) const;
    // Writes the row of a new lead (its fields, as the descriptors bind them); its id.
    Result<qint64> insertRow(const Lead &stored, qint64 actorId, const QString &at) const;
    // Rewrites the row of `stored.id` if still at `expectedVersion`; false when it was not.
    Result<bool> updateRow(const Lead &stored, int expectedVersion, const QString &at) const;

    QSqlDatabase m_db;
};
