#pragma once

class QAction;
class QString;
struct Decision;

// Offers a window action only when the signed-in employee's roles can ever perform it (issue #11):
// one they never can is disabled with the reason as its tooltip and status tip, instead of failing
// once chosen; one they can perform on some leads only says so in its tooltip. The decisions come
// from Permissions (byRoles, roleLimit, canExport); the per-lead rules still apply when it runs.
class RoleGate
{
public:
    // `decision`: whether the roles can ever perform the action; `limit`: what they restrict it to
    // (may be empty). The action's own tooltip and status tip are kept to be shown when allowed.
    static void apply(QAction *action, const Decision &decision, const QString &limit);
    // True when apply() disabled `action` for the roles.
    static bool isRefused(const QAction *action);
};
