#pragma once

#include <QString>

// A damaged SQLite file found while working (issue 14): SQLite's own report of SQLITE_CORRUPT or
// SQLITE_NOTADB, whichever statement met it (a QSqlQuery, a raw SqliteStatement, a commit, a row
// read in the middle of a list). SQLite's error log is installed before main(), while the library
// is still uninitialised (sqlite3_config(SQLITE_CONFIG_LOG) is refused afterwards); it keeps what
// it saw on the thread that ran the statement, and for the whole process.
class DatabaseDamage
{
public:
    // The words for a damaged database, the same at open and during work: what to do (restore the
    // last backup, run `crm-agent check`). `shown`: DatabaseLocation::description(); `detail`:
    // SQLite's words.
    static QString message(const QString &shown, const QString &detail);
    // The same for a location as given to Database::open (a path or a URI).
    static QString messageFor(const QString &location, const QString &detail);

    // Forgets what this thread saw: called before a job whose statements are to be watched.
    static void watchThread();
    // SQLite's words for the damage a statement on this thread met since watchThread() (or since
    // the thread started); empty when none.
    static QString seenOnThread();
    // The same for any thread since the process started (the command line's commands, which may
    // read on threads of their own).
    static QString seenInProcess();
    // Whether SQLite's error log could be installed: false when SQLite was in use before main().
    static bool isWatching();
};
