#include "catchqtstring.h"
#include "database.h"
#include "rawsqlite.h"
#include "schema.h"
#include "signinattempts.h"
#include "sqldialect.h"
#include "tempdir.h"
#include "testdatabase.h"
#include "unwritable.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QVariant>


namespace {



QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// The schema version as recorded, read through a plain connection.
int recordedVersion(const TestDatabase &test)
{
    int version = -1;
    test.withConnection([&](QSqlDatabase &db) {
        const Result<int> read = SqlDialect::of(db).schemaVersion(db);
        REQUIRE(read.has_value());
        version = *read;
    });
    return version;
}

QStringList tables(const QSqlDatabase &db)
{
    QStringList names = db.tables();
    names.sort();
    return names;
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QString text(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toString();
}

QString pragmaText(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA ") + pragma));
    REQUIRE(query.next());
    return query.value(0).toString();
}

} // namespace

TEST_CASE("storage: a new database is created at the current schema - and reopened with its data")
{
    TestDatabase test;
    Database database;
    const Result<void> opened = database.open(test.location());
    INFO(opened.error().toStdString());
    REQUIRE(opened.has_value());
    CHECK(database.isOpen());
    CHECK(database.errorString().isEmpty());
    CHECK(database.schemaVersion() == Schema::CurrentVersion);
    CHECK(database.location() == test.location());
    CHECK(database.isPostgreSql() == TestDatabase::isPostgreSql());
    {
        const QSqlDatabase db = database.connection();
        for (const char *table : {"employees", "companies", "contacts", "campaigns", "selling_directions", "services",
                                  "channels", "leads", "opportunities", "lead_history", "lead_list_views"})
            CHECK(db.tables().contains(QString::fromLatin1(table)));
        QSqlQuery insert(db);
        REQUIRE(insert.exec(QStringLiteral("INSERT INTO campaigns (name) VALUES ('Spring webinar')")));
    }

    database.close();
    CHECK_FALSE(database.isOpen());
    CHECK_FALSE(QSqlDatabase::contains(QStringLiteral("crm-main")));
    // Opening again keeps the version and the data.
    REQUIRE(database.open(test.location()).has_value());
    CHECK(database.schemaVersion() == Schema::CurrentVersion);
    CHECK(count(database.connection(), QStringLiteral("SELECT COUNT(*) FROM campaigns")) == 1);
}

TEST_CASE("storage: a new SQLite file is configured - WAL, foreign keys, full sync, busy timeout", "[sqlite-only]")
{
    TempDir dir;
    Database database;
    REQUIRE(database.openSqlite(dir.file(QStringLiteral("new.sqlite"))));
    const QSqlDatabase db = database.connection();
    CHECK(pragmaText(db, QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(pragmaText(db, QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(pragmaText(db, QStringLiteral("synchronous")) == QStringLiteral("2"));   // FULL
    CHECK(pragmaText(db, QStringLiteral("busy_timeout")) == QStringLiteral("5000"));
}

TEST_CASE("storage: a PostgreSQL connection waits for a locked row - as SQLite's busy timeout", "[postgresql-only]")
{
    TestDatabase test;
    Database database;
    REQUIRE(database.open(test.location()).has_value());
    CHECK(text(database.connection(), QStringLiteral("SHOW lock_timeout")) == QStringLiteral("5s"));
    CHECK(text(database.connection(), QStringLiteral("SELECT version FROM crm_agent_schema"))
          == QString::number(Schema::CurrentVersion));
}

TEST_CASE("storage: an empty version-0 file is migrated", "[sqlite-only]")
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

TEST_CASE("storage: a version-1 file is migrated forward with its data", "[sqlite-only]")
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

namespace {

// Whether the leads announce their changes: PostgreSQL's trigger (schema 6) exists.
bool hasLeadsNotifyTrigger(const QSqlDatabase &db)
{
    return count(db, QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'leads_notify' "
                                    "AND tgrelid = 'leads'::regclass AND NOT tgisinternal"))
           == 1;
}

} // namespace

TEST_CASE("storage: schema 6 - PostgreSQL announces every change to the leads, SQLite records the number")
{
    TestDatabase test;
    Database database;
    REQUIRE(database.open(test.location()).has_value());
    CHECK(Schema::CurrentVersion >= 6);
    CHECK(database.schemaVersion() == Schema::CurrentVersion);
    if (TestDatabase::isPostgreSql()) {
        CHECK(hasLeadsNotifyTrigger(database.connection()));
        CHECK(text(database.connection(), QStringLiteral("SELECT pg_get_triggerdef(oid) FROM pg_trigger "
                                                         "WHERE tgname = 'leads_notify'"))
                  .contains(QStringLiteral("AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.leads "
                                           "FOR EACH STATEMENT")));
        CHECK(text(database.connection(), QStringLiteral("SELECT prosrc FROM pg_proc WHERE proname = 'crm_leads_notify'"))
                  .contains(QStringLiteral("pg_notify('crm_agent_leads', '')")));
    }
}

TEST_CASE("storage: a version-7 database is migrated to version 8 and on, which counts failed sign-ins")
{
    // Issue #14, finding 5: the table sign_in_failures (SignInAttempts), on both engines.
    TestDatabase test;
    const auto hasTable = [](const QSqlDatabase &db) {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM sign_in_failures"));
    };
    test.withConnection([&](QSqlDatabase &db) {
        QString error;
        REQUIRE(Schema::migrateTo(db, 7, &error));
        INFO(error.toStdString());
        REQUIRE(Schema::version(db) == 7);
        CHECK_FALSE(hasTable(db));
    });
    Database database;
    const Result<void> opened = database.open(test.location());
    INFO(opened.error().toStdString());
    REQUIRE(opened.has_value());
    CHECK(recordedVersion(test) == Schema::CurrentVersion);
    CHECK(hasTable(database.connection()));
    SignInAttempts attempts(database.connection());
    const auto now = QDateTime::currentDateTimeUtc();
    const Result<SignInAttempts::Claim> first = attempts.claim(QStringLiteral("Somebody"), now);
    REQUIRE(first.has_value());
    CHECK(first->allowed);
    CHECK(first->failures == 1);
    CHECK(first->waitSeconds == 1);
    const Result<SignInAttempts::Claim> second = attempts.claim(QStringLiteral(" somebody"), now.addMSecs(500));
    REQUIRE(second.has_value());
    CHECK_FALSE(second->allowed);
    CHECK(second->waitSeconds == 1);
    const Result<SignInAttempts::Claim> third = attempts.claim(QStringLiteral("SOMEBODY"), now.addSecs(1));
    REQUIRE(third.has_value());
    CHECK(third->allowed);
    CHECK(third->failures == 2);
    CHECK(third->waitSeconds == 2);
    REQUIRE(attempts.clear(QStringLiteral("somebody")));
    CHECK(attempts.failures(QStringLiteral("somebody")) == 0);
}

TEST_CASE("storage: a version-5 database is migrated to the current version - with its data")
{
    TestDatabase test;
    test.withConnection([](QSqlDatabase &db) {
        QString error;
        REQUIRE(Schema::migrateTo(db, 5, &error));
        INFO(error.toStdString());
        REQUIRE(Schema::version(db) == 5);
        if (SqlDialect::of(db).isPostgreSql())
            REQUIRE_FALSE(hasLeadsNotifyTrigger(db));
        QSqlQuery insert(db);
        REQUIRE(insert.exec(QStringLiteral("INSERT INTO campaigns (name) VALUES ('Autumn fair')")));
    });
    REQUIRE(recordedVersion(test) == 5);

    Database database;
    const Result<void> opened = database.open(test.location());
    INFO(opened.error().toStdString());
    REQUIRE(opened.has_value());
    CHECK(database.schemaVersion() == Schema::CurrentVersion);
    CHECK(recordedVersion(test) == Schema::CurrentVersion);
    CHECK(text(database.connection(), QStringLiteral("SELECT name FROM campaigns")) == QStringLiteral("Autumn fair"));
    if (database.isPostgreSql())
        CHECK(hasLeadsNotifyTrigger(database.connection()));
}

TEST_CASE("storage: a database from a newer version is refused and left untouched")
{
    TestDatabase test;
    test.exec({QStringLiteral("CREATE TABLE leads (id INTEGER PRIMARY KEY, name TEXT)"),
               QStringLiteral("INSERT INTO leads (id, name) VALUES (1, 'from the future')")});
    test.withConnection([](QSqlDatabase &db) { REQUIRE(SqlDialect::of(db).setSchemaVersion(db, 99).has_value()); });
    const QByteArray before = test.isPostgreSqlDatabase() ? QByteArray() : fileBytes(test.location());

    Database database;
    const Result<void> opened = database.open(test.location());
    CHECK_FALSE(opened.has_value());
    CHECK_FALSE(database.isOpen());
    CHECK(opened.error() == database.errorString());
    CHECK(database.errorString().contains(QStringLiteral("newer version")));
    CHECK(database.errorString().contains(QStringLiteral("99")));
    CHECK_FALSE(database.errorString().contains(u'\n'));
    CHECK_FALSE(QSqlDatabase::contains(QStringLiteral("crm-main")));
    CHECK(recordedVersion(test) == 99);
    CHECK(test.scalar(QStringLiteral("SELECT name FROM leads")).toString() == QStringLiteral("from the future"));
    test.withConnection([](QSqlDatabase &db) { CHECK_FALSE(db.tables().contains(QStringLiteral("companies"))); });
    if (!test.isPostgreSqlDatabase()) {
        REQUIRE_FALSE(before.isEmpty());
        CHECK(fileBytes(test.location()) == before);
        CHECK_FALSE(QFileInfo::exists(test.location() + QStringLiteral("-wal")));
    }
}

TEST_CASE("storage: a file that is not a database is refused and left byte-identical", "[sqlite-only]")
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
    CHECK(fileBytes(path) == text);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("storage: another program's database is refused and left untouched")
{
    TestDatabase test;
    test.exec({QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)"),
               QStringLiteral("INSERT INTO photos (id, file) VALUES (1, 'cat.jpg')")});
    const QByteArray before = test.isPostgreSqlDatabase() ? QByteArray() : fileBytes(test.location());
    Database database;
    CHECK_FALSE(database.open(test.location()).has_value());
    CHECK(database.errorString().contains(QStringLiteral("another program")));
    CHECK_FALSE(database.errorString().contains(u'\n'));
    CHECK(recordedVersion(test) == 0);
    CHECK(test.scalar(QStringLiteral("SELECT file FROM photos")).toString() == QStringLiteral("cat.jpg"));
    test.withConnection([](QSqlDatabase &db) { CHECK(tables(db) == QStringList{QStringLiteral("photos")}); });
    if (!test.isPostgreSqlDatabase())
        CHECK(fileBytes(test.location()) == before);
}

TEST_CASE("storage: unusable paths are refused with a one-line reason", "[sqlite-only]")
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

TEST_CASE("storage: the default path is in the application data folder - which exists", "[sqlite-only]")
{
    const QString path = Database::defaultPath();
    CHECK(path.endsWith(QStringLiteral("/crm-agent.sqlite")));
    CHECK(QFileInfo(QFileInfo(path).absolutePath()).isDir());
}

TEST_CASE("storage: a database open in one connection can be opened in another")
{
    TestDatabase test;
    Database first;
    REQUIRE(first.open(test.location(), QStringLiteral("first")).has_value());
    QSqlQuery insert(first.connection());
    REQUIRE(insert.exec(QStringLiteral("INSERT INTO channels (name) VALUES ('Telegram')")));
    Database second;
    REQUIRE(second.open(test.location(), QStringLiteral("second")).has_value());
    CHECK(count(second.connection(), QStringLiteral("SELECT COUNT(*) FROM channels")) == 1);
}

namespace {

// Inserts a row and returns its id, the way each engine hands it out.
qint64 insert(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    const Result<qint64> id = SqlDialect::of(db).insert(query, sql, values);
    INFO(sql.toStdString() << ": " << id.error().toStdString());
    REQUIRE(id.has_value());
    REQUIRE(*id > 0);
    return *id;
}

void exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    REQUIRE(query.prepare(sql));
    for (const QVariant &value : values)
        query.addBindValue(value);
    INFO(sql.toStdString());
    const bool done = query.exec();
    INFO(query.lastError().text().toStdString());
    REQUIRE(done);
}

const QString Now = QStringLiteral("2026-12-01T10:00:00Z");

} // namespace

TEST_CASE("storage: the lead list's reference names follow every write - on both engines")
{
    TestDatabase test;
    Database database;
    REQUIRE(database.open(test.location()).has_value());
    QSqlDatabase db = database.connection();
    const qint64 direction = insert(db, QStringLiteral("INSERT INTO selling_directions (name) VALUES (?)"), {QStringLiteral("Облако")});
    const qint64 service = insert(db, QStringLiteral("INSERT INTO services (direction_id, name) VALUES (?, ?)"),
                                  {direction, QStringLiteral("Хостинг")});
    const qint64 campaign = insert(db, QStringLiteral("INSERT INTO campaigns (name) VALUES (?)"), {QStringLiteral("Spring")});
    const qint64 owner = insert(db,
                                QStringLiteral("INSERT INTO employees (login, display_name, password_hash, created_at) "
                                               "VALUES (?, ?, ?, ?)"),
                                {QStringLiteral("anna"), QStringLiteral("Анна"), QStringLiteral("x"), Now});
    const qint64 company = insert(db, QStringLiteral("INSERT INTO companies (name, created_at) VALUES (?, ?)"),
                                  {QStringLiteral("Ромашка"), Now});
    const qint64 lead = insert(db,
                               QStringLiteral("INSERT INTO leads (name, source, direction_id, service_id, campaign_id, "
                                              "owner_id, company_id, company_label, created_at, updated_at) "
                                              "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {QStringLiteral("Lead"), direction, service, campaign, owner, company,
                                QStringLiteral("Ромашка"), Now, Now});
    const QString names = QStringLiteral("SELECT direction_name || '|' || service_name || '|' || campaign_name || '|' || "
                                         "owner_name || '|' || company_label FROM leads WHERE id = %1")
                              .arg(lead);
    CHECK(text(db, names) == QStringLiteral("Облако|Хостинг|Spring|Анна|Ромашка"));

    exec(db, QStringLiteral("UPDATE selling_directions SET name = ? WHERE id = ?"), {QStringLiteral("Cloud"), direction});
    exec(db, QStringLiteral("UPDATE services SET name = ? WHERE id = ?"), {QStringLiteral("Hosting"), service});
    exec(db, QStringLiteral("UPDATE campaigns SET name = ? WHERE id = ?"), {QStringLiteral("Autumn"), campaign});
    exec(db, QStringLiteral("UPDATE employees SET display_name = ? WHERE id = ?"), {QStringLiteral("Anna S."), owner});
    exec(db, QStringLiteral("UPDATE companies SET name = ? WHERE id = ?"), {QStringLiteral("Romashka"), company});
    CHECK(text(db, names) == QStringLiteral("Cloud|Hosting|Autumn|Anna S.|Romashka"));

    // Pointing the lead at no owner clears the name.
    exec(db, QStringLiteral("UPDATE leads SET owner_id = NULL WHERE id = ?"), {lead});
    CHECK(text(db, names) == QStringLiteral("Cloud|Hosting|Autumn||Romashka"));
}

TEST_CASE("storage: logins are unique whatever their ASCII case - on both engines")
{
    TestDatabase test;
    Database database;
    REQUIRE(database.open(test.location()).has_value());
    QSqlDatabase db = database.connection();
    const QString sql = QStringLiteral("INSERT INTO employees (login, display_name, password_hash, created_at) VALUES (?, 'A', 'x', ?)");
    exec(db, sql, {QStringLiteral("anna"), Now});
    QSqlQuery query(db);
    REQUIRE(query.prepare(sql));
    query.addBindValue(QStringLiteral("ANNA"));
    query.addBindValue(Now);
    CHECK_FALSE(query.exec());
}

TEST_CASE("storage: the PostgreSQL search column holds the lead's words - folded and split as FTS5 does",
          "[postgresql-only]")
{
    TestDatabase test;
    Database database;
    REQUIRE(database.open(test.location()).has_value());
    QSqlDatabase db = database.connection();
    insert(db,
           QStringLiteral("INSERT INTO leads (name, source, contact_email, contact_phone, company_label, created_at, updated_at) "
                          "VALUES (?, 1, ?, ?, ?, ?, ?)"),
           {QStringLiteral("Запрос «Ёлка-Север»"), QStringLiteral("Ivan.Petrov@Romashka.ru"),
            QStringLiteral("+7 (495) 123-45-67"), QStringLiteral("ООО ЖУКОВ и сыновья"), Now, Now});
    const auto matches = [&](const QString &query) {
        QSqlQuery select(db);
        REQUIRE(select.prepare(QStringLiteral("SELECT COUNT(*) FROM leads WHERE search_vector @@ to_tsquery('simple', ?)")));
        select.addBindValue(query);
        REQUIRE(select.exec());
        REQUIRE(select.next());
        return select.value(0).toInt();
    };
    CHECK(matches(QStringLiteral("елк:*")) == 1);           // "Ё" folded to "е", lower case
    CHECK(matches(QStringLiteral("север:* & запр:*")) == 1);   // hyphen and quotes split words; any order
    CHECK(matches(QStringLiteral("romashka:* & ivan:*")) == 1);   // an e-mail address splits into words
    CHECK(matches(QStringLiteral("495:* & 67:*")) == 1);
    CHECK(matches(QStringLiteral("жуков:*")) == 1);          // Cyrillic upper case folded
    CHECK(matches(QStringLiteral("елк:* & москва:*")) == 0);   // every word must match
    CHECK(text(db, QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = 'leads_search'")).contains(QStringLiteral("gin")));
}

namespace {

// Every table's columns, in order, and every index name, as the engine reports them.
struct SchemaShape
{
    QMap<QString, QStringList> columns;
    QSet<QString> indexes;
};

SchemaShape shapeOf(const QSqlDatabase &db, const QString &indexSql)
{
    SchemaShape shape;
    for (const QString &table : db.tables()) {
        // SQLite's own tables (sqlite_stat1, written by ANALYZE) are the engine's, not the schema's.
        if (table.startsWith(QLatin1String("sqlite_")))
            continue;
        const QSqlRecord record = db.record(table);
        QStringList names;
        for (int i = 0; i < record.count(); ++i)
            names.append(record.fieldName(i));
        shape.columns.insert(table, names);
    }
    QSqlQuery query(db);
    REQUIRE(query.exec(indexSql));
    while (query.next())
        shape.indexes.insert(query.value(0).toString());
    return shape;
}

} // namespace

TEST_CASE("storage: the PostgreSQL schema has SQLite's tables - columns and indexes", "[postgresql-only]")
{
    TestDatabase sqliteTest(TestDatabase::Engine::Sqlite);
    Database sqlite;
    REQUIRE(sqlite.open(sqliteTest.location(), QStringLiteral("shape-sqlite")).has_value());
    TestDatabase postgresTest(TestDatabase::Engine::PostgreSql);
    Database postgres;
    REQUIRE(postgres.open(postgresTest.location(), QStringLiteral("shape-postgresql")).has_value());

    SchemaShape expected = shapeOf(sqlite.connection(),
                                   QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
    SchemaShape actual = shapeOf(postgres.connection(),
                                 QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                                                "AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))"));
    // Indexes behind PRIMARY KEY and UNIQUE are left out on both sides (SQLite's sql IS NULL).
    // SQLite's search index is the FTS5 table and its shadow tables; PostgreSQL's is a column and a GIN index.
    for (const QString &table : expected.columns.keys()) {
        if (table.startsWith(QLatin1String("leads_fts")))
            expected.columns.remove(table);
    }
    REQUIRE(actual.columns.contains(QStringLiteral("crm_agent_schema")));   // PRAGMA user_version on SQLite
    actual.columns.remove(QStringLiteral("crm_agent_schema"));
    REQUIRE(actual.columns[QStringLiteral("leads")].endsWith(QStringLiteral("search_vector")));
    actual.columns[QStringLiteral("leads")].removeLast();
    REQUIRE(actual.indexes.remove(QStringLiteral("leads_search")));
    REQUIRE(actual.indexes.remove(QStringLiteral("employees_login")));   // SQLite: login UNIQUE COLLATE NOCASE
    REQUIRE(expected.indexes.remove(QStringLiteral("leads_walk")));   // PostgreSQL walks its primary key's index

    CHECK(actual.columns.keys() == expected.columns.keys());
    for (auto it = expected.columns.cbegin(); it != expected.columns.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(actual.columns.value(it.key()) == it.value());
    }
    QStringList expectedIndexes = expected.indexes.values();
    QStringList actualIndexes = actual.indexes.values();
    expectedIndexes.sort();
    actualIndexes.sort();
    CHECK(actualIndexes == expectedIndexes);
}

TEST_CASE("storage: an unreachable PostgreSQL server is refused with a one-line reason")
{
    Database database;
    // Port 1 on the loopback: nothing listens, the connection is refused at once.
    const Result<void> opened = database.open(QStringLiteral("postgresql://crm@127.0.0.1:1/crm"));
    CHECK_FALSE(opened.has_value());
    CHECK_FALSE(database.isOpen());
    CHECK(opened.error().contains(QStringLiteral("Cannot reach the server")));
    CHECK(opened.error().contains(QStringLiteral("crm on 127.0.0.1:1")));
    CHECK_FALSE(opened.error().contains(u'\n'));
    CHECK_FALSE(QSqlDatabase::contains(QStringLiteral("crm-main")));
}

TEST_CASE("storage: a missing PostgreSQL database or user is refused with a one-line reason", "[postgresql-only]")
{
    QUrl url(TestDatabase::clusterUri());
    Database database;
    SECTION("a database that does not exist")
    {
        url.setPath(QStringLiteral("/crm_no_such_database"));
        CHECK_FALSE(database.open(url.toString()).has_value());
        CHECK(database.errorString().contains(QStringLiteral("no such database")));
        CHECK(database.errorString().contains(QStringLiteral("crm_no_such_database")));
    }
    SECTION("a user that does not exist")
    {
        url.setUserName(QStringLiteral("crm_no_such_user"));
        CHECK_FALSE(database.open(url.toString()).has_value());
        CHECK(database.errorString().contains(QStringLiteral("no user crm_no_such_user")));
    }
    CHECK_FALSE(database.isOpen());
    CHECK_FALSE(database.errorString().contains(u'\n'));
}
