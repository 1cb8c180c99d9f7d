#include "referencekinds.h"

#include <QCoreApplication>

namespace {

// The translation context these labels always had (they were ReferenceAdmin's).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceAdmin)
};

} // namespace

QList<ReferenceKind> ReferenceKinds::administered()
{
    return {ReferenceKind::Company,          ReferenceKind::Contact,          ReferenceKind::Campaign,
            ReferenceKind::SellingDirection, ReferenceKind::ServiceOrProduct, ReferenceKind::Channel};
}

QString ReferenceKinds::label(ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::Company:
        return Tr::tr("Companies");
    case ReferenceKind::Contact:
        return Tr::tr("Contacts");
    case ReferenceKind::Campaign:
        return Tr::tr("Campaigns");
    case ReferenceKind::SellingDirection:
        return Tr::tr("Selling directions");
    case ReferenceKind::ServiceOrProduct:
        return Tr::tr("Services and products");
    case ReferenceKind::Channel:
        return Tr::tr("Content distribution channels");
    case ReferenceKind::Employee:
        return Tr::tr("Employees");
    }
    return QString();
}
