#include "databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)
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

Result<QString> libpqOptions(const QUrlQuery &query)
{
    QStringList options;
    QStringList given;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            return Failure{Tr::tr("A database address must not contain a password: put it in PGPASSWORD or "
                                  "~/.pgpass, or type it when asked.")};
        if (value.contains(u';'))
            return Failure{Tr::tr("The database address option %1 must not contain \";\".").arg(key)};
        options.append(key + u'=' + quoted(value));
        given.append(key);
    }
    for (const auto &option : kDefaultOptions) {
        if (!given.contains(QLatin1String(option[0])))
            options.append(QLatin1String(option[0]) + u'=' + quoted(QLatin1String(option[1])));
    }
    return options.join(u';');
}

} // namespace

bool DatabaseLocation::isPostgreSqlUri(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &location)
{
    DatabaseLocation parsed;
    parsed.m_location = location;
    if (!isPostgreSqlUri(location))
        return parsed;

    parsed.m_engine = Engine::PostgreSql;
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return Failure{Tr::tr("%1 is not a valid PostgreSQL address: %2").arg(location, url.errorString())};
    if (!url.password().isEmpty())
        return Failure{Tr::tr("A database address must not contain a password: put it in PGPASSWORD or "
                              "~/.pgpass, or type it when asked.")};
    parsed.m_host = url.host(QUrl::FullyDecoded);
    parsed.m_port = url.port(-1);
    parsed.m_user = url.userName(QUrl::FullyDecoded);
    parsed.m_databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (parsed.m_databaseName.contains(u'/'))
        return Failure{Tr::tr("%1 is not a valid PostgreSQL address: the database name contains \"/\".").arg(location)};
    Result<QString> options = libpqOptions(QUrlQuery(url));
    if (!options)
        return Failure{options.error()};
    parsed.m_connectOptions = *options;
    return parsed;
}

QString DatabaseLocation::displayName() const
{
    if (!isPostgreSql())
        return QDir::toNativeSeparators(m_location);
    const QString server = (m_host.isEmpty() ? QStringLiteral("localhost") : m_host)
                           + (m_port > 0 ? u':' + QString::number(m_port) : QString());
    const QString name = m_databaseName.isEmpty() ? (m_user.isEmpty() ? Tr::tr("the default database") : m_user)
                                                  : m_databaseName;
    return Tr::tr("the PostgreSQL database %1 on %2").arg(name, server);
}

QSqlDatabase DatabaseLocation::addConnection(const QString &connectionName, const QString &password) const
{
    if (!isPostgreSql()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(m_location);
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!m_host.isEmpty())
        db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    if (!m_user.isEmpty())
        db.setUserName(m_user);
    if (!m_databaseName.isEmpty())
        db.setDatabaseName(m_databaseName);
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(m_connectOptions);
    return db;
}

QString DatabaseLocation::connectionFailure(const QSqlError &error) const
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString firstLine = text.section(u'\n', 0, 0).trimmed();
    const QString shown = displayName();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Tr::tr("Cannot open %1: Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).")
            .arg(shown);
    if (text.contains(QLatin1String("password authentication failed"))
        || text.contains(QLatin1String("no password supplied"))
        || text.contains(QLatin1String("authentication failed")))
        return Tr::tr("The server refused the sign-in to %1: wrong or missing password (set PGPASSWORD or "
                      "~/.pgpass).")
            .arg(shown);
    if (text.contains(QLatin1String("database \"")) && text.contains(QLatin1String("does not exist")))
        return Tr::tr("Cannot open %1: the server has no such database.").arg(shown);
    if (text.contains(QLatin1String("role \"")) && text.contains(QLatin1String("does not exist")))
        return Tr::tr("Cannot open %1: the server has no user %2.").arg(shown, m_user);
    if (text.contains(QLatin1String("Connection refused")) || text.contains(QLatin1String("could not connect"))
        || text.contains(QLatin1String("timeout expired")) || text.contains(QLatin1String("could not translate host"))
        || text.contains(QLatin1String("No route to host")) || text.contains(QLatin1String("Network is unreachable")))
        return Tr::tr("Cannot reach the server of %1: %2").arg(shown, firstLine);
    return Tr::tr("Cannot open %1: %2").arg(shown, firstLine);
}
