#include "database.h"

#include "connectionfactory.h"
#include "databaselocation.h"
#include "schema.h"
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

Result<void> Database::open(const QString &location, const QString &connectionName, const QString &password)
{
    close();
    m_error.clear();
    m_passwordRefused = false;
    Result<void> opened = [&]() -> Result<void> {
        const Result<DatabaseLocation> parsed = DatabaseLocation::parse(location);
        if (!parsed)
            return Failure{parsed.error()};
        if (!parsed->isPostgres()) {
            if (QString error; !checkPath(location, &error))
                return Failure{error};
        }
        m_connectionName = connectionName;
        m_path = location;
        return openConnection(*parsed, password);
    }();
    if (!opened) {
        m_error = opened.error();
        close();
    }
    return opened;
}

// Opens the connection named m_connectionName to `location`, checks, configures and migrates it.
Result<void> Database::openConnection(const DatabaseLocation &location, const QString &password)
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
    // Nothing below writes until the schema version has been read and accepted.
    if (Result<void> prepared = dialect.prepareConnection(db); !prepared)
        return prepared;
    if (Result<void> accepted = checkVersion(db, location); !accepted)
        return accepted;
    if (Result<void> configured = dialect.configureConnection(db); !configured)
        return Failure{Tr::tr("%1: %2").arg(location.description(), configured.error())};
    if (QString error; !Schema::migrate(db, &error))
        return Failure{error};
    return {};
}

// Refuses a newer schema and a database of another program.
Result<void> Database::checkVersion(QSqlDatabase &db, const DatabaseLocation &location)
{
    const QString shown = location.description();
    const SqlDialect dialect = SqlDialect::of(db);
    const Result<int> version = dialect.schemaVersion(db);
    if (!version)
        return Failure{Tr::tr("%1 is not a CRM Agent database (its schema version cannot be read). "
                              "It was left untouched.")
                           .arg(shown)};
    if (*version > Schema::CurrentVersion)
        return Failure{Tr::tr("%1 was written by a newer version of CRM Agent (schema %2; this version "
                              "understands up to %3). It was left untouched.")
                           .arg(shown)
                           .arg(*version)
                           .arg(Schema::CurrentVersion)};
    if (*version > 0)
        return {};
    // Tables but no version: the database belongs to some other program.
    const Result<bool> hasTables = dialect.hasTables(db);
    if (!hasTables)
        return Failure{Tr::tr("%1 is not a CRM Agent database: %2").arg(shown, hasTables.error())};
    if (*hasTables)
        return Failure{location.isPostgres()
                           ? Tr::tr("%1 holds tables of another program: it is not a CRM Agent database. "
                                    "It was left untouched.")
                                 .arg(shown)
                           : Tr::tr("%1 is an SQLite database of another program, not a CRM Agent "
                                    "database. It was left untouched.")
                                 .arg(shown)};
    return {};
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
