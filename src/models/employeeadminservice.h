#pragma once

#include "serviceresult.h"
#include "employeerecord.h"
#include "result.h"

#include <QList>
#include <QString>

#include <functional>

class QObject;
class Session;

// Employee administration through the Session: lists and look-ups on the Read lane, changes on
// the Write lane, acting as the session's signed-in employee (EmployeeAdmin refuses anyone but an
// active crm_admin). Every answer comes back on `context`'s thread; errors name the field.
class EmployeeAdminService
{
public:
    explicit EmployeeAdminService(Session *session);

    // Everyone whose login or name contains `text`, by name.
    void list(const QString &text, QObject *context, Done<QList<EmployeeRecord>> done) const;
    void find(qint64 id, QObject *context, Done<EmployeeRecord> done) const;
    // The employee's time zone id, empty for "this computer's".
    void timeZoneOf(qint64 id, QObject *context, Done<QString> done) const;

    // Adds an employee; the new id.
    void add(const EmployeeRecord &record, const QString &password, QObject *context,
             Done<qint64> done) const;
    // Changes display name, roles and time zone.
    void update(const EmployeeRecord &record, QObject *context, Done<void> done) const;
    void resetPassword(qint64 id, const QString &password, QObject *context, Done<void> done) const;
    // Deactivates (active = false) or reactivates an employee.
    void setActive(qint64 id, bool active, QObject *context, Done<void> done) const;

private:
    Session *m_session;
};
