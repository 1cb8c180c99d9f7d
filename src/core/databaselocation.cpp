#include "databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)
};

const QLatin1String kSchemeLong("postgresql://");
const QLatin1String kSchemeShort("postgres://");

// The connection parameters that libpq accepts in a URI's query and that make sense for CRM Agent.
// Anything else is refused rather than silently ignored.
const QStringList &knownOptions()
{
    static const QStringList known = {
        QStringLiteral("sslmode"),        QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("sslrootcert"),    QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
        QStringLiteral("target_session_attrs"), QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"),
        QStringLiteral("host"),           QStringLiteral("port"),            QStringLiteral("dbname"),
        QStringLiteral("user"),           QStringLiteral("options"),
    };
    return known;
}

// A URI value written back the way libpq reads it: reserved characters percent-encoded.
QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.m_engine = Engine::Sqlite;
    location.m_path = path;
    return location;
}

DatabaseLocation DatabaseLocation::postgres(const QString &host, int port, const QString &databaseName,
                                            const QString &userName, const QString &sslMode)
{
    DatabaseLocation location;
    location.m_engine = Engine::Postgres;
    location.m_host = host;
    location.m_port = port;
    location.m_databaseName = databaseName;
    location.m_userName = userName;
    if (!sslMode.isEmpty())
        location.m_options.append({QStringLiteral("sslmode"), sslMode});
    return location;
}

bool DatabaseLocation::isPostgresUri(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(kSchemeLong, Qt::CaseInsensitive) || trimmed.startsWith(kSchemeShort, Qt::CaseInsensitive);
}

QStringList DatabaseLocation::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Failure{Tr::tr("Database: no file or server was given.")};
    if (!isPostgresUri(trimmed))
        return sqliteFile(text);

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Failure{Tr::tr("Database address %1 is not a valid PostgreSQL URI: %2").arg(trimmed, url.errorString())};
    if (!url.password().isEmpty())
        return Failure{Tr::tr("Database address: leave the password out of the URI; it is asked for, or read from "
                              "PGPASSWORD or ~/.pgpass, and never stored.")};
    if (!url.fragment().isEmpty())
        return Failure{Tr::tr("Database address: a PostgreSQL URI has no #fragment.")};

    DatabaseLocation location;
    location.m_engine = Engine::Postgres;
    location.m_host = url.host();
    location.m_port = url.port(0);
    location.m_userName = url.userName();
    QString name = url.path();
    if (name.startsWith(u'/'))
        name.remove(0, 1);
    if (name.contains(u'/'))
        return Failure{Tr::tr("Database address: the database name %1 contains a slash.").arg(name)};
    location.m_databaseName = name;

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            return Failure{Tr::tr("Database address: leave the password out of the URI; it is asked for, or read from "
                                  "PGPASSWORD or ~/.pgpass, and never stored.")};
        if (value.contains(u';'))
            return Failure{Tr::tr("Database address: the value of %1 must not contain \";\".").arg(key)};
        if (!knownOptions().contains(key))
            return Failure{Tr::tr("Database address: unknown connection parameter \"%1\".").arg(key)};
        if (key == QLatin1String("sslmode") && !sslModes().contains(value))
            return Failure{Tr::tr("Database address: sslmode \"%1\" is not one of %2.")
                               .arg(value, sslModes().join(QStringLiteral(", ")))};
        if (key == QLatin1String("host"))
            location.m_host = value;
        else if (key == QLatin1String("dbname"))
            location.m_databaseName = value;
        else if (key == QLatin1String("user"))
            location.m_userName = value;
        else if (key == QLatin1String("port")) {
            bool ok = false;
            location.m_port = value.toInt(&ok);
            if (!ok)
                return Failure{Tr::tr("Database address: port \"%1\" is not a number.").arg(value)};
        } else
            location.m_options.append({key, value});
    }
    if (location.m_port < 0 || location.m_port > 65535)
        return Failure{Tr::tr("Database address: port %1 is out of range (1–65535).").arg(location.m_port)};
    if (location.m_databaseName.isEmpty())
        return Failure{Tr::tr("Database address %1 names no database: add /dbname after the host.").arg(trimmed)};
    return location;
}

QString DatabaseLocation::option(const QString &key) const
{
    for (const auto &[k, v] : m_options) {
        if (k == key)
            return v;
    }
    return QString();
}

QString DatabaseLocation::toString() const
{
    if (m_engine == Engine::Sqlite)
        return m_path;
    QString uri = kSchemeLong;
    if (!m_userName.isEmpty())
        uri += encoded(m_userName) + u'@';
    // A socket folder (a host starting with /) goes into the query, as libpq writes it.
    const bool socketHost = m_host.startsWith(u'/');
    if (!socketHost)
        uri += m_host.contains(u':') ? u'[' + m_host + u']' : encoded(m_host);
    if (m_port > 0)
        uri += u':' + QString::number(m_port);
    uri += u'/' + encoded(m_databaseName);
    QStringList query;
    if (socketHost)
        query.append(QStringLiteral("host=") + encoded(m_host));
    for (const auto &[key, value] : m_options)
        query.append(key + u'=' + encoded(value));
    if (!query.isEmpty())
        uri += u'?' + query.join(u'&');
    return uri;
}

QString DatabaseLocation::description() const
{
    if (m_engine == Engine::Sqlite)
        return QDir::toNativeSeparators(m_path);
    const QString server = (m_host.isEmpty() || m_host.startsWith(u'/') ? QStringLiteral("localhost") : m_host)
                           + (m_port > 0 ? u':' + QString::number(m_port) : QString());
    return Tr::tr("the PostgreSQL database %1 on %2").arg(m_databaseName, server);
}

QString DatabaseLocation::displayName() const
{
    if (m_engine == Engine::Sqlite)
        return QFileInfo(m_path).fileName();
    const QString host = m_host.isEmpty() || m_host.startsWith(u'/') ? Tr::tr("this computer") : m_host;
    return Tr::tr("%1 on %2").arg(m_databaseName, host);
}
