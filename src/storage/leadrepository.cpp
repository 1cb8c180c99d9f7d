#include "leadrepository.h"

#include "historyfields.h"
#include "lead.h"
#include "leademployee.h"
#include "leadhistorywriter.h"
#include "leadcolumns.h"
#include "leadfielddescriptor.h"
#include "permissions.h"
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
    Q_DECLARE_TR_FUNCTIONS(LeadRepository)
};

// The columns a save writes besides the lead's fields.
const char *const kRecordColumns[] = {"state", "opportunity_id", "company_label", "contact_label"};
// The columns a read returns after id and the lead's fields, in this order.
const char *const kReadColumns[] = {"state", "opportunity_id", "created_by", "created_at", "updated_at", "version"};

QString failed(const QString &message)
{
    return Tr::tr("Could not save the lead: %1").arg(message);
}

// Every column a save writes with its value: the fields (from their descriptors), then the record.
QList<std::pair<QString, QVariant>> writableValues(const Lead &lead, const QString &companyLabel,
                                                  const QString &contactLabel)
{
    QList<std::pair<QString, QVariant>> values;
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all())
        values.append({field.columnName(), LeadColumns::toSql(field, lead)});
    const QVariant record[] = {static_cast<int>(lead.state), SqlValues::idOrNull(lead.opportunityId),
                               SqlValues::notNull(companyLabel), SqlValues::notNull(contactLabel)};
    static_assert(std::size(record) == std::size(kRecordColumns));
    for (size_t i = 0; i < std::size(kRecordColumns); ++i)
        values.append({QLatin1String(kRecordColumns[i]), record[i]});
    return values;
}

QString selectLeadSql()
{
    QStringList columns {QStringLiteral("id")};
    columns << LeadColumns::fieldColumns();
    for (const char *column : kReadColumns)
        columns << QLatin1String(column);
    return QStringLiteral("SELECT %1 FROM leads WHERE id = ?").arg(columns.join(u", "));
}

// The lead of a selectLeadSql() row. `storedState`: the state column as stored, even one LeadStates
// does not know (the lead reads as New; permissions treat the raw state as read-only).
Lead leadFrom(const QSqlQuery &query, LeadState *storedState = nullptr)
{
    Lead lead;
    int c = 0;
    lead.id = query.value(c++).toLongLong();
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all())
        LeadColumns::fromSql(field, lead, query.value(c++));
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

// The value of one field as the history shows it: names rather than ids, labels rather than codes.
QString displayValue(const ReferenceRepository &references, const Lead &lead, const LeadFieldDescriptor &field)
{
    const QVariant value = field.read(lead);
    switch (field.kind) {
    case LeadFieldKind::Text: return value.toString();
    case LeadFieldKind::Flag: return yesNo(value.toBool());
    case LeadFieldKind::Source: {
        LeadSource source = LeadSource::SelfGeneration;
        LeadSources::fromInt(value.toInt(), &source);
        return LeadSources::label(source);
    }
    case LeadFieldKind::Reference: {
        const qint64 id = value.toLongLong();
        if (id <= 0)
            return QString();
        const QString text = references.nameOf(field.reference, id);
        return text.isEmpty() ? QStringLiteral("#%1").arg(id) : text;
    }
    }
    return value.toString();
}

// One history row, named by the field's code, for every field marked for the history that changed.
Result<void> writeFieldHistory(LeadHistoryWriter &history, const QSqlDatabase &db, const Lead &before,
                               const Lead &after)
{
    const ReferenceRepository references(db);
    for (const LeadFieldDescriptor &field : LeadFieldDescriptors::all()) {
        if (!field.appearsIn(LeadFieldPlace::History) || field.read(before) == field.read(after))
            continue;
        if (Result<void> added = history.add(after.id, field.codeText(), displayValue(references, before, field),
                                             displayValue(references, after, field));
            !added)
            return added;
    }
    return {};
}

// A lead as stored, with its state column as stored (see leadFrom).
struct StoredLead
{
    Lead lead;
    LeadState rawState = LeadState::New;
};

Result<StoredLead> readLead(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (const Result<void> ran = SqlCheck::run(query, selectLeadSql(), {id}); !ran)
        return Failure{Tr::tr("Could not read the lead: %1").arg(ran.error())};
    if (!query.next())
        return Failure{Tr::tr("The lead no longer exists; someone may have deleted it.")};
    StoredLead stored;
    stored.lead = leadFrom(query, &stored.rawState);
    return stored;
}

// The roles of the acting employee as stored now: a deactivation or a role change takes effect at once.
// Fails when the employee cannot act at all (unknown, deactivated) or on a database error.
Result<RoleSet> loadActor(const QSqlDatabase &db, qint64 actorId)
{
    LeadEmployee actor;
    if (const Result<void> read = actor.readActor(db, actorId, Tr::tr("Could not read the lead: %1")); !read)
        return Failure{read.error()};
    return actor.roles();
}

// The Owner a save names must be someone who can sign in. An id no employee has is left to the
// foreign key, which refuses it with the database's own words.
Result<void> checkOwner(const QSqlDatabase &db, qint64 ownerId)
{
    LeadEmployee owner;
    return owner.readOwner(db, ownerId, Tr::tr("Could not read the lead: %1"));
}

Result<void> permit(const Decision &decision)
{
    if (!decision)
        return Failure{decision.reason};
    return {};
}

QString lifeCycleOnly()
{
    return Tr::tr("The lead's state and opportunity change only through its actions "
                  "(Assign, Reassign, Qualify, Disqualify).");
}

} // namespace

LeadRepository::LeadRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<LeadRepository::Labels> LeadRepository::labels(const Lead &stored) const
{
    Labels labels;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (stored.existingCompanyId > 0) {
        if (const Result<void> ran = SqlCheck::run(query, QStringLiteral("SELECT name FROM companies WHERE id = ?"),
                                                   {stored.existingCompanyId});
            !ran)
            return Failure{failed(ran.error())};
        labels.company = query.next() ? query.value(0).toString() : QString();
    } else {
        labels.company = !stored.companyName.isEmpty() ? stored.companyName : stored.leadCompanyName;
    }
    if (stored.existingContactId > 0) {
        if (const Result<void> ran = SqlCheck::run(
                query, QStringLiteral("SELECT last_name, first_name FROM contacts WHERE id = ?"),
                {stored.existingContactId});
            !ran)
            return Failure{failed(ran.error())};
        labels.contact = query.next() ? joinName(query.value(0).toString(), query.value(1).toString()) : QString();
    } else {
        labels.contact = joinName(stored.lastName, stored.firstName);
    }
    return labels;
}

Result<qint64> LeadRepository::insertRow(const Lead &stored, qint64 actorId, const QString &at) const
{
    const Result<Labels> labelled = labels(stored);
    if (!labelled)
        return Failure{labelled.error()};
    QStringList columns;
    QVariantList values;
    for (const auto &[column, value] : writableValues(stored, labelled->company, labelled->contact)) {
        columns << column;
        values << value;
    }
    columns << QStringLiteral("created_by") << QStringLiteral("created_at") << QStringLiteral("updated_at")
            << QStringLiteral("version");
    values << SqlValues::idOrNull(actorId) << at << at << 1;
    QSqlQuery query(m_db);
    const Result<qint64> id = SqlDialect::of(m_db).insert(
        query,
        QStringLiteral("INSERT INTO leads (%1) VALUES (%2)").arg(columns.join(u", "), SqlValues::placeholders(columns.size())),
        values);
    if (!id)
        return Failure{failed(id.error())};
    return *id;
}

Result<bool> LeadRepository::updateRow(const Lead &stored, int expectedVersion, const QString &at) const
{
    const Result<Labels> labelled = labels(stored);
    if (!labelled)
        return Failure{labelled.error()};
    QStringList assignments;
    QVariantList values;
    for (const auto &[column, value] : writableValues(stored, labelled->company, labelled->contact)) {
        assignments << column + QStringLiteral(" = ?");
        values << value;
    }
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("version = version + 1");
    values << at << stored.id << expectedVersion;
    QSqlQuery query(m_db);
    if (const Result<void> ran = SqlCheck::run(
            query, QStringLiteral("UPDATE leads SET %1 WHERE id = ? AND version = ?").arg(assignments.join(u", ")),
            values);
        !ran)
        return Failure{failed(ran.error())};
    return query.numRowsAffected() == 1;
}

Result<void> LeadRepository::insert(Lead &lead, qint64 actorId)
{
    Lead stored = lead.withHiddenFieldsCleared();
    Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;

    // Spec 2: any of the four roles creates; an Owner named at once is an Assign of the New lead,
    // which leaves it Assigned. Nobody creates a lead that is already closed or qualified.
    const Result<RoleSet> roles = loadActor(m_db, actorId);
    if (!roles)
        return Failure{roles.error()};
    if (Result<void> allowed = permit(Permissions::check(*roles, LeadAction::Create, LeadState::New, false)); !allowed)
        return allowed;
    if (stored.opportunityId > 0 || (stored.state != LeadState::New && stored.state != LeadState::Assigned))
        return Failure{lifeCycleOnly()};
    if (stored.ownerId > 0) {
        if (Result<void> allowed = permit(Permissions::check(*roles, LeadAction::Assign, LeadState::New, false));
            !allowed)
            return allowed;
        if (Result<void> owner = checkOwner(m_db, stored.ownerId); !owner)
            return owner;
        stored.state = LeadState::Assigned;
    } else if (stored.state == LeadState::Assigned) {
        return Failure{Tr::tr("Owner: an assigned lead needs an Owner; choose the employee who will own it.")};
    }
    const QDateTime now = Timestamps::nowUtc();
    const QString at = Timestamps::format(now);
    const Result<qint64> inserted = insertRow(stored, actorId, at);
    if (!inserted)
        return Failure{inserted.error()};
    const qint64 id = *inserted;

    LeadHistoryWriter history(m_db, actorId, at, Tr::tr("Could not save the lead: %1"));
    if (Result<void> added = history.add(id, HistoryFields::createdCode(), QString(), stored.name); !added)
        return added;
    if (Result<void> committed = transaction.commit(); !committed)
        return committed;

    lead.id = id;
    lead.state = stored.state;
    lead.version = 1;
    lead.createdAt = now;
    lead.updatedAt = now;
    lead.createdById = actorId > 0 ? actorId : 0;
    return {};
}

Result<void> LeadRepository::update(Lead &lead, qint64 actorId)
{
    const Failure conflict{Tr::tr("This lead was changed by someone else since you opened it; "
                                  "reload it to see their changes."),
                           FailureKind::Conflict};
    if (lead.id <= 0)
        return Failure{Tr::tr("The lead has not been saved yet.")};
    Lead stored = lead.withHiddenFieldsCleared();
    Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;

    const Result<RoleSet> roles = loadActor(m_db, actorId);
    if (!roles)
        return Failure{roles.error()};
    const Result<StoredLead> read = readLead(m_db, lead.id);
    if (!read)
        return Failure{read.error()};
    const Lead &before = read->lead;
    const LeadState storedState = read->rawState;
    if (before.version != lead.version)
        return conflict;
    // Spec 2, checked against the lead as stored (its raw state: an unknown one is read-only too).
    // Editing needs New or Assigned; a new Owner is an Assign (New, which leaves it Assigned) or a
    // Reassign (Assigned); the state and the opportunity are the life cycle's, never an edit's.
    const bool isOwner = before.ownerId > 0 && before.ownerId == actorId;
    if (Result<void> allowed = permit(Permissions::check(*roles, LeadAction::Edit, storedState, isOwner)); !allowed)
        return allowed;
    LeadState newState = storedState;
    if (stored.ownerId != before.ownerId) {
        const LeadAction action = storedState == LeadState::Assigned ? LeadAction::Reassign : LeadAction::Assign;
        if (Result<void> allowed = permit(Permissions::check(*roles, action, storedState, isOwner)); !allowed)
            return allowed;
        if (Result<void> owner = checkOwner(m_db, stored.ownerId); !owner)
            return owner;
        newState = LeadState::Assigned;
    }
    // The caller may hold the state it read, or (after an Assign) the state the Assign leads to.
    if ((stored.state != storedState && stored.state != newState) || stored.opportunityId != before.opportunityId)
        return Failure{lifeCycleOnly()};
    stored.state = newState;
    const QDateTime now = Timestamps::nowUtc();
    const QString at = Timestamps::format(now);
    stored.id = lead.id;
    const Result<bool> updated = updateRow(stored, lead.version, at);
    if (!updated)
        return Failure{updated.error()};
    if (!*updated)
        return conflict;

    LeadHistoryWriter history(m_db, actorId, at, Tr::tr("Could not save the lead: %1"));
    if (Result<void> written = writeFieldHistory(history, m_db, before, stored); !written)
        return written;
    // The life cycle row follows HistoryFields (core): the state as its stable code. The opportunity
    // never changes here (refused above).
    if (before.state != stored.state) {
        if (Result<void> added = history.add(lead.id, HistoryFields::stateCode(), LeadStates::code(before.state),
                                             LeadStates::code(stored.state));
            !added)
            return added;
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed;

    lead.state = newState;
    lead.version = before.version + 1;
    lead.updatedAt = now;
    lead.createdAt = before.createdAt;
    lead.createdById = before.createdById;
    return {};
}

Result<Lead> LeadRepository::find(qint64 id) const
{
    const Result<StoredLead> read = readLead(m_db, id);
    if (!read)
        return Failure{read.error()};
    return read->lead;
}

qint64 LeadRepository::count() const
{
    QSqlQuery query(m_db);
    if (!SqlCheck::run(query, QStringLiteral("SELECT COUNT(*) FROM leads")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Result<QList<LeadHistoryEntry>> LeadRepository::history(qint64 leadId) const
{
    QList<LeadHistoryEntry> entries;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const Result<void> ran = SqlCheck::run(
        query,
        QStringLiteral("SELECT h.id, h.employee_id, COALESCE(e.display_name, ''), h.changed_at, h.field, "
                       "h.old_value, h.new_value FROM lead_history h LEFT JOIN employees e "
                       "ON e.id = h.employee_id WHERE h.lead_id = ? ORDER BY h.id"),
        {leadId});
    if (!ran)
        return Failure{Tr::tr("Could not read the lead's history: %1").arg(ran.error())};
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
