#include "testdatabase.h"

#include "connectionfactory.h"
#include "databaselocation.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <catch2/catch.hpp>

#include <unistd.h>

namespace {

QAtomicInt g_counter;

QString nextName(const char *prefix)
{
    return QStringLiteral("%1_%2_%3").arg(QLatin1String(prefix)).arg(::getpid()).arg(g_counter.fetchAndAddRelaxed(1) + 1);
}

// Runs `work(db)` on a plain connection to `location`, then closes and removes it.
void connectTo(const QString &location, const std::function<void(QSqlDatabase &db)> &work)
{
    const Result<DatabaseLocation> parsed = DatabaseLocation::parse(location);
    INFO(parsed.error().toStdString());
    REQUIRE(parsed.has_value());
    const QString name = nextName("crm_test_raw");
    bool opened = false;
    QString error;
    {
        QSqlDatabase db = ConnectionFactory::add(*parsed, name);
        opened = db.open();
        error = db.lastError().text();
        if (opened) {
            try {
                work(db);
            } catch (...) {
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                throw;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    INFO("connecting to " << location.toStdString() << ": " << error.toStdString());
    REQUIRE(opened);
}

void execOn(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        const bool done = query.exec(sql);
        INFO(query.lastError().text().toStdString());
        REQUIRE(done);
    }
}

} // namespace

TestDatabase::Engine TestDatabase::engine()
{
    return qEnvironmentVariable("CRM_AGENT_TEST_ENGINE").compare(QLatin1String("postgresql"), Qt::CaseInsensitive) == 0
               ? Engine::PostgreSql
               : Engine::Sqlite;
}

QString TestDatabase::clusterUri()
{
    QString uri = qEnvironmentVariable("CRM_AGENT_TEST_PG_URI");
    if (uri.isEmpty()) {
        QFile file(QStringLiteral(CRM_AGENT_TEST_PG_URI_FILE));
        INFO("No PostgreSQL test cluster: " << file.fileName().toStdString()
                                            << " is missing. Run the tests through CTest (its postgres_cluster "
                                               "fixture starts one) or set CRM_AGENT_TEST_PG_URI.");
        REQUIRE(file.open(QIODevice::ReadOnly));
        uri = QString::fromUtf8(file.readAll()).trimmed();
    }
    REQUIRE_FALSE(uri.isEmpty());
    return uri;
}

TestDatabase::TestDatabase(Engine engine)
{
    if (engine == Engine::Sqlite) {
        m_location = m_dir.file(QStringLiteral("crm.sqlite"));
        return;
    }
    const QString admin = clusterUri();
    const QString name = nextName("crm_test");
    connectTo(admin, [&](QSqlDatabase &db) { execOn(db, {QStringLiteral("CREATE DATABASE ") + name}); });
    m_databaseName = name;
    QUrl url(admin);
    url.setPath(u'/' + name);
    m_location = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (m_databaseName.isEmpty())
        return;
    // Any connection a test left open is cut (WITH (FORCE)): the next test starts clean.
    const Result<DatabaseLocation> admin = DatabaseLocation::parse(clusterUri());
    const QString name = nextName("crm_test_drop");
    {
        QSqlDatabase db = ConnectionFactory::add(*admin, name);
        if (db.open()) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName)))
                qWarning("Could not drop the test database %s: %s", qPrintable(m_databaseName),
                         qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString TestDatabase::locationAsPasswordUser() const
{
    REQUIRE(isPostgreSqlDatabase());
    exec({QStringLiteral("ALTER DATABASE %1 OWNER TO crm_password_test").arg(m_databaseName)});
    QUrl url(m_location);
    url.setUserName(QStringLiteral("crm_password_test"));
    return url.toString();
}

void TestDatabase::exec(const QStringList &statements) const
{
    connectTo(m_location, [&](QSqlDatabase &db) { execOn(db, statements); });
}

QVariant TestDatabase::scalar(const QString &sql) const
{
    QVariant value;
    connectTo(m_location, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        const bool done = query.exec(sql);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(done);
        REQUIRE(query.next());
        value = query.value(0);
    });
    return value;
}

void TestDatabase::withConnection(const std::function<void(QSqlDatabase &db)> &work) const
{
    connectTo(m_location, work);
}

int TestDatabase::terminateOtherConnections() const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(pid, 10000)) "
                                 "FROM pg_stat_activity WHERE datname = current_database() "
                                 "AND pid <> pg_backend_pid()"))
        .toInt();
}
