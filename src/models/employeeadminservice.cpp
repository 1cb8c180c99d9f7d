#include "employeeadminservice.h"

#include "employeeadmin.h"
#include "session.h"

EmployeeAdminService::EmployeeAdminService(Session *session) : m_session(session) {}

void EmployeeAdminService::list(const QString &text, QObject *context,
                                Done<QList<EmployeeRecord>> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [text](QSqlDatabase &db) -> Result<QList<EmployeeRecord>> {
                       QString error;
                       QList<EmployeeRecord> records = EmployeeAdmin(db).list(text, &error);
                       if (!error.isEmpty())
                           return Failure{error};
                       return records;
                   },
                   std::move(done));
}

void EmployeeAdminService::find(qint64 id, QObject *context, Done<EmployeeRecord> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [id](QSqlDatabase &db) -> Result<EmployeeRecord> {
                       EmployeeRecord record;
                       QString error;
                       if (!EmployeeAdmin(db).find(id, &record, &error))
                           return Failure{error};
                       return record;
                   },
                   std::move(done));
}

void EmployeeAdminService::timeZoneOf(qint64 id, QObject *context, Done<QString> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [id](QSqlDatabase &db) { return Result<QString>(EmployeeAdmin(db).timeZoneOf(id)); }, std::move(done));
}

void EmployeeAdminService::add(const EmployeeRecord &record, const QString &password, QObject *context,
                               Done<qint64> done) const
{
    m_session->run(Session::Lane::Write, context,
                   [actor = m_session->employee(), record, password](QSqlDatabase &db) -> Result<qint64> {
                       QString error;
                       const qint64 id = EmployeeAdmin(db).add(actor, record, password, &error);
                       if (id <= 0)
                           return Failure{error};
                       return id;
                   },
                   std::move(done));
}

void EmployeeAdminService::update(const EmployeeRecord &record, QObject *context,
                                  Done<void> done) const
{
    m_session->run(Session::Lane::Write, context,
                   [actor = m_session->employee(), record](QSqlDatabase &db) {
                       QString error;
                       const bool ok = EmployeeAdmin(db).update(actor, record, &error);
                       return outcome(ok, error);
                   },
                   std::move(done));
}

void EmployeeAdminService::resetPassword(qint64 id, const QString &password, QObject *context,
                                         Done<void> done) const
{
    m_session->run(Session::Lane::Write, context,
                   [actor = m_session->employee(), id, password](QSqlDatabase &db) {
                       QString error;
                       const bool ok = EmployeeAdmin(db).resetPassword(actor, id, password, &error);
                       return outcome(ok, error);
                   },
                   std::move(done));
}

void EmployeeAdminService::setActive(qint64 id, bool active, QObject *context,
                                     Done<void> done) const
{
    m_session->run(Session::Lane::Write, context,
                   [actor = m_session->employee(), id, active](QSqlDatabase &db) {
                       QString error;
                       const bool ok = EmployeeAdmin(db).setActive(actor, id, active, &error);
                       return outcome(ok, error);
                   },
                   std::move(done));
}
