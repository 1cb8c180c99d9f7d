#include "leademployee.h"

#include "sqlcheck.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The messages keep LeadService's context, under which the translations hold them.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LeadService)
};

} // namespace

Result<void> LeadEmployee::read(const QSqlDatabase &db, qint64 id)
{
    *this = LeadEmployee();
    if (id <= 0)
        return {};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (const Result<void> ran
        = SqlCheck::run(query, QStringLiteral("SELECT display_name, active, roles FROM employees WHERE id = ?"), {id});
        !ran)
        return ran;
    if (query.next()) {
        m_found = true;
        m_displayName = query.value(0).toString();
        m_active = query.value(1).toInt() != 0;
        m_roles = Roles::fromStored(query.value(2).toInt());
    }
    return {};
}

Result<void> LeadEmployee::readActor(const QSqlDatabase &db, qint64 actorId, const QString &databaseError)
{
    if (const Result<void> readIt = read(db, actorId); !readIt)
        return Failure{databaseError.arg(readIt.error())};
    if (const QString problem = actorProblem(); !problem.isEmpty())
        return Failure{problem};
    return {};
}

Result<void> LeadEmployee::readOwner(const QSqlDatabase &db, qint64 ownerId, const QString &databaseError)
{
    if (ownerId <= 0) {
        *this = LeadEmployee();
        return Failure{noOwnerMessage()};
    }
    if (const Result<void> readIt = read(db, ownerId); !readIt)
        return Failure{databaseError.arg(readIt.error())};
    if (const QString problem = m_found ? ownerProblem() : QString(); !problem.isEmpty())
        return Failure{problem};
    return {};
}

bool LeadEmployee::isFound() const
{
    return m_found;
}

RoleSet LeadEmployee::roles() const
{
    return m_roles;
}

QString LeadEmployee::displayName() const
{
    return m_displayName;
}

QString LeadEmployee::actorProblem() const
{
    if (!m_found)
        return Tr::tr("You are not a known employee of this database.");
    if (!m_active)
        return Tr::tr("Your account is deactivated; ask an administrator.");
    return QString();
}

QString LeadEmployee::ownerProblem() const
{
    if (!m_active)
        return Tr::tr("Owner: %1 is deactivated and cannot own leads.").arg(m_displayName);
    if (!(m_roles & Roles::allRoles()))
        return Tr::tr("Owner: %1 holds no CRM role and cannot own leads.").arg(m_displayName);
    return QString();
}

QString LeadEmployee::noOwnerMessage()
{
    return Tr::tr("Owner: choose the employee who will own the lead.");
}
