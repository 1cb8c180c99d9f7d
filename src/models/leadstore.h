#pragma once

#include "serviceresult.h"
#include "disqualifyreason.h"
#include "duplicatematch.h"
#include "lead.h"
#include "leaddiff.h"
#include "leadfield.h"
#include "leadhistoryentry.h"
#include "opportunity.h"
#include "referenceitem.h"
#include "referencekind.h"
#include "result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>

class QObject;
class Session;

// A stored lead with the items its reference fields point to (by field), so that a form shows the
// names at once, without one look-up per picker.
struct StoredLead
{
    Lead lead;
    QMap<LeadField, ReferenceItem> references;
};

// A save refused because someone else saved the lead meanwhile: the lead as stored now (with the
// items it refers to) and what they changed since the version this person started from.
struct LeadConflict
{
    StoredLead stored;
    LeadDiff diff;
};

// What the lead form shows below its fields: the Opportunity, the disqualification, and the two
// related lists, read in one job.
struct LeadRelated
{
    Lead lead;
    bool found = false;
    bool hasOpportunity = false;
    Opportunity opportunity;
    bool disqualified = false;
    DisqualifyReason reason{};
    QString comment;
    QList<Opportunity> opportunities;
    QList<LeadHistoryEntry> history;
    QString timeZone;   // the signed-in employee's IANA zone; empty for the system's
};

// The lead form's door to the data, built on the Session: loading, saving, look-ups, duplicate
// checks and the related lists. Every call returns at once; `done` is called on `context`'s thread
// with the outcome (and dropped when `context` was destroyed). Reads run on the Read lane, saves on
// the Write lane, as the signed-in employee.
class LeadStore
{
public:

    explicit LeadStore(Session *session);

    Session *session() const { return m_session; }

    // The stored lead and the items it refers to.
    void load(qint64 leadId, QObject *context, Done<StoredLead> done) const;
    // Inserts (lead.id == 0) or updates the lead as the signed-in employee (LeadRepository checks
    // the rules and the version), then reads it back as stored. A stale version answers with a
    // Conflict (Result::isConflict()): nothing was written.
    void save(const Lead &lead, QObject *context, Done<Lead> done) const;
    // After a conflict: the stored lead `base.id` and what someone else changed in it since `base`
    // (the version this person started from), beside `yours` (what this person has now), with
    // reference fields named (Read lane).
    void readConflict(const Lead &base, const Lead &yours, QObject *context, Done<LeadConflict> done) const;

    // One reference item by id.
    void findReference(ReferenceKind kind, qint64 id, QObject *context, Done<ReferenceItem> done) const;
    // At most `limit` items of `kind` whose name contains `text` (ReferenceRepository::search).
    void searchReferences(ReferenceKind kind, const QString &text, qint64 parentId, int limit, QObject *context,
                          Done<QList<ReferenceItem>> done) const;

    // Likely duplicates of `value` typed into `field` (TIN, e-mail or phone; normalised here);
    // `excludeLeadId` is the lead being edited.
    void duplicates(LeadField field, const QString &value, qint64 excludeLeadId, QObject *context,
                    Done<QList<DuplicateMatch>> done) const;

    // The Opportunity, disqualification, opportunities and history of a lead.
    void related(qint64 leadId, QObject *context, Done<LeadRelated> done) const;

private:
    Session *m_session;
};
