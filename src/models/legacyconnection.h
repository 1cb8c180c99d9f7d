#pragma once

// MERGE: temporary shim, delete this file (and its line in CMakeLists.txt) once the "list" and
// "form" parts land: it hands widgets that still take a database handle (LeadListWidget,
// LeadFormDialog, AssignDialog, ReferencePicker, LeadRelatedLists) what their old constructors
// need, so that the windows of the "admin" part can already be built on the Session.

#include <QSqlDatabase>
#include <QString>

class Database;
class QObject;
class Session;

class LegacyConnection
{
public:
    // A main-thread Database on the session's file, owned by the session (one per session).
    static Database *database(Session *session);
    static QSqlDatabase connection(Session *session);
    // A Session on `databasePath` owned by `owner` (made on first use), for a widget that has
    // only a database handle and opens a window that takes a Session.
    static Session *sessionFor(QObject *owner, const QString &databasePath);
};
