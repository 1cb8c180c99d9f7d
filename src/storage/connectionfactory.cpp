#include "connectionfactory.h"

#include "databaselocation.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <libpq-fe.h>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// A libpq connection-string value: quoted, with \ and ' escaped.
QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

// libpq options that a URI may leave out and CRM Agent sets: a server that does not answer fails
// within seconds instead of the TCP timeout, and the server's activity view names the program.
const char *const kDefaultOptions[][2] = {
    {"connect_timeout", "10"},
    {"application_name", "crm-agent"},
};

QString errorText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace

QString ConnectionFactory::connectOptions(const DatabaseLocation &location)
{
    QStringList options;
    QStringList given;
    for (const auto &[key, value] : location.options()) {
        options.append(key + u'=' + quoted(value));
        given.append(key);
    }
    for (const auto &option : kDefaultOptions) {
        if (!given.contains(QLatin1String(option[0])))
            options.append(QLatin1String(option[0]) + u'=' + quoted(QLatin1String(option[1])));
    }
    return options.join(u';');
}

QSqlDatabase ConnectionFactory::add(const DatabaseLocation &location, const QString &connectionName,
                                    const QString &password)
{
    if (!location.isPostgres()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(location.path());
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!location.host().isEmpty())
        db.setHostName(location.host());
    if (location.port() > 0)
        db.setPort(location.port());
    if (!location.userName().isEmpty())
        db.setUserName(location.userName());
    db.setDatabaseName(location.databaseName());
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(connectOptions(location));
    return db;
}

bool ConnectionFactory::isPasswordRefusal(const QSqlError &error)
{
    const QString text = errorText(error);
    return text.contains(QLatin1String("password authentication failed"))
           || text.contains(QLatin1String("no password supplied"))
           || text.contains(QLatin1String("authentication failed"));
}

QString ConnectionFactory::failure(const DatabaseLocation &location, const QSqlError &error)
{
    const QString text = errorText(error);
    const QString firstLine = text.section(u'\n', 0, 0).trimmed();
    const QString shown = location.description();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Tr::tr("Cannot open %1: Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).")
            .arg(shown);
    if (isPasswordRefusal(error))
        return Tr::tr("The server refused the sign-in to %1: wrong or missing password (set PGPASSWORD or "
                      "~/.pgpass).")
            .arg(shown);
    if (text.contains(QLatin1String("database \"")) && text.contains(QLatin1String("does not exist")))
        return Tr::tr("Cannot open %1: the server has no such database.").arg(shown);
    if (text.contains(QLatin1String("role \"")) && text.contains(QLatin1String("does not exist")))
        return Tr::tr("Cannot open %1: the server has no user %2.").arg(shown, location.userName());
    if (text.contains(QLatin1String("Connection refused")) || text.contains(QLatin1String("could not connect"))
        || text.contains(QLatin1String("timeout expired")) || text.contains(QLatin1String("could not translate host"))
        || text.contains(QLatin1String("No route to host")) || text.contains(QLatin1String("Network is unreachable")))
        return Tr::tr("Cannot reach the server of %1: %2").arg(shown, firstLine);
    return Tr::tr("Cannot open %1: %2").arg(shown, firstLine);
}

QString ConnectionFactory::lostReason(const QSqlDatabase &db)
{
    // Not db.isOpen(): QPSQL answers it with the very PQstatus asked here.
    if (!db.driver() || db.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return QString();   // SQLite: a file does not go away between statements
    // QPSQL's handle: a PGconn* (its metatype says "pg_conn*", libpq's struct); null when closed.
    const QVariant handle = db.driver()->handle();
    PGconn *connection = handle.isValid() ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!connection || PQstatus(connection) == CONNECTION_OK)
        return QString();
    QString text = QString::fromUtf8(PQerrorMessage(connection)).section(u'\n', 0, 0).trimmed();
    if (text.isEmpty())
        text = Tr::tr("the connection to the server was closed");
    return text;
}

QString ConnectionFactory::probe(QSqlDatabase &db)
{
    if (const QString lost = lostReason(db); !lost.isEmpty())
        return lost;
    if (!db.isOpen() || db.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return QString();
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT 1"));
    return lostReason(db);
}
