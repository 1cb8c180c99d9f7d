#include "databasecheck.h"

#include "databaselocation.h"
#include "schema.h"
#include "schemacatalog.h"
#include "sqlcheck.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)
};

// Every row's first column of `sql`, or the statement's error as the one row.
QStringList rows(const QSqlDatabase &db, const QString &sql, bool *ok)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QStringList result;
    *ok = query.exec(sql);
    if (!*ok)
        return {SqlCheck::message(query)};
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

Result<DatabaseCheck::Report> check(QSqlDatabase &db, const QString &shown)
{
    DatabaseCheck::Report report;
    const SqlDialect dialect = SqlDialect::of(db);
    bool ok = false;
    const QStringList version = rows(db, QStringLiteral("PRAGMA user_version"), &ok);
    if (!ok)
        return Failure{Tr::tr("%1 is damaged, it cannot be read (%2). Restore your last backup.").arg(shown, version.value(0))};
    report.schemaVersion = version.value(0).toInt();
    const Result<qint64> foreignId = dialect.foreignApplicationId(db);
    const Result<QStringList> tables = dialect.tableNames(db);
    if (!foreignId || !tables) {
        report.findings.append(Tr::tr("The list of tables cannot be read: %1")
                                   .arg(!foreignId ? foreignId.error() : tables.error()));
    } else {
        const Result<bool> marked = dialect.hasOwnMark(db);
        // Without CRM Agent's application id (a file from before it), the leads and employees tables
        // tell ours from another program's.
        if (*foreignId != 0
            || (marked && !*marked && !tables->isEmpty()
                && !(tables->contains(QStringLiteral("leads")) && tables->contains(QStringLiteral("employees")))))
            return Failure{Tr::tr("%1 is an SQLite database of another program, not a CRM Agent database.").arg(shown)};
        if (report.schemaVersion < 1 || report.schemaVersion > Schema::CurrentVersion) {
            if (tables->isEmpty())
                return Failure{Tr::tr("%1 holds no CRM Agent database (it is empty).").arg(shown)};
            report.findings.append(report.schemaVersion > Schema::CurrentVersion
                                       ? Tr::tr("Schema %1 is newer than this version of CRM Agent understands (%2).")
                                             .arg(report.schemaVersion)
                                             .arg(Schema::CurrentVersion)
                                       : Tr::tr("No schema version is recorded."));
        } else {
            for (const QString &name : SchemaCatalog::tableNamesAt(report.schemaVersion)) {
                if (!tables->contains(name))
                    report.findings.append(Tr::tr("The table %1 is missing.").arg(name));
            }
        }
    }

    const QStringList integrity = rows(db, QStringLiteral("PRAGMA integrity_check"), &ok);
    if (!ok || integrity != QStringList{QStringLiteral("ok")}) {
        for (const QString &line : integrity.mid(0, 20))
            report.findings.append(Tr::tr("Integrity: %1").arg(line));
    }
    const QStringList keys = rows(db, QStringLiteral("PRAGMA foreign_key_check"), &ok);
    if (!ok)
        report.findings.append(Tr::tr("References: %1").arg(keys.value(0)));
    else if (!keys.isEmpty())
        report.findings.append(Tr::tr("References: %n row(s) refer to rows that do not exist.", nullptr, keys.size()));

    const auto count = [&](const QString &sql, const QString &what, qint64 *into) {
        const QStringList value = rows(db, sql, &ok);
        if (ok)
            *into = value.value(0).toLongLong();
        else
            report.findings.append(Tr::tr("%1 cannot be counted: %2").arg(what, value.value(0)));
        return ok;
    };
    count(QStringLiteral("SELECT COUNT(*) FROM leads"), Tr::tr("Leads"), &report.leads);
    count(QStringLiteral("SELECT COUNT(*) FROM lead_history"), Tr::tr("History"), &report.history);
    if (tables && tables->contains(QStringLiteral("leads_fts"))) {
        // One row of leads_fts_docsize per indexed lead (FTS5 over the leads table, see LeadListIndex).
        if (count(QStringLiteral("SELECT COUNT(*) FROM leads_fts_docsize"), Tr::tr("The search index"),
                  &report.searchIndex)
            && report.searchIndex != report.leads)
            report.findings.append(Tr::tr("The search index holds %1 leads of %2.").arg(report.searchIndex).arg(report.leads));
        // FTS5's own check compares the index with the leads' text; it is asked through an INSERT
        // that writes nothing, inside a transaction that is rolled back all the same.
        if (db.transaction()) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("INSERT INTO leads_fts(leads_fts, rank) VALUES ('integrity-check', 1)")))
                report.findings.append(Tr::tr("The search index: %1").arg(SqlCheck::message(query)));
            query.finish();
            db.rollback();
        } else {
            report.findings.append(Tr::tr("The search index cannot be checked: the database is busy."));
        }
    } else if (report.schemaVersion >= 4) {
        report.findings.append(Tr::tr("The search index (leads_fts) is missing."));
    }
    return report;
}

} // namespace

Result<DatabaseCheck::Report> DatabaseCheck::run(const QString &path)
{
    if (path.isEmpty())
        return Failure{Tr::tr("No database file was given.")};
    if (DatabaseLocation::isPostgresUri(path))
        return Failure{Tr::tr("crm-agent check reads SQLite files; a PostgreSQL server checks its own storage "
                              "(amcheck, pg_dump).")};
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return Failure{info.exists() ? Tr::tr("%1 is not a file.").arg(shown) : Tr::tr("%1 does not exist.").arg(shown)};
    const QString name = QStringLiteral("crm-check-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<Report> result = Failure{QString()};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            result = Failure{Tr::tr("Cannot open %1: %2").arg(shown, db.lastError().text())};
        else
            result = check(db, shown);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
