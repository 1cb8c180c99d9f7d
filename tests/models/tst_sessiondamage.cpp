// A database file damaged while a Session has it open (issue 14): the first job that meets the
// damage answers what is wrong and what to do, the session says it once, and every later write is
// refused without touching the file.

#include "await.h"
#include "catchresult.h"
#include "lead.h"
#include "leadstore.h"
#include "makedemodatabase.h"
#include "opensession.h"
#include "rawsqlite.h"
#include "session.h"
#include "tempdir.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void checkSaysWhatToDo(const QString &message, const QString &path)
{
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("%1 is damaged").arg(path)));
    CHECK(message.contains(QStringLiteral("Restore your last backup")));
    CHECK(message.contains(QStringLiteral("crm-agent check --db %1").arg(path)));
}

} // namespace

// [sqlite-only]: the damage is made by writing into the file under SQLite's feet.
TEST_CASE("A file damaged during work is said once with what to do, and nothing more is written to it",
          "[session][damage][sqlite-only]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("damaged.sqlite"));
    makeDemoDatabase(path, QStringLiteral("make-damaged"), 300);
    const qint64 firstLead = rawValue(path, QStringLiteral("SELECT MIN(id) FROM leads"));

    auto session = openSession(path);
    QSignalSpy damaged(session.get(), &Session::databaseDamaged);
    damageTableRoot(path, QStringLiteral("leads"));
    const QByteArray before = fileHash(path);

    // A read that meets the damaged page answers the damage and what to do, not SQLite's bare words.
    LeadStore store(session.get());
    const Result<StoredLead> loaded =
        await<Result<StoredLead>>([&](QObject *c, auto done) { store.load(firstLead, c, done); });
    REQUIRE_FALSE(loaded.has_value());
    checkSaysWhatToDo(loaded.error(), path);
    REQUIRE(damaged.count() == 1);
    CHECK(damaged.at(0).at(0).toString() == loaded.error());
    CHECK(session->damageMessage() == loaded.error());

    // Every later write is refused with the same words, whatever it would touch.
    Lead lead;
    lead.name = QStringLiteral("Written after the damage");
    const Result<Lead> saved = await<Result<Lead>>([&](QObject *c, auto done) { store.save(lead, c, done); });
    REQUIRE_FALSE(saved.has_value());
    CHECK(saved.error() == loaded.error());
    const Result<int> created = await<Result<int>>([&](QObject *c, auto done) {
        session->run(Session::Lane::Write, c, [](QSqlDatabase &db) -> Result<int> {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("CREATE TABLE written_after_damage (a INTEGER)")))
                return Failure{query.lastError().text()};
            return 1;
        }, done);
    });
    REQUIRE_FALSE(created.has_value());
    CHECK(created.error() == loaded.error());
    // Reported once, however many jobs met it since.
    CHECK(damaged.count() == 1);

    // Closing checkpoints nothing into the damaged file either.
    session.reset();
    CHECK(fileHash(path) == before);
    CHECK(rawValue(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'written_after_damage'")) == 0);
}
