#include "databasedamage.h"

#include "databaselocation.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <sqlite3.h>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

thread_local int t_damageCode = SQLITE_OK;

// Written by whichever thread meets damage first; read by the command line at the end.
QMutex g_processMutex;
int g_processDamageCode = SQLITE_OK;

// SQLite's error log: called on the thread whose statement failed, for every error SQLite logs
// (corruption where it is detected, and every statement that aborts, with its result code).
void onSqliteLog(void *, int code, const char *)
{
    const int primary = code & 0xff;
    if (primary != SQLITE_CORRUPT && primary != SQLITE_NOTADB)
        return;
    if (t_damageCode == SQLITE_OK)
        t_damageCode = primary;
    const QMutexLocker lock(&g_processMutex);
    if (g_processDamageCode == SQLITE_OK)
        g_processDamageCode = primary;
}

// Before main(): SQLite accepts its log only before it is initialised, which the first connection
// does. A constant-initialised struct is all sqlite3_config touches, so the order of static
// initialisers does not matter.
const bool g_watching = sqlite3_config(SQLITE_CONFIG_LOG, onSqliteLog, nullptr) == SQLITE_OK;

QString wordsFor(int code)
{
    return code == SQLITE_OK ? QString() : QString::fromUtf8(sqlite3_errstr(code));
}

} // namespace

QString DatabaseDamage::message(const QString &shown, const QString &detail)
{
    return Tr::tr("%1 is damaged (%2): nothing more was written to it. Restore your last backup, "
                  "and run crm-agent check --db %1 to see what is wrong.")
        .arg(shown, detail);
}

QString DatabaseDamage::messageFor(const QString &location, const QString &detail)
{
    const Result<DatabaseLocation> parsed = DatabaseLocation::parse(location);
    return message(parsed ? parsed->description() : location, detail);
}

void DatabaseDamage::watchThread()
{
    t_damageCode = SQLITE_OK;
}

QString DatabaseDamage::seenOnThread()
{
    return wordsFor(t_damageCode);
}

QString DatabaseDamage::seenInProcess()
{
    const QMutexLocker lock(&g_processMutex);
    return wordsFor(g_processDamageCode);
}

bool DatabaseDamage::isWatching()
{
    return g_watching;
}
