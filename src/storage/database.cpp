#include "database.h"

#include "connectionfactory.h"
#include "databasedamage.h"
#include "databaselocation.h"
#include "databasebackup.h"
#include "schema.h"
#include "schemacatalog.h"
#include "sqldialect.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

#include <sqlite3.h>

#include <atomic>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#endif

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr char kSqliteHeader[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                    'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

// Checks the path before SQLite sees it, so a refused file is never touched. Creates a missing
// file (empty, permissions 0600: it will hold personal data) when `creation` allows it.
bool checkPath(const QString &path, Database::Creation creation, QString *error)
{
    if (path.isEmpty()) {
        *error = Tr::tr("No database file was given.");
        return false;
    }
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo folder(info.absolutePath());
    const QString folderShown = QDir::toNativeSeparators(folder.filePath());
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
        // SQLite keeps its write-ahead log (NAME-wal, NAME-shm) beside the file.
        if (!folder.isWritable()) {
            *error = Tr::tr("Cannot open %1: the folder %2 is not writable, and CRM Agent keeps the "
                            "database's journal beside the file. Move the file to a writable folder. "
                            "It was left untouched.")
                         .arg(shown, folderShown);
            return false;
        }
        return true;
    }
    if (creation == Database::Creation::Refused) {
        *error = Tr::tr("%1 does not exist (check the path; only crm-agent demo and the application "
                        "create a new database).")
                     .arg(shown);
        return false;
    }
    if (!folder.exists()) {
        *error = Tr::tr("Cannot create %1: the folder %2 does not exist.").arg(shown, folderShown);
        return false;
    }
    if (!folder.isDir() || !folder.isWritable()) {
        *error = Tr::tr("Cannot create %1: the folder %2 is not writable.").arg(shown, folderShown);
        return false;
    }
    // Created here rather than by SQLite, owner-only; SQLite gives its -wal and -shm files the
    // database file's permissions.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = Tr::tr("Cannot create %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

// The process holding a lock on `path` or its shared-memory file (NAME-shm), as "sqlite3
// (process 1234)", from Linux's /proc/locks; empty when not known.
QString lockHolder(const QString &path)
{
#ifdef Q_OS_LINUX
    QList<quint64> inodes;
    for (const QString &name : QStringList{path, path + QStringLiteral("-shm")}) {
        struct stat st {};
        if (::stat(QFile::encodeName(name).constData(), &st) == 0)
            inodes.append(static_cast<quint64>(st.st_ino));
    }
    QFile locks(QStringLiteral("/proc/locks"));
    if (inodes.isEmpty() || !locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    const qint64 self = QCoreApplication::applicationPid();
    // "1: POSIX  ADVISORY  WRITE 1234 08:01:5678 1073741824 1073741824"
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || fields.at(1) == "->")
            continue;
        const qint64 pid = fields.at(4).toLongLong();
        const quint64 inode = fields.at(5).split(':').value(2).toULongLong();
        if (pid <= 0 || pid == self || !inodes.contains(inode))
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        const QString name = comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll().trimmed())
                                                            : QString();
        return name.isEmpty() ? Tr::tr("process %1").arg(pid) : Tr::tr("%1 (process %2)").arg(name).arg(pid);
    }
#else
    Q_UNUSED(path);
#endif
    return QString();
}

// What the last failed statement on an SQLite connection says about the file: locked by another
// program, damaged, or in a folder where SQLite cannot write its journal. Empty for anything else.
QString sqliteTrouble(const QSqlDatabase &db, const DatabaseLocation &location)
{
    sqlite3 *handle = SqliteStatement::handleOf(db);
    if (!handle)
        return QString();
    const QString shown = location.description();
    switch (sqlite3_errcode(handle) & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: {
        const QString holder = lockHolder(location.path());
        return holder.isEmpty()
                   ? Tr::tr("%1 is locked by another program that is writing to it. Try again when it is "
                            "done; nothing was changed.")
                         .arg(shown)
                   : Tr::tr("%1 is locked by another program (%2) that is writing to it. Try again when "
                            "it is done; nothing was changed.")
                         .arg(shown, holder);
    }
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return DatabaseDamage::message(shown, QString::fromUtf8(sqlite3_errmsg(handle)));
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return Tr::tr("Cannot write to %1 or its journal beside it (%2): check that its folder is "
                      "writable. It was left untouched.")
            .arg(shown, QString::fromUtf8(sqlite3_errmsg(handle)));
    default:
        return QString();
    }
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
    if (db.driverName() != QLatin1String("QSQLITE"))
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
    return open(path, connectionName).has_value();
}

Result<void> Database::open(const QString &location, const QString &connectionName, const QString &password,
                            Creation creation)
{
    close();
    m_error.clear();
    m_passwordRefused = false;
    Result<void> opened = [&]() -> Result<void> {
        const Result<DatabaseLocation> parsed = DatabaseLocation::parse(location);
        if (!parsed)
            return Failure{parsed.error()};
        if (!parsed->isPostgres()) {
            if (QString error; !checkPath(location, creation, &error))
                return Failure{error};
        }
        m_connectionName = connectionName;
        m_path = location;
        return openConnection(*parsed, password, creation);
    }();
    if (!opened) {
        m_error = opened.error();
        close();
    }
    return opened;
}

// Opens the connection named m_connectionName to `location`, checks, configures and migrates it.
Result<void> Database::openConnection(const DatabaseLocation &location, const QString &password, Creation creation)
{
    QSqlDatabase db = ConnectionFactory::add(location, m_connectionName, password);
    if (!db.open()) {
        if (location.isPostgres()) {
            m_passwordRefused = ConnectionFactory::isPasswordRefusal(db.lastError());
            return Failure{ConnectionFactory::failure(location, db.lastError())};
        }
        return Failure{Tr::tr("Cannot open %1: %2").arg(location.description(), db.lastError().text())};
    }
    installStatementHook(db);
    const SqlDialect dialect = SqlDialect::of(db);
    // Nothing below writes until the database has been recognised as CRM Agent's.
    if (Result<void> prepared = dialect.prepareConnection(db); !prepared)
        return prepared;
    const Result<bool> needsMark = recognise(db, location, creation);
    if (!needsMark)
        return Failure{needsMark.error()};
    const auto failed = [&](const QString &error) -> Result<void> {
        const QString trouble = location.isPostgres() ? QString() : sqliteTrouble(db, location);
        return Failure{trouble.isEmpty() ? error : trouble};
    };
    if (Result<void> configured = dialect.configureConnection(db); !configured)
        return failed(Tr::tr("%1: %2").arg(location.description(), configured.error()));
    const int version = Schema::version(db);
    if (version > 0 && version < Schema::CurrentVersion && !location.isPostgres()) {
        // Every migration first keeps the file as it was, beside it.
        const QString backup = DatabaseBackup::besideName(location.path(), Schema::CurrentVersion);
        if (Result<void> kept = DatabaseBackup::write(db, backup); !kept)
            return Failure{Tr::tr("%1 needs its schema updated, and the backup before it could not be "
                                  "written (%2): it was left as it was.")
                               .arg(location.description(), kept.error())};
    }
    if (QString error; !Schema::migrate(db, &error))
        return failed(error);
    if (*needsMark) {
        if (Result<void> marked = dialect.setOwnMark(db); !marked)
            return failed(Tr::tr("%1: %2").arg(location.description(), marked.error()));
    }
    return {};
}

// Recognises a database of CRM Agent's positively, reading only: SQLite, the application id, or
// for a file from before the id, a version CRM Agent wrote and the tables of that version;
// PostgreSQL, crm_agent_schema and the tables. An empty database is accepted when `creation`
// allows it. Anything else is refused untouched. Answers whether the database still needs the mark.
Result<bool> Database::recognise(QSqlDatabase &db, const DatabaseLocation &location, Creation creation)
{
    const QString shown = location.description();
    const SqlDialect dialect = SqlDialect::of(db);
    const auto unreadable = [&](const QString &error) -> Failure {
        const QString trouble = location.isPostgres() ? QString() : sqliteTrouble(db, location);
        if (!trouble.isEmpty())
            return Failure{trouble};
        return Failure{Tr::tr("%1 cannot be read as a CRM Agent database (%2). It was left untouched.").arg(shown, error)};
    };
    const auto another = [&]() -> Failure {
        return Failure{location.isPostgres()
                           ? Tr::tr("%1 holds tables of another program: it is not a CRM Agent database. "
                                    "It was left untouched.")
                                 .arg(shown)
                           : Tr::tr("%1 is an SQLite database of another program, not a CRM Agent "
                                    "database. It was left untouched.")
                                 .arg(shown)};
    };
    const Result<qint64> foreignId = dialect.foreignApplicationId(db);
    if (!foreignId)
        return unreadable(foreignId.error());
    if (*foreignId != 0)
        return another();
    const Result<bool> marked = dialect.hasOwnMark(db);
    if (!marked)
        return unreadable(marked.error());
    const Result<int> version = dialect.schemaVersion(db);
    if (!version)
        return unreadable(version.error());
    const Result<QStringList> tables = dialect.tableNames(db);
    if (!tables)
        return unreadable(tables.error());
    // Any relation at all (PostgreSQL: views, sequences and foreign tables too) is somebody's.
    const Result<bool> anything = dialect.hasTables(db);
    if (!anything)
        return unreadable(anything.error());
    if (*version == 0 && !*anything && !*marked) {
        // Empty: a new file (or database) that gets the schema, if creating one was asked for.
        if (creation == Creation::Refused)
            return Failure{Tr::tr("%1 holds no CRM Agent database (it is empty). It was left untouched.").arg(shown)};
        return false;
    }
    QStringList missing;
    if (*version >= 1 && *version <= Schema::CurrentVersion) {
        for (const QString &name : SchemaCatalog::tableNamesAt(*version)) {
            if (!tables->contains(name))
                missing.append(name);
        }
    }
    const bool tablesMatch = *version >= 1 && *version <= Schema::CurrentVersion && missing.isEmpty();
    if (*version > Schema::CurrentVersion && *marked)
        return Failure{Tr::tr("%1 was written by a newer version of CRM Agent (schema %2; this version "
                              "understands up to %3). It was left untouched.")
                           .arg(shown)
                           .arg(*version)
                           .arg(Schema::CurrentVersion)};
    if (!tablesMatch) {
        if (*marked)
            return Failure{Tr::tr("%1 is damaged: it is marked as a CRM Agent database (schema %2) but tables "
                                  "are missing (%3). Nothing was written to it. Restore your last backup, and "
                                  "run crm-agent check --db %4 to see what is wrong.")
                               .arg(shown)
                               .arg(*version)
                               .arg(missing.isEmpty() ? Tr::tr("all of them") : missing.join(QLatin1String(", ")),
                                    location.toString())};
        return another();
    }
    return !*marked;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    // Damage met anywhere in this process (a command's reader thread, a session's lane): closing
    // must not checkpoint what the WAL holds into a file that may be the damaged one.
    if (!DatabaseDamage::seenInProcess().isEmpty())
        stopWriting();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_connectionName.clear();
}

void Database::stopWriting()
{
    sqlite3 *handle = SqliteStatement::handleOf(connection());
    if (!handle)
        return;
    // The WAL of what was committed before the damage was found stays beside the file, as it is.
    sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    static_cast<void>(SqliteStatement::exec(handle, "PRAGMA query_only = ON"));
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

bool Database::isPostgreSql() const
{
    return DatabaseLocation::isPostgresUri(m_path);
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
