#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

// A consistent copy of an open SQLite database into a new file, while others keep reading and
// writing it (VACUUM INTO: one read transaction, so the copy is the database as of one moment,
// and compact). The copy is written under a temporary name beside the target and renamed into
// place when complete, with permissions 0600 from its first byte; an existing target is refused.
// `crm-agent backup`, the window's Back up database… and every migration (NAME.before-vN.sqlite).
// SQLite only: a PostgreSQL database is backed up with pg_dump, or into a file with crm-agent copy.
class DatabaseBackup
{
public:
    static Result<void> write(QSqlDatabase &db, const QString &target);
    // The same from the SQLite file `databasePath` (which must exist and be CRM Agent's), on a
    // connection of its own that reads only: nothing is migrated or configured first.
    static Result<void> copyFile(const QString &databasePath, const QString &target);
    // Where a migration to `version` keeps the file as it was: beside it, NAME.before-vN.sqlite
    // (NAME.before-vN-2.sqlite and so on when that exists already).
    static QString besideName(const QString &databasePath, int version);
};
