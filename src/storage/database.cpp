#include "database.h"

#include "schema.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlDriver>
#include <QStandardPaths>

#include <sqlite3.h>

#include <atomic>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr char kSqliteHeader[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                    'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

// Checks the path before SQLite sees it, so a refused file is never touched.
bool checkPath(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        *error = Tr::tr("No database file was given.");
        return false;
    }
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.exists()) {
        if (info.isDir()) {
            *error = Tr::tr("%1 is a folder, not a database file.").arg(shown);
            return false;
        }
        if (!info.isFile()) {
            *error = Tr::tr("%1 is not a regular file.").arg(shown);
            return false;
        }
        if (!info.isReadable() || !info.isWritable()) {
            *error = Tr::tr("Cannot read and write %1: check its permissions.").arg(shown);
            return false;
        }
        if (info.size() > 0) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                *error = Tr::tr("Cannot read %1: %2").arg(shown, file.errorString());
                return false;
            }
            const QByteArray header = file.read(sizeof kSqliteHeader);
            if (header != QByteArray(kSqliteHeader, sizeof kSqliteHeader)) {
                *error = Tr::tr("%1 is not a CRM Agent database (it is not an SQLite file). "
                                "It was left untouched.")
                             .arg(shown);
                return false;
            }
        }
        return true;
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists()) {
        *error = Tr::tr("Cannot create %1: the folder %2 does not exist.")
                     .arg(shown, QDir::toNativeSeparators(folder.filePath()));
        return false;
    }
    if (!folder.isDir() || !folder.isWritable()) {
        *error = Tr::tr("Cannot create %1: the folder %2 is not writable.")
                     .arg(shown, QDir::toNativeSeparators(folder.filePath()));
        return false;
    }
    return true;
}

bool pragma(QSqlDatabase &db, const QString &statement, QString *result, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        *error = Tr::tr("Could not set up the database (%1): %2").arg(statement, query.lastError().text());
        return false;
    }
    if (result)
        *result = query.next() ? query.value(0).toString() : QString();
    return true;
}

std::atomic<Database::StatementHook> g_statementHook{nullptr};

int onStatement(unsigned, void *, void *, void *)
{
    if (const Database::StatementHook hook = g_statementHook.load())
        hook();
    return 0;
}

// Routes every statement of `db` through the statement hook, when one is set.
void installStatementHook(const QSqlDatabase &db)
{
    if (!g_statementHook.load())
        return;
    if (sqlite3 *connection = SqliteStatement::handleOf(db))
        sqlite3_trace_v2(connection, SQLITE_TRACE_STMT, onStatement, nullptr);
}

} // namespace

void Database::setStatementHook(StatementHook hook)
{
    g_statementHook.store(hook);
}

Database::~Database()
{
    close();
}

bool Database::openSqlite(const QString &path, const QString &connectionName)
{
    close();
    m_error.clear();
    if (!checkPath(path, &m_error))
        return false;

    m_connectionName = connectionName;
    m_path = path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = Tr::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text());
            db = QSqlDatabase();
            close();
            return false;
        }
        installStatementHook(db);

        // Nothing below writes to the file until the schema version has been read and accepted.
        bool ok = pragma(db, QStringLiteral("PRAGMA busy_timeout = 5000"), nullptr, &m_error)
                  && pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr, &m_error);
        if (ok) {
            const int version = Schema::version(db);
            if (version < 0) {
                m_error = Tr::tr("%1 is not a CRM Agent database (its schema version cannot be read). "
                                 "It was left untouched.")
                              .arg(QDir::toNativeSeparators(path));
                ok = false;
            } else if (version > Schema::CurrentVersion) {
                m_error = Tr::tr("%1 was written by a newer version of CRM Agent (schema %2; this version "
                                 "understands up to %3). It was left untouched.")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(version)
                              .arg(Schema::CurrentVersion);
                ok = false;
            } else if (version == 0) {
                // An SQLite file with tables but no version belongs to some other program.
                QSqlQuery query(db);
                if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next()) {
                    m_error = Tr::tr("%1 is not a CRM Agent database: %2")
                                  .arg(QDir::toNativeSeparators(path), query.lastError().text());
                    ok = false;
                } else if (query.value(0).toInt() > 0) {
                    m_error = Tr::tr("%1 is an SQLite database of another program, not a CRM Agent "
                                     "database. It was left untouched.")
                                  .arg(QDir::toNativeSeparators(path));
                    ok = false;
                }
            }
        }
        // WAL: readers never block the writer; synchronous=FULL: a commit is on disk when it returns
        // (NORMAL would keep the file consistent but could lose the last commit on power loss).
        QString mode;
        ok = ok && pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), &mode, &m_error);
        if (ok && mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            m_error = Tr::tr("Could not switch %1 to write-ahead logging (journal mode is %2).")
                          .arg(QDir::toNativeSeparators(path), mode);
            ok = false;
        }
        ok = ok && pragma(db, QStringLiteral("PRAGMA synchronous = FULL"), nullptr, &m_error);
        ok = ok && Schema::migrate(db, &m_error);
        if (!ok) {
            db = QSqlDatabase();
            close();
            return false;
        }
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_connectionName.clear();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::contains(m_connectionName)
           && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    if (m_connectionName.isEmpty())
        return QSqlDatabase();
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    if (!isOpen())
        return -1;
    return Schema::version(connection());
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/crm-agent.sqlite");
}
