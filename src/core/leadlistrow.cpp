#include "leadlistrow.h"

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString LeadListRow::text(LeadListColumn column) const
{
    switch (column) {
    case LeadListColumn::Number: return QString::number(id);
    case LeadListColumn::Name: return name;
    case LeadListColumn::State: return LeadStates::label(state);
    case LeadListColumn::Source: return LeadSources::label(source);
    case LeadListColumn::Company: return company;
    case LeadListColumn::Contact: return contact;
    case LeadListColumn::SellingDirection: return sellingDirection;
    case LeadListColumn::ServiceOrProduct: return serviceOrProduct;
    case LeadListColumn::Campaign: return campaign;
    case LeadListColumn::Owner: return owner;
    case LeadListColumn::City: return city;
    case LeadListColumn::Created: return isoUtc(createdAt);
    case LeadListColumn::Updated: return isoUtc(updatedAt);
    }
    return QString();
}

QVariant LeadListRow::value(LeadListColumn column) const
{
    switch (column) {
    case LeadListColumn::Number: return QVariant::fromValue(id);
    case LeadListColumn::State: return static_cast<int>(state);
    case LeadListColumn::Source: return static_cast<int>(source);
    case LeadListColumn::Created: return createdAt;
    case LeadListColumn::Updated: return updatedAt;
    default: return text(column);
    }
}
