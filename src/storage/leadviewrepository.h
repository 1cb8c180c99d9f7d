#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct LeadListView;

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
    QStringList names(qint64 employeeId, QString *error = nullptr) const;
    // Loads a saved view; false when there is none by that name.
    bool load(qint64 employeeId, const QString &name, LeadListView *view, QString *error = nullptr) const;
    // Saves (inserts or replaces) a named view; the name is trimmed and must not be empty.
    bool save(qint64 employeeId, const LeadListView &view, QString *error = nullptr);
    bool remove(qint64 employeeId, const QString &name, QString *error = nullptr);

    // The working layout (what the list showed when last closed), kept apart from named views.
    bool loadCurrent(qint64 employeeId, LeadListView *view, QString *error = nullptr) const;
    bool saveCurrent(qint64 employeeId, const LeadListView &view, QString *error = nullptr);

private:
    bool write(qint64 employeeId, const QString &key, const LeadListView &view, QString *error);
    bool read(qint64 employeeId, const QString &key, LeadListView *view, QString *error) const;

    QSqlDatabase m_db;
};
