#pragma once

#include "serviceresult.h"

#include <QString>

class QObject;
class Session;

// Backs up the session's SQLite database into a new file (DatabaseBackup: a consistent copy while
// the application keeps working, owner-only) on the Session's Background lane; the answer comes
// back on `context`'s thread. A PostgreSQL session answers a failure that says what to use instead.
class BackupService
{
public:
    explicit BackupService(Session *session);

    // Whether the session's database is one this service can back up (an SQLite file).
    bool isAvailable() const;
    void backUp(const QString &target, QObject *context, Done<void> done) const;

private:
    Session *m_session;
};
