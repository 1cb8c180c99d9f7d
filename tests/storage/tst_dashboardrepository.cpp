// The manager's dashboard (DashboardRepository) counts what the same rows give when counted
// directly in SQL, written out here by hand, for several of the list's filters, on both engines.

#include "catchqtstring.h"
#include "catchresult.h"
#include "dashboardrepository.h"
#include "sqldialect.h"
#include "storagefixture.h"
#include "testdemo.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {

// A filter in both forms: the list's query, and the same condition on `leads l` written by hand.
struct Case
{
    const char *name;
    LeadListQuery query;
    QString where;   // on `leads l`; "TRUE" for none
    QVariantList values;
};

QList<QVariantList> rowsOf(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    REQUIRE(query.prepare(sql));
    for (const QVariant &value : values)
        query.addBindValue(value);
    INFO(sql.toStdString());
    REQUIRE(query.exec());
    QList<QVariantList> rows;
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i));
        rows.append(row);
    }
    return rows;
}

qint64 countOf(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    return rowsOf(db, QStringLiteral("SELECT COUNT(*) FROM leads l WHERE ") + where, values).first().first().toLongLong();
}

// The figures counted directly: one plain statement per number.
DashboardFigures expectedFigures(const QSqlDatabase &db, const Case &c, const QDate &today)
{
    DashboardFigures expected;
    expected.total = countOf(db, c.where, c.values);
    for (LeadState state : LeadStates::all()) {
        QVariantList values = c.values;
        values.append(int(state));
        if (const qint64 n = countOf(db, c.where + QStringLiteral(" AND l.state = ?"), values))
            expected.byState.insert(state, n);
    }
    for (LeadSource source : LeadSources::all()) {
        QVariantList values = c.values;
        values.append(int(source));
        if (const qint64 n = countOf(db, c.where + QStringLiteral(" AND l.source = ?"), values))
            expected.bySource.insert(source, n);
        DashboardFigures::Decided decided;
        values.append(int(LeadState::Qualified));
        decided.qualified = countOf(db, c.where + QStringLiteral(" AND l.source = ? AND l.state = ?"), values);
        values.last() = int(LeadState::Disqualified);
        decided.disqualified = countOf(db, c.where + QStringLiteral(" AND l.source = ? AND l.state = ?"), values);
        if (decided.decided() > 0)
            expected.decidedBySource.insert(source, decided);
    }
    for (const QVariantList &row :
         rowsOf(db, QStringLiteral("SELECT e.id, e.display_name FROM employees e ORDER BY e.id"), {})) {
        QVariantList values = c.values;
        values.append(row[0]);
        values.append(int(LeadState::Qualified));
        DashboardFigures::Owner owner{row[0].toLongLong(), row[1].toString(), {}};
        owner.decided.qualified = countOf(db, c.where + QStringLiteral(" AND l.owner_id = ? AND l.state = ?"), values);
        values.last() = int(LeadState::Disqualified);
        owner.decided.disqualified = countOf(db, c.where + QStringLiteral(" AND l.owner_id = ? AND l.state = ?"), values);
        if (owner.decided.decided() > 0)
            expected.decidedByOwner.append(owner);
    }
    DashboardFigures::Owner none{0, QStringLiteral("No owner"), {}};
    QVariantList values = c.values;
    values.append(int(LeadState::Qualified));
    none.decided.qualified = countOf(db, c.where + QStringLiteral(" AND l.owner_id IS NULL AND l.state = ?"), values);
    values.last() = int(LeadState::Disqualified);
    none.decided.disqualified = countOf(db, c.where + QStringLiteral(" AND l.owner_id IS NULL AND l.state = ?"), values);
    if (none.decided.decided() > 0)
        expected.decidedByOwner.append(none);
    // Each week by its own range of creation times: from Monday 00:00 UTC to the next Monday's.
    const QDate first = DashboardRepository::firstMonday(today);
    for (int i = 0; i < DashboardRepository::Weeks; ++i) {
        const QDate monday = first.addDays(7 * i);
        QVariantList range = c.values;
        range.append(QString(monday.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z")));
        range.append(QString(monday.addDays(7).toString(Qt::ISODate) + QStringLiteral("T00:00:00Z")));
        expected.weeks.append(
            {monday, countOf(db, c.where + QStringLiteral(" AND l.created_at >= ? AND l.created_at < ?"), range)});
    }
    return expected;
}

QString utcStartOf(const QDate &localDate)
{
    return localDate.startOfDay().toUTC().toString(Qt::ISODate);
}

} // namespace

TEST_CASE("storage: the dashboard's figures equal the counts computed directly in SQL - for several filters",
          "[dashboard]")
{
    StorageFixture fixture;
    QSqlDatabase db = fixture.db();
    DemoOptions options;
    options.leads = 3000;
    options.seed = 7;
    REQUIRE(TestDemo::generate(db, options));
    // The week of the newest lead ends the year; the last year then holds about half the leads.
    const QDate today =
        QDateTime::fromString(rowsOf(db, QStringLiteral("SELECT MAX(created_at) FROM leads"), {}).first().first().toString(),
                              Qt::ISODate)
            .toUTC()
            .date();
    REQUIRE(today.isValid());
    const qint64 owner = rowsOf(db, QStringLiteral("SELECT owner_id FROM leads WHERE owner_id IS NOT NULL ORDER BY id LIMIT 1"), {})
                             .first()
                             .first()
                             .toLongLong();
    const QString companyWord = rowsOf(db, QStringLiteral("SELECT name FROM leads ORDER BY id LIMIT 1"), {})
                                    .first()
                                    .first()
                                    .toString()
                                    .split(u' ')
                                    .first();
    const SqlDialect dialect = SqlDialect::of(db);

    QList<Case> cases;
    cases.append({"no filter", {}, QStringLiteral("TRUE"), {}});
    {
        Case c{"states", {}, QStringLiteral("l.state IN (?, ?)"), {int(LeadState::Qualified), int(LeadState::New)}};
        c.query.states = {LeadState::Qualified, LeadState::New};
        cases.append(c);
    }
    {
        Case c{"sources", {}, QStringLiteral("l.source IN (?, ?)"), {int(LeadSource::WebsiteForm), int(LeadSource::Call)}};
        c.query.sources = {LeadSource::WebsiteForm, LeadSource::Call};
        cases.append(c);
    }
    {
        Case c{"owner or none", {}, QStringLiteral("(l.owner_id = ? OR l.owner_id IS NULL)"), {owner}};
        c.query.ownerIds = {owner, 0};
        cases.append(c);
    }
    {
        Case c{"only mine", {}, QStringLiteral("l.owner_id = ?"), {owner}};
        c.query.onlyMine = true;
        cases.append(c);
    }
    {
        const QDate from = today.addDays(-200);
        const QDate to = today.addDays(-30);
        Case c{"created between", {}, QStringLiteral("l.created_at >= ? AND l.created_at < ?"),
               {utcStartOf(from), utcStartOf(to.addDays(1))}};
        c.query.createdFrom = from;
        c.query.createdTo = to;
        cases.append(c);
    }
    {
        const QString searched = dialect.isPostgreSql()
                                     ? dialect.leadSearchCondition()
                                     : QStringLiteral("l.id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)");
        Case c{"search and state", {}, searched + QStringLiteral(" AND l.state <> ?"),
               {dialect.leadSearchValue(companyWord), int(LeadState::Dropped)}};
        c.query.searchText = companyWord;
        c.query.states = {LeadState::New, LeadState::Assigned, LeadState::Qualified, LeadState::Disqualified};
        c.query.sortColumn = LeadListColumn::Number;   // the list's streamed search shape
        cases.append(c);
    }

    const qint64 all = countOf(db, QStringLiteral("TRUE"), {});
    for (const Case &c : cases) {
        INFO(c.name);
        const DashboardFigures expected = expectedFigures(db, c, today);
        REQUIRE(expected.total > 0);
        if (QLatin1String(c.name) != QLatin1String("no filter"))
            CHECK(expected.total < all);
        const DashboardFigures figures = valueOf(DashboardRepository(db, owner).read(c.query, today));   // signed in as `owner`
        CHECK(figures.total == expected.total);
        CHECK(figures.byState == expected.byState);
        CHECK(figures.bySource == expected.bySource);
        CHECK(figures.decidedBySource == expected.decidedBySource);
        REQUIRE(figures.decidedByOwner.size() == expected.decidedByOwner.size());
        for (const DashboardFigures::Owner &want : expected.decidedByOwner) {
            const auto got = std::find_if(figures.decidedByOwner.cbegin(), figures.decidedByOwner.cend(),
                                          [&](const DashboardFigures::Owner &o) { return o.ownerId == want.ownerId; });
            REQUIRE(got != figures.decidedByOwner.cend());
            CHECK(got->decided == want.decided);
            if (want.ownerId > 0)
                CHECK(got->name == want.name);
        }
        CHECK(figures.weeks == expected.weeks);
        qint64 inWeeks = 0;
        for (const DashboardFigures::Week &week : figures.weeks)
            inWeeks += week.count;
        if (QLatin1String(c.name) == QLatin1String("no filter"))
            CHECK(inWeeks > 0);
    }
}

TEST_CASE("storage: a search that can match nothing gives empty figures with every week", "[dashboard]")
{
    StorageFixture fixture;
    QSqlDatabase db = fixture.db();
    DemoOptions options;
    options.leads = 50;
    REQUIRE(TestDemo::generate(db, options));
    LeadListQuery query;
    query.searchText = QStringLiteral("!!!");
    const DashboardFigures figures = valueOf(DashboardRepository(db, fixture.employeeId).read(query, QDate(2026, 12, 2)));
    CHECK(figures.total == 0);
    CHECK(figures.byState.isEmpty());
    REQUIRE(figures.weeks.size() == DashboardRepository::Weeks);
    CHECK(figures.weeks.last().monday == QDate(2026, 11, 30));
    CHECK(figures.weeks.first().monday == QDate(2025, 12, 1));
}
