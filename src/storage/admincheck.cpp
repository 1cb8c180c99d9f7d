#include "admincheck.h"

#include "role.h"
#include "sqlcheck.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Result<void> AdminCheck::check(const QSqlDatabase &db, qint64 employeeId, const QString &refusal,
                               const QString &databaseError)
{
    QSqlQuery query(db);
    if (const Result<void> ran
        = SqlCheck::run(query, QStringLiteral("SELECT active, roles FROM employees WHERE id = ?"), {employeeId});
        !ran)
        return Failure{databaseError.arg(ran.error())};
    if (!query.next() || query.value(0).toInt() == 0
        || !Roles::fromStored(query.value(1).toInt()).testFlag(Role::Admin))
        return Failure{refusal};
    return {};
}
