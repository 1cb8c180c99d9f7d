#pragma once

#include "leadlistview.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Saved lead list views and the working layout, per employee, in the database: they follow the
// employee to any computer that opens the same database, and two employees sharing one computer
// account never overwrite each other's layout (QSettings would be keyed by the OS account).
class LeadViewRepository
{
public:
    explicit LeadViewRepository(QSqlDatabase db);

    // The schema step that creates the table (called by Schema's migration ladder).
    static bool createTable(QSqlDatabase &db, QString *error);

    // Names of the employee's saved views, sorted case-insensitively.
    Result<QStringList> names(qint64 employeeId) const;
    // Loads a saved view; none when there is none by that name.
    Result<std::optional<LeadListView>> load(qint64 employeeId, const QString &name) const;
    // Saves (inserts or replaces) a named view; the name is trimmed and must not be empty.
    Result<void> save(qint64 employeeId, const LeadListView &view);
    Result<void> remove(qint64 employeeId, const QString &name);

    // The working layout (what the list showed when last closed), kept apart from named views;
    // none when nothing was stored yet.
    Result<std::optional<LeadListView>> loadCurrent(qint64 employeeId) const;
    Result<void> saveCurrent(qint64 employeeId, const LeadListView &view);

private:
    Result<void> write(qint64 employeeId, const QString &key, const LeadListView &view);
    Result<std::optional<LeadListView>> read(qint64 employeeId, const QString &key) const;

    QSqlDatabase m_db;
};
