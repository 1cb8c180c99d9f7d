#include "role.h"

#include "codetable.h"

#include <QStringList>

namespace {

// Codes (stored, and shown where administrators manage roles) and labels (shown where a role only
// tells people apart, as under an employee's name in a picker).
constexpr CodeEntry<Role> RoleInfos[] = {
    {Role::Admin, "crm_admin", QT_TRANSLATE_NOOP("Roles", "Administrator")},
    {Role::Sales, "crm_sales", QT_TRANSLATE_NOOP("Roles", "Sales")},
    {Role::Manager, "crm_manager", QT_TRANSLATE_NOOP("Roles", "Manager")},
    {Role::Marketeer, "crm_marketeer", QT_TRANSLATE_NOOP("Roles", "Marketeer")},
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

QString Roles::label(Role role)
{
    return CodeTable::label(RoleInfos, "Roles", role);
}

QString Roles::labels(RoleSet roles)
{
    QStringList parts;
    for (const CodeEntry<Role> &info : RoleInfos) {
        if (roles.testFlag(info.value))
            parts.append(label(info.value));
    }
    return parts.join(QStringLiteral(", "));
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

RoleSet Roles::fromStored(int bits)
{
    return RoleSet::fromInt(bits) & allRoles();
}

RoleSet Roles::allRoles()
{
    return RoleSet(Role::Admin) | Role::Sales | Role::Manager | Role::Marketeer;
}
