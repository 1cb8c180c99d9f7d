// The child of the crash harness (tst_crash.cpp) for the writes the window makes: it does them the
// way the window's services do (Session's Write lane through LeadStore and LeadActions), in a loop,
// and says on standard output, one flushed line each, what it is about to write ("begin ...") and,
// once the write's answer came back (after its commit), what it wrote ("commit ..."). The parent
// kills it with SIGKILL somewhere in between (crashvfs.cpp) and checks the file against these lines.
//
//   crash_child save    DB COUNT   creates a lead, then edits it, COUNT times, as the administrator
//   crash_child qualify DB COUNT   qualifies up to COUNT assigned leads, as their owner
//   crash_child assign  DB COUNT   bulk-assigns COUNT batches of New leads, as the administrator
//   crash_child open    DB         opens the file as the application does (migrating an older one)
//
// Exit status 0 when done, 3 when a write failed (printed as "fail ...").

#include "database.h"
#include "employee.h"
#include "employeerepository.h"
#include "lead.h"
#include "leadactions.h"
#include "leadstore.h"
#include "session.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <utility>

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what)
{
    say(QStringLiteral("fail ") + what);
    std::_Exit(3);
}

// Starts an asynchronous call and runs the event loop until its answer.
template<typename T, typename Start>
T await(Start start)
{
    QEventLoop loop;
    std::optional<T> answer;
    QObject context;
    start(&context, [&](T value) {
        answer.emplace(std::move(value));
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return std::move(*answer);
}

template<typename T>
T need(Result<T> result, const char *what)
{
    if (!result)
        fail(QString::fromLatin1(what) + QStringLiteral(": ") + result.error());
    if constexpr (!std::is_void_v<T>)
        return std::move(*result);
}

// The first column of every row of `sql`, read on the Read lane.
QList<qint64> ids(Session &session, const QString &sql, const QVariantList &values = {})
{
    return need(await<Result<QList<qint64>>>([&](QObject *c, auto done) {
        session.run(Session::Lane::Read, c, [sql, values](QSqlDatabase &db) -> Result<QList<qint64>> {
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (!query.exec())
                return Failure{sql};
            QList<qint64> result;
            while (query.next())
                result.append(query.value(0).toLongLong());
            return result;
        }, done);
    }), "read");
}

Employee employee(Session &session, const QVariant &loginOrId)
{
    return need(await<Result<Employee>>([&](QObject *c, auto done) {
        session.run(Session::Lane::Read, c, [loginOrId](QSqlDatabase &db) -> Result<Employee> {
            Employee e;
            const EmployeeRepository employees(db);
            const bool found = loginOrId.typeId() == QMetaType::QString ? employees.findByLogin(loginOrId.toString(), &e)
                                                                        : employees.find(loginOrId.toLongLong(), &e);
            if (!found)
                return Failure{QStringLiteral("no such employee")};
            return e;
        }, done);
    }), "employee");
}

// Creates a lead, then edits it (its city, a field the history records), `count` times.
void save(Session &session, int count)
{
    session.setEmployee(employee(session, QStringLiteral("admin")));
    const LeadStore store(&session);
    for (int i = 1; i <= count; ++i) {
        Lead lead;
        lead.name = QStringLiteral("Crash lead %1").arg(i);
        lead.source = LeadSource::SelfGeneration;
        lead.leadCompanyName = QStringLiteral("Crash company %1").arg(i);
        lead.city = QStringLiteral("City %1.0").arg(i);
        lead.description = QStringLiteral("Written by the crash harness, lead %1").arg(i);
        say(QStringLiteral("begin create %1").arg(lead.name));
        Lead stored = need(await<Result<Lead>>([&](QObject *c, auto done) { store.save(lead, c, done); }), "create");
        say(QStringLiteral("commit create %1 %2").arg(stored.id).arg(lead.name));
        stored.city = QStringLiteral("City %1.1").arg(i);
        say(QStringLiteral("begin edit %1 %2").arg(stored.id).arg(stored.city));
        const Lead edited = need(await<Result<Lead>>([&](QObject *c, auto done) { store.save(stored, c, done); }), "edit");
        say(QStringLiteral("commit edit %1 %2 %3").arg(edited.id).arg(edited.city).arg(edited.version));
    }
}

// Qualifies up to `count` assigned leads of the employee who owns the most of them, as that employee.
void qualify(Session &session, int count)
{
    const QList<qint64> owner = ids(session, QStringLiteral("SELECT owner_id FROM leads WHERE state = 2 GROUP BY owner_id "
                                                            "ORDER BY COUNT(*) DESC, owner_id LIMIT 1"));
    if (owner.isEmpty())
        fail(QStringLiteral("no assigned lead"));
    session.setEmployee(employee(session, owner.first()));
    const LeadActions actions(&session);
    const QList<qint64> leads = ids(session, QStringLiteral("SELECT id FROM leads WHERE state = 2 AND owner_id = ? "
                                                            "ORDER BY id LIMIT ?"),
                                    {owner.first(), count});
    for (const qint64 id : leads) {
        const QString name = QStringLiteral("Crash opportunity %1").arg(id);
        say(QStringLiteral("begin qualify %1").arg(id));
        const QualifyResult done = need(await<Result<QualifyResult>>([&](QObject *c, auto d) {
            actions.qualify(id, name, 0, c, d);
        }), "qualify");
        say(QStringLiteral("commit qualify %1 %2").arg(id).arg(done.opportunityId));
    }
}

// Assigns `count` batches of ten New leads, each batch in one bulk assign, to the sales agents in turn.
void assign(Session &session, int count)
{
    session.setEmployee(employee(session, QStringLiteral("admin")));
    const LeadActions actions(&session);
    const QList<qint64> owners = ids(session, QStringLiteral("SELECT id FROM employees WHERE active <> 0 AND (roles & 2) <> 0 "
                                                             "ORDER BY id"));
    if (owners.isEmpty())
        fail(QStringLiteral("no sales agent"));
    const QList<qint64> leads = ids(session, QStringLiteral("SELECT id FROM leads WHERE state = 1 ORDER BY id LIMIT ?"),
                                    {count * 10});
    for (int batch = 0; batch * 10 < leads.size(); ++batch) {
        const QList<qint64> some = leads.mid(batch * 10, 10);
        const qint64 owner = owners.at(batch % owners.size());
        QStringList shown;
        for (const qint64 id : some)
            shown.append(QString::number(id));
        say(QStringLiteral("begin assign %1 %2").arg(owner).arg(shown.join(u',')));
        const BulkAssignResult done = need(await<Result<BulkAssignResult>>([&](QObject *c, auto d) {
            actions.bulkAssign(some, owner, std::make_shared<std::atomic<bool>>(false), c, [](qint64) {}, d);
        }), "assign");
        if (done.assigned != some.size())
            fail(QStringLiteral("assigned %1 of %2").arg(done.assigned).arg(some.size()));
        say(QStringLiteral("commit assign %1 %2").arg(owner).arg(shown.join(u',')));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fputs("usage: crash_child save|qualify|assign|open DB [COUNT]\n", stderr);
        return 2;
    }
    const QString mode = args.at(1);
    const QString path = args.at(2);
    const int count = args.value(3).toInt();
    if (mode == QLatin1String("open")) {
        Database db;
        say(QStringLiteral("begin open"));
        need(db.open(path, QStringLiteral("crm-main"), QString(), Database::Creation::Refused), "open");
        say(QStringLiteral("commit open %1").arg(db.schemaVersion()));
        return 0;
    }
    {
        Session session(path);
        need(await<Result<void>>([&](QObject *c, auto done) { session.open(c, done); }), "open");
        if (mode == QLatin1String("save"))
            save(session, count);
        else if (mode == QLatin1String("qualify"))
            qualify(session, count);
        else if (mode == QLatin1String("assign"))
            assign(session, count);
        else
            fail(QStringLiteral("unknown mode ") + mode);
    }
    say(QStringLiteral("done"));
    return 0;
}
