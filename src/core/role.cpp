#include "role.h"

#include <QStringList>

namespace {

struct RoleInfo
{
    Role role;
    const char *code;
};

constexpr RoleInfo RoleInfos[] = {
    {Role::Admin, "crm_admin"},
    {Role::Sales, "crm_sales"},
    {Role::Manager, "crm_manager"},
    {Role::Marketeer, "crm_marketeer"},
};

} // namespace

QList<Role> Roles::all()
{
    QList<Role> roles;
    for (const RoleInfo &info : RoleInfos)
        roles.append(info.role);
    return roles;
}

QString Roles::code(Role role)
{
    for (const RoleInfo &info : RoleInfos) {
        if (info.role == role)
            return QString::fromLatin1(info.code);
    }
    return QString();
}

bool Roles::fromCode(const QString &code, Role *role)
{
    const QString wanted = code.trimmed();
    for (const RoleInfo &info : RoleInfos) {
        if (wanted.compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0) {
            if (role)
                *role = info.role;
            return true;
        }
    }
    return false;
}

QString Roles::codes(RoleSet roles)
{
    QStringList parts;
    for (const RoleInfo &info : RoleInfos) {
        if (roles.testFlag(info.role))
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
