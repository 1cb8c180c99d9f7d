#include "leadmodel.h"

#include "leadrepository.h"
#include "leadsource.h"
#include "referencerepository.h"

namespace {

template<class L>
auto textField(L &lead, LeadField field) -> decltype(&lead.name)
{
    switch (field) {
    case LeadField::Name: return &lead.name;
    case LeadField::LeadCompanyName: return &lead.leadCompanyName;
    case LeadField::CompanyName: return &lead.companyName;
    case LeadField::CompanyWebsite: return &lead.companyWebsite;
    case LeadField::CompanyTin: return &lead.companyTin;
    case LeadField::FirstName: return &lead.firstName;
    case LeadField::LastName: return &lead.lastName;
    case LeadField::MiddleName: return &lead.middleName;
    case LeadField::ContactPhone: return &lead.contactPhone;
    case LeadField::ContactEmail: return &lead.contactEmail;
    case LeadField::Description: return &lead.description;
    case LeadField::City: return &lead.city;
    default: return nullptr;
    }
}

template<class L>
auto idField(L &lead, LeadField field) -> decltype(&lead.ownerId)
{
    switch (field) {
    case LeadField::ExistingCompany: return &lead.existingCompanyId;
    case LeadField::Campaign: return &lead.campaignId;
    case LeadField::SellingDirection: return &lead.sellingDirectionId;
    case LeadField::ServiceOrProduct: return &lead.serviceId;
    case LeadField::ExistingContact: return &lead.existingContactId;
    case LeadField::Owner: return &lead.ownerId;
    case LeadField::Channel: return &lead.channelId;
    default: return nullptr;
    }
}

template<class L>
auto flagField(L &lead, LeadField field) -> decltype(&lead.newCompany)
{
    switch (field) {
    case LeadField::NewCompany: return &lead.newCompany;
    case LeadField::NewContact: return &lead.newContact;
    default: return nullptr;
    }
}

} // namespace

LeadModel::LeadModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
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

void LeadModel::clear()
{
    resetTo(Lead());
}

bool LeadModel::load(qint64 id, QString *error)
{
    Lead lead;
    LeadRepository repository(m_db);
    if (!repository.find(id, &lead, error))
        return false;
    resetTo(lead);
    return true;
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

bool LeadModel::save(qint64 actorId, ValidationResult *result, QString *error)
{
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
    LeadRepository repository(m_db);
    const bool ok = lead.id > 0 ? repository.update(lead, actorId, error) : repository.insert(lead, actorId, error);
    if (!ok)
        return false;
    Lead stored;
    if (!repository.find(lead.id, &stored, error))
        stored = lead;
    resetTo(stored);
    Q_EMIT saved(stored.id);
    return true;
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
    if (const QString *text = textField(m_lead, f))
        return *text;
    if (const qint64 *id = idField(m_lead, f))
        return *id;
    if (const bool *flag = flagField(m_lead, f))
        return *flag;
    if (f == LeadField::Source)
        return int(LeadSources::all().indexOf(m_lead.source));
    return {};
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
    bool changed = false;
    QList<LeadField> alsoChanged;
    if (QString *text = textField(m_lead, f)) {
        const QString v = value.toString();
        changed = *text != v;
        *text = v;
    } else if (qint64 *id = idField(m_lead, f)) {
        const qint64 v = qMax<qint64>(0, value.toLongLong());
        changed = *id != v;
        *id = v;
        if (changed && f == LeadField::SellingDirection && m_lead.serviceId > 0) {
            // Services are narrowed to the selling direction: a service of another one goes.
            ReferenceItem service;
            ReferenceRepository references(m_db);
            if (!references.find(ReferenceKind::ServiceOrProduct, m_lead.serviceId, &service)
                || service.parentId != v) {
                m_lead.serviceId = 0;
                alsoChanged << LeadField::ServiceOrProduct;
            }
        }
    } else if (bool *flag = flagField(m_lead, f)) {
        const bool v = value.toBool();
        changed = *flag != v;
        *flag = v;
        if (changed && v && f == LeadField::NewCompany && m_lead.existingCompanyId != 0) {
            m_lead.existingCompanyId = 0;
            alsoChanged << LeadField::ExistingCompany;
        }
        if (changed && v && f == LeadField::NewContact && m_lead.existingContactId != 0) {
            m_lead.existingContactId = 0;
            alsoChanged << LeadField::ExistingContact;
        }
    } else if (f == LeadField::Source) {
        const QList<LeadSource> sources = LeadSources::all();
        bool ok = false;
        const int position = value.toInt(&ok);
        if (!ok || position < 0 || position >= sources.size())
            return false;
        changed = m_lead.source != sources.at(position);
        m_lead.source = sources.at(position);
    } else {
        return false;
    }
    if (!changed)
        return true;
    emitFieldChanged(f);
    for (LeadField other : alsoChanged)
        emitFieldChanged(other);
    const FieldRules rules = VisibilityRules::evaluate(FormState::of(m_lead));
    if (!(rules == m_rules)) {
        m_rules = rules;
        Q_EMIT rulesChanged(m_rules);
    }
    return true;
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
