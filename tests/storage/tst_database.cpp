#include "catchqtstring.h"
#include "database.h"
#include "schema.h"
#include "storagefixture.h"
#include "tempdir.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {

// Makes a file or folder unwritable for as long as it lives. For an ordinary user, by its permission
// bits; for root, whom permission bits do not stop, by the file system's immutable flag (chattr +i),
// so that the refusal is tested in both cases instead of skipped.
class Unwritable
{
public:
    explicit Unwritable(const QString &path) : m_path(path)
    {
        if (::geteuid() != 0) {
            REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            return;
        }
        INFO("root: the immutable flag must be settable on the temporary folder's file system");
        REQUIRE(setImmutable(true));
    }
    ~Unwritable()
    {
        if (::geteuid() != 0)
            QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        else
            setImmutable(false);
    }
    Unwritable(const Unwritable &) = delete;
    Unwritable &operator=(const Unwritable &) = delete;

private:
    bool setImmutable(bool on) const
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_NONBLOCK);
        if (fd < 0)
            return false;
        int flags = 0;
        bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ok && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        ::close(fd);
        return ok;
    }

    QString m_path;
};

// Runs SQL on a file through a plain QSQLITE connection, outside Database.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements)
            REQUIRE(query.exec(sql));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QString pragmaText(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA ") + pragma));
    REQUIRE(query.next());
    return query.value(0).toString();
}

} // namespace

TEST_CASE("storage: a new file is created - configured and migrated to the current schema")
{
    TempDir dir;
    Database database;
    REQUIRE(database.openSqlite(dir.file(QStringLiteral("new.sqlite"))));
    CHECK(database.isOpen());
    CHECK(database.errorString().isEmpty());
    CHECK(database.schemaVersion() == Schema::CurrentVersion);
    const QSqlDatabase db = database.connection();
    CHECK(pragmaText(db, QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(pragmaText(db, QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(pragmaText(db, QStringLiteral("synchronous")) == QStringLiteral("2"));   // FULL
    CHECK(pragmaText(db, QStringLiteral("busy_timeout")) == QStringLiteral("5000"));
    for (const char *table : {"employees", "companies", "contacts", "campaigns", "selling_directions", "services",
                              "channels", "leads", "opportunities", "lead_history"})
        CHECK(db.tables().contains(QString::fromLatin1(table)));

    database.close();
    CHECK_FALSE(database.isOpen());
    CHECK_FALSE(QSqlDatabase::contains(QStringLiteral("crm-main")));
    // Opening again keeps the version and the data.
    REQUIRE(database.openSqlite(dir.file(QStringLiteral("new.sqlite"))));
    CHECK(database.schemaVersion() == Schema::CurrentVersion);
}

TEST_CASE("storage: an empty version-0 file is migrated")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("empty.sqlite"));
    SECTION("zero bytes")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
    }
    SECTION("an SQLite file without tables")
    {
        rawExec(path, {QStringLiteral("PRAGMA user_version = 0"), QStringLiteral("VACUUM")});
        REQUIRE(QFileInfo(path).size() > 0);
    }
    Database database;
    REQUIRE(database.openSqlite(path));
    CHECK(database.schemaVersion() == Schema::CurrentVersion);
}

TEST_CASE("storage: a version-1 file is migrated forward with its data")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QString error;
        REQUIRE(Schema::migrateTo(db, 1, &error));
        REQUIRE(Schema::version(db) == 1);
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("INSERT INTO companies (name, created_at) VALUES "
                                          "('ООО «Ёлка»', '2024-01-01T00:00:00Z')")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO contacts (company_id, first_name, last_name, created_at) "
                                          "VALUES (1, 'Семён', 'ЖУКОВ', '2024-01-01T00:00:00Z')")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    Database database;
    REQUIRE(database.openSqlite(path));
    CHECK(database.schemaVersion() == Schema::CurrentVersion);
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT name_key FROM companies")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("ооо «елка»"));
    REQUIRE(query.exec(QStringLiteral("SELECT name_key FROM contacts")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("жуков семен"));
}

TEST_CASE("storage: a file from a newer version is refused and left byte-identical")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("future.sqlite"));
    rawExec(path, {QStringLiteral("CREATE TABLE leads (id INTEGER PRIMARY KEY, name TEXT)"),
                   QStringLiteral("INSERT INTO leads (name) VALUES ('from the future')"),
                   QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = StorageFixture::fileBytes(path);
    REQUIRE_FALSE(before.isEmpty());

    Database database;
    CHECK_FALSE(database.openSqlite(path));
    CHECK_FALSE(database.isOpen());
    CHECK(database.errorString().contains(QStringLiteral("newer version")));
    CHECK(database.errorString().contains(QStringLiteral("99")));
    CHECK_FALSE(database.errorString().contains(u'\n'));
    CHECK(StorageFixture::fileBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QSqlDatabase::contains(QStringLiteral("crm-main")));
}

TEST_CASE("storage: a file that is not a database is refused and left byte-identical")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("notes.sqlite"));
    QByteArray text;
    SECTION("a text file")
    {
        text = "These are my notes, not a database.\nSecond line.\n";
    }
    SECTION("a short file")
    {
        text = "SQLite";
    }
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    Database database;
    CHECK_FALSE(database.openSqlite(path));
    CHECK(database.errorString().contains(QStringLiteral("not an SQLite file")));
    CHECK(StorageFixture::fileBytes(path) == text);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("storage: another program's SQLite database is refused and left byte-identical")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("other.sqlite"));
    rawExec(path, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")});
    const QByteArray before = StorageFixture::fileBytes(path);
    Database database;
    CHECK_FALSE(database.openSqlite(path));
    CHECK(database.errorString().contains(QStringLiteral("another program")));
    CHECK(StorageFixture::fileBytes(path) == before);
}

TEST_CASE("storage: unusable paths are refused with a one-line reason")
{
    TempDir dir;
    Database database;
    SECTION("a folder")
    {
        CHECK_FALSE(database.openSqlite(dir.path()));
        CHECK(database.errorString().contains(QStringLiteral("is a folder")));
    }
    SECTION("a missing folder")
    {
        CHECK_FALSE(database.openSqlite(dir.file(QStringLiteral("missing/crm.sqlite"))));
        CHECK(database.errorString().contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("missing"))));
    }
    SECTION("an empty path")
    {
        CHECK_FALSE(database.openSqlite(QString()));
        CHECK_FALSE(database.errorString().isEmpty());
    }
    SECTION("an unreadable file")
    {
        const QString path = dir.file(QStringLiteral("locked.sqlite"));
        {
            Database first;
            REQUIRE(first.openSqlite(path, QStringLiteral("first")));
        }
        const Unwritable locked(path);
        CHECK_FALSE(database.openSqlite(path));
        CHECK(database.errorString().contains(QStringLiteral("Cannot read and write")));
    }
    SECTION("a read-only folder")
    {
        const QString folder = dir.file(QStringLiteral("ro"));
        REQUIRE(QDir().mkpath(folder));
        const Unwritable readOnly(folder);
        CHECK_FALSE(database.openSqlite(folder + QStringLiteral("/crm.sqlite")));
        CHECK(database.errorString().contains(QStringLiteral("not writable")));
    }
    CHECK_FALSE(database.isOpen());
    CHECK_FALSE(database.errorString().contains(u'\n'));
}

TEST_CASE("storage: the default path is in the application data folder - which exists")
{
    const QString path = Database::defaultPath();
    CHECK(path.endsWith(QStringLiteral("/crm-agent.sqlite")));
    CHECK(QFileInfo(QFileInfo(path).absolutePath()).isDir());
}

TEST_CASE("storage: a file open in one connection can be opened in another")
{
    StorageFixture fixture;
    Database second;
    REQUIRE(second.openSqlite(fixture.path(), QStringLiteral("second")));
    QSqlQuery query(second.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM companies")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 2);
}
