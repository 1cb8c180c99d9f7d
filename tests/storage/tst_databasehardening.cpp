// Issue #14: a database is recognised as CRM Agent's before anything is written; what is wrong
// with a file is said precisely; new files are the owner's; check and backup.
#include "catchqtstring.h"
#include "catchresult.h"
#include "database.h"
#include "databasebackup.h"
#include "databasecheck.h"
#include "demogenerator.h"
#include "rawsqlite.h"
#include "schema.h"
#include "sqldialect.h"
#include "tempdir.h"
#include "unwritable.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>


namespace {


QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

// The permission bits of `path` for group and others (0 when the file is the owner's alone).
int groupAndOtherBits(const QString &path)
{
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    return int(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                              | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
}

// A CRM Agent file with a few demo leads, closed again.
void makeDemoFile(const QString &path, qint64 leads = 50)
{
    Database database;
    REQUIRE(database.openSqlite(path, QStringLiteral("demo-file")));
    QSqlDatabase db = database.connection();
    DemoOptions options;
    options.leads = leads;
    options.until = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    REQUIRE(DemoGenerator::generate(db, options).has_value());
}


} // namespace

TEST_CASE("hardening: another program's file with a CRM Agent version number is refused byte-identical",
          "[sqlite-only]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("o.sqlite"));
    SECTION("user_version in CRM Agent's range, its own tables (issue #14, finding 1)")
    {
        rawExec(path, {QStringLiteral("CREATE TABLE notes(a)"), QStringLiteral("PRAGMA user_version = 5")});
    }
    SECTION("CRM Agent's tables but another program's application id")
    {
        makeDemoFile(path);
        rawExec(path, {QStringLiteral("PRAGMA application_id = 1234")});
    }
    SECTION("only some of CRM Agent's tables")
    {
        rawExec(path, {QStringLiteral("CREATE TABLE leads(id INTEGER PRIMARY KEY)"),
                       QStringLiteral("CREATE TABLE employees(id INTEGER PRIMARY KEY)"),
                       QStringLiteral("PRAGMA user_version = 7")});
    }
    const QByteArray before = digest(path);
    Database database;
    CHECK_FALSE(database.openSqlite(path));
    CHECK(database.errorString().contains(QStringLiteral("another program")));
    CHECK(database.errorString().contains(QStringLiteral("left untouched")));
    CHECK(digest(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("hardening: a new file carries CRM Agent's application id - an older file of ours is given it",
          "[sqlite-only]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("crm.sqlite"));
    makeDemoFile(path);
    CHECK(rawValue(path, QStringLiteral("PRAGMA application_id")) == SqlDialect::ApplicationId);
    CHECK(SqlDialect::ApplicationId == 0x43524D41);   // "CRMA": documented in sqldialect.h, never changed

    // A file written before the application id: version and tables say it is ours.
    rawExec(path, {QStringLiteral("PRAGMA application_id = 0")});
    REQUIRE(rawValue(path, QStringLiteral("PRAGMA application_id")) == 0);
    {
        Database database;
        const Result<void> opened = database.open(path);
        INFO(opened.error().toStdString());
        REQUIRE(opened.has_value());
        CHECK(database.schemaVersion() == Schema::CurrentVersion);
    }
    CHECK(rawValue(path, QStringLiteral("PRAGMA application_id")) == SqlDialect::ApplicationId);
    CHECK(rawValue(path, QStringLiteral("SELECT COUNT(*) FROM leads")) == 50);
}

TEST_CASE("hardening: an older file of ours from before the application id is migrated - after a backup beside it",
          "[sqlite-only]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QString error;
        REQUIRE(Schema::migrateTo(db, 5, &error));
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("INSERT INTO campaigns (name) VALUES ('Autumn fair')")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA application_id = 0")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));

    Database database;
    const Result<void> opened = database.open(path, QStringLiteral("crm-main"), QString(), Database::Creation::Refused);
    INFO(opened.error().toStdString());
    REQUIRE(opened.has_value());
    CHECK(database.schemaVersion() == Schema::CurrentVersion);
    database.close();
    CHECK(rawValue(path, QStringLiteral("PRAGMA application_id")) == SqlDialect::ApplicationId);

    // The file as it was before the migration, beside it, the owner's alone.
    const QString backup = dir.file(QStringLiteral("old.before-v%1.sqlite").arg(Schema::CurrentVersion));
    REQUIRE(QFileInfo::exists(backup));
    CHECK(groupAndOtherBits(backup) == 0);
    CHECK(rawValue(backup, QStringLiteral("PRAGMA user_version")) == 5);
    CHECK(rawValue(backup, QStringLiteral("SELECT COUNT(*) FROM campaigns")) == 1);
    CHECK(rawValue(backup, QStringLiteral("PRAGMA application_id")) == 0);
    // A file at the current version is not copied again.
    REQUIRE(database.openSqlite(path));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.before-v*")}).size() == 1);
}

TEST_CASE("hardening: a missing file is created only when asked - owner-only", "[sqlite-only]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("typo.sqlite"));
    Database database;
    const Result<void> refused = database.open(path, QStringLiteral("crm-main"), QString(), Database::Creation::Refused);
    CHECK_FALSE(refused.has_value());
    CHECK(refused.error().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(path));

    // An empty file is no database to use either.
    {
        QFile empty(path);
        REQUIRE(empty.open(QIODevice::WriteOnly));
    }
    CHECK_FALSE(database.open(path, QStringLiteral("crm-main"), QString(), Database::Creation::Refused).has_value());
    CHECK(QFileInfo(path).size() == 0);
    REQUIRE(QFile::remove(path));

    REQUIRE(database.open(path, QStringLiteral("crm-main"), QString(), Database::Creation::Allowed).has_value());
    CHECK(groupAndOtherBits(path) == 0);
    CHECK(QFile::permissions(path).testFlags(ownerOnly()));
    // SQLite gives its write-ahead log the database file's permissions.
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(groupAndOtherBits(path + QStringLiteral("-wal")) == 0);
    CHECK(groupAndOtherBits(path + QStringLiteral("-shm")) == 0);
}

TEST_CASE("hardening: a file locked by another connection is reported as locked, not as another program's",
          "[sqlite-only]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("busy.sqlite"));
    makeDemoFile(path);
    // Another writer holding the file exclusively (as another program in exclusive locking mode).
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(path);
    REQUIRE(holder.open());
    {
        QSqlQuery query(holder);
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        REQUIRE(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(query.exec(QStringLiteral("UPDATE leads SET city = 'Tver' WHERE id = 1")));
    }
    Database database;
    CHECK_FALSE(database.openSqlite(path));
    CHECK(database.errorString().contains(QStringLiteral("is locked by another program")));
    CHECK_FALSE(database.errorString().contains(QStringLiteral("not a CRM Agent database")));
    CHECK_FALSE(database.errorString().contains(u'\n'));
    {
        QSqlQuery query(holder);
        REQUIRE(query.exec(QStringLiteral("ROLLBACK")));
    }
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    CHECK(database.openSqlite(path));
}

TEST_CASE("hardening: a damaged file is reported as damaged with what to do - and not written to", "[sqlite-only]")
{
    TempDir dir;
    const QString whole = dir.file(QStringLiteral("whole.sqlite"));
    makeDemoFile(whole, 2000);
    // A copy that stops half way (a truncated download or a disk that filled up).
    const QString path = dir.file(QStringLiteral("truncated.sqlite"));
    {
        Database database;
        REQUIRE(database.openSqlite(whole, QStringLiteral("whole")));
        QSqlDatabase db = database.connection();
        REQUIRE(DatabaseBackup::write(db, dir.file(QStringLiteral("copy.sqlite"))).has_value());
    }
    {
        QFile copy(dir.file(QStringLiteral("copy.sqlite")));
        REQUIRE(copy.open(QIODevice::ReadOnly));
        QFile truncated(path);
        REQUIRE(truncated.open(QIODevice::WriteOnly));
        truncated.write(copy.read(copy.size() / 2));
    }
    const QByteArray before = digest(path);
    Database database;
    CHECK_FALSE(database.openSqlite(path));
    CHECK(database.errorString().contains(QStringLiteral("is damaged")));
    CHECK(database.errorString().contains(QStringLiteral("backup")));
    CHECK(database.errorString().contains(QStringLiteral("crm-agent check")));
    CHECK(digest(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));

    // check says what is wrong, and writes nothing either.
    const Result<DatabaseCheck::Report> report = DatabaseCheck::run(path);
    if (report)
        CHECK_FALSE(report->findings.isEmpty());
    else
        CHECK(report.error().contains(QStringLiteral("damaged")));
    CHECK(digest(path) == before);
}

TEST_CASE("hardening: a database in a folder that is not writable says so", "[sqlite-only]")
{
    TempDir dir;
    const QString folder = dir.file(QStringLiteral("ro"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/crm.sqlite");
    makeDemoFile(path);
    const QByteArray before = digest(path);
    const Unwritable readOnly(folder);
    Database database;
    CHECK_FALSE(database.openSqlite(path));
    CHECK(database.errorString().contains(QStringLiteral("is not writable")));
    CHECK_FALSE(database.errorString().contains(QStringLiteral("not a CRM Agent database")));
    CHECK(digest(path) == before);
}

TEST_CASE("hardening: check finds a sound database sound - and a search index out of step", "[sqlite-only]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("crm.sqlite"));
    makeDemoFile(path, 300);
    const DatabaseCheck::Report sound = valueOf(DatabaseCheck::run(path));
    CHECK(sound.findings.isEmpty());
    CHECK(sound.schemaVersion == Schema::CurrentVersion);
    CHECK(sound.leads == 300);
    CHECK(sound.searchIndex == 300);
    CHECK(sound.history == rawValue(path, QStringLiteral("SELECT COUNT(*) FROM lead_history")));
    CHECK(sound.history > 0);

    // A lead taken out of the search index behind the triggers' back.
    rawExec(path, {QStringLiteral("INSERT INTO leads_fts(leads_fts, rowid, name, lead_company_name, company_label, "
                                  "contact_label, middle_name, contact_email, contact_phone, company_tin, description) "
                                  "SELECT 'delete', id, name, lead_company_name, company_label, contact_label, middle_name, "
                                  "contact_email, contact_phone, company_tin, description FROM leads WHERE id = 7")});
    const QByteArray before = digest(path);
    const DatabaseCheck::Report broken = valueOf(DatabaseCheck::run(path));
    CHECK(broken.searchIndex == 299);
    REQUIRE_FALSE(broken.findings.isEmpty());
    CHECK(broken.findings.join(u'\n').contains(QStringLiteral("search index")));
    CHECK(digest(path) == before);

    // Not ours: no report at all.
    const QString other = dir.file(QStringLiteral("other.sqlite"));
    rawExec(other, {QStringLiteral("CREATE TABLE notes(a)"), QStringLiteral("PRAGMA user_version = 5")});
    const Result<DatabaseCheck::Report> refused = DatabaseCheck::run(other);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().contains(QStringLiteral("another program")));
}

TEST_CASE("hardening: a backup is the database as committed, while another connection is writing", "[sqlite-only]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("crm.sqlite"));
    makeDemoFile(path, 100);
    Database writer;
    REQUIRE(writer.openSqlite(path, QStringLiteral("writer")));
    QSqlDatabase db = writer.connection();
    REQUIRE(db.transaction());
    {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("DELETE FROM lead_history")));
        REQUIRE(query.exec(QStringLiteral("UPDATE leads SET city = 'uncommitted'")));
    }
    const QString out = dir.file(QStringLiteral("backup.sqlite"));
    const Result<void> written = DatabaseBackup::copyFile(path, out);
    INFO(written.error().toStdString());
    REQUIRE(written.has_value());
    REQUIRE(db.rollback());
    CHECK(groupAndOtherBits(out) == 0);
    CHECK(rawValue(out, QStringLiteral("SELECT COUNT(*) FROM leads")) == 100);
    CHECK(rawValue(out, QStringLiteral("SELECT COUNT(*) FROM leads WHERE city = 'uncommitted'")) == 0);
    CHECK(rawValue(out, QStringLiteral("SELECT COUNT(*) FROM lead_history")) > 0);
    CHECK(valueOf(DatabaseCheck::run(out)).findings.isEmpty());
    // Never over an existing file.
    const QByteArray before = digest(out);
    CHECK_FALSE(DatabaseBackup::copyFile(path, out).has_value());
    CHECK(digest(out) == before);
    CHECK(QDir(dir.path()).entryList({QStringLiteral(".*partial")}, QDir::Hidden | QDir::Files).isEmpty());
}
