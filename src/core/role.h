#pragma once

#include <QFlags>
#include <QList>
#include <QString>

// Employee roles (spec section 2). Values are stored as a bit mask: never renumber.
enum class Role : int {
    Admin = 1,       // crm_admin
    Sales = 2,       // crm_sales
    Manager = 4,     // crm_manager
    Marketeer = 8,   // crm_marketeer
};
Q_DECLARE_FLAGS(RoleSet, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(RoleSet)

class Roles
{
public:
    static QList<Role> all();
    static QString code(Role role);   // "crm_admin"
    static QString label(Role role);   // translated, "Administrator"
    // Translated labels joined by ", ", in all() order: "Sales, Manager"; empty for no roles.
    static QString labels(RoleSet roles);
    static bool fromCode(const QString &code, Role *role);   // trimmed, case-insensitive
    static QString codes(RoleSet roles);   // "crm_admin,crm_sales", in all() order
    // Comma-separated; blanks around codes and empty items are ignored ("" -> no roles).
    // Returns false, leaving *roles alone, when a code is unknown.
    static bool fromCodes(const QString &codes, RoleSet *roles);
    // The four roles together.
    static RoleSet allRoles();
    // The roles of a stored bit mask: the four known bits only. Any other bit (a role of a newer
    // version, or a hand-edited row) grants nothing, so a mask of unknown bits alone means no role.
    static RoleSet fromStored(int bits);
};
