#include "referencekinds.h"

#include "codetable.h"

namespace {

// The lists' names; the translation context they always had (they were ReferenceAdmin's).
constexpr CodeEntry<ReferenceKind> KindLabels[] = {
    {ReferenceKind::Company, "companies", QT_TRANSLATE_NOOP("ReferenceAdmin", "Companies")},
    {ReferenceKind::Contact, "contacts", QT_TRANSLATE_NOOP("ReferenceAdmin", "Contacts")},
    {ReferenceKind::Campaign, "campaigns", QT_TRANSLATE_NOOP("ReferenceAdmin", "Campaigns")},
    {ReferenceKind::SellingDirection, "selling_directions", QT_TRANSLATE_NOOP("ReferenceAdmin", "Selling directions")},
    {ReferenceKind::ServiceOrProduct, "services", QT_TRANSLATE_NOOP("ReferenceAdmin", "Services and products")},
    {ReferenceKind::Channel, "channels", QT_TRANSLATE_NOOP("ReferenceAdmin", "Content distribution channels")},
    {ReferenceKind::Employee, "employees", QT_TRANSLATE_NOOP("ReferenceAdmin", "Employees")},
};

} // namespace

QList<ReferenceKind> ReferenceKinds::administered()
{
    return {ReferenceKind::Company,          ReferenceKind::Contact,          ReferenceKind::Campaign,
            ReferenceKind::SellingDirection, ReferenceKind::ServiceOrProduct, ReferenceKind::Channel};
}

QString ReferenceKinds::label(ReferenceKind kind)
{
    return CodeTable::label(KindLabels, "ReferenceAdmin", kind);
}
