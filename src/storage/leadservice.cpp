#include "leadservice.h"

#include "disqualifyreason.h"
#include "employeerepository.h"
#include "historyfields.h"
#include "leademployee.h"
#include "leadfield.h"
#include "leadhistorywriter.h"
#include "leadlistsql.h"
#include "leadvalidator.h"
#include "referencerepository.h"
#include "sqlcheck.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "timestamps.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LeadService)
};

constexpr int MaxCommentLength = 4000;

Failure dbFail(const QSqlQuery &query)
{
    return Failure{Tr::tr("Database error: %1").arg(query.lastError().text())};
}

struct LeadRow
{
    bool found = false;
    QString name;
    LeadState state = LeadState::New;
    qint64 ownerId = 0;
    int version = 0;
};

Result<LeadRow> loadLead(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    if (!SqlCheck::run(query, QStringLiteral("SELECT name, state, COALESCE(owner_id, 0), version FROM leads WHERE id = ?"),
                       {id}))
        return dbFail(query);
    if (!query.next())
        return Failure{Tr::tr("Lead %1 does not exist.").arg(id)};
    LeadRow row;
    row.found = true;
    row.name = query.value(0).toString();
    row.state = static_cast<LeadState>(query.value(1).toInt());
    row.ownerId = query.value(2).toLongLong();
    row.version = query.value(3).toInt();
    return row;
}

// The acting employee as stored now: roles or deactivation take effect at once.
Result<void> readActor(const QSqlDatabase &db, qint64 actorId, LeadEmployee *actor)
{
    return actor->readActor(db, actorId, Tr::tr("Database error: %1"));
}

Decision decideFor(const LeadEmployee &actor, qint64 actorId, LeadAction action, const LeadRow &lead)
{
    return Permissions::check(actor.roles(), action, lead.state, lead.ownerId > 0 && lead.ownerId == actorId);
}

// The new owner must be someone who can sign in; their name.
Result<QString> checkNewOwner(const QSqlDatabase &db, qint64 ownerId)
{
    LeadEmployee owner;
    if (const Result<void> read = owner.readOwner(db, ownerId, Tr::tr("Database error: %1")); !read)
        return Failure{read.error()};
    if (!owner.isFound())
        return Failure{Tr::tr("Owner: employee %1 does not exist.").arg(ownerId)};
    return owner.displayName();
}

// A stale version: someone saved the lead since the caller read it (Result::isConflict()).
Failure staleFailure()
{
    return Failure{Tr::tr("Someone else changed this lead meanwhile. Reload it to see the changes, then try again."),
                   FailureKind::Conflict};
}

// Writes one action's change to lead `leadId`: `assignments` (a fixed SET list of this file, never
// user input) with `values` bound in its order, the version bumped and updated_at set to `at`.
// Refused as stale when the lead was saved since it was read at `version`.
Result<void> updateLead(const QSqlDatabase &db, qint64 leadId, int version, const char *assignments,
                        const QVariantList &values, const QString &at)
{
    QSqlQuery update(db);
    if (!SqlCheck::run(update,
                       QStringLiteral("UPDATE leads SET %1, version = version + 1, updated_at = ? "
                                      "WHERE id = ? AND version = ?").arg(QLatin1String(assignments)),
                       values + QVariantList{at, leadId, version}))
        return dbFail(update);
    if (update.numRowsAffected() != 1)
        return staleFailure();
    return {};
}

QString ownerCode()
{
    return LeadFields::code(LeadField::Owner);
}

// The checks every action on one lead starts with, inside its transaction: the lead exists, the
// acting employee may take `action` on it now, and (`expectedVersion` > 0) nobody saved it since.
// A stale version is a Conflict before the rules are asked: what the rules say of a lead changed
// meanwhile (closed, reassigned) is for after a reload.
Result<LeadRow> startAction(const QSqlDatabase &db, qint64 actorId, LeadAction action, qint64 leadId,
                            int expectedVersion)
{
    const Result<LeadRow> lead = loadLead(db, leadId);
    if (!lead)
        return lead;
    LeadEmployee actor;
    if (const Result<void> read = readActor(db, actorId, &actor); !read)
        return Failure{read.error()};
    if (expectedVersion > 0 && lead->version != expectedVersion)
        return staleFailure();
    const Decision decision = decideFor(actor, actorId, action, *lead);
    if (!decision)
        return Failure{decision.reason};
    return lead;
}

// The existing company or contact a qualify plan links to (an empty item when it cannot be read).
ReferenceItem existingItem(const ReferenceRepository &references, ReferenceKind kind, qint64 id)
{
    return references.find(kind, id).value_or(ReferenceItem());
}

// The lead's own contact names, as typed: what its new contact is created from.
struct ContactNames
{
    QString first;
    QString last;
    QString middle;
};

// What qualifying lead `leadId` would create or link (LeadService::planQualify), with (`names`) the
// names a new contact would get, from one read of the lead.
Result<QualifyPlan> readQualifyPlan(const QSqlDatabase &db, qint64 leadId, ContactNames *names)
{
    QSqlQuery query(db);
    if (!SqlCheck::run(query,
                       QStringLiteral("SELECT name, new_company, COALESCE(company_id, 0), company_name, company_website, "
                                      "company_tin, new_contact, first_name, last_name, middle_name, contact_phone, "
                                      "contact_email, COALESCE(contact_id, 0) FROM leads WHERE id = ?"),
                       {leadId}))
        return dbFail(query);
    if (!query.next())
        return Failure{Tr::tr("Lead %1 does not exist.").arg(leadId)};

    QualifyPlan p;
    p.leadId = leadId;
    p.leadName = query.value(0).toString();
    const bool newCompany = query.value(1).toInt() != 0;
    const qint64 companyId = query.value(2).toLongLong();
    const bool newContact = query.value(6).toInt() != 0;
    const qint64 contactId = query.value(12).toLongLong();

    const ReferenceRepository references(db);
    if (newCompany) {
        p.companyTin = query.value(5).toString().trimmed();
        const qint64 existing = references.findCompanyByTin(p.companyTin);
        if (existing > 0) {
            p.company = QualifyPlan::Step::Link;
            p.companyId = existing;
            p.companyMatchedByTin = true;
            p.companyName = existingItem(references, ReferenceKind::Company, existing).name;
        } else {
            p.company = QualifyPlan::Step::Create;
            p.companyName = query.value(3).toString().trimmed();
            p.companyWebsite = query.value(4).toString().trimmed();
        }
    } else if (companyId > 0) {
        const ReferenceItem item = existingItem(references, ReferenceKind::Company, companyId);
        p.company = QualifyPlan::Step::Link;
        p.companyId = companyId;
        p.companyName = item.name;
        p.companyTin = item.detail;
    }

    if (newContact) {
        p.contactEmail = query.value(11).toString().trimmed();
        const qint64 existing = references.findContactByEmail(p.contactEmail);
        if (existing > 0) {
            p.contact = QualifyPlan::Step::Link;
            p.contactId = existing;
            p.contactMatchedByEmail = true;
            p.contactName = existingItem(references, ReferenceKind::Contact, existing).name;
        } else {
            const ContactNames typed{query.value(7).toString(), query.value(8).toString(), query.value(9).toString()};
            p.contact = QualifyPlan::Step::Create;
            QStringList parts{typed.last.trimmed(), typed.first.trimmed(), typed.middle.trimmed()};
            parts.removeAll(QString());
            p.contactName = parts.join(u' ');
            p.contactPhone = query.value(10).toString().trimmed();
            if (names)
                *names = typed;
        }
    } else if (contactId > 0) {
        const ReferenceItem item = existingItem(references, ReferenceKind::Contact, contactId);
        p.contact = QualifyPlan::Step::Link;
        p.contactId = contactId;
        p.contactName = item.name;
        p.contactEmail = item.detail;
    }
    return p;
}

} // namespace

LeadService::LeadService(QSqlDatabase db) : m_db(std::move(db)) {}

Decision LeadService::decide(const Employee &actor, LeadAction action, qint64 leadId) const
{
    LeadRow lead;
    if (action != LeadAction::Create) {
        const Result<LeadRow> loaded = loadLead(m_db, leadId);
        if (!loaded)
            return Decision{false, loaded.error()};
        lead = *loaded;
    }
    LeadEmployee employee;
    if (const Result<void> read = readActor(m_db, actor.id, &employee); !read)
        return Decision{false, read.error()};
    return decideFor(employee, actor.id, action, lead);
}

Result<void> LeadService::assign(const Employee &actor, qint64 leadId, qint64 ownerId, int expectedVersion)
{
    return changeOwner(actor, LeadAction::Assign, leadId, ownerId, expectedVersion);
}

Result<void> LeadService::reassign(const Employee &actor, qint64 leadId, qint64 ownerId, int expectedVersion)
{
    return changeOwner(actor, LeadAction::Reassign, leadId, ownerId, expectedVersion);
}

Result<void> LeadService::changeOwner(const Employee &actor, LeadAction action, qint64 leadId, qint64 ownerId,
                                      int expectedVersion)
{
    Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    const Result<LeadRow> lead = startAction(m_db, actor.id, action, leadId, expectedVersion);
    if (!lead)
        return lead.failure();
    const Result<QString> ownerName = checkNewOwner(m_db, ownerId);
    if (!ownerName)
        return Failure{ownerName.error()};
    if (action == LeadAction::Reassign && ownerId == lead->ownerId)
        return Failure{Tr::tr("Owner: %1 already owns this lead; choose someone else.").arg(*ownerName)};

    const QString now = Timestamps::format(Timestamps::nowUtc());
    if (Result<void> updated = updateLead(m_db, leadId, lead->version, "owner_id = ?, state = ?",
                                          {ownerId, static_cast<int>(LeadState::Assigned)}, now);
        !updated)
        return updated;

    LeadHistoryWriter history(m_db, actor.id, now, Tr::tr("Database error: %1"));
    if (lead->ownerId != ownerId) {
        if (Result<void> added = history.add(
                leadId, ownerCode(), ReferenceRepository(m_db).nameOf(ReferenceKind::Employee, lead->ownerId),
                *ownerName);
            !added)
            return added;
    }
    if (lead->state != LeadState::Assigned) {
        if (Result<void> added = history.add(leadId, HistoryFields::stateCode(), LeadStates::code(lead->state),
                                             LeadStates::code(LeadState::Assigned));
            !added)
            return added;
    }
    return transaction.commit();
}

Result<QualifyPlan> LeadService::planQualify(qint64 leadId) const
{
    return readQualifyPlan(m_db, leadId, nullptr);
}

Result<QualifyResult> LeadService::qualify(const Employee &actor, qint64 leadId, const QString &opportunityName,
                                           int expectedVersion)
{
    Transaction transaction(m_db);
    if (const Result<void> begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    const Result<LeadRow> lead = startAction(m_db, actor.id, LeadAction::Qualify, leadId, expectedVersion);
    if (!lead)
        return lead.failure();

    const QString name = LeadValidator::normaliseLine(opportunityName.isEmpty() ? lead->name : opportunityName);
    if (name.isEmpty())
        return Failure{Tr::tr("Opportunity name: enter a name.")};
    if (LeadValidator::characterCount(name) > LeadValidator::MaxNameLength)
        return Failure{Tr::tr("Opportunity name: use at most %1 characters.").arg(LeadValidator::MaxNameLength)};

    // Planned inside the transaction, so that a company created meanwhile is linked, not duplicated.
    ContactNames names;
    const Result<QualifyPlan> planned = readQualifyPlan(m_db, leadId, &names);
    if (!planned)
        return Failure{planned.error()};
    const QualifyPlan &plan = *planned;
    if (plan.company == QualifyPlan::Step::None)
        return Failure{Tr::tr("The lead names no company: pick an existing company or tick New company "
                              "and save the lead before qualifying it.")};
    if (plan.contact == QualifyPlan::Step::None)
        return Failure{Tr::tr("The lead names no contact: pick an existing contact or tick New contact "
                              "and save the lead before qualifying it.")};

    QualifyResult r;
    ReferenceRepository references(m_db);
    r.companyId = plan.companyId;
    if (plan.company == QualifyPlan::Step::Create) {
        if (plan.companyName.isEmpty())
            return Failure{Tr::tr("Company name: the lead's new company has no name; complete the lead "
                                  "before qualifying it.")};
        const Result<qint64> company = references.insertCompany(plan.companyName, plan.companyWebsite, plan.companyTin);
        if (!company)
            return Failure{company.error()};
        r.companyId = *company;
        r.companyCreated = true;
    }
    r.contactId = plan.contactId;
    if (plan.contact == QualifyPlan::Step::Create) {
        const Result<qint64> contact = references.insertContact(r.companyId, names.first, names.last, names.middle,
                                                                plan.contactPhone, plan.contactEmail);
        if (!contact)
            return Failure{contact.error()};
        r.contactId = *contact;
        r.contactCreated = true;
    }

    const QString now = Timestamps::format(Timestamps::nowUtc());
    QSqlQuery insert(m_db);
    const Result<qint64> opportunity = SqlDialect::of(m_db).insert(
        insert,
        QStringLiteral("INSERT INTO opportunities (name, lead_id, company_id, contact_id, owner_id, "
                       "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {name, leadId, r.companyId, r.contactId, lead->ownerId, actor.id, now});
    if (!opportunity)
        return dbFail(insert);
    r.opportunityId = *opportunity;

    if (const Result<void> updated = updateLead(m_db, leadId, lead->version, "state = ?, opportunity_id = ?",
                                                {static_cast<int>(LeadState::Qualified), r.opportunityId}, now);
        !updated)
        return updated.failure();

    LeadHistoryWriter history(m_db, actor.id, now, Tr::tr("Database error: %1"));
    if (const Result<void> added = history.add(leadId, HistoryFields::stateCode(), LeadStates::code(lead->state),
                                               LeadStates::code(LeadState::Qualified));
        !added)
        return Failure{added.error()};
    if (const Result<void> added = history.add(leadId, HistoryFields::opportunityCode(), QString(), name); !added)
        return Failure{added.error()};
    if (const Result<void> committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return r;
}

Result<void> LeadService::disqualify(const Employee &actor, qint64 leadId, DisqualifyReason reason,
                                     const QString &comment, int expectedVersion)
{
    Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    const Result<LeadRow> lead = startAction(m_db, actor.id, LeadAction::Disqualify, leadId, expectedVersion);
    if (!lead)
        return lead.failure();
    if (!DisqualifyReasons::fromInt(static_cast<int>(reason), nullptr))
        return Failure{Tr::tr("Reason: choose why the lead is disqualified.")};
    const QString text = LeadValidator::normaliseText(comment);
    if (DisqualifyReasons::needsComment(reason) && text.isEmpty())
        return Failure{Tr::tr("Comment: explain the reason \"%1\".").arg(DisqualifyReasons::label(reason))};
    if (LeadValidator::characterCount(text) > MaxCommentLength)
        return Failure{Tr::tr("Comment: use at most %1 characters.").arg(MaxCommentLength)};

    const QString now = Timestamps::format(Timestamps::nowUtc());
    if (Result<void> updated
        = updateLead(m_db, leadId, lead->version, "state = ?, disqualify_reason = ?, disqualify_comment = ?",
                     {static_cast<int>(LeadState::Disqualified), static_cast<int>(reason), SqlValues::notNull(text)},
                     now);
        !updated)
        return updated;

    LeadHistoryWriter history(m_db, actor.id, now, Tr::tr("Database error: %1"));
    if (Result<void> added = history.add(leadId, HistoryFields::stateCode(), LeadStates::code(lead->state),
                                         LeadStates::code(LeadState::Disqualified));
        !added)
        return added;
    if (Result<void> added
        = history.add(leadId, HistoryFields::disqualifyReasonCode(), QString(), DisqualifyReasons::code(reason));
        !added)
        return added;
    if (!text.isEmpty()) {
        if (Result<void> added = history.add(leadId, HistoryFields::disqualifyCommentCode(), QString(), text); !added)
            return added;
    }
    return transaction.commit();
}

std::optional<LeadService::Disqualification> LeadService::disqualification(qint64 leadId) const
{
    QSqlQuery query(m_db);
    if (!SqlCheck::run(query, QStringLiteral("SELECT disqualify_reason, disqualify_comment FROM leads WHERE id = ?"),
                       {leadId})
        || !query.next() || query.value(0).isNull())
        return std::nullopt;
    Disqualification stored;
    if (!DisqualifyReasons::fromInt(query.value(0).toInt(), &stored.reason))
        return std::nullopt;
    stored.comment = query.value(1).toString();
    return stored;
}

Result<BulkAssignResult> LeadService::bulkAssign(const Employee &actor, const QList<qint64> &leadIds, qint64 ownerId,
                                                 bool dryRun, const std::function<void(qint64 done)> &progress,
                                                 const std::atomic<bool> *cancel)
{
    BulkAssignResult r;
    Transaction transaction(m_db);
    if (const Result<void> begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    LeadEmployee actorRow;
    if (const Result<void> read = readActor(m_db, actor.id, &actorRow); !read)
        return Failure{read.error()};
    const Result<QString> owner = checkNewOwner(m_db, ownerId);
    if (!owner)
        return Failure{owner.error()};
    const QString &ownerName = *owner;

    const QString now = Timestamps::format(Timestamps::nowUtc());
    QSqlQuery select(m_db);
    if (!select.prepare(QStringLiteral("SELECT name, state, COALESCE(owner_id, 0), version FROM leads WHERE id = ?")))
        return dbFail(select);
    QSqlQuery update(m_db);
    if (!update.prepare(QStringLiteral("UPDATE leads SET owner_id = ?, state = ?, version = version + 1, updated_at = ? "
                                  "WHERE id = ?")))
        return dbFail(update);
    const ReferenceRepository references(m_db);
    QHash<qint64, QString> names;   // previous owners' names
    LeadHistoryWriter history(m_db, actor.id, now, Tr::tr("Database error: %1"));
    qint64 done = 0;
    for (const qint64 leadId : leadIds) {
        if (cancel && cancel->load())
            return Failure{Tr::tr("Cancelled: no lead was assigned.")};
        select.bindValue(0, leadId);
        if (!select.exec())
            return dbFail(select);
        if (!select.next()) {
            r.refused.append({leadId, QString(), Tr::tr("Lead %1 does not exist.").arg(leadId)});
            continue;
        }
        LeadRow lead;
        lead.name = select.value(0).toString();
        lead.state = static_cast<LeadState>(select.value(1).toInt());
        lead.ownerId = select.value(2).toLongLong();
        select.finish();
        const LeadAction action = lead.state == LeadState::Assigned ? LeadAction::Reassign : LeadAction::Assign;
        const Decision decision = decideFor(actorRow, actor.id, action, lead);
        if (!decision) {
            r.refused.append({leadId, lead.name, decision.reason});
            continue;
        }
        if (action == LeadAction::Reassign && lead.ownerId == ownerId) {
            r.refused.append({leadId, lead.name, Tr::tr("%1 already owns this lead.").arg(ownerName)});
            continue;
        }
        ++r.assigned;
        if (!dryRun) {
            update.bindValue(0, ownerId);
            update.bindValue(1, static_cast<int>(LeadState::Assigned));
            update.bindValue(2, now);
            update.bindValue(3, leadId);
            if (!update.exec())
                return dbFail(update);
            if (lead.ownerId != ownerId) {
                if (lead.ownerId > 0 && !names.contains(lead.ownerId))
                    names.insert(lead.ownerId, references.nameOf(ReferenceKind::Employee, lead.ownerId));
                if (const Result<void> added = history.add(leadId, ownerCode(), names.value(lead.ownerId), ownerName);
                    !added)
                    return Failure{added.error()};
            }
            if (lead.state != LeadState::Assigned) {
                if (const Result<void> added = history.add(leadId, HistoryFields::stateCode(),
                                                           LeadStates::code(lead.state),
                                                           LeadStates::code(LeadState::Assigned));
                    !added)
                    return Failure{added.error()};
            }
        }
        if (progress && (++done % 1000) == 0)
            progress(done);
    }
    if (cancel && cancel->load())
        return Failure{Tr::tr("Cancelled: no lead was assigned.")};
    if (!dryRun) {
        if (const Result<void> committed = transaction.commit(); !committed)
            return Failure{committed.error()};
    }
    return r;
}

Result<QList<qint64>> LeadService::viewLeadIds(const LeadListQuery &query, qint64 employeeId) const
{
    QList<qint64> ids;
    const LeadListSql sql(query, employeeId, SqlDialect::of(m_db));
    if (sql.matchesNothing())
        return ids;
    const SqlStatement all = sql.selectAll();
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    // The view's own statement, reduced to its ids; the subquery keeps its order.
    if (!SqlCheck::run(select, QStringLiteral("SELECT id FROM (%1) AS view").arg(all.sql), all.values))
        return dbFail(select);
    while (select.next())
        ids.append(select.value(0).toLongLong());
    return ids;
}
