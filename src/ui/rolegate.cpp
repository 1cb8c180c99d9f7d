#include "rolegate.h"

#include "permissions.h"

#include <QAction>
#include <QString>
#include <QVariant>

namespace {

const char RefusedProperty[] = "crmRefusedByRoles";

} // namespace

void RoleGate::apply(QAction *action, const Decision &decision, const QString &limit)
{
    action->setProperty(RefusedProperty, !decision.allowed);
    if (!decision.allowed) {
        action->setEnabled(false);
        action->setToolTip(decision.reason);
        action->setStatusTip(decision.reason);
        return;
    }
    if (limit.isEmpty())
        return;
    const QString tip = action->toolTip();
    action->setToolTip(tip.isEmpty() ? limit : QStringLiteral("%1\n%2").arg(tip, limit));
    action->setStatusTip(action->statusTip().isEmpty() ? limit : QStringLiteral("%1 %2").arg(action->statusTip(), limit));
}

bool RoleGate::isRefused(const QAction *action)
{
    return action->property(RefusedProperty).toBool();
}
