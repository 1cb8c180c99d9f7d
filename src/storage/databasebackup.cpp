#include "databasebackup.h"

#include "databaselocation.h"
#include "sqlcheck.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)
};

} // namespace

Result<void> DatabaseBackup::write(QSqlDatabase &db, const QString &target)
{
    if (SqlDialect::of(db).isPostgreSql())
        return Failure{Tr::tr("A backup file is written from an SQLite database only; back up a PostgreSQL "
                              "database with pg_dump, or into a file with crm-agent copy.")};
    const QString shown = QDir::toNativeSeparators(target);
    const QFileInfo info(target);
    if (info.exists())
        return Failure{Tr::tr("%1 exists already: a backup never overwrites a file.").arg(shown)};
    if (!QFileInfo(info.absolutePath()).isDir())
        return Failure{Tr::tr("Cannot write %1: the folder %2 does not exist.")
                           .arg(shown, QDir::toNativeSeparators(info.absolutePath()))};
    // VACUUM INTO takes an empty file: made here, owner-only, so the copy is never readable by others.
    const QString partial = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".")
                            + QUuid::createUuid().toString(QUuid::Id128).left(8) + QStringLiteral(".partial");
    {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Failure{Tr::tr("Cannot write %1: %2").arg(shown, file.errorString())};
    }
    QSqlQuery query(db);
    if (Result<void> copied = SqlCheck::run(query, QStringLiteral("VACUUM INTO ?"), {partial}); !copied) {
        QFile::remove(partial);
        return Failure{Tr::tr("Could not back up the database into %1: %2").arg(shown, copied.error())};
    }
    query.finish();
    // rename(2): the target appears whole or not at all (and is not replaced if it appeared meanwhile).
    if (QFileInfo::exists(target) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Failure{Tr::tr("Could not move the backup into place as %1.").arg(shown)};
    }
    return {};
}

Result<void> DatabaseBackup::copyFile(const QString &databasePath, const QString &target)
{
    if (DatabaseLocation::isPostgresUri(databasePath))
        return Failure{Tr::tr("crm-agent backup copies SQLite files; back up a PostgreSQL database with pg_dump, "
                              "or into a file with crm-agent copy --from URI --to FILE.")};
    const QString shown = QDir::toNativeSeparators(databasePath);
    if (!QFileInfo(databasePath).isFile())
        return Failure{QFileInfo::exists(databasePath) ? Tr::tr("%1 is not a file.").arg(shown)
                                                       : Tr::tr("%1 does not exist.").arg(shown)};
    if (QFileInfo(databasePath).canonicalFilePath() == QFileInfo(target).absoluteFilePath())
        return Failure{Tr::tr("The backup cannot be the database itself.")};
    const QString name = QStringLiteral("crm-backup-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        result = [&]() -> Result<void> {
            if (!db.open())
                return Failure{Tr::tr("Cannot open %1: %2").arg(shown, db.lastError().text())};
            const SqlDialect dialect = SqlDialect::of(db);
            const Result<qint64> foreignId = dialect.foreignApplicationId(db);
            const Result<int> version = dialect.schemaVersion(db);
            if (!foreignId || !version)
                return Failure{Tr::tr("%1 cannot be read (%2): run crm-agent check --db %1.")
                                   .arg(shown, !foreignId ? foreignId.error() : version.error())};
            if (*foreignId != 0 || *version == 0)
                return Failure{Tr::tr("%1 is not a CRM Agent database.").arg(shown)};
            return write(db, target);
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString DatabaseBackup::besideName(const QString &databasePath, int version)
{
    const QFileInfo info(databasePath);
    const QString stem = info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".before-v%1").arg(version);
    QString name = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = stem + QStringLiteral("-%1.sqlite").arg(n);
    return name;
}
