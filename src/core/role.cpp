#include "role.h"

#include "codetable.h"

#include <QStringList>

namespace {

// Codes only: roles are shown by their codes.
constexpr CodeEntry<Role> RoleInfos[] = {
    {Role::Admin, "crm_admin", nullptr},
    {Role::Sales, "crm_sales", nullptr},
    {Role::Manager, "crm_manager", nullptr},
    {Role::Marketeer, "crm_marketeer", nullptr},
};

} // namespace

QList<Role> Roles::all()
{
    return CodeTable::values(RoleInfos);
}

QString Roles::code(Role role)
{
    return CodeTable::code(RoleInfos, role);
}

bool Roles::fromCode(const QString &code, Role *role)
{
    return CodeTable::fromCode(RoleInfos, code, role);
}

QString Roles::codes(RoleSet roles)
{
    QStringList parts;
    for (const CodeEntry<Role> &info : RoleInfos) {
        if (roles.testFlag(info.value))
            parts.append(QString::fromLatin1(info.code));
    }
    return parts.join(QLatin1Char(','));
}

bool Roles::fromCodes(const QString &codes, RoleSet *roles)
{
    RoleSet parsed;
    const QStringList parts = codes.split(QLatin1Char(','));
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        Role role;
        if (!fromCode(part, &role))
            return false;
        parsed |= role;
    }
    if (roles)
        *roles = parsed;
    return true;
}

RoleSet Roles::allRoles()
{
    return RoleSet(Role::Admin) | Role::Sales | Role::Manager | Role::Marketeer;
}
