#include "leadmodel.h"

#include "leadfielddescriptor.h"
#include "leadsource.h"
#include "session.h"

namespace {

// An edit-role value as the descriptor's write() takes it: a QString, a bool, an id (never below
// 0) or, for the lead source, the LeadSource's number for its position in LeadSources::all().
// A null QVariant when the value is no valid choice (a source position out of range).
QVariant storedValue(const LeadFieldDescriptor &descriptor, const QVariant &value)
{
    switch (descriptor.kind) {
    case LeadFieldKind::Text: return value.toString();
    case LeadFieldKind::Flag: return value.toBool();
    case LeadFieldKind::Reference: return qMax<qint64>(0, value.toLongLong());
    case LeadFieldKind::Source: {
        const QList<LeadSource> sources = LeadSources::all();
        bool ok = false;
        const int position = value.toInt(&ok);
        if (!ok || position < 0 || position >= sources.size())
            return {};
        return static_cast<int>(sources.at(position));
    }
    }
    return {};
}

} // namespace

LeadModel::LeadModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_store(session)
{
    m_rules = VisibilityRules::evaluate(FormState::of(m_lead));
}

QModelIndex LeadModel::indexOf(LeadField field) const
{
    return index(0, column(field));
}

void LeadModel::resetTo(const Lead &lead)
{
    // One row always exists: every column changes, none is reset (a mapper keeps its place).
    m_lead = lead;
    m_original = lead;
    Q_EMIT dataChanged(index(0, 0), index(0, LeadFieldCount - 1), {Qt::DisplayRole, Qt::EditRole});
    const FieldRules rules = VisibilityRules::evaluate(FormState::of(m_lead));
    m_rules = rules;
    Q_EMIT rulesChanged(m_rules);
}

void LeadModel::clear(const Lead &start)
{
    m_conflict.reset();
    m_references.clear();
    resetTo(start);
}

void LeadModel::load(qint64 id)
{
    // Only the newest load counts: an older answer arriving late is dropped.
    const quint64 serial = ++m_loadSerial;
    ++m_loading;
    m_store.load(id, this, [this, id, serial](Result<StoredLead> stored) {
        --m_loading;
        if (serial != m_loadSerial)
            return;
        if (!stored) {
            Q_EMIT loadFailed(stored.error());
            return;
        }
        m_conflict.reset();
        m_references = stored->references;
        Q_EMIT referencesLoaded();
        resetTo(stored->lead);
        Q_EMIT loaded(id);
    });
}

void LeadModel::setReference(LeadField field, const ReferenceItem &item)
{
    if (item.id > 0)
        m_references.insert(field, item);
    else
        m_references.remove(field);
}

bool LeadModel::isModified() const
{
    // Only what would be stored counts: text typed into a hidden field and dropped is no change.
    return !(m_lead.withHiddenFieldsCleared() == m_original.withHiddenFieldsCleared());
}

FormState LeadModel::formState() const
{
    return FormState::of(m_lead);
}

FieldRules LeadModel::rules() const
{
    return m_rules;
}

ValidationResult LeadModel::validate() const
{
    Lead copy = m_lead;
    return LeadValidator::validate(copy);
}

bool LeadModel::save(ValidationResult *result)
{
    if (m_saving)
        return false;
    Lead lead = m_lead;
    ValidationResult checked = LeadValidator::validate(lead);
    if (result)
        *result = checked;
    if (!checked.ok())
        return false;
    lead = lead.withHiddenFieldsCleared();
    // A new lead created with an Owner is created assigned (spec 2: Assign, New -> Assigned), in the
    // same transaction. A stored lead's Owner changes only through Assign/Reassign (LeadService).
    if (lead.id == 0 && lead.ownerId > 0 && lead.state == LeadState::New)
        lead.state = LeadState::Assigned;
    m_saving = true;
    Q_EMIT savingChanged(true);
    const Lead typed = m_lead;
    const Lead base = m_original;
    m_store.save(lead, this, [this, base, typed](Result<Lead> stored) { onSaved(base, typed, std::move(stored)); });
    return true;
}

void LeadModel::onSaved(const Lead &base, const Lead &typed, Result<Lead> stored)
{
    if (stored.isConflict() && base.id > 0) {
        // Still saving, as the form sees it, until the stored lead and what changed are known.
        const QString message = stored.error();
        m_store.readConflict(base, typed, this, [this, message](Result<LeadConflict> conflict) {
            onConflict(message, std::move(conflict));
        });
        return;
    }
    m_saving = false;
    Q_EMIT savingChanged(false);
    if (!stored) {
        Q_EMIT saveFailed(stored.error());
        return;
    }
    m_conflict.reset();
    if (m_lead == typed) {
        resetTo(*stored);
    } else {
        // Typed while the save ran: kept, on top of what the store now holds.
        Lead kept = m_lead;
        kept.id = stored->id;
        kept.state = stored->state;
        kept.opportunityId = stored->opportunityId;
        kept.createdById = stored->createdById;
        kept.createdAt = stored->createdAt;
        kept.updatedAt = stored->updatedAt;
        kept.version = stored->version;
        m_original = *stored;
        m_lead = kept;
        Q_EMIT dataChanged(index(0, 0), index(0, LeadFieldCount - 1), {Qt::DisplayRole, Qt::EditRole});
        emitRulesIfChanged();
    }
    Q_EMIT saved(stored->id);
}

void LeadModel::onConflict(const QString &message, Result<LeadConflict> conflict)
{
    m_saving = false;
    Q_EMIT savingChanged(false);
    if (!conflict) {
        // The stored lead cannot be read now: the refusal alone is told; the lead keeps what was typed.
        m_conflict.reset();
        Q_EMIT saveFailed(message);
        return;
    }
    m_conflict = std::move(*conflict);
    Q_EMIT saveConflicted(message);
    Q_EMIT saveFailed(message);
}

LeadDiff LeadModel::conflictDiff() const
{
    return m_conflict ? m_conflict->diff : LeadDiff();
}

bool LeadModel::reloadKeepingEdits()
{
    if (!m_conflict || m_saving)
        return false;
    const StoredLead stored = m_conflict->stored;
    m_conflict.reset();
    // This person's edits: every field changed since the last load or save, kept as typed.
    Lead merged = stored.lead;
    QMap<LeadField, ReferenceItem> references = stored.references;
    for (const LeadFieldDescriptor &descriptor : LeadFieldDescriptors::all()) {
        const QVariant mine = descriptor.read(m_lead);
        if (mine == descriptor.read(m_original))
            continue;
        descriptor.write(merged, mine);
        if (descriptor.kind == LeadFieldKind::Reference) {
            if (m_references.contains(descriptor.field))
                references.insert(descriptor.field, m_references.value(descriptor.field));
            else
                references.remove(descriptor.field);
        }
    }
    m_references = references;
    Q_EMIT referencesLoaded();
    m_original = stored.lead;
    m_lead = merged;
    Q_EMIT dataChanged(index(0, 0), index(0, LeadFieldCount - 1), {Qt::DisplayRole, Qt::EditRole});
    const FieldRules rules = VisibilityRules::evaluate(FormState::of(m_lead));
    m_rules = rules;
    Q_EMIT rulesChanged(m_rules);
    Q_EMIT loaded(m_lead.id);
    return true;
}

void LeadModel::emitRulesIfChanged()
{
    const FieldRules rules = VisibilityRules::evaluate(FormState::of(m_lead));
    if (!(rules == m_rules)) {
        m_rules = rules;
        Q_EMIT rulesChanged(m_rules);
    }
}

void LeadModel::checkServiceDirection()
{
    // Services are narrowed to the selling direction: a service of another one goes.
    const qint64 service = m_lead.serviceId;
    const qint64 direction = m_lead.sellingDirectionId;
    const auto settle = [this, service, direction](bool belongs) {
        if (belongs || m_lead.serviceId != service || m_lead.sellingDirectionId != direction)
            return;
        m_lead.serviceId = 0;
        m_references.remove(LeadField::ServiceOrProduct);
        emitFieldChanged(LeadField::ServiceOrProduct);
        emitRulesIfChanged();
    };
    const ReferenceItem known = m_references.value(LeadField::ServiceOrProduct);
    if (known.id == service) {
        settle(known.parentId == direction);
        return;
    }
    m_store.findReference(ReferenceKind::ServiceOrProduct, service, this,
                          [settle, direction](Result<ReferenceItem> item) { settle(item && item->parentId == direction); });
}

int LeadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

int LeadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : LeadFieldCount;
}

QVariant LeadModel::field(LeadField f) const
{
    const LeadFieldDescriptor *descriptor = LeadFieldDescriptors::find(f);
    if (!descriptor)
        return {};
    if (descriptor->kind == LeadFieldKind::Source)
        return int(LeadSources::all().indexOf(m_lead.source));   // what a combo box shows
    return descriptor->read(m_lead);
}

QVariant LeadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() != 0 || index.column() < 0 || index.column() >= LeadFieldCount)
        return {};
    const auto f = static_cast<LeadField>(index.column());
    if (role == Qt::EditRole)
        return field(f);
    if (role == Qt::DisplayRole) {
        if (f == LeadField::Source)
            return LeadSources::label(m_lead.source);
        return field(f);
    }
    if (role == Qt::ToolTipRole) {
        const FieldRules r = m_rules;
        if (r.isRequired(f))
            return tr("%1 is required.").arg(LeadFields::label(f));
    }
    return {};
}

bool LeadModel::setField(LeadField f, const QVariant &value)
{
    return setData(indexOf(f), value, Qt::EditRole);
}

bool LeadModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() != 0 || (role != Qt::EditRole && role != Qt::DisplayRole))
        return false;
    const auto f = static_cast<LeadField>(index.column());
    const LeadFieldDescriptor *descriptor = LeadFieldDescriptors::find(f);
    if (!descriptor)
        return false;
    const QVariant stored = storedValue(*descriptor, value);
    if (stored.isNull())
        return false;
    if (descriptor->read(m_lead) == stored)
        return true;
    descriptor->write(m_lead, stored);
    emitFieldChanged(f);
    clearExcludedChoice(f);
    emitRulesIfChanged();
    // A new selling direction may drop a service of another one (checked on the Read lane).
    if (f == LeadField::SellingDirection && m_lead.serviceId > 0)
        checkServiceDirection();
    return true;
}

void LeadModel::clearExcludedChoice(LeadField changed)
{
    // Ticking New company clears Existing company, ticking New contact clears Existing contact.
    if (changed == LeadField::NewCompany && m_lead.newCompany && m_lead.existingCompanyId != 0) {
        m_lead.existingCompanyId = 0;
        emitFieldChanged(LeadField::ExistingCompany);
    }
    if (changed == LeadField::NewContact && m_lead.newContact && m_lead.existingContactId != 0) {
        m_lead.existingContactId = 0;
        emitFieldChanged(LeadField::ExistingContact);
    }
}

void LeadModel::emitFieldChanged(LeadField f)
{
    const QModelIndex i = indexOf(f);
    Q_EMIT dataChanged(i, i, {Qt::DisplayRole, Qt::EditRole});
}

Qt::ItemFlags LeadModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant LeadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < LeadFieldCount)
        return LeadFields::label(static_cast<LeadField>(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}
