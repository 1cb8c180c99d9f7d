#pragma once

#include <QStringList>

// `crm-agent backup --db PATH --out FILE`: a consistent copy of an SQLite file while it is in use
// (DatabaseBackup), owner-only. Exit 0 when written, 1 when not, 2 for a wrong argument.
class BackupCommand
{
public:
    static int run(const QStringList &arguments);
};
