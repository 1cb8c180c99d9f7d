#include "leademployee.h"

#include "errorreport.h"
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

bool LeadEmployee::read(const QSqlDatabase &db, qint64 id, QString *dbError)
{
    *this = LeadEmployee();
    if (id <= 0)
        return true;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (const Result<void> ran
        = SqlCheck::run(query, QStringLiteral("SELECT display_name, active, roles FROM employees WHERE id = ?"), {id});
        !ran) {
        if (dbError)
            *dbError = ran.error();
        return false;
    }
    if (query.next()) {
        m_found = true;
        m_displayName = query.value(0).toString();
        m_active = query.value(1).toInt() != 0;
        m_roles = RoleSet::fromInt(query.value(2).toInt());
    }
    return true;
}

bool LeadEmployee::readActor(const QSqlDatabase &db, qint64 actorId, const QString &databaseError, QString *error)
{
    QString dbError;
    if (!read(db, actorId, &dbError))
        return ErrorReport::fail(error, databaseError.arg(dbError));
    const QString problem = actorProblem();
    return problem.isEmpty() || ErrorReport::fail(error, problem);
}

bool LeadEmployee::readOwner(const QSqlDatabase &db, qint64 ownerId, const QString &databaseError, QString *error)
{
    if (ownerId <= 0) {
        *this = LeadEmployee();
        return ErrorReport::fail(error, noOwnerMessage());
    }
    QString dbError;
    if (!read(db, ownerId, &dbError))
        return ErrorReport::fail(error, databaseError.arg(dbError));
    const QString problem = m_found ? ownerProblem() : QString();
    return problem.isEmpty() || ErrorReport::fail(error, problem);
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
