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

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LeadStore)
};

// The name shown for a reference whose record is gone.
QString notFound(qint64 id)
{
    return QCoreApplication::translate("LeadStore", "#%1 (not found)").arg(id);
}

Result<StoredLead> readLead(QSqlDatabase &db, qint64 leadId)
{
    StoredLead stored;
    QString error;
    if (!LeadRepository(db).find(leadId, &stored.lead, &error))
        return Failure{error.isEmpty() ? Tr::tr("Lead %1 could not be read.").arg(leadId) : error};
    const ReferenceRepository references(db);
    for (const LeadFieldDescriptor &descriptor : LeadFieldDescriptors::all()) {
        if (descriptor.kind != LeadFieldKind::Reference)
            continue;
        const qint64 id = descriptor.read(stored.lead).toLongLong();
        if (id <= 0)
            continue;
        ReferenceItem item;
        if (!references.find(descriptor.reference, id, &item))
            item = ReferenceItem{id, notFound(id), 0, QString()};
        stored.references.insert(descriptor.field, item);
    }
    return stored;
}

Result<QList<DuplicateMatch>> findDuplicates(QSqlDatabase &db, LeadField field, const QString &value,
                                             qint64 excludeLeadId)
{
    const DuplicateFinder finder(db);
    QString error;
    QList<DuplicateMatch> matches;
    if (field == LeadField::CompanyTin)
        matches = finder.byTin(LeadValidator::normaliseTin(value), excludeLeadId, 3, &error);
    else if (field == LeadField::ContactEmail)
        matches = finder.byEmail(LeadValidator::normaliseEmail(value), excludeLeadId, 3, &error);
    else if (field == LeadField::ContactPhone)
        matches = finder.byPhone(value, excludeLeadId, 3, &error);
    if (!error.isEmpty())
        return Failure{error};
    return matches;
}

Result<LeadRelated> readRelated(QSqlDatabase &db, qint64 leadId, qint64 employeeId)
{
    LeadRelated r;
    r.timeZone = EmployeeAdmin(db).timeZoneOf(employeeId);
    QString error;
    r.found = leadId > 0 && LeadRepository(db).find(leadId, &r.lead, &error);
    if (!r.found)
        return r;
    const OpportunityRepository opportunities(db);
    r.hasOpportunity = r.lead.opportunityId > 0 && opportunities.find(r.lead.opportunityId, &r.opportunity);
    r.disqualified = r.lead.state == LeadState::Disqualified
                     && LeadService(db).disqualification(leadId, &r.reason, &r.comment);
    r.opportunities = opportunities.forLead(leadId);
    r.history = LeadRepository(db).history(leadId, &error);
    if (!error.isEmpty())
        return Failure{error};
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
        QString error;
        const bool ok = stored.id > 0 ? repository.update(stored, actorId, &error)
                                       : repository.insert(stored, actorId, &error);
        if (!ok)
            return Failure{error};
        Lead readBack;
        if (!repository.find(stored.id, &readBack, &error))
            return stored;
        return readBack;
    }, std::move(done));
}

void LeadStore::findReference(ReferenceKind kind, qint64 id, QObject *context, Done<ReferenceItem> done) const
{
    m_session->run(Session::Lane::Read, context, [kind, id](QSqlDatabase &db) -> Result<ReferenceItem> {
        ReferenceItem item;
        QString error;
        if (!ReferenceRepository(db).find(kind, id, &item, &error))
            return Failure{error.isEmpty() ? notFound(id) : error};
        return item;
    }, std::move(done));
}

void LeadStore::searchReferences(ReferenceKind kind, const QString &text, qint64 parentId, int limit,
                                 QObject *context, Done<QList<ReferenceItem>> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [kind, text, parentId, limit](QSqlDatabase &db) -> Result<QList<ReferenceItem>> {
                       QString error;
                       QList<ReferenceItem> items = ReferenceRepository(db).search(kind, text, parentId, limit, &error);
                       if (!error.isEmpty())
                           return Failure{error};
                       return items;
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
