#include "employeeadminservice.h"

#include "employeeadmin.h"
#include "session.h"

EmployeeAdminService::EmployeeAdminService(Session *session) : m_session(session) {}

void EmployeeAdminService::list(const QString &text, QObject *context,
                                Done<QList<EmployeeRecord>> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [text](QSqlDatabase &db) { return EmployeeAdmin(db).list(text); },
                   std::move(done));
}

void EmployeeAdminService::find(qint64 id, QObject *context, Done<EmployeeRecord> done) const
{
    m_session->run(Session::Lane::Read, context,
                   [id](QSqlDatabase &db) { return EmployeeAdmin(db).find(id); },
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
                   [actor = m_session->employee(), record, password](QSqlDatabase &db) {
                       return EmployeeAdmin(db).add(actor, record, password);
                   },
                   std::move(done));
}

void EmployeeAdminService::update(const EmployeeRecord &record, QObject *context,
                                  Done<void> done) const
{
    m_session->run(Session::Lane::Write, context,
                   [actor = m_session->employee(), record](QSqlDatabase &db) {
                       return EmployeeAdmin(db).update(actor, record);
                   },
                   std::move(done));
}

void EmployeeAdminService::resetPassword(qint64 id, const QString &password, QObject *context,
                                         Done<void> done) const
{
    m_session->run(Session::Lane::Write, context,
                   [actor = m_session->employee(), id, password](QSqlDatabase &db) {
                       return EmployeeAdmin(db).resetPassword(actor, id, password);
                   },
                   std::move(done));
}

void EmployeeAdminService::setActive(qint64 id, bool active, QObject *context,
                                     Done<void> done) const
{
    m_session->run(Session::Lane::Write, context,
                   [actor = m_session->employee(), id, active](QSqlDatabase &db) {
                       return EmployeeAdmin(db).setActive(actor, id, active);
                   },
                   std::move(done));
}
