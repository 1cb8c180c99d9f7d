#include "leadrepository.h"

#include "errorreport.h"
#include "historyfields.h"
#include "lead.h"
#include "leademployee.h"
#include "leadhistorywriter.h"
#include "leadfield.h"
#include "permissions.h"
#include "referencerepository.h"
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
    Q_DECLARE_TR_FUNCTIONS(LeadRepository)
};

// The stored columns a save writes, in binding order.
const char *const kWritableColumns[] = {
    "name", "source", "lead_company_name", "new_company", "company_id", "company_name", "company_website",
    "company_tin", "campaign_id", "direction_id", "service_id", "new_contact", "first_name", "last_name",
    "middle_name", "contact_phone", "contact_email", "contact_id", "description", "owner_id", "city",
    "channel_id", "state", "opportunity_id", "company_label", "contact_label",
};

const QString kSelectLead = QStringLiteral(
    "SELECT id, name, source, lead_company_name, new_company, company_id, company_name, company_website, "
    "company_tin, campaign_id, direction_id, service_id, new_contact, first_name, last_name, middle_name, "
    "contact_phone, contact_email, contact_id, description, owner_id, city, channel_id, state, "
    "opportunity_id, created_by, created_at, updated_at, version FROM leads WHERE id = ?");

bool fail(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = Tr::tr("Could not save the lead: %1").arg(query.lastError().text());
    return false;
}

void bindWritable(QSqlQuery &query, const Lead &lead, const QString &companyLabel, const QString &contactLabel)
{
    query.addBindValue(SqlValues::notNull(lead.name));
    query.addBindValue(static_cast<int>(lead.source));
    query.addBindValue(SqlValues::notNull(lead.leadCompanyName));
    query.addBindValue(lead.newCompany ? 1 : 0);
    query.addBindValue(SqlValues::idOrNull(lead.existingCompanyId));
    query.addBindValue(SqlValues::notNull(lead.companyName));
    query.addBindValue(SqlValues::notNull(lead.companyWebsite));
    query.addBindValue(SqlValues::notNull(lead.companyTin));
    query.addBindValue(SqlValues::idOrNull(lead.campaignId));
    query.addBindValue(SqlValues::idOrNull(lead.sellingDirectionId));
    query.addBindValue(SqlValues::idOrNull(lead.serviceId));
    query.addBindValue(lead.newContact ? 1 : 0);
    query.addBindValue(SqlValues::notNull(lead.firstName));
    query.addBindValue(SqlValues::notNull(lead.lastName));
    query.addBindValue(SqlValues::notNull(lead.middleName));
    query.addBindValue(SqlValues::notNull(lead.contactPhone));
    query.addBindValue(SqlValues::notNull(lead.contactEmail));
    query.addBindValue(SqlValues::idOrNull(lead.existingContactId));
    query.addBindValue(SqlValues::notNull(lead.description));
    query.addBindValue(SqlValues::idOrNull(lead.ownerId));
    query.addBindValue(SqlValues::notNull(lead.city));
    query.addBindValue(SqlValues::idOrNull(lead.channelId));
    query.addBindValue(static_cast<int>(lead.state));
    query.addBindValue(SqlValues::idOrNull(lead.opportunityId));
    query.addBindValue(SqlValues::notNull(companyLabel));
    query.addBindValue(SqlValues::notNull(contactLabel));
}

// The lead of a kSelectLead row. `storedState`: the state column as stored, even one LeadStates does
// not know (the lead reads as New; permissions treat the raw state as read-only).
Lead leadFrom(const QSqlQuery &query, LeadState *storedState = nullptr)
{
    Lead lead;
    int c = 0;
    lead.id = query.value(c++).toLongLong();
    lead.name = query.value(c++).toString();
    LeadSource source = LeadSource::SelfGeneration;
    LeadSources::fromInt(query.value(c++).toInt(), &source);
    lead.source = source;
    lead.leadCompanyName = query.value(c++).toString();
    lead.newCompany = query.value(c++).toInt() != 0;
    lead.existingCompanyId = query.value(c++).toLongLong();
    lead.companyName = query.value(c++).toString();
    lead.companyWebsite = query.value(c++).toString();
    lead.companyTin = query.value(c++).toString();
    lead.campaignId = query.value(c++).toLongLong();
    lead.sellingDirectionId = query.value(c++).toLongLong();
    lead.serviceId = query.value(c++).toLongLong();
    lead.newContact = query.value(c++).toInt() != 0;
    lead.firstName = query.value(c++).toString();
    lead.lastName = query.value(c++).toString();
    lead.middleName = query.value(c++).toString();
    lead.contactPhone = query.value(c++).toString();
    lead.contactEmail = query.value(c++).toString();
    lead.existingContactId = query.value(c++).toLongLong();
    lead.description = query.value(c++).toString();
    lead.ownerId = query.value(c++).toLongLong();
    lead.city = query.value(c++).toString();
    lead.channelId = query.value(c++).toLongLong();
    const int rawState = query.value(c++).toInt();
    LeadState state = LeadState::New;
    LeadStates::fromInt(rawState, &state);
    lead.state = state;
    if (storedState)
        *storedState = static_cast<LeadState>(rawState);
    lead.opportunityId = query.value(c++).toLongLong();
    lead.createdById = query.value(c++).toLongLong();
    lead.createdAt = Timestamps::parse(query.value(c++).toString());
    lead.updatedAt = Timestamps::parse(query.value(c++).toString());
    lead.version = query.value(c++).toInt();
    return lead;
}

QString joinName(const QString &last, const QString &first)
{
    return QString(last + u' ' + first).trimmed();
}

QString yesNo(bool value)
{
    return value ? Tr::tr("Yes") : Tr::tr("No");
}

// The value of one field as the history shows it: names rather than ids.
QString displayValue(const ReferenceRepository &references, const Lead &lead, LeadField field)
{
    const auto name = [&](ReferenceKind kind, qint64 id) {
        if (id <= 0)
            return QString();
        const QString text = references.nameOf(kind, id);
        return text.isEmpty() ? QStringLiteral("#%1").arg(id) : text;
    };
    switch (field) {
    case LeadField::Name: return lead.name;
    case LeadField::Source: return LeadSources::label(lead.source);
    case LeadField::LeadCompanyName: return lead.leadCompanyName;
    case LeadField::NewCompany: return yesNo(lead.newCompany);
    case LeadField::ExistingCompany: return name(ReferenceKind::Company, lead.existingCompanyId);
    case LeadField::CompanyName: return lead.companyName;
    case LeadField::CompanyWebsite: return lead.companyWebsite;
    case LeadField::CompanyTin: return lead.companyTin;
    case LeadField::Campaign: return name(ReferenceKind::Campaign, lead.campaignId);
    case LeadField::SellingDirection: return name(ReferenceKind::SellingDirection, lead.sellingDirectionId);
    case LeadField::ServiceOrProduct: return name(ReferenceKind::ServiceOrProduct, lead.serviceId);
    case LeadField::NewContact: return yesNo(lead.newContact);
    case LeadField::FirstName: return lead.firstName;
    case LeadField::LastName: return lead.lastName;
    case LeadField::MiddleName: return lead.middleName;
    case LeadField::ContactPhone: return lead.contactPhone;
    case LeadField::ContactEmail: return lead.contactEmail;
    case LeadField::ExistingContact: return name(ReferenceKind::Contact, lead.existingContactId);
    case LeadField::Description: return lead.description;
    case LeadField::Owner: return name(ReferenceKind::Employee, lead.ownerId);
    case LeadField::City: return lead.city;
    case LeadField::Channel: return name(ReferenceKind::Channel, lead.channelId);
    }
    return QString();
}

bool sameField(const Lead &a, const Lead &b, LeadField field)
{
    switch (field) {
    case LeadField::Name: return a.name == b.name;
    case LeadField::Source: return a.source == b.source;
    case LeadField::LeadCompanyName: return a.leadCompanyName == b.leadCompanyName;
    case LeadField::NewCompany: return a.newCompany == b.newCompany;
    case LeadField::ExistingCompany: return a.existingCompanyId == b.existingCompanyId;
    case LeadField::CompanyName: return a.companyName == b.companyName;
    case LeadField::CompanyWebsite: return a.companyWebsite == b.companyWebsite;
    case LeadField::CompanyTin: return a.companyTin == b.companyTin;
    case LeadField::Campaign: return a.campaignId == b.campaignId;
    case LeadField::SellingDirection: return a.sellingDirectionId == b.sellingDirectionId;
    case LeadField::ServiceOrProduct: return a.serviceId == b.serviceId;
    case LeadField::NewContact: return a.newContact == b.newContact;
    case LeadField::FirstName: return a.firstName == b.firstName;
    case LeadField::LastName: return a.lastName == b.lastName;
    case LeadField::MiddleName: return a.middleName == b.middleName;
    case LeadField::ContactPhone: return a.contactPhone == b.contactPhone;
    case LeadField::ContactEmail: return a.contactEmail == b.contactEmail;
    case LeadField::ExistingContact: return a.existingContactId == b.existingContactId;
    case LeadField::Description: return a.description == b.description;
    case LeadField::Owner: return a.ownerId == b.ownerId;
    case LeadField::City: return a.city == b.city;
    case LeadField::Channel: return a.channelId == b.channelId;
    }
    return true;
}

bool readFail(const QSqlQuery &query, QString *error)
{
    return ErrorReport::fail(error, Tr::tr("Could not read the lead: %1").arg(query.lastError().text()));
}

// The lead `id` as stored, and (`storedState`) its state column as stored (see leadFrom).
bool readLead(const QSqlDatabase &db, qint64 id, Lead *lead, LeadState *storedState, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(kSelectLead);
    query.addBindValue(id);
    if (!query.exec())
        return readFail(query, error);
    if (!query.next())
        return ErrorReport::fail(error, Tr::tr("The lead no longer exists; someone may have deleted it."));
    const Lead found = leadFrom(query, storedState);
    if (lead)
        *lead = found;
    return true;
}

// The roles of the acting employee as stored now: a deactivation or a role change takes effect at once.
// False with *error set when the employee cannot act at all (unknown, deactivated) or on a database error.
bool loadActor(const QSqlDatabase &db, qint64 actorId, RoleSet *roles, QString *error)
{
    LeadEmployee actor;
    if (!actor.readActor(db, actorId, Tr::tr("Could not read the lead: %1"), error))
        return false;
    *roles = actor.roles();
    return true;
}

// The Owner a save names must be someone who can sign in. An id no employee has is left to the
// foreign key, which refuses it with the database's own words.
bool checkOwner(const QSqlDatabase &db, qint64 ownerId, QString *error)
{
    LeadEmployee owner;
    return owner.readOwner(db, ownerId, Tr::tr("Could not read the lead: %1"), error);
}

bool permit(const Decision &decision, QString *error)
{
    return decision || ErrorReport::fail(error, decision.reason);
}

QString lifeCycleOnly()
{
    return Tr::tr("The lead's state and opportunity change only through its actions "
                  "(Assign, Reassign, Qualify, Disqualify).");
}

} // namespace

LeadRepository::LeadRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool LeadRepository::labels(const Lead &stored, QString *companyLabel, QString *contactLabel, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (stored.existingCompanyId > 0) {
        query.prepare(QStringLiteral("SELECT name FROM companies WHERE id = ?"));
        query.addBindValue(stored.existingCompanyId);
        if (!query.exec())
            return fail(query, error);
        *companyLabel = query.next() ? query.value(0).toString() : QString();
    } else {
        *companyLabel = !stored.companyName.isEmpty() ? stored.companyName : stored.leadCompanyName;
    }
    if (stored.existingContactId > 0) {
        query.prepare(QStringLiteral("SELECT last_name, first_name FROM contacts WHERE id = ?"));
        query.addBindValue(stored.existingContactId);
        if (!query.exec())
            return fail(query, error);
        *contactLabel = query.next() ? joinName(query.value(0).toString(), query.value(1).toString()) : QString();
    } else {
        *contactLabel = joinName(stored.lastName, stored.firstName);
    }
    return true;
}

bool LeadRepository::insert(Lead &lead, qint64 actorId, QString *error)
{
    Lead stored = lead.withHiddenFieldsCleared();
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;

    // Spec 2: any of the four roles creates; an Owner named at once is an Assign of the New lead,
    // which leaves it Assigned. Nobody creates a lead that is already closed or qualified.
    RoleSet roles;
    if (!loadActor(m_db, actorId, &roles, error)
        || !permit(Permissions::check(roles, LeadAction::Create, LeadState::New, false), error))
        return false;
    if (stored.opportunityId > 0 || (stored.state != LeadState::New && stored.state != LeadState::Assigned))
        return ErrorReport::fail(error, lifeCycleOnly());
    if (stored.ownerId > 0) {
        if (!permit(Permissions::check(roles, LeadAction::Assign, LeadState::New, false), error)
            || !checkOwner(m_db, stored.ownerId, error))
            return false;
        stored.state = LeadState::Assigned;
    } else if (stored.state == LeadState::Assigned) {
        return ErrorReport::fail(error, Tr::tr("Owner: an assigned lead needs an Owner; choose the employee who will own it."));
    }
    QString companyLabel;
    QString contactLabel;
    if (!labels(stored, &companyLabel, &contactLabel, error))
        return false;

    const QDateTime now = Timestamps::nowUtc();
    const QString at = Timestamps::format(now);
    QStringList columns;
    for (const char *column : kWritableColumns)
        columns << QLatin1String(column);
    columns << QStringLiteral("created_by") << QStringLiteral("created_at") << QStringLiteral("updated_at")
            << QStringLiteral("version");
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("INSERT INTO leads (%1) VALUES (%2)").arg(columns.join(u", "), marks.join(u", "))))
        return fail(query, error);
    bindWritable(query, stored, companyLabel, contactLabel);
    query.addBindValue(SqlValues::idOrNull(actorId));
    query.addBindValue(at);
    query.addBindValue(at);
    query.addBindValue(1);
    if (!query.exec())
        return fail(query, error);
    const qint64 id = query.lastInsertId().toLongLong();

    LeadHistoryWriter history(m_db, actorId, at, Tr::tr("Could not save the lead: %1"));
    if (!history.add(id, HistoryFields::createdCode(), QString(), stored.name, error))
        return false;
    if (!transaction.commit(error))
        return false;

    lead.id = id;
    lead.state = stored.state;
    lead.version = 1;
    lead.createdAt = now;
    lead.updatedAt = now;
    lead.createdById = actorId > 0 ? actorId : 0;
    return true;
}

bool LeadRepository::update(Lead &lead, qint64 actorId, QString *error)
{
    const QString conflict = Tr::tr("This lead was changed by someone else since you opened it; "
                                    "reopen it to see their changes.");
    if (lead.id <= 0) {
        if (error)
            *error = Tr::tr("The lead has not been saved yet.");
        return false;
    }
    Lead stored = lead.withHiddenFieldsCleared();
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;

    RoleSet roles;
    if (!loadActor(m_db, actorId, &roles, error))
        return false;
    Lead before;
    LeadState storedState = LeadState::New;
    if (!readLead(m_db, lead.id, &before, &storedState, error))
        return false;
    if (before.version != lead.version)
        return ErrorReport::fail(error, conflict);
    // Spec 2, checked against the lead as stored (its raw state: an unknown one is read-only too).
    // Editing needs New or Assigned; a new Owner is an Assign (New, which leaves it Assigned) or a
    // Reassign (Assigned); the state and the opportunity are the life cycle's, never an edit's.
    const bool isOwner = before.ownerId > 0 && before.ownerId == actorId;
    if (!permit(Permissions::check(roles, LeadAction::Edit, storedState, isOwner), error))
        return false;
    LeadState newState = storedState;
    if (stored.ownerId != before.ownerId) {
        const LeadAction action = storedState == LeadState::Assigned ? LeadAction::Reassign : LeadAction::Assign;
        if (!permit(Permissions::check(roles, action, storedState, isOwner), error)
            || !checkOwner(m_db, stored.ownerId, error))
            return false;
        newState = LeadState::Assigned;
    }
    // The caller may hold the state it read, or (after an Assign) the state the Assign leads to.
    if ((stored.state != storedState && stored.state != newState) || stored.opportunityId != before.opportunityId)
        return ErrorReport::fail(error, lifeCycleOnly());
    stored.state = newState;
    QString companyLabel;
    QString contactLabel;
    if (!labels(stored, &companyLabel, &contactLabel, error))
        return false;

    const QDateTime now = Timestamps::nowUtc();
    const QString at = Timestamps::format(now);
    QStringList assignments;
    for (const char *column : kWritableColumns)
        assignments << QLatin1String(column) + QStringLiteral(" = ?");
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("version = version + 1");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE leads SET %1 WHERE id = ? AND version = ?").arg(assignments.join(u", "))))
        return fail(query, error);
    bindWritable(query, stored, companyLabel, contactLabel);
    query.addBindValue(at);
    query.addBindValue(lead.id);
    query.addBindValue(lead.version);
    if (!query.exec())
        return fail(query, error);
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = conflict;
        return false;
    }

    const ReferenceRepository references(m_db);
    LeadHistoryWriter history(m_db, actorId, at, Tr::tr("Could not save the lead: %1"));
    for (int i = 0; i < LeadFieldCount; ++i) {
        const auto field = static_cast<LeadField>(i);
        if (sameField(before, stored, field))
            continue;
        if (!history.add(lead.id, LeadFields::code(field), displayValue(references, before, field),
                         displayValue(references, stored, field), error))
            return false;
    }
    // The life cycle row follows HistoryFields (core): the state as its stable code. The opportunity
    // never changes here (refused above).
    if (before.state != stored.state
        && !history.add(lead.id, HistoryFields::stateCode(), LeadStates::code(before.state),
                        LeadStates::code(stored.state), error))
        return false;
    if (!transaction.commit(error))
        return false;

    lead.state = newState;
    lead.version = before.version + 1;
    lead.updatedAt = now;
    lead.createdAt = before.createdAt;
    lead.createdById = before.createdById;
    return true;
}

bool LeadRepository::find(qint64 id, Lead *lead, QString *error) const
{
    return readLead(m_db, id, lead, nullptr, error);
}

qint64 LeadRepository::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM leads")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QList<LeadHistoryEntry> LeadRepository::history(qint64 leadId, QString *error) const
{
    QList<LeadHistoryEntry> entries;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT h.id, h.employee_id, COALESCE(e.display_name, ''), h.changed_at, h.field, "
                                 "h.old_value, h.new_value FROM lead_history h LEFT JOIN employees e "
                                 "ON e.id = h.employee_id WHERE h.lead_id = ? ORDER BY h.id"));
    query.addBindValue(leadId);
    if (!query.exec()) {
        if (error)
            *error = Tr::tr("Could not read the lead's history: %1").arg(query.lastError().text());
        return entries;
    }
    while (query.next()) {
        LeadHistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.employeeId = query.value(1).toLongLong();
        entry.employeeName = query.value(2).toString();
        entry.changedAt = Timestamps::parse(query.value(3).toString());
        entry.field = query.value(4).toString();
        entry.oldValue = query.value(5).toString();
        entry.newValue = query.value(6).toString();
        entries.append(entry);
    }
    return entries;
}
