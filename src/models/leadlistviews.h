#pragma once

#include "serviceresult.h"
#include "employee.h"
#include "leadlistview.h"
#include "referenceitem.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;
class Session;

// What the lead list reads and writes besides its rows, through the Session: the choices of its
// filters, the signed-in employee's working layout and named views. Reads run on the Read lane,
// writes on the Write lane; every answer comes back on `context`'s thread (dropped when it is gone).
class LeadListViews
{
public:
    // The values a filter combo offers.
    struct FilterChoices
    {
        QList<Employee> employees;            // by display name
        QList<ReferenceItem> directions;      // selling directions, by name
        QList<ReferenceItem> campaigns;       // by name
    };

    explicit LeadListViews(Session *session);

    void loadChoices(QObject *context, Done<FilterChoices> done) const;
    // The working layout from last time (a default view when none was stored).
    void loadCurrent(QObject *context, Done<LeadListView> done) const;
    void saveCurrent(const LeadListView &view, QObject *context, Done<void> done) const;
    // Names of the saved views, sorted case-insensitively.
    void names(QObject *context, Done<QStringList> done) const;
    // A saved view; nullopt when there is none by that name.
    void load(const QString &name, QObject *context,
              Done<std::optional<LeadListView>> done) const;
    // Saves (inserts or replaces) the named view `view.name`.
    void save(const LeadListView &view, QObject *context, Done<void> done) const;
    void remove(const QString &name, QObject *context, Done<void> done) const;

private:
    Session *m_session;
};
