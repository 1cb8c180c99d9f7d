#include "leadstore.h"

#include "duplicatefinder.h"
#include "employeeadmin.h"
#include "leadfielddescriptor.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "leadvalidator.h"
#include "opportunityrepository.h"
#include "referencerepository.h"
#include "session.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

namespace {

// The name shown for a reference whose record is gone.
QString notFound(qint64 id)
{
    return QCoreApplication::translate("LeadStore", "#%1 (not found)").arg(id);
}

// Stands for a reference whose row is gone: its id, named as missing.
ReferenceItem missingItem(qint64 id)
{
    ReferenceItem item;
    item.id = id;
    item.name = notFound(id);
    return item;
}

Result<StoredLead> readLead(QSqlDatabase &db, qint64 leadId)
{
    const Result<Lead> lead = LeadRepository(db).find(leadId);
    if (!lead)
        return Failure{lead.error()};
    StoredLead stored;
    stored.lead = *lead;
    const ReferenceRepository references(db);
    for (const LeadFieldDescriptor &descriptor : LeadFieldDescriptors::all()) {
        if (descriptor.kind != LeadFieldKind::Reference)
            continue;
        const qint64 id = descriptor.read(stored.lead).toLongLong();
        if (id <= 0)
            continue;
        stored.references.insert(descriptor.field, references.find(descriptor.reference, id)
                                                       .value_or(missingItem(id)));
    }
    return stored;
}

Result<LeadConflict> readConflictOf(QSqlDatabase &db, const Lead &base, const Lead &yours)
{
    const Result<StoredLead> stored = readLead(db, base.id);
    if (!stored)
        return stored.failure();
    LeadConflict conflict;
    conflict.stored = *stored;
    // Their items are known already; the others (this person's picks) are looked up once each.
    QHash<QPair<int, qint64>, QString> names;
    for (auto it = stored->references.cbegin(); it != stored->references.cend(); ++it)
        names.insert({static_cast<int>(LeadFieldDescriptors::of(it.key()).reference), it->id}, it->name);
    const ReferenceRepository references(db);
    const auto nameOf = [&](ReferenceKind kind, qint64 id) {
        const QPair<int, qint64> key{static_cast<int>(kind), id};
        auto found = names.constFind(key);
        if (found == names.cend()) {
            const ReferenceItem item = references.find(kind, id).value_or(missingItem(id));
            found = names.insert(key, item.name);
        }
        return *found;
    };
    conflict.diff = LeadDiff::between(base, stored->lead, yours, nameOf);
    return conflict;
}

Result<QList<DuplicateMatch>> findDuplicates(QSqlDatabase &db, LeadField field, const QString &value,
                                             qint64 excludeLeadId)
{
    const DuplicateFinder finder(db);
    if (field == LeadField::CompanyTin)
        return finder.byTin(LeadValidator::normaliseTin(value), excludeLeadId, 3);
    if (field == LeadField::ContactEmail)
        return finder.byEmail(LeadValidator::normaliseEmail(value), excludeLeadId, 3);
    if (field == LeadField::ContactPhone)
        return finder.byPhone(value, excludeLeadId, 3);
    return QList<DuplicateMatch>();
}

Result<LeadRelated> readRelated(QSqlDatabase &db, qint64 leadId, qint64 employeeId)
{
    LeadRelated r;
    r.timeZone = EmployeeAdmin(db).timeZoneOf(employeeId);
    // A lead that cannot be read is shown as not found, not as a failure.
    if (leadId <= 0)
        return r;
    const Result<Lead> lead = LeadRepository(db).find(leadId);
    if (!lead)
        return r;
    r.found = true;
    r.lead = *lead;
    const OpportunityRepository opportunities(db);
    if (r.lead.opportunityId > 0) {
        if (const Result<Opportunity> opportunity = opportunities.find(r.lead.opportunityId)) {
            r.hasOpportunity = true;
            r.opportunity = *opportunity;
        }
    }
    if (r.lead.state == LeadState::Disqualified) {
        if (const std::optional<LeadService::Disqualification> stored = LeadService(db).disqualification(leadId)) {
            r.disqualified = true;
            r.reason = stored->reason;
            r.comment = stored->comment;
        }
    }
    r.opportunities = opportunities.forLead(leadId).value_or(QList<Opportunity>());
    const Result<QList<LeadHistoryEntry>> history = LeadRepository(db).history(leadId);
    if (!history)
        return Failure{history.error()};
    r.history = *history;
    return r;
}

} // namespace

LeadStore::LeadStore(Session *session) : m_session(session) {}

void LeadStore::load(qint64 leadId, QObject *context, Done<StoredLead> done) const
{
    m_session->run(Session::Lane::Read, context, [leadId](QSqlDatabase &db) { return readLead(db, leadId); },
                   std::move(done));
}

void LeadStore::save(const Lead &lead, QObject *context, Done<Lead> done) const
{
    const qint64 actorId = m_session->employee().id;
    m_session->run(Session::Lane::Write, context, [lead, actorId](QSqlDatabase &db) -> Result<Lead> {
        Lead stored = lead;
        LeadRepository repository(db);
        const Result<void> saved = stored.id > 0 ? repository.update(stored, actorId) : repository.insert(stored, actorId);
        if (!saved)
            return saved.failure();   // a conflict stays one
        return repository.find(stored.id).value_or(stored);
    }, std::move(done));
}

void LeadStore::readConflict(const Lead &base, const Lead &yours, QObject *context, Done<LeadConflict> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [base, yours](QSqlDatabase &db) { return readConflictOf(db, base, yours); }, std::move(done));
}

void LeadStore::findReference(ReferenceKind kind, qint64 id, QObject *context, Done<ReferenceItem> done) const
{
    m_session->run(Session::Lane::Read, context, [kind, id](QSqlDatabase &db) -> Result<ReferenceItem> {
        if (id <= 0)
            return Failure{notFound(id)};
        return ReferenceRepository(db).find(kind, id);
    }, std::move(done));
}

void LeadStore::searchReferences(ReferenceKind kind, const QString &text, qint64 parentId, int limit,
                                 QObject *context, Done<QList<ReferenceItem>> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [kind, text, parentId, limit](QSqlDatabase &db) -> Result<QList<ReferenceItem>> {
                       return ReferenceRepository(db).search(kind, text, parentId, limit);
                   },
                   std::move(done));
}

void LeadStore::duplicates(LeadField field, const QString &value, qint64 excludeLeadId, QObject *context,
                           Done<QList<DuplicateMatch>> done) const
{
    m_session->run(Session::Lane::Read, context, [field, value, excludeLeadId](QSqlDatabase &db) {
        return findDuplicates(db, field, value, excludeLeadId);
    }, std::move(done));
}

void LeadStore::related(qint64 leadId, QObject *context, Done<LeadRelated> done) const
{
    const qint64 employeeId = m_session->employee().id;
    m_session->run(Session::Lane::Read, context,
                   [leadId, employeeId](QSqlDatabase &db) { return readRelated(db, leadId, employeeId); },
                   std::move(done));
}
