#include "employeeadmin.h"

#include "admincheck.h"
#include "employeerepository.h"
#include "passwordhasher.h"
#include "searchkey.h"
#include "sqlvalues.h"
#include "timestamps.h"
#include "transaction.h"
#include "sqlcheck.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmployeeAdmin)
};

Failure dbFail(const QSqlQuery &query)
{
    return Failure{Tr::tr("Database error: %1").arg(query.lastError().text())};
}

const QString &selectSql()
{
    static const QString sql = QStringLiteral(
        "SELECT id, login, display_name, roles, active, time_zone, created_at FROM employees ");
    return sql;
}

EmployeeRecord fromQuery(const QSqlQuery &query)
{
    EmployeeRecord r;
    r.id = query.value(0).toLongLong();
    r.login = query.value(1).toString();
    r.displayName = query.value(2).toString();
    r.roles = Roles::fromStored(query.value(3).toInt());
    r.active = query.value(4).toInt() != 0;
    r.timeZone = query.value(5).toString();
    r.createdAt = Timestamps::parse(query.value(6).toString());
    return r;
}

// The acting employee must be an active crm_admin, as stored now.
Result<void> checkAdmin(const QSqlDatabase &db, const Employee &actor)
{
    return AdminCheck::check(db, actor.id, Tr::tr("Only an administrator (crm_admin) can manage employees."),
                             Tr::tr("Database error: %1"));
}

Result<void> checkFields(const EmployeeRecord &record)
{
    if (record.displayName.simplified().isEmpty())
        return Failure{Tr::tr("Full name: enter the employee's name.")};
    if (record.displayName.simplified().size() > 255)
        return Failure{Tr::tr("Full name: use at most 255 characters.")};
    if (!(record.roles & Roles::allRoles()))
        return Failure{Tr::tr("Roles: pick at least one role (an employee with none cannot sign in).")};
    if (!record.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(record.timeZone.toUtf8()))
        return Failure{Tr::tr("Time zone: \"%1\" is not a known time zone.").arg(record.timeZone)};
    return {};
}

Result<void> checkPassword(const QString &password)
{
    if (password.size() < EmployeeAdmin::MinPasswordLength)
        return Failure{Tr::tr("Password: use at least %1 characters.").arg(EmployeeAdmin::MinPasswordLength)};
    return {};
}

// How many active administrators other than `id` there are.
Result<int> otherActiveAdmins(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    if (const Result<void> ran
        = SqlCheck::run(query, QStringLiteral("SELECT roles FROM employees WHERE active = 1 AND id <> ?"), {id});
        !ran)
        return Failure{Tr::tr("Database error: %1").arg(ran.error())};
    int count = 0;
    while (query.next()) {
        if (RoleSet::fromInt(query.value(0).toInt()).testFlag(Role::Admin))
            ++count;
    }
    return count;
}

} // namespace

EmployeeAdmin::EmployeeAdmin(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<EmployeeRecord>> EmployeeAdmin::list(const QString &text) const
{
    QList<EmployeeRecord> records;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString byName = SqlDialect::of(m_db).caseInsensitive(QStringLiteral("display_name"));
    if (!query.exec(selectSql() + QStringLiteral("ORDER BY %1, id").arg(byName)))
        return dbFail(query);
    const QString key = SearchKey::fold(text.trimmed());
    while (query.next()) {
        EmployeeRecord r = fromQuery(query);
        if (key.isEmpty() || SearchKey::fold(r.displayName).contains(key) || SearchKey::fold(r.login).contains(key))
            records.append(r);
    }
    return records;
}

Result<EmployeeRecord> EmployeeAdmin::find(qint64 id) const
{
    QSqlQuery query(m_db);
    if (const Result<void> ran = SqlCheck::run(query, selectSql() + QStringLiteral("WHERE id = ?"), {id}); !ran)
        return dbFail(query);
    if (!query.next())
        return Failure{Tr::tr("Employee %1 does not exist.").arg(id)};
    return fromQuery(query);
}

QString EmployeeAdmin::timeZoneOf(qint64 id) const
{
    const Result<EmployeeRecord> record = find(id);
    return record ? record->timeZone : QString();
}

Result<qint64> EmployeeAdmin::add(const Employee &actor, const EmployeeRecord &record, const QString &password)
{
    const QString login = record.login.trimmed();
    if (login.isEmpty())
        return Failure{Tr::tr("Login: enter a login.")};
    if (login.size() > 64 || login.contains(QLatin1Char(' ')))
        return Failure{Tr::tr("Login: use at most 64 characters and no spaces.")};
    if (const Result<void> fields = checkFields(record); !fields)
        return Failure{fields.error()};
    if (const Result<void> strong = checkPassword(password); !strong)
        return Failure{strong.error()};
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Failure{Tr::tr("Password: could not be hashed (out of memory).")};
    Transaction transaction(m_db);
    if (const Result<void> begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    if (const Result<void> admin = checkAdmin(m_db, actor); !admin)
        return Failure{admin.error()};
    QSqlQuery exists(m_db);
    if (const Result<void> ran
        = SqlCheck::run(exists,
                        QStringLiteral("SELECT 1 FROM employees WHERE ")
                            + SqlDialect::of(m_db).equalsIgnoringCase(QStringLiteral("login")),
                        {login});
        !ran)
        return Failure{Tr::tr("Database error: %1").arg(ran.error())};
    if (exists.next())
        return Failure{Tr::tr("Login: \"%1\" is already taken.").arg(login)};
    QSqlQuery insert(m_db);
    const Result<qint64> inserted = SqlDialect::of(m_db).insert(
        insert,
        QStringLiteral("INSERT INTO employees (login, display_name, roles, password_hash, active, "
                       "created_at, time_zone) VALUES (?, ?, ?, ?, 1, ?, ?)"),
        {login, record.displayName.simplified(), static_cast<int>((record.roles & Roles::allRoles()).toInt()), hash,
         Timestamps::format(Timestamps::nowUtc()), SqlValues::notNull(record.timeZone.trimmed())});
    if (!inserted)
        return Failure{Tr::tr("Database error: %1").arg(inserted.error())};
    const qint64 id = *inserted;
    if (const Result<void> committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return id;
}

Result<void> EmployeeAdmin::update(const Employee &actor, const EmployeeRecord &record)
{
    if (Result<void> fields = checkFields(record); !fields)
        return fields;
    Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    if (Result<void> admin = checkAdmin(m_db, actor); !admin)
        return admin;
    const Result<EmployeeRecord> current = find(record.id);
    if (!current)
        return Failure{current.error()};
    if (current->roles.testFlag(Role::Admin) && !record.roles.testFlag(Role::Admin) && current->active) {
        const Result<int> others = otherActiveAdmins(m_db, record.id);
        if (!others)
            return Failure{others.error()};
        if (*others == 0)
            return Failure{Tr::tr("Roles: %1 is the only active administrator; make someone else "
                                  "crm_admin first.")
                               .arg(current->displayName)};
    }
    QSqlQuery update(m_db);
    if (const Result<void> ran = SqlCheck::run(
            update, QStringLiteral("UPDATE employees SET display_name = ?, roles = ?, time_zone = ? WHERE id = ?"),
            {record.displayName.simplified(), static_cast<int>((record.roles & Roles::allRoles()).toInt()),
             SqlValues::notNull(record.timeZone.trimmed()), record.id});
        !ran)
        return dbFail(update);
    return transaction.commit();
}

Result<void> EmployeeAdmin::resetPassword(const Employee &actor, qint64 id, const QString &password)
{
    if (Result<void> strong = checkPassword(password); !strong)
        return strong;
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Failure{Tr::tr("Password: could not be hashed (out of memory).")};
    Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    if (Result<void> admin = checkAdmin(m_db, actor); !admin)
        return admin;
    if (const Result<EmployeeRecord> current = find(id); !current)
        return Failure{current.error()};
    QSqlQuery update(m_db);
    if (const Result<void> ran
        = SqlCheck::run(update, QStringLiteral("UPDATE employees SET password_hash = ? WHERE id = ?"), {hash, id});
        !ran)
        return dbFail(update);
    return transaction.commit();
}

Result<void> EmployeeAdmin::setActive(const Employee &actor, qint64 id, bool active)
{
    Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    if (Result<void> admin = checkAdmin(m_db, actor); !admin)
        return admin;
    const Result<EmployeeRecord> current = find(id);
    if (!current)
        return Failure{current.error()};
    if (!active) {
        if (id == actor.id)
            return Failure{Tr::tr("You cannot deactivate yourself; ask another administrator.")};
        if (current->roles.testFlag(Role::Admin)) {
            const Result<int> others = otherActiveAdmins(m_db, id);
            if (!others)
                return Failure{others.error()};
            if (*others == 0)
                return Failure{
                    Tr::tr("%1 is the only active administrator and cannot be deactivated.").arg(current->displayName)};
        }
    }
    QSqlQuery update(m_db);
    if (const Result<void> ran
        = SqlCheck::run(update, QStringLiteral("UPDATE employees SET active = ? WHERE id = ?"), {active ? 1 : 0, id});
        !ran)
        return dbFail(update);
    return transaction.commit();
}
