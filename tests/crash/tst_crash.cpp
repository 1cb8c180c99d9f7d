// The crash harness (issue 14): each kind of write, in a child process killed with SIGKILL at many
// points inside SQLite's file I/O (crashvfs.cpp, loaded with LD_PRELOAD: the kill comes before the
// N-th write, sync or truncate of any of the database's files). After each kill the file must be
// sound (DatabaseCheck: the integrity check, the references, the search index's own check and
// counts), every lead must have its creation history row and its search index row with nothing
// orphaned, every write the child reported as committed must be there, and the one under way must
// be there wholly or not at all. The application then opens the file.
//
// A calibration run (no kill) counts a kind's writes; the kill points are spread over that count
// from a seed. CRM_AGENT_CRASH_POINTS sets the number of kill points over all kinds (default 200),
// CRM_AGENT_CRASH_SEED the seed; each test prints both, and the kill points of its kind.

#include "clirun.h"
#include "database.h"
#include "databasecheck.h"
#include "historyfields.h"
#include "rawsqlite.h"
#include "schema.h"
#include "tempdir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>
#include <QUuid>
#include <QVariant>

#include <catch2/catch.hpp>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <functional>
#include <optional>

namespace {

// The kinds of write, and the share of the kill points each gets.
enum class Kind { DemoNew, DemoAdd, Save, Qualify, Assign, Import, Copy, Migration };
constexpr int KindCount = 8;

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::DemoNew: return "demo (a new file)";
    case Kind::DemoAdd: return "demo (adding to a file)";
    case Kind::Save: return "saving leads (create, edit)";
    case Kind::Qualify: return "qualify";
    case Kind::Assign: return "bulk assign";
    case Kind::Import: return "import";
    case Kind::Copy: return "copy (the target)";
    case Kind::Migration: return "migration";
    }
    return "?";
}

quint64 runSeed()
{
    static const quint64 seed = [] {
        bool ok = false;
        const quint64 given = qEnvironmentVariable("CRM_AGENT_CRASH_SEED").toULongLong(&ok);
        return ok ? given : QRandomGenerator::system()->generate64() % 1000000000ULL;
    }();
    return seed;
}

int totalPoints()
{
    bool ok = false;
    const int given = qEnvironmentVariableIntValue("CRM_AGENT_CRASH_POINTS", &ok);
    return ok && given > 0 ? given : 200;
}

int pointsFor(Kind)
{
    return std::max(1, totalPoints() / KindCount);
}

// A plain connection to an SQLite file, for reading what a child left.
class Raw
{
public:
    explicit Raw(const QString &path) : m_name(QStringLiteral("crash-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~Raw()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Raw(const Raw &) = delete;
    Raw &operator=(const Raw &) = delete;

    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.setForwardOnly(true);
        REQUIRE(query.prepare(sql));
        for (const QVariant &value : values)
            query.addBindValue(value);
        INFO(sql.toStdString());
        REQUIRE(query.exec());
        QList<QVariantList> result;
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row.append(query.value(i));
            result.append(row);
        }
        return result;
    }
    qint64 scalar(const QString &sql, const QVariantList &values = {}) const
    {
        const QList<QVariantList> all = rows(sql, values);
        return all.isEmpty() ? 0 : all.first().value(0).toLongLong();
    }
    QString text(const QString &sql, const QVariantList &values = {}) const
    {
        const QList<QVariantList> all = rows(sql, values);
        return all.isEmpty() ? QString() : all.first().value(0).toString();
    }

private:
    QString m_name;
};

// What a child left: whether it was killed, its exit status otherwise, what it said.
struct Child
{
    bool killed = false;
    int exitCode = -1;
    QStringList lines;
    QString err;

    // The last "begin ..." line with no "commit ..." after it: the write under way when killed.
    QString inFlight() const
    {
        for (qsizetype i = lines.size() - 1; i >= 0; --i) {
            if (lines.at(i).startsWith(QLatin1String("commit ")))
                return QString();
            if (lines.at(i).startsWith(QLatin1String("begin ")))
                return lines.at(i).mid(6);
        }
        return QString();
    }
    // The "commit ..." lines, without the word.
    QStringList commits() const
    {
        QStringList result;
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("commit ")))
                result.append(line.mid(7));
        }
        return result;
    }
};

// Where a child is killed: at its `atWrite`-th write (0: never) by the kill switch, or `afterMs` after
// its start (-1: never) by the parent; `countFile` (if given) receives the number of writes it made.
struct Kill
{
    qint64 atWrite = 0;
    int afterMs = -1;
    QString countFile;
};

// Runs `program` with the kill switch set as `kill` says and waits for it to end (blocking on the
// process, or on its finished() signal when a timer kills it: no polling).
Child runChild(const QString &program, const QStringList &arguments, const Kill &kill, const QString &password = QString())
{
    QProcess process;
    QProcessEnvironment env = cliEnvironment(password);
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(CRM_AGENT_CRASH_VFS));
    // A sanitizer build wants its runtime first among the preloaded libraries.
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               (asan.isEmpty() ? QString() : asan + u':') + QStringLiteral("verify_asan_link_order=0"));
    env.insert(QStringLiteral("CRM_AGENT_CRASH_AT"), QString::number(kill.atWrite));
    if (!kill.countFile.isEmpty())
        env.insert(QStringLiteral("CRM_AGENT_CRASH_COUNT"), kill.countFile);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    if (kill.afterMs < 0) {
        process.start(program, arguments);
        REQUIRE(process.waitForFinished(180000));
    } else {
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(kill.afterMs, &process, &QProcess::kill);
        QTimer::singleShot(180000, &loop, &QEventLoop::quit);
        process.start(program, arguments);
        loop.exec();
        REQUIRE(process.state() == QProcess::NotRunning);
    }
    Child child;
    child.killed = process.exitStatus() == QProcess::CrashExit;
    child.exitCode = process.exitCode();
    child.lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    child.err = QString::fromUtf8(process.readAllStandardError());
    INFO(child.err.toStdString());
    // Killed by the kill switch, never by anything else (a crash of its own is a finding).
    if (child.killed)
        REQUIRE(child.exitCode == SIGKILL);
    return child;
}

Child runCrm(const QStringList &arguments, const Kill &kill, const QString &password = QString())
{
    return runChild(QStringLiteral(CRM_AGENT_BIN), arguments, kill, password);
}

Child runHelper(const QStringList &arguments, const Kill &kill)
{
    return runChild(QStringLiteral(CRM_AGENT_CRASH_CHILD), arguments, kill);
}

// crm-agent demo into a new file at `path`, no kill switch: a kind's starting file.
void makeDemo(const QString &path, int leads, int seed)
{
    const CliRun<QString> run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--leads"),
                                        QString::number(leads), QStringLiteral("--seed"), QString::number(seed)});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

// The file as a child left it: sound as DatabaseCheck sees it, every lead with its creation history
// row and its search index row, nothing orphaned. Answers the schema version (0: a file with no
// schema yet, which is what a kill before the first commit of a new file leaves).
int checkSound(const QString &path)
{
    if (!QFileInfo::exists(path))
        return 0;
    const Result<DatabaseCheck::Report> report = DatabaseCheck::run(path);
    if (!report) {
        INFO(report.error().toStdString());
        REQUIRE(Raw(path).scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema")) == 0);
        return 0;
    }
    INFO(report->findings.join(u'\n').toStdString());
    REQUIRE(report->findings.isEmpty());
    const Raw raw(path);
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM leads l WHERE NOT EXISTS (SELECT 1 FROM lead_history h "
                                    "WHERE h.lead_id = l.id AND h.field = ?)"),
                     {HistoryFields::createdCode()})
          == 0);
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM lead_history h WHERE NOT EXISTS "
                                    "(SELECT 1 FROM leads l WHERE l.id = h.lead_id)"))
          == 0);
    if (report->schemaVersion >= 4) {
        CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM leads l WHERE NOT EXISTS "
                                        "(SELECT 1 FROM leads_fts_docsize d WHERE d.id = l.id)"))
              == 0);
        CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM leads_fts_docsize d WHERE NOT EXISTS "
                                        "(SELECT 1 FROM leads l WHERE l.id = d.id)"))
              == 0);
    }
    return report->schemaVersion;
}

// The application opens the file after the crash (creating the schema in an empty one), and it is
// sound at the current version.
void checkOpens(const QString &path)
{
    {
        Database db;
        const Result<void> opened = db.open(path, QStringLiteral("crash-reopen"), QString(), Database::Creation::Allowed);
        INFO(opened.error().toStdString());
        REQUIRE(opened.has_value());
        REQUIRE(db.schemaVersion() == Schema::CurrentVersion);
    }
    REQUIRE(checkSound(path) == Schema::CurrentVersion);
}

qint64 count(const QString &path, const QString &table)
{
    return Raw(path).scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
}

// A kind's run: `prepare` makes the starting files in `dir` (the templates), `run` starts the child
// on the copies in a kill's own folder, `verify` checks what it left. First a calibration run with no
// kill counts the writes and times the run; then the kill points are spread over the writes (one per
// stratum, at random within it), from the run's seed; then a fifth as many kills come from the
// parent at random times within the calibration run's duration (SIGKILL by QProcess::kill), to
// catch what the I/O kill switch cannot see (a kill between two writes of no I/O, in Qt or libc).
struct KindRun
{
    Kind kind;
    // Files copied from the template folder into each kill's folder.
    QStringList files;
    std::function<void(const QString &templates)> prepare;
    std::function<Child(const QString &folder, const Kill &kill)> run;
    // `templates`: the starting files, as prepare() made them.
    std::function<void(const QString &folder, const QString &templates, const Child &child)> verify;
};

void runKind(const KindRun &kind)
{
    const quint64 seed = runSeed();
    TempDir dir;
    const QString templates = dir.file(QStringLiteral("templates"));
    REQUIRE(QDir().mkpath(templates));
    kind.prepare(templates);

    int serial = 0;
    const auto folderFor = [&]() {
        const QString folder = dir.file(QStringLiteral("kill-%1").arg(++serial));
        REQUIRE(QDir().mkpath(folder));
        for (const QString &name : kind.files)
            REQUIRE(QFile::copy(templates + u'/' + name, folder + u'/' + name));
        return folder;
    };

    // Calibration: the whole write, not killed, and how many writes it makes.
    qint64 total = 0;
    qint64 duration = 0;
    {
        const QString folder = folderFor();
        const QString countFile = dir.file(QStringLiteral("count"));
        QElapsedTimer timer;
        timer.start();
        const Child child = kind.run(folder, Kill{0, -1, countFile});
        duration = timer.elapsed();
        INFO(child.err.toStdString());
        REQUIRE_FALSE(child.killed);
        REQUIRE(child.exitCode == 0);
        kind.verify(folder, templates, child);
        QFile file(countFile);
        REQUIRE(file.open(QIODevice::ReadOnly));
        total = file.readAll().trimmed().toLongLong();
        REQUIRE(total > 0);
        REQUIRE(QDir(folder).removeRecursively());
    }

    const int points = pointsFor(kind.kind);
    QRandomGenerator rng(static_cast<quint32>(seed ^ (static_cast<quint64>(kind.kind) * 0x9E3779B97F4A7C15ULL)));
    std::printf("crash harness: %s: seed %llu (CRM_AGENT_CRASH_SEED), %d kill points (CRM_AGENT_CRASH_POINTS=%d over %d "
                "kinds) in %lld writes\n",
                kindName(kind.kind), static_cast<unsigned long long>(seed), points, totalPoints(), KindCount,
                static_cast<long long>(total));
    std::fflush(stdout);
    int killed = 0;
    for (int i = 0; i < points; ++i) {
        const double from = static_cast<double>(i) * static_cast<double>(total) / points;
        const double width = static_cast<double>(total) / points;
        const qint64 at = std::clamp<qint64>(1 + static_cast<qint64>(from + rng.generateDouble() * width), 1, total);
        INFO(kindName(kind.kind) << ": killed at write " << at << " of " << total << ", seed " << seed);
        const QString folder = folderFor();
        const Child child = kind.run(folder, Kill{at, -1, QString()});
        INFO("child said:\n" << child.lines.join(u'\n').toStdString() << "\n" << child.err.toStdString());
        if (child.killed)
            ++killed;
        else
            REQUIRE(child.exitCode == 0);   // the writes differ a little from run to run: it ended first
        kind.verify(folder, templates, child);
        REQUIRE(QDir(folder).removeRecursively());
    }
    const int timedPoints = std::max(1, points / 5);
    int timedKilled = 0;
    for (int i = 0; i < timedPoints; ++i) {
        const int afterMs = static_cast<int>(rng.bounded(static_cast<quint32>(std::max<qint64>(duration, 1))));
        INFO(kindName(kind.kind) << ": killed " << afterMs << " ms after its start, seed " << seed);
        const QString folder = folderFor();
        const Child child = kind.run(folder, Kill{0, afterMs, QString()});
        INFO("child said:\n" << child.lines.join(u'\n').toStdString() << "\n" << child.err.toStdString());
        if (child.killed)
            ++timedKilled;
        else
            REQUIRE(child.exitCode == 0);
        kind.verify(folder, templates, child);
        REQUIRE(QDir(folder).removeRecursively());
    }
    std::printf("crash harness: %s: %d kills inside I/O (%d runs ended before their kill point), %d kills at random "
                "times of %d\n",
                kindName(kind.kind), killed, points - killed, timedKilled, timedPoints);
    std::fflush(stdout);
    CHECK(killed > 0);
}

// The leads of a file by id: the columns a life-cycle write or an edit changes.
struct LeadRow
{
    int state = 0;
    qint64 ownerId = 0;
    qint64 opportunityId = 0;
    QString city;
    int version = 0;
    QString name;
    bool operator==(const LeadRow &) const = default;
};

QHash<qint64, LeadRow> leadRows(const QString &path)
{
    QHash<qint64, LeadRow> rows;
    for (const QVariantList &row : Raw(path).rows(QStringLiteral(
             "SELECT id, state, owner_id, opportunity_id, city, version, name FROM leads"))) {
        rows.insert(row.at(0).toLongLong(), LeadRow{row.at(1).toInt(), row.at(2).toLongLong(), row.at(3).toLongLong(),
                                                    row.at(4).toString(), row.at(5).toInt(), row.at(6).toString()});
    }
    return rows;
}

// The leads with history rows written after the template's last one.
QHash<qint64, qint64> newHistory(const QString &path, qint64 afterId)
{
    QHash<qint64, qint64> perLead;
    for (const QVariantList &row : Raw(path).rows(
             QStringLiteral("SELECT lead_id, COUNT(*) FROM lead_history WHERE id > ? GROUP BY lead_id"), {afterId}))
        perLead.insert(row.at(0).toLongLong(), row.at(1).toLongLong());
    return perLead;
}

} // namespace

TEST_CASE("crash: demo into a new file, killed anywhere, leaves no file, an empty one, or the whole demo", "[crash]")
{
    static constexpr int Leads = 150;
    runKind(KindRun{
        Kind::DemoNew,
        {},
        [](const QString &) {},
        [](const QString &folder, const Kill &kill) {
            return runCrm({QStringLiteral("demo"), QStringLiteral("--db"), folder + QStringLiteral("/new.sqlite"),
                           QStringLiteral("--leads"), QString::number(Leads), QStringLiteral("--seed"), QStringLiteral("3")},
                          kill);
        },
        [](const QString &folder, const QString &, const Child &child) {
            const QString path = folder + QStringLiteral("/new.sqlite");
            if (checkSound(path) > 0) {
                const qint64 leads = count(path, QStringLiteral("leads"));
                // One transaction: the employees, companies and leads together, or nothing of them.
                CHECK((leads == 0 || leads == Leads));
                CHECK((count(path, QStringLiteral("employees")) > 0) == (leads > 0));
                if (!child.killed)
                    CHECK(leads == Leads);
            } else {
                CHECK(child.killed);
            }
            checkOpens(path);
        },
    });
}

TEST_CASE("crash: demo adding to a file keeps the file's leads and adds all or none", "[crash]")
{
    static constexpr int Before = 100;
    static constexpr int Added = 100;
    runKind(KindRun{
        Kind::DemoAdd,
        {QStringLiteral("leads.sqlite")},
        [](const QString &templates) { makeDemo(templates + QStringLiteral("/leads.sqlite"), Before, 1); },
        [](const QString &folder, const Kill &kill) {
            return runCrm({QStringLiteral("demo"), QStringLiteral("--db"), folder + QStringLiteral("/leads.sqlite"),
                           QStringLiteral("--leads"), QString::number(Added), QStringLiteral("--seed"), QStringLiteral("5"),
                           QStringLiteral("--user"), QStringLiteral("admin")},
                          kill, QStringLiteral("admin"));
        },
        [](const QString &folder, const QString &, const Child &child) {
            const QString path = folder + QStringLiteral("/leads.sqlite");
            REQUIRE(checkSound(path) == Schema::CurrentVersion);
            const qint64 leads = count(path, QStringLiteral("leads"));
            CHECK((leads == Before || leads == Before + Added));
            if (!child.killed)
                CHECK(leads == Before + Added);
            checkOpens(path);
        },
    });
}

TEST_CASE("crash: saving leads keeps every save reported and the one under way whole or absent", "[crash]")
{
    runKind(KindRun{
        Kind::Save,
        {QStringLiteral("leads.sqlite")},
        [](const QString &templates) { makeDemo(templates + QStringLiteral("/leads.sqlite"), 100, 1); },
        [](const QString &folder, const Kill &kill) {
            return runHelper({QStringLiteral("save"), folder + QStringLiteral("/leads.sqlite"), QStringLiteral("12")}, kill);
        },
        [](const QString &folder, const QString &templates, const Child &child) {
            const QString path = folder + QStringLiteral("/leads.sqlite");
            REQUIRE(checkSound(path) == Schema::CurrentVersion);
            const QString templatePath = templates + QStringLiteral("/leads.sqlite");
            const QHash<qint64, LeadRow> before = leadRows(templatePath);
            const qint64 lastHistory = Raw(templatePath).scalar(QStringLiteral("SELECT MAX(id) FROM lead_history"));
            const QHash<qint64, LeadRow> after = leadRows(path);
            const QHash<qint64, qint64> history = newHistory(path, lastHistory);
            // The template's leads are as they were.
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                REQUIRE(after.contains(it.key()));
                CHECK(after.value(it.key()) == it.value());
                CHECK_FALSE(history.contains(it.key()));
            }
            // Every reported create and edit is there.
            QHash<QString, qint64> created;   // name -> id
            QHash<qint64, int> edited;         // id -> version
            for (const QString &line : child.commits()) {
                const QStringList words = line.split(u' ');
                if (words.at(0) == QLatin1String("create"))
                    created.insert(words.mid(2).join(u' '), words.at(1).toLongLong());
                else if (words.at(0) == QLatin1String("edit"))
                    edited.insert(words.at(1).toLongLong(), words.constLast().toInt());
            }
            const QString flight = child.inFlight();
            const QStringList flightWords = flight.split(u' ');
            qint64 newLeads = 0;
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                if (before.contains(it.key()))
                    continue;
                ++newLeads;
                const LeadRow &row = it.value();
                const QString number = row.name.section(u' ', 2);
                INFO("lead " << it.key() << " " << row.name.toStdString() << " city " << row.city.toStdString());
                const bool reported = created.value(row.name) == it.key();
                // A lead not reported created is the create under way, whole.
                if (!reported)
                    CHECK(flight == QStringLiteral("create ") + row.name);
                const bool editReported = edited.contains(it.key());
                const bool editInFlight = flightWords.value(0) == QLatin1String("edit")
                                          && flightWords.value(1).toLongLong() == it.key();
                const bool isEdited = row.city == QStringLiteral("City %1.1").arg(number);
                CHECK((isEdited || row.city == QStringLiteral("City %1.0").arg(number)));
                if (editReported)
                    CHECK(isEdited);
                if (!editReported && !editInFlight)
                    CHECK_FALSE(isEdited);
                // The edit is whole: its version and its history row with it.
                CHECK(row.version == (isEdited ? 2 : 1));
                if (editReported)
                    CHECK(row.version == edited.value(it.key()));
                CHECK(history.value(it.key()) == (isEdited ? 2 : 1));
                CHECK(Raw(path).scalar(QStringLiteral("SELECT COUNT(*) FROM lead_history WHERE lead_id = ? AND field = 'city'"),
                                       {it.key()})
                      == (isEdited ? 1 : 0));
            }
            CHECK(newLeads >= created.size());
            CHECK(newLeads <= created.size() + 1);
            if (!child.killed)
                CHECK(newLeads == 12);
            checkOpens(path);
        },
    });
}

TEST_CASE("crash: qualifying keeps every qualified lead and the one under way whole or untouched", "[crash]")
{
    runKind(KindRun{
        Kind::Qualify,
        {QStringLiteral("leads.sqlite")},
        [](const QString &templates) { makeDemo(templates + QStringLiteral("/leads.sqlite"), 300, 1); },
        [](const QString &folder, const Kill &kill) {
            return runHelper({QStringLiteral("qualify"), folder + QStringLiteral("/leads.sqlite"), QStringLiteral("10")},
                             kill);
        },
        [](const QString &folder, const QString &templates, const Child &child) {
            const QString path = folder + QStringLiteral("/leads.sqlite");
            REQUIRE(checkSound(path) == Schema::CurrentVersion);
            const QString templatePath = templates + QStringLiteral("/leads.sqlite");
            const QHash<qint64, LeadRow> before = leadRows(templatePath);
            const qint64 lastHistory = Raw(templatePath).scalar(QStringLiteral("SELECT MAX(id) FROM lead_history"));
            const qint64 opportunities = count(templatePath, QStringLiteral("opportunities"));
            const QHash<qint64, LeadRow> after = leadRows(path);
            const QHash<qint64, qint64> history = newHistory(path, lastHistory);
            REQUIRE(after.size() == before.size());
            QHash<qint64, qint64> qualified;   // lead -> opportunity
            for (const QString &line : child.commits())
                qualified.insert(line.section(u' ', 1, 1).toLongLong(), line.section(u' ', 2, 2).toLongLong());
            const QString flight = child.inFlight();
            const qint64 flightLead = flight.startsWith(QLatin1String("qualify ")) ? flight.section(u' ', 1, 1).toLongLong() : 0;
            const Raw raw(path);
            qint64 changed = 0;
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                const LeadRow &row = after.value(it.key());
                INFO("lead " << it.key());
                if (row == it.value()) {
                    CHECK_FALSE(qualified.contains(it.key()));
                    CHECK_FALSE(history.contains(it.key()));
                    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE name = ?"),
                                     {QStringLiteral("Crash opportunity %1").arg(it.key())})
                          == 0);
                    continue;
                }
                ++changed;
                CHECK((qualified.contains(it.key()) || it.key() == flightLead));
                // Qualified whole: the state, its opportunity (named, pointing back), the history.
                CHECK(row.state == 3);
                CHECK(row.opportunityId > 0);
                if (qualified.contains(it.key()))
                    CHECK(row.opportunityId == qualified.value(it.key()));
                CHECK(raw.text(QStringLiteral("SELECT name FROM opportunities WHERE id = ? AND lead_id = ?"),
                               {row.opportunityId, it.key()})
                      == QStringLiteral("Crash opportunity %1").arg(it.key()));
                CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM lead_history WHERE id > ? AND lead_id = ? AND field = ?"),
                                 {lastHistory, it.key(), HistoryFields::stateCode()})
                      == 1);
            }
            CHECK(changed >= qualified.size());
            CHECK(changed <= qualified.size() + 1);
            CHECK(count(path, QStringLiteral("opportunities")) == opportunities + changed);
            if (!child.killed)
                CHECK(changed == 10);
            checkOpens(path);
        },
    });
}

TEST_CASE("crash: a bulk assign is wholly there or wholly absent, the ones before it all there", "[crash]")
{
    static constexpr int Batches = 5;
    runKind(KindRun{
        Kind::Assign,
        {QStringLiteral("leads.sqlite")},
        [](const QString &templates) { makeDemo(templates + QStringLiteral("/leads.sqlite"), 300, 1); },
        [](const QString &folder, const Kill &kill) {
            return runHelper({QStringLiteral("assign"), folder + QStringLiteral("/leads.sqlite"), QString::number(Batches)},
                             kill);
        },
        [](const QString &folder, const QString &templates, const Child &child) {
            const QString path = folder + QStringLiteral("/leads.sqlite");
            REQUIRE(checkSound(path) == Schema::CurrentVersion);
            const QString templatePath = templates + QStringLiteral("/leads.sqlite");
            const QHash<qint64, LeadRow> before = leadRows(templatePath);
            const qint64 lastHistory = Raw(templatePath).scalar(QStringLiteral("SELECT MAX(id) FROM lead_history"));
            const QHash<qint64, LeadRow> after = leadRows(path);
            const QHash<qint64, qint64> history = newHistory(path, lastHistory);
            REQUIRE(after.size() == before.size());
            // batch "owner id,id,..." -> whether reported
            QList<std::pair<qint64, QList<qint64>>> batches;
            const auto parse = [](const QString &words) {
                QList<qint64> ids;
                for (const QString &id : words.section(u' ', 2, 2).split(u','))
                    ids.append(id.toLongLong());
                return std::pair<qint64, QList<qint64>>(words.section(u' ', 1, 1).toLongLong(), ids);
            };
            for (const QString &line : child.commits())
                batches.append(parse(line));
            const qsizetype reported = batches.size();
            if (child.inFlight().startsWith(QLatin1String("assign ")))
                batches.append(parse(child.inFlight()));
            QSet<qint64> inBatches;
            for (qsizetype b = 0; b < batches.size(); ++b) {
                const auto &[owner, ids] = batches.at(b);
                int assigned = 0;
                for (const qint64 id : ids) {
                    inBatches.insert(id);
                    const LeadRow &row = after.value(id);
                    INFO("lead " << id << " batch " << b);
                    if (row == before.value(id)) {
                        CHECK_FALSE(history.contains(id));
                        continue;
                    }
                    ++assigned;
                    CHECK(row.state == 2);
                    CHECK(row.ownerId == owner);
                    CHECK(history.value(id) > 0);
                }
                INFO("batch " << b << " of " << batches.size() << ", " << reported << " reported");
                // A batch is one transaction: all its leads or none; every reported one all.
                if (b < reported)
                    CHECK(assigned == ids.size());
                else
                    CHECK((assigned == 0 || assigned == ids.size()));
            }
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                if (inBatches.contains(it.key()))
                    continue;
                CHECK(after.value(it.key()) == it.value());
                CHECK_FALSE(history.contains(it.key()));
            }
            if (!child.killed)
                CHECK(reported == Batches);
            checkOpens(path);
        },
    });
}

TEST_CASE("crash: an import adds all its rows or none", "[crash]")
{
    static constexpr int Before = 100;
    static constexpr int Rows = 200;
    runKind(KindRun{
        Kind::Import,
        {QStringLiteral("leads.sqlite"), QStringLiteral("in.csv")},
        [](const QString &templates) {
            makeDemo(templates + QStringLiteral("/leads.sqlite"), Before, 1);
            QByteArray csv = "Name,Source,City,Email\r\n";
            for (int i = 1; i <= Rows; ++i)
                csv += QStringLiteral("Imported lead %1,chat,Town %1,imported%1@crash.example\r\n").arg(i).toUtf8();
            QFile file(templates + QStringLiteral("/in.csv"));
            REQUIRE(file.open(QIODevice::WriteOnly));
            REQUIRE(file.write(csv) == csv.size());
        },
        [](const QString &folder, const Kill &kill) {
            return runCrm({QStringLiteral("import"), QStringLiteral("--db"), folder + QStringLiteral("/leads.sqlite"),
                           folder + QStringLiteral("/in.csv"), QStringLiteral("--user"), QStringLiteral("sales1")},
                          kill, QStringLiteral("sales1"));
        },
        [](const QString &folder, const QString &, const Child &child) {
            const QString path = folder + QStringLiteral("/leads.sqlite");
            REQUIRE(checkSound(path) == Schema::CurrentVersion);
            const qint64 leads = count(path, QStringLiteral("leads"));
            CHECK((leads == Before || leads == Before + Rows));
            CHECK(Raw(path).scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE name LIKE 'Imported lead %'"))
                  == leads - Before);
            if (!child.killed)
                CHECK(leads == Before + Rows);
            checkOpens(path);
        },
    });
}

TEST_CASE("crash: a copy leaves its target without rows or with all of them, the source untouched", "[crash]")
{
    runKind(KindRun{
        Kind::Copy,
        {QStringLiteral("source.sqlite")},
        [](const QString &templates) { makeDemo(templates + QStringLiteral("/source.sqlite"), 200, 1); },
        [](const QString &folder, const Kill &kill) {
            return runCrm({QStringLiteral("copy"), QStringLiteral("--from"), folder + QStringLiteral("/source.sqlite"),
                           QStringLiteral("--to"), folder + QStringLiteral("/target.sqlite")},
                          kill);
        },
        [](const QString &folder, const QString &templates, const Child &child) {
            const QString source = folder + QStringLiteral("/source.sqlite");
            const QString target = folder + QStringLiteral("/target.sqlite");
            const QStringList tables{QStringLiteral("leads"), QStringLiteral("lead_history"), QStringLiteral("employees"),
                                     QStringLiteral("companies"), QStringLiteral("contacts"),
                                     QStringLiteral("opportunities")};
            QList<qint64> sourceCounts;
            for (const QString &table : tables)
                sourceCounts.append(count(templates + QStringLiteral("/source.sqlite"), table));
            REQUIRE(checkSound(source) == Schema::CurrentVersion);
            for (qsizetype i = 0; i < tables.size(); ++i)
                CHECK(count(source, tables.at(i)) == sourceCounts.at(i));
            if (!child.killed)
                REQUIRE(QFileInfo::exists(target));
            if (checkSound(target) > 0) {
                const bool whole = count(target, QStringLiteral("leads")) > 0;
                CHECK((whole || child.killed));
                for (qsizetype i = 0; i < tables.size(); ++i) {
                    INFO(tables.at(i).toStdString());
                    CHECK(count(target, tables.at(i)) == (whole ? sourceCounts.at(i) : 0));
                }
            }
            if (QFileInfo::exists(target))
                checkOpens(target);
        },
    });
}

TEST_CASE("crash: a migration leaves the older schema or the new one, every row kept, the backup whole", "[crash]")
{
    static constexpr int Leads = 1000;
    runKind(KindRun{
        Kind::Migration,
        {QStringLiteral("old.sqlite")},
        [](const QString &templates) {
            // A file of schema 1 from before the application id, with companies, contacts and leads
            // (each with its creation history row), made the way the migration tests make one.
            const QString path = templates + QStringLiteral("/old.sqlite");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-v1"));
                db.setDatabaseName(path);
                REQUIRE(db.open());
                QString error;
                REQUIRE(Schema::migrateTo(db, 1, &error));
                QSqlQuery query(db);
                REQUIRE(db.transaction());
                for (int i = 1; i <= Leads; ++i) {
                    if (i % 4 == 1) {
                        REQUIRE(query.exec(QStringLiteral("INSERT INTO companies (id, name, created_at) VALUES (%1, "
                                                          "'Company %1', '2025-01-01T00:00:00Z')")
                                               .arg(i)));
                        REQUIRE(query.exec(QStringLiteral("INSERT INTO contacts (id, company_id, last_name, first_name, "
                                                          "created_at) VALUES (%1, %1, 'Иванов %1', 'Пётр', "
                                                          "'2025-01-01T00:00:00Z')")
                                               .arg(i)));
                    }
                    const int company = (i - 1) / 4 * 4 + 1;
                    REQUIRE(query.exec(QStringLiteral("INSERT INTO leads (id, name, source, company_id, contact_id, "
                                                      "city, description, created_at, updated_at) VALUES (%1, "
                                                      "'Old lead %1', 1, %2, %2, 'Town %1', 'From schema 1', "
                                                      "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")
                                           .arg(i)
                                           .arg(company)));
                    REQUIRE(query.exec(QStringLiteral("INSERT INTO lead_history (lead_id, changed_at, field, new_value) "
                                                      "VALUES (%1, '2025-01-01T00:00:00Z', '%2', 'Old lead %1')")
                                           .arg(i)
                                           .arg(HistoryFields::createdCode())));
                }
                REQUIRE(db.commit());
                REQUIRE(query.exec(QStringLiteral("PRAGMA application_id = 0")));
                REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
                query.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("crash-v1"));
        },
        [](const QString &folder, const Kill &kill) {
            return runHelper({QStringLiteral("open"), folder + QStringLiteral("/old.sqlite")}, kill);
        },
        [](const QString &folder, const QString &, const Child &child) {
            const QString path = folder + QStringLiteral("/old.sqlite");
            const int version = checkSound(path);
            CHECK((version == 1 || version == Schema::CurrentVersion));
            if (!child.killed)
                CHECK(version == Schema::CurrentVersion);
            const auto checkRows = [&](const QString &file) {
                CHECK(count(file, QStringLiteral("leads")) == Leads);
                CHECK(count(file, QStringLiteral("lead_history")) == Leads);
                CHECK(count(file, QStringLiteral("companies")) == Leads / 4);
                CHECK(count(file, QStringLiteral("contacts")) == Leads / 4);
            };
            checkRows(path);
            // A backup beside the file is whole: the file as it was, schema 1.
            for (const QString &name : QDir(folder).entryList({QStringLiteral("old.before-v*.sqlite")}, QDir::Files)) {
                INFO(name.toStdString());
                const QString backup = folder + u'/' + name;
                CHECK(checkSound(backup) == 1);
                checkRows(backup);
            }
            if (version == Schema::CurrentVersion)
                CHECK_FALSE(QDir(folder).entryList({QStringLiteral("old.before-v*.sqlite")}, QDir::Files).isEmpty());
            checkOpens(path);
            checkRows(path);
        },
    });
}
