// LeadListModel over a Session against real SQLite files: every sort, filter and search agrees with
// plain SQL, pages arrive asynchronously (placeholders first, older generations dropped), jumps walk
// keys (never OFFSET), the window of rows in memory stays bounded, and no statement of the list
// runs on the UI thread.

#include "await.h"
#include "database.h"
#include "demogenerator.h"
#include "employeerepository.h"
#include "leadactions.h"
#include "leadchangechannel.h"
#include "leadchangelistener.h"
#include "leadstore.h"
#include "leadlistmodel.h"
#include "leadlistreader.h"
#include "leadlistsql.h"
#include "opensession.h"
#include "session.h"
#include "slowstatementhook.h"
#include "sqldialect.h"
#include "tempdir.h"
#include "testdatabase.h"
#include "testdemo.h"
#include "catchresult.h"

#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <catch2/catch.hpp>

#include <memory>

#include <algorithm>
#include <atomic>

namespace {

constexpr int WaitMs = 30000;

struct Fixture
{
    TestDatabase test;
    Database db;
    qint64 busyOwner = 0;
    std::unique_ptr<Session> session;

    // `open`: false leaves opening the session to the test (after it installed a statement hook).
    explicit Fixture(qint64 leads = 1500, bool open = true)
    {
        REQUIRE(db.open(path(), QStringLiteral("list-test")));
        QSqlDatabase connection = db.connection();
        DemoOptions options;
        options.leads = leads;
        options.seed = 7;
        REQUIRE(TestDemo::generate(connection, options));
        QSqlQuery q(connection);
        REQUIRE(q.exec(QStringLiteral("SELECT owner_id FROM leads WHERE owner_id IS NOT NULL "
                                      "GROUP BY owner_id ORDER BY COUNT(*) DESC LIMIT 1")));
        REQUIRE(q.next());
        busyOwner = q.value(0).toLongLong();
        if (open)
            openSessionNow();
    }
    // What Database::open and the Session take: the SQLite file or the PostgreSQL URI.
    QString path() const { return test.location(); }
    QSqlDatabase connection() const { return db.connection(); }
    void openSessionNow()
    {
        Employee me;
        me.id = busyOwner;
        session = openSession(path(), me);
    }
};

// Keeps one lane of a session busy until release() (at the latest when destroyed): the jobs posted
// to the lane meanwhile wait behind it. Declare it after the session it holds.
class LaneHold
{
public:
    LaneHold(Session &session, Session::Lane lane) : m_gate(std::make_shared<QSemaphore>())
    {
        session.run(lane, &m_context, [gate = m_gate](QSqlDatabase &) {
            gate->acquire();
            return Result<int>(0);
        }, [](Result<int>) {});
    }
    ~LaneHold() { release(); }
    void release()
    {
        if (!m_released)
            m_gate->release();
        m_released = true;
    }

private:
    std::shared_ptr<QSemaphore> m_gate;
    QObject m_context;
    bool m_released = false;
};

// Runs an empty job on `lane` and waits for its answer: every job posted to the lane before it has
// run and its answer has been delivered (a lane runs in order, answers come back in order).
void drain(Session &session, Session::Lane lane)
{
    const Result<int> done = await<Result<int>>([&](QObject *c, auto answer) {
        session.run(lane, c, [](QSqlDatabase &) { return Result<int>(0); }, answer);
    });
    REQUIRE(done.has_value());
}

void waitForCount(LeadListModel &model)
{
    QSignalSpy counted(&model, &LeadListModel::countsChanged);
    while (!model.isCountKnown())
        REQUIRE(counted.wait(WaitMs));
}

// The lead id at `row`, waiting for its page when it is not loaded.
qint64 idAt(LeadListModel &model, int row)
{
    if (const qint64 id = model.leadIdAt(row))
        return id;
    QSignalSpy pages(&model, &LeadListModel::pageLoaded);
    model.requestRow(row);
    while (!model.isRowLoaded(row))
        REQUIRE(pages.wait(WaitMs));
    return model.leadIdAt(row);
}

// Plain SQL over the normalised tables, with no use of the list's derived columns or FTS index.
// The dialect of the engine the test runs on.
SqlDialect engineDialect()
{
    return TestDatabase::isPostgreSql() ? SqlDialect::postgreSql() : SqlDialect::sqlite();
}

QString plainSortExpression(LeadListColumn column)
{
    // Without regard to ASCII case, as each engine says it (SQLite's NOCASE, PostgreSQL's lower()).
    const SqlDialect dialect = engineDialect();
    const auto nocase = [&](const char *expression) { return dialect.caseInsensitive(QLatin1String(expression)); };
    switch (column) {
    case LeadListColumn::Number: return QStringLiteral("l.id");
    case LeadListColumn::Name: return nocase("l.name");
    case LeadListColumn::State: return QStringLiteral("l.state");
    case LeadListColumn::Source: return QStringLiteral("l.source");
    case LeadListColumn::Company: return nocase("l.company_label");
    case LeadListColumn::Contact: return nocase("l.contact_label");
    case LeadListColumn::SellingDirection: return nocase("COALESCE(d.name, '')");
    case LeadListColumn::ServiceOrProduct: return nocase("COALESCE(s.name, '')");
    case LeadListColumn::Campaign: return nocase("COALESCE(c.name, '')");
    case LeadListColumn::Owner: return nocase("COALESCE(e.display_name, '')");
    case LeadListColumn::City: return nocase("l.city");
    case LeadListColumn::Created: return QStringLiteral("l.created_at");
    case LeadListColumn::Updated: return QStringLiteral("l.updated_at");
    }
    return {};
}

QString inList(const QString &column, const QList<qint64> &ids)
{
    QStringList parts;
    QStringList values;
    for (qint64 id : ids) {
        if (id == 0)
            parts.append(column + QStringLiteral(" IS NULL"));
        else
            values.append(QString::number(id));
    }
    if (!values.isEmpty())
        parts.append(column + QStringLiteral(" IN (") + values.join(u',') + u')');
    return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
}

QStringList tokensOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

// The search as a user means it, in C++: every word of the search is a run of tokens that appears,
// the last one as a prefix, consecutively in one of the searchable fields.
bool matchesSearch(const QStringList &fields, const QString &search)
{
    const QStringList words = search.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    bool any = false;
    for (const QString &word : words) {
        const QStringList wanted = tokensOf(word);
        if (wanted.isEmpty())
            continue;
        any = true;
        bool found = false;
        for (const QString &field : fields) {
            const QStringList have = tokensOf(field);
            for (int i = 0; !found && i + wanted.size() <= have.size(); ++i) {
                bool all = true;
                for (int j = 0; all && j < wanted.size(); ++j) {
                    const bool last = j == wanted.size() - 1;
                    all = last ? have[i + j].startsWith(wanted[j]) : have[i + j] == wanted[j];
                }
                found = all;
            }
            if (found)
                break;
        }
        if (!found)
            return false;
    }
    return any;
}

QList<qint64> expectedIds(QSqlDatabase db, const LeadListQuery &query, qint64 employeeId)
{
    QStringList where{QStringLiteral("1 = 1")};
    if (!query.states.isEmpty()) {
        QStringList v;
        for (LeadState s : query.states)
            v.append(QString::number(int(s)));
        where.append(QStringLiteral("l.state IN (") + v.join(u',') + u')');
    }
    if (!query.sources.isEmpty()) {
        QStringList v;
        for (LeadSource s : query.sources)
            v.append(QString::number(int(s)));
        where.append(QStringLiteral("l.source IN (") + v.join(u',') + u')');
    }
    if (!query.ownerIds.isEmpty())
        where.append(inList(QStringLiteral("l.owner_id"), query.ownerIds));
    if (!query.sellingDirectionIds.isEmpty())
        where.append(inList(QStringLiteral("l.direction_id"), query.sellingDirectionIds));
    if (!query.campaignIds.isEmpty())
        where.append(inList(QStringLiteral("l.campaign_id"), query.campaignIds));
    if (query.onlyMine)
        where.append(QStringLiteral("l.owner_id = %1").arg(employeeId));
    if (query.createdFrom.isValid())
        where.append(QStringLiteral("l.created_at >= '%1'").arg(query.createdFrom.startOfDay().toUTC().toString(Qt::ISODate)));
    if (query.createdTo.isValid())
        where.append(QStringLiteral("l.created_at < '%1'").arg(query.createdTo.addDays(1).startOfDay().toUTC().toString(Qt::ISODate)));
    const QString dir = query.sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString sql = QStringLiteral(
        "SELECT l.id, l.name, l.lead_company_name, l.company_label, l.contact_label, l.middle_name, "
        "l.contact_email, l.contact_phone, l.company_tin, l.description FROM leads l "
        "LEFT JOIN selling_directions d ON d.id = l.direction_id LEFT JOIN services s ON s.id = l.service_id "
        "LEFT JOIN campaigns c ON c.id = l.campaign_id LEFT JOIN employees e ON e.id = l.owner_id WHERE ")
        + where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY ") + plainSortExpression(query.sortColumn)
        + dir + QStringLiteral(", l.id") + dir;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    REQUIRE(q.exec(sql));
    QList<qint64> ids;
    const bool search = query.hasSearch();
    while (q.next()) {
        if (search) {
            QStringList fields;
            for (int i = 1; i <= 9; ++i)
                fields.append(q.value(i).toString());
            if (!matchesSearch(fields, query.searchText))
                continue;
        }
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QList<qint64> modelIds(LeadListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(idAt(model, row));
    return ids;
}

void checkAgrees(LeadListModel &model, QSqlDatabase db, const LeadListQuery &query, qint64 employeeId)
{
    model.setQuery(query);
    waitForCount(model);
    const QList<qint64> expected = expectedIds(db, query, employeeId);
    INFO("sort " << LeadListColumns::code(query.sortColumn).toStdString() << (query.sortOrder == Qt::AscendingOrder ? " asc" : " desc")
                 << " search '" << query.searchText.toStdString() << "' json " << QJsonDocument(query.toJson()).toJson(QJsonDocument::Compact).toStdString());
    REQUIRE(model.rowCount() == expected.size());
    CHECK(model.counts().total == expected.size());
    CHECK(modelIds(model) == expected);
    CHECK(model.lastError().isEmpty());
}

LeadListQuery sortedBy(LeadListColumn column, Qt::SortOrder order)
{
    LeadListQuery query;
    query.sortColumn = column;
    query.sortOrder = order;
    return query;
}

} // namespace


TEST_CASE("Every sort, filter and search agrees with plain SQL", "[models][leadlist]")
{
    Fixture f;
    QSqlDatabase db = f.connection();
    LeadListModel model(f.session.get());
    model.setMaxCachedPages(3);   // make the small fixture page through evictions too

    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT direction_id, campaign_id, company_label, contact_email, contact_phone, "
                                  "company_tin, substr(created_at, 1, 10) FROM leads WHERE campaign_id IS NOT NULL "
                                  "AND contact_email <> '' AND company_tin <> '' AND contact_phone <> '' ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const qint64 direction = q.value(0).toLongLong();
    const qint64 campaign = q.value(1).toLongLong();
    const QString companyWord = tokensOf(q.value(2).toString()).value(0);
    const QString email = q.value(3).toString();
    const QString phone = q.value(4).toString();
    const QString tin = q.value(5).toString();
    const QDate day = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    REQUIRE(!companyWord.isEmpty());

    QList<LeadListQuery> filters;
    filters.append(LeadListQuery());
    {
        LeadListQuery x;
        x.states = {LeadState::Assigned, LeadState::Qualified};
        filters.append(x);
    }
    {
        LeadListQuery x;
        x.ownerIds = {f.busyOwner, 0};
        x.sources = {LeadSource::WebsiteForm, LeadSource::Call, LeadSource::Partner};
        filters.append(x);
    }
    {
        LeadListQuery x;
        x.onlyMine = true;
        filters.append(x);
    }
    {
        LeadListQuery x;
        x.sellingDirectionIds = {direction};
        x.campaignIds = {campaign, 0};
        filters.append(x);
    }
    {
        LeadListQuery x;
        x.createdFrom = day.addDays(-30);
        x.createdTo = day;
        filters.append(x);
    }
    {
        LeadListQuery x;
        x.searchText = companyWord.left(3);
        filters.append(x);
    }
    {
        LeadListQuery x;
        x.searchText = companyWord.left(2).toUpper() + QStringLiteral("  ") + email.section(u'@', 0, 0);
        x.states = {LeadState::New, LeadState::Assigned, LeadState::Qualified, LeadState::Disqualified};
        filters.append(x);
    }
    {
        LeadListQuery x;
        x.searchText = phone.right(5);
        filters.append(x);
    }
    {
        LeadListQuery x;
        x.searchText = tin.left(4);
        filters.append(x);
    }

    for (const LeadListQuery &filter : filters) {
        for (LeadListColumn column : LeadListColumns::all()) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                LeadListQuery query = filter;
                query.sortColumn = column;
                query.sortOrder = order;
                checkAgrees(model, db, query, f.busyOwner);
                CHECK(model.rowCount() > 0);   // every filter above selects something
                CHECK((model.rowCount() < 1500) == !filter.isUnfiltered());
            }
        }
    }
}

TEST_CASE("Cells show the lead's values, reference names and labels", "[models][leadlist]")
{
    Fixture f(300);
    QSqlDatabase db = f.connection();
    LeadListModel model(f.session.get());
    waitForCount(model);
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral(
        "SELECT l.id, l.name, l.state, l.source, l.company_label, l.contact_label, COALESCE(d.name, ''), "
        "COALESCE(s.name, ''), COALESCE(c.name, ''), COALESCE(e.display_name, ''), l.city FROM leads l "
        "LEFT JOIN selling_directions d ON d.id = l.direction_id LEFT JOIN services s ON s.id = l.service_id "
        "LEFT JOIN campaigns c ON c.id = l.campaign_id LEFT JOIN employees e ON e.id = l.owner_id ORDER BY l.id DESC")));
    int row = 0;
    while (q.next()) {
        REQUIRE(row < model.rowCount());
        REQUIRE(idAt(model, row) == q.value(0).toLongLong());
        const auto cell = [&](LeadListColumn c) { return model.data(model.index(row, int(c))).toString(); };
        CHECK(cell(LeadListColumn::Number) == q.value(0).toString());
        CHECK(cell(LeadListColumn::Name) == q.value(1).toString());
        CHECK(cell(LeadListColumn::State) == LeadStates::label(LeadState(q.value(2).toInt())));
        CHECK(cell(LeadListColumn::Source) == LeadSources::label(LeadSource(q.value(3).toInt())));
        CHECK(cell(LeadListColumn::Company) == q.value(4).toString());
        CHECK(cell(LeadListColumn::Contact) == q.value(5).toString());
        CHECK(cell(LeadListColumn::SellingDirection) == q.value(6).toString());
        CHECK(cell(LeadListColumn::ServiceOrProduct) == q.value(7).toString());
        CHECK(cell(LeadListColumn::Campaign) == q.value(8).toString());
        CHECK(cell(LeadListColumn::Owner) == q.value(9).toString());
        CHECK(cell(LeadListColumn::City) == q.value(10).toString());
        ++row;
    }
    CHECK(row == model.rowCount());
    CHECK(model.headerData(int(LeadListColumn::SellingDirection), Qt::Horizontal).toString() == QLatin1String("Selling direction"));
}

TEST_CASE("Counts per state follow the filter", "[models][leadlist]")
{
    Fixture f(700);
    QSqlDatabase db = f.connection();
    LeadListModel model(f.session.get());
    LeadListQuery query;
    query.onlyMine = true;
    model.setQuery(query);
    waitForCount(model);
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT state, COUNT(*) FROM leads WHERE owner_id = %1 GROUP BY state").arg(f.busyOwner)));
    qint64 total = 0;
    int states = 0;
    while (q.next()) {
        CHECK(model.counts().perState.value(LeadState(q.value(0).toInt())) == q.value(1).toLongLong());
        total += q.value(1).toLongLong();
        ++states;
    }
    CHECK(states > 1);
    CHECK(model.counts().total == total);
    CHECK(model.counts().perState.size() == states);
}

TEST_CASE("The window of rows stays bounded after visiting every row, both ways and by jumps", "[models][leadlist]")
{
    Fixture f(2000);
    QSqlDatabase db = f.connection();
    LeadListModel model(f.session.get());
    model.setMaxCachedPages(3);
    LeadListQuery query;
    query.sortColumn = LeadListColumn::City;
    query.sortOrder = Qt::AscendingOrder;
    model.setQuery(query);
    waitForCount(model);
    const QList<qint64> expected = expectedIds(db, query, f.busyOwner);
    REQUIRE(model.rowCount() == 2000);
    const int bound = 3 * LeadListModel::PageSize;
    for (int row = 0; row < model.rowCount(); ++row) {
        REQUIRE(idAt(model, row) == expected[row]);
        REQUIRE(model.cachedRowCount() <= bound);
    }
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        REQUIRE(idAt(model, row) == expected[row]);
        REQUIRE(model.cachedRowCount() <= bound);
    }
    // Jumps land on the right rows whatever is cached: the end, the middle, back to the start.
    for (int row : {1999, 1000, 3, 1500, 257, 1743, 0, 1998, 999}) {
        CHECK(idAt(model, row) == expected[row]);
        CHECK(model.cachedRowCount() <= bound);
    }
    CHECK(model.leadIdAt(2000) == 0);
}

TEST_CASE("Before the count arrives the first page shows and more rows can be fetched", "[models][leadlist]")
{
    Fixture f(600);
    LaneHold counting(*f.session, Session::Lane::Count);   // the count cannot arrive until released
    LeadListModel model(f.session.get());
    CHECK(model.rowCount() == 0);   // nothing has arrived: data() never waits for the database
    QSignalSpy pages(&model, &LeadListModel::pageLoaded);
    REQUIRE(pages.wait(WaitMs));
    CHECK_FALSE(model.isCountKnown());
    CHECK(model.rowCount() == LeadListModel::PageSize);
    CHECK(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == LeadListModel::PageSize);   // the next page is on its way
    REQUIRE(pages.wait(WaitMs));
    CHECK(model.rowCount() == 2 * LeadListModel::PageSize);
    counting.release();
    waitForCount(model);
    CHECK(model.rowCount() == 600);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
}

TEST_CASE("Hostile search text is searched literally, never an error or an injection", "[models][leadlist][search]")
{
    Fixture f(400);
    QSqlDatabase db = f.connection();
    LeadListModel model(f.session.get());
    const QStringList nasty = {
        QStringLiteral("\""), QStringLiteral("\"\"\""), QStringLiteral("*"), QStringLiteral("-"),
        QStringLiteral("NEAR"), QStringLiteral("NEAR(a b, 2)"), QStringLiteral("a OR b"), QStringLiteral("NOT x"),
        QStringLiteral("(((("), QStringLiteral(")"), QStringLiteral("x'); DROP TABLE leads; --"),
        QStringLiteral("' OR 1=1 --"), QStringLiteral("name:foo"), QStringLiteral("^a"), QStringLiteral("{a b}"),
        QStringLiteral("a + b"), QString::fromUtf8("😀"), QString::fromUtf8("👩‍💻 Иванов"), QString(1000, u'x'),
        QString::fromUtf8("\xF0\x9F\x98\x80").repeated(500), QStringLiteral("a ").repeated(500),
        QStringLiteral("%_\\"), QStringLiteral("\t\n"),
    };
    for (const QString &text : nasty) {
        LeadListQuery query;
        query.searchText = text;
        INFO(text.left(40).toStdString());
        checkAgrees(model, db, query, f.busyOwner);
    }
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM leads")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 400);
}

TEST_CASE("A saved lead refreshes in place and the search index follows edits", "[models][leadlist]")
{
    Fixture f(500);
    QSqlDatabase db = f.connection();
    LeadListModel model(f.session.get());
    waitForCount(model);
    const qint64 id = idAt(model, 5);
    QSqlQuery q(db);
    REQUIRE(q.prepare(QStringLiteral("UPDATE leads SET name = ?, city = ? WHERE id = ?")));
    q.addBindValue(QStringLiteral("Zebrafish Unlimited"));
    q.addBindValue(QStringLiteral("Tver"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    CHECK(model.data(model.index(5, int(LeadListColumn::Name))).toString() != QLatin1String("Zebrafish Unlimited"));
    drain(*f.session, Session::Lane::List);   // no page answer is still on its way when counting changes
    const quint64 generation = model.generation();
    QSignalSpy refreshed(&model, &LeadListModel::leadRefreshed);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    CHECK(model.refreshLead(id));
    REQUIRE(refreshed.wait(WaitMs));
    CHECK(refreshed.first().first().toLongLong() == id);
    CHECK(model.data(model.index(5, int(LeadListColumn::Name))).toString() == QLatin1String("Zebrafish Unlimited"));
    CHECK(model.data(model.index(5, int(LeadListColumn::City))).toString() == QLatin1String("Tver"));
    CHECK(model.leadIdAt(5) == id);
    // In place: the row changed, nothing was reset or re-queried.
    CHECK(reset.isEmpty());
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().first().toModelIndex().row() == 5);
    CHECK(model.generation() == generation);
    // A lead that is not loaded is not read.
    CHECK_FALSE(model.refreshLead(-42));

    model.setSearchText(QStringLiteral("zebraf"));
    waitForCount(model);
    REQUIRE(model.rowCount() == 1);
    CHECK(idAt(model, 0) == id);
    // Refreshing while searching (sorted by number, read in search-index order) works too.
    CHECK(model.refreshLead(id));
    REQUIRE(refreshed.wait(WaitMs));
    CHECK(model.lastError().isEmpty());

    // Renaming a reference renames it in every lead's row (and the sort follows).
    REQUIRE(q.exec(QStringLiteral("SELECT direction_id FROM leads WHERE direction_id IS NOT NULL LIMIT 1")));
    REQUIRE(q.next());
    const qint64 direction = q.value(0).toLongLong();
    REQUIRE(q.exec(QStringLiteral("UPDATE selling_directions SET name = 'AAA first' WHERE id = %1").arg(direction)));
    LeadListQuery byDirection;
    byDirection.sortColumn = LeadListColumn::SellingDirection;
    byDirection.sortOrder = Qt::DescendingOrder;
    checkAgrees(model, db, byDirection, f.busyOwner);
    byDirection.sortOrder = Qt::AscendingOrder;
    checkAgrees(model, db, byDirection, f.busyOwner);

    LeadListQuery search;
    search.searchText = QStringLiteral("Zebrafish");
    checkAgrees(model, db, search, f.busyOwner);
}

TEST_CASE("Every search shape (sort the matches, walk the sort index, check its rows one by one) pages to the same rows as plain SQL",
          "[models][leadlist][search]")
{
    Fixture f;
    QSqlDatabase db = f.connection();
    const LeadListReader reader(db);
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT company_label, contact_label FROM leads WHERE company_label <> '' "
                                  "AND contact_label <> '' ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const QString companyWord = tokensOf(q.value(0).toString()).value(0);
    const QString contactWord = tokensOf(q.value(1).toString()).value(0);
    q.finish();
    REQUIRE(!companyWord.isEmpty());

    const QStringList searches{companyWord.left(1), companyWord.left(3), contactWord,
                               companyWord.left(2) + u' ' + contactWord.left(1)};
    for (const QString &search : searches) {
        for (LeadListColumn column : {LeadListColumn::Name, LeadListColumn::Company, LeadListColumn::Updated,
                                      LeadListColumn::Number}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                LeadListQuery query;
                query.searchText = search;
                query.sortColumn = column;
                query.sortOrder = order;
                if (search == contactWord)
                    query.states = {LeadState::New, LeadState::Assigned};
                const QList<qint64> expected = expectedIds(db, query, f.busyOwner);
                REQUIRE(!expected.isEmpty());
                // 0: every match read and sorted; 1: the index walk with the match list; 2: the index
                // walk, its pages checking each row against the search index.
                for (int shape : {0, 1, 2}) {
                    const bool dense = shape > 0;
                    LeadListSql sql(query, f.busyOwner, SqlDialect::of(db));
                    // A threshold of 1 match makes any search with a match take the index walk, a density
                    // of 0 the row check. On PostgreSQL there is one shape, its planner choosing
                    // (LeadListSql::needsSearchProbe).
                    REQUIRE(reader.chooseSearchShape(&sql, dense ? 1 : 1000000, shape == 2 ? 0.0 : 2.0));
                    const bool probed = column != LeadListColumn::Number && !TestDatabase::isPostgreSql();
                    CHECK(sql.isDenseSearch() == (dense && probed));
                    CHECK(sql.isRowCheck() == (shape == 2 && probed));
                    QList<qint64> ids;
                    QList<LeadListRow> rows;
                    QList<LeadListKey> keys;
                    REQUIRE(reader.page(sql, nullptr, false, 7, &rows, &keys));
                    while (!keys.isEmpty()) {
                        for (const LeadListRow &row : rows)
                            ids.append(row.id);
                        const LeadListKey last = keys.last();
                        rows.clear();
                        keys.clear();
                        REQUIRE(reader.page(sql, &last, false, 97, &rows, &keys));
                    }
                    INFO("search '" << search.toStdString() << "' sort " << LeadListColumns::code(column).toStdString()
                                    << (order == Qt::AscendingOrder ? " asc" : " desc") << " shape " << shape);
                    CHECK(ids == expected);
                    // Walking the keys reaches the same rows from either end (a key, not none, not a failure).
                    const auto walked = [&](const LeadListKey *from, bool backwards, qint64 steps) {
                        const Result<std::optional<LeadListKey>> key = reader.walk(sql, from, backwards, steps);
                        REQUIRE(key);
                        REQUIRE(*key);
                        return **key;
                    };
                    LeadListKey lastKey = walked(nullptr, false, expected.size());
                    CHECK(lastKey.id == expected.last());
                    const LeadListKey firstKey = walked(nullptr, true, expected.size());
                    CHECK(firstKey.id == expected.first());
                    // Past the end, the walk stops at the last row; after it there is none.
                    lastKey = walked(nullptr, false, expected.size() + 5);
                    CHECK(lastKey.id == expected.last());
                    const Result<std::optional<LeadListKey>> beyond = reader.walk(sql, &lastKey, false, 1);
                    REQUIRE(beyond);
                    CHECK_FALSE(beyond->has_value());
                    if (expected.size() > 3) {
                        CHECK(walked(&firstKey, false, 2).id == expected[2]);
                        CHECK(walked(&lastKey, true, 2).id == expected[expected.size() - 3]);
                    }
                }
            }
        }
    }
}

TEST_CASE("A row not loaded shows a placeholder, asks for its page once, and fills in when it arrives",
          "[models][leadlist][async]")
{
    Fixture f(1000);
    const LeadListQuery query;
    const QList<qint64> expected = expectedIds(f.connection(), query, f.busyOwner);
    LeadListModel model(f.session.get());
    waitForCount(model);
    REQUIRE(idAt(model, 0) == expected[0]);

    drain(*f.session, Session::Lane::List);
    LaneHold listing(*f.session, Session::Lane::List);   // pages cannot arrive until released
    const int row = 700;   // a jump: no page next to it is loaded, so none is read ahead
    const QModelIndex name = model.index(row, int(LeadListColumn::Name));
    CHECK(model.data(name).toString().isEmpty());
    CHECK(model.data(name, Qt::ToolTipRole).toString() == QStringLiteral("Loading…"));
    CHECK(model.data(name, LeadListModel::LoadingRole).toBool());
    CHECK_FALSE(model.data(name, LeadListModel::LeadIdRole).isValid());
    CHECK(model.leadIdAt(row) == 0);
    CHECK_FALSE(model.isRowLoaded(row));
    CHECK_FALSE(model.data(model.index(0, 0), LeadListModel::LoadingRole).toBool());
    // Repainting the row and its neighbours while the page is in flight asks for nothing more.
    for (int r = 512; r < 768; ++r)
        model.data(model.index(r, int(LeadListColumn::City)));

    QSignalSpy pages(&model, &LeadListModel::pageLoaded);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    listing.release();
    REQUIRE(pages.wait(WaitMs));
    drain(*f.session, Session::Lane::List);
    REQUIRE(pages.size() == 1);
    CHECK(pages.first().at(0).toInt() == 512);
    CHECK(pages.first().at(1).toInt() == 767);
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().at(0).toModelIndex().row() == 512);
    CHECK(changed.first().at(1).toModelIndex().row() == 767);
    CHECK_FALSE(model.data(name, LeadListModel::LoadingRole).toBool());
    CHECK(model.leadIdAt(row) == expected[row]);
    QSqlQuery q(f.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM leads WHERE id = %1").arg(expected[row])));
    REQUIRE(q.next());
    CHECK(model.data(name).toString() == q.value(0).toString());
}

TEST_CASE("Pages scrolled past while the lane was busy are skipped, and asked again when shown",
          "[models][leadlist][async]")
{
    Fixture f(4000);
    const QList<qint64> expected = expectedIds(f.connection(), LeadListQuery(), f.busyOwner);
    LeadListModel model(f.session.get());
    waitForCount(model);
    REQUIRE(idAt(model, 0) == expected[0]);
    const int asked = LeadListModel::MaxQueuedPages + 4;
    drain(*f.session, Session::Lane::List);
    QSignalSpy pages(&model, &LeadListModel::pageLoaded);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    {
        LaneHold listing(*f.session, Session::Lane::List);
        for (int page = 1; page <= asked; ++page)
            model.requestRow(page * LeadListModel::PageSize);
    }
    drain(*f.session, Session::Lane::List);
    // The newest pages were read; the four oldest were skipped and announced for a repaint.
    CHECK(pages.size() == LeadListModel::MaxQueuedPages);
    CHECK(changed.size() == asked);
    for (int page = 1; page <= asked; ++page) {
        INFO("page " << page);
        CHECK(model.isRowLoaded(page * LeadListModel::PageSize) == (page > 4));
    }
    // Shown again, a skipped page is asked for again and comes.
    CHECK(idAt(model, LeadListModel::PageSize + 5) == expected[LeadListModel::PageSize + 5]);
}

// Asks for `row` as a view painting it does (data()), and waits until its page has come.
void showRow(LeadListModel &model, int row)
{
    QSignalSpy pages(&model, &LeadListModel::pageLoaded);
    model.data(model.index(row, int(LeadListColumn::Name)));
    while (!model.isRowLoaded(row))
        REQUIRE(pages.wait(WaitMs));
}

QList<int> loadedPages(const LeadListModel &model)
{
    QList<int> pages;
    for (int row = 0; row < model.rowCount(); row += LeadListModel::PageSize) {
        if (model.isRowLoaded(row))
            pages.append(row / LeadListModel::PageSize);
    }
    return pages;
}

TEST_CASE("Scrolling reads one page ahead in its direction, a jump reads none, nothing reads on by itself",
          "[models][leadlist][async]")
{
    Fixture f(2000);   // pages 0..7, the last one short
    const QList<qint64> expected = expectedIds(f.connection(), LeadListQuery(), f.busyOwner);
    LeadListModel model(f.session.get());
    waitForCount(model);
    drain(*f.session, Session::Lane::List);
    REQUIRE(loadedPages(model) == QList<int>{0});
    constexpr int P = LeadListModel::PageSize;

    SECTION("down, and on from a page read ahead when it is shown")
    {
        QSignalSpy pages(&model, &LeadListModel::pageLoaded);
        // Scrolling from page 0 on to page 1: page 2 is read too, without being asked for.
        CHECK(model.data(model.index(P + 3, 0), LeadListModel::LoadingRole).toBool());
        drain(*f.session, Session::Lane::List);
        CHECK(loadedPages(model) == (QList<int>{0, 1, 2}));
        REQUIRE(pages.size() == 2);
        CHECK(pages.at(1).at(0).toInt() == 2 * P);
        for (int row = P; row < 3 * P; ++row)
            REQUIRE(model.leadIdAt(row) == expected[row]);
        // Nothing reads on by itself: the lane has nothing more to do.
        drain(*f.session, Session::Lane::List);
        CHECK(pages.size() == 2);
        // Page 2 shown: page 3 is read ahead, once however often page 2 is painted.
        for (int row = 2 * P; row < 3 * P; ++row)
            CHECK_FALSE(model.data(model.index(row, 0), LeadListModel::LoadingRole).toBool());
        drain(*f.session, Session::Lane::List);
        CHECK(loadedPages(model) == (QList<int>{0, 1, 2, 3}));
        CHECK(pages.size() == 3);
        // Page 1 shown again was not read ahead: nothing more.
        model.data(model.index(P, 0));
        drain(*f.session, Session::Lane::List);
        CHECK(pages.size() == 3);
        for (int row = 0; row < 4 * P; ++row)
            REQUIRE(model.leadIdAt(row) == expected[row]);
    }
    SECTION("a page asked for while read ahead reads the next one")
    {
        {
            LaneHold listing(*f.session, Session::Lane::List);
            model.data(model.index(P, 0));       // page 1, and page 2 ahead
            model.data(model.index(2 * P, 0));   // page 2 shown while still coming: page 3 ahead
            model.data(model.index(2 * P + 1, 0));
        }
        drain(*f.session, Session::Lane::List);
        CHECK(loadedPages(model) == (QList<int>{0, 1, 2, 3}));
        // Page 2 was shown before it came, so showing it now reads nothing more.
        model.data(model.index(2 * P + 2, 0));
        drain(*f.session, Session::Lane::List);
        CHECK(loadedPages(model) == (QList<int>{0, 1, 2, 3}));
        for (int row = 0; row < 4 * P; ++row)
            REQUIRE(model.leadIdAt(row) == expected[row]);
    }
    SECTION("a jump reads nothing ahead, nor a page between two loaded ones; scrolling up reads the page above")
    {
        showRow(model, 2 * P + 1);   // a jump
        drain(*f.session, Session::Lane::List);
        CHECK(loadedPages(model) == (QList<int>{0, 2}));
        showRow(model, P + 1);   // between pages 0 and 2: neither way is a scroll
        drain(*f.session, Session::Lane::List);
        CHECK(loadedPages(model) == (QList<int>{0, 1, 2}));
        showRow(model, 5 * P + 9);   // a jump
        drain(*f.session, Session::Lane::List);
        CHECK(loadedPages(model) == (QList<int>{0, 1, 2, 5}));
        showRow(model, 4 * P + 200);   // up from page 5: page 3 is read ahead
        drain(*f.session, Session::Lane::List);
        CHECK(loadedPages(model) == (QList<int>{0, 1, 2, 3, 4, 5}));
        for (int row = 0; row < 6 * P; ++row)
            REQUIRE(model.leadIdAt(row) == expected[row]);
    }
    SECTION("a cache of two pages reads nothing ahead")
    {
        model.setMaxCachedPages(2);
        showRow(model, P);
        drain(*f.session, Session::Lane::List);
        CHECK(loadedPages(model) == (QList<int>{0, 1}));
    }
}

TEST_CASE("Scrolling through every row as a view does, reading ahead, keeps the window bounded",
          "[models][leadlist][async]")
{
    Fixture f(2000);
    const LeadListQuery query = sortedBy(LeadListColumn::Company, Qt::AscendingOrder);
    const QList<qint64> expected = expectedIds(f.connection(), query, f.busyOwner);
    LeadListModel model(f.session.get());
    model.setMaxCachedPages(3);
    model.setQuery(query);
    waitForCount(model);
    drain(*f.session, Session::Lane::List);   // the first page has come
    QSignalSpy pages(&model, &LeadListModel::pageLoaded);
    for (int row = 0; row < model.rowCount(); ++row) {
        showRow(model, row);
        REQUIRE(model.leadIdAt(row) == expected[row]);
        REQUIRE(model.cachedRowCount() <= 3 * LeadListModel::PageSize);
    }
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        showRow(model, row);
        REQUIRE(model.leadIdAt(row) == expected[row]);
        REQUIRE(model.cachedRowCount() <= 3 * LeadListModel::PageSize);
    }
    drain(*f.session, Session::Lane::List);
    // Down: pages 1..7 once each; up: the pages dropped meanwhile (all but the last three) once more.
    CHECK(pages.size() == 7 + 5);
    CHECK(model.lastError().isEmpty());
}

TEST_CASE("An answer for an older query, sort or filter never shows", "[models][leadlist][async]")
{
    Fixture f(800);
    const LeadListQuery older = sortedBy(LeadListColumn::Name, Qt::AscendingOrder);
    const LeadListQuery newer = sortedBy(LeadListColumn::Name, Qt::DescendingOrder);
    const QList<qint64> olderIds = expectedIds(f.connection(), older, f.busyOwner);
    const QList<qint64> newerIds = expectedIds(f.connection(), newer, f.busyOwner);
    REQUIRE(olderIds.first() != newerIds.first());
    LeadListModel model(f.session.get());
    waitForCount(model);

    // What the first row shows whenever rows change (while its page has not come: nothing).
    QList<qint64> shownFirst;
    const auto recordFirst = [&] {
        if (const qint64 id = model.leadIdAt(0))
            shownFirst.append(id);
    };
    QObject::connect(&model, &QAbstractItemModel::dataChanged, recordFirst);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, recordFirst);

    SECTION("its answer arrives after the newer query was made")
    {
        model.setQuery(older);
        // Wait (on the lane, not the event loop) until the older first page was read: its answer is
        // queued for the UI thread when the newer query is made.
        QSemaphore read;
        QObject context;
        f.session->run(Session::Lane::List, &context, [&read](QSqlDatabase &) {
            read.release();
            return Result<int>(0);
        }, [](Result<int>) {});
        read.acquire();
        model.setQuery(newer);
    }
    SECTION("its job is still queued when the newer query is made")
    {
        LaneHold listing(*f.session, Session::Lane::List);
        model.setQuery(older);
        model.setQuery(newer);
    }
    waitForCount(model);
    drain(*f.session, Session::Lane::List);
    CHECK(idAt(model, 0) == newerIds.first());
    REQUIRE_FALSE(shownFirst.isEmpty());
    for (qint64 id : shownFirst)
        CHECK(id == newerIds.first());
    CHECK(model.rowCount() == newerIds.size());
    CHECK(model.counts().total == newerIds.size());
    for (int row = 0; row < LeadListModel::PageSize; ++row)
        REQUIRE(model.leadIdAt(row) == newerIds[row]);
}

TEST_CASE("Jumps land on the rows plain SQL has there, by walking keys, never OFFSET", "[models][leadlist][jump]")
{
    Fixture f(3000);
    for (const LeadListQuery &query : {sortedBy(LeadListColumn::City, Qt::AscendingOrder),
                                       sortedBy(LeadListColumn::Number, Qt::DescendingOrder),
                                       sortedBy(LeadListColumn::Owner, Qt::DescendingOrder)}) {
        const QList<qint64> expected = expectedIds(f.connection(), query, f.busyOwner);
        REQUIRE(expected.size() == 3000);
        LeadListModel model(f.session.get());
        model.setMaxCachedPages(3);
        model.setQuery(query);
        waitForCount(model);
        // The end (read backwards from the end), the middle (walked from the nearer end or a cached
        // page), next to a cached page, and back to the start.
        for (int row : {2999, 1500, 1700, 10, 2222, 800, 2998, 0, 1999}) {
            INFO("row " << row << " sort " << LeadListColumns::code(query.sortColumn).toStdString());
            CHECK(idAt(model, row) == expected[row]);
            const int first = row / LeadListModel::PageSize * LeadListModel::PageSize;
            const int last = std::min(first + LeadListModel::PageSize, 3000) - 1;
            for (int r = first; r <= last; ++r)
                REQUIRE(model.leadIdAt(r) == expected[r]);
            CHECK(model.cachedRowCount() <= 3 * LeadListModel::PageSize);
        }
    }
}

TEST_CASE("No statement of the list uses OFFSET", "[models][leadlist][jump]")
{
    // LeadListReader (all the list's SQL, on every lane) runs only LeadListSql's statements.
    const LeadListKey key{QVariant(QStringLiteral("m")), 42};
    for (const QString &search : {QString(), QStringLiteral("ab")}) {
        for (LeadListColumn column : LeadListColumns::all()) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (int shape : {0, 1, 2}) {
                    LeadListQuery query = sortedBy(column, order);
                    query.searchText = search;
                    LeadListSql sql(query, 7, engineDialect());
                    sql.setDenseSearch(shape > 0);
                    sql.setRowCheck(shape == 2);
                    QStringList statements{sql.selectAll().sql, sql.selectIds({1, 2}).sql, sql.countByState().sql,
                                           sql.searchProbe().sql, sql.keyOf(3).sql};
                    for (bool backwards : {false, true}) {
                        for (const LeadListKey *after : {static_cast<const LeadListKey *>(nullptr), &key}) {
                            statements.append(sql.page(after, backwards, 256).sql);
                            statements.append(sql.keys(after, backwards, 100000).sql);
                            statements.append(sql.walkIds(after, backwards, 100000).sql);
                            statements.append(sql.walkEnd(after, backwards, 100000).sql);
                        }
                    }
                    for (const QString &statement : statements) {
                        INFO(statement.toStdString());
                        CHECK_FALSE(statement.contains(QStringLiteral("OFFSET"), Qt::CaseInsensitive));
                    }
                    // The keys read are the id and the sort key, nothing else of the row; the walk to
                    // a far row steps through ids only.
                    CHECK(sql.keys(&key, false, 10).sql.startsWith(QStringLiteral("SELECT l.id AS id, ")));
                    CHECK(sql.keys(&key, false, 10).sql.section(QStringLiteral(" FROM "), 0, 0).count(u',') == 1);
                    CHECK(sql.walkIds(&key, true, 10).sql.startsWith(QStringLiteral("SELECT l.id FROM ")));
                }
            }
        }
    }
}

TEST_CASE("The ids of selected rows, loaded or not, come in row order", "[models][leadlist][selection]")
{
    Fixture f(2000);
    const LeadListQuery query = sortedBy(LeadListColumn::Company, Qt::DescendingOrder);
    const QList<qint64> expected = expectedIds(f.connection(), query, f.busyOwner);
    LeadListModel model(f.session.get());
    model.setMaxCachedPages(3);
    model.setQuery(query);
    waitForCount(model);
    idAt(model, 1100);   // one page in the middle is loaded, the rest is not
    const auto resolve = [&](const QList<std::pair<int, int>> &ranges) {
        return await<Result<QList<qint64>>>([&](QObject *c, auto done) { model.resolveIds(ranges, c, done); });
    };
    const Result<QList<qint64>> all = resolve({{0, 1999}});
    REQUIRE(all.has_value());
    CHECK(*all == expected);
    const Result<QList<qint64>> some = resolve({{3, 9}, {600, 1400}, {1990, 1999}});
    REQUIRE(some.has_value());
    CHECK(*some == expected.mid(3, 7) + expected.mid(600, 801) + expected.mid(1990, 10));
    CHECK(model.cachedRowCount() <= 3 * LeadListModel::PageSize);   // nothing was cached for it

    // The query changes before the answer: the ids would be another view's, so it is a failure.
    const Result<QList<qint64>> stale = await<Result<QList<qint64>>>([&](QObject *c, auto done) {
        model.resolveIds({{0, 1999}}, c, done);
        model.setQuery(sortedBy(LeadListColumn::Name, Qt::AscendingOrder));
    });
    CHECK_FALSE(stale.has_value());
    CHECK_FALSE(stale.error().isEmpty());
}

// [sqlite-only]: the statement hook that sees every statement is SQLite's trace callback
// (Database::setStatementHook); QPSQL offers none.
TEST_CASE("No statement of the list runs on the UI thread", "[models][leadlist][async][sqlite-only]")
{
    Fixture f(1200, false);
    // Set-up and the expected rows come first, outside the measured window.
    const LeadListQuery byCity = sortedBy(LeadListColumn::City, Qt::DescendingOrder);
    const QList<qint64> expected = expectedIds(f.connection(), byCity, f.busyOwner);
    auto hook = std::make_unique<SlowStatementHook>();
    f.openSessionNow();
    QList<qint64> seen;
    Result<QList<qint64>> selected = QList<qint64>();
    {
        LeadListModel model(f.session.get());
        model.setMaxCachedPages(3);
        waitForCount(model);
        for (LeadListColumn column : LeadListColumns::all()) {
            model.sort(int(column), Qt::AscendingOrder);
            waitForCount(model);
            idAt(model, 0);
        }
        model.setSearchText(QStringLiteral("a"));
        waitForCount(model);
        idAt(model, 0);
        model.setQuery(byCity);
        waitForCount(model);
        for (int row : {1199, 600, 0, 300})
            seen.append(idAt(model, row));
        QSignalSpy refreshed(&model, &LeadListModel::leadRefreshed);
        REQUIRE(model.refreshLead(seen.last()));
        REQUIRE(refreshed.wait(WaitMs));
        selected = await<Result<QList<qint64>>>([&](QObject *c, auto done) { model.resolveIds({{0, 1199}}, c, done); });
        model.reload();
        waitForCount(model);
    }
    f.session.reset();
    hook.reset();
    CHECK(SlowStatementHook::statements() > 0);   // the hook saw the list's statements...
    CHECK(SlowStatementHook::statementsOnUiThread() == 0);   // ...and none of them ran on the UI thread
    CHECK(seen == QList<qint64>{expected[1199], expected[600], expected[0], expected[300]});
    REQUIRE(selected.has_value());
    CHECK(*selected == expected);
}

namespace {

// The ids of the rows `selection` holds, in row order.
QList<qint64> selectedIds(const LeadListModel &model, const QItemSelectionModel &selection)
{
    QList<qint64> ids;
    QModelIndexList rows = selection.selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &row : rows)
        ids.append(model.leadIdAt(row.row()));
    return ids;
}

// Selects rows first..last (whole rows) and makes `current` the current row.
void selectRows(LeadListModel &model, QItemSelectionModel &selection, int current, int first, int last)
{
    selection.setCurrentIndex(model.index(current, 0), QItemSelectionModel::NoUpdate);
    selection.select(QItemSelection(model.index(first, 0), model.index(last, LeadListColumnCount - 1)),
                     QItemSelectionModel::ClearAndSelect);
}

// Waits for refresh()'s pages and its count (in either order).
void waitForRefresh(QSignalSpy &refreshed, QSignalSpy &counted)
{
    if (refreshed.isEmpty())
        REQUIRE(refreshed.wait(WaitMs));
    if (counted.isEmpty())
        REQUIRE(counted.wait(WaitMs));
}

QString cell(const LeadListModel &model, int row, LeadListColumn column)
{
    return model.data(model.index(row, int(column))).toString();
}

} // namespace

TEST_CASE("A refresh reads again what is shown without a reset - the current row and the selection follow their "
          "leads",
          "[models][leadlist][refresh]")
{
    Fixture f(900);
    LeadListModel model(f.session.get());
    QItemSelectionModel selection(&model);
    waitForCount(model);
    const int rows = model.rowCount();
    // Newest first (the default): a lead added now comes first and pushes every row down one.
    REQUIRE(model.query().sortColumn == LeadListColumn::Number);
    REQUIRE(model.query().sortOrder == Qt::DescendingOrder);
    const qint64 currentId = idAt(model, 300);
    const QList<qint64> selected{idAt(model, 301), idAt(model, 302), idAt(model, 303)};
    selectRows(model, selection, 300, 301, 303);
    REQUIRE(selectedIds(model, selection) == selected);

    QSqlQuery q(f.connection());
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO leads (name, source, created_at, updated_at) VALUES (?, 1, ?, ?)")));
    q.addBindValue(QStringLiteral("Newcomer Ltd"));
    q.addBindValue(QStringLiteral("2026-12-01T10:00:00Z"));
    q.addBindValue(QStringLiteral("2026-12-01T10:00:00Z"));
    REQUIRE(q.exec());
    REQUIRE(q.prepare(QStringLiteral("UPDATE leads SET name = ? WHERE id = ?")));
    q.addBindValue(QStringLiteral("Renamed Elsewhere"));
    q.addBindValue(currentId);
    REQUIRE(q.exec());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy refreshed(&model, &LeadListModel::refreshed);
    QSignalSpy counted(&model, &LeadListModel::countsChanged);
    model.refresh();
    // The rows held show as they were until the new ones come: no placeholder, no reset.
    CHECK(model.leadIdAt(300) == currentId);
    CHECK_FALSE(model.data(model.index(300, 0), LeadListModel::LoadingRole).toBool());
    waitForRefresh(refreshed, counted);

    CHECK(reset.isEmpty());
    CHECK(layout.size() == 1);
    CHECK(model.rowCount() == rows + 1);
    CHECK(cell(model, 0, LeadListColumn::Name) == QStringLiteral("Newcomer Ltd"));
    CHECK(selection.currentIndex().row() == 301);
    CHECK(model.leadIdAt(301) == currentId);
    CHECK(cell(model, 301, LeadListColumn::Name) == QStringLiteral("Renamed Elsewhere"));
    CHECK(selectedIds(model, selection) == selected);
    CHECK(selection.selectedRows().size() == 3);
    CHECK(model.lastError().isEmpty());

    // A change in place moves nothing: no layout change, the row changes.
    REQUIRE(q.prepare(QStringLiteral("UPDATE leads SET city = ? WHERE id = ?")));
    q.addBindValue(QStringLiteral("Tver"));
    q.addBindValue(currentId);
    REQUIRE(q.exec());
    refreshed.clear();
    counted.clear();
    model.refresh();
    waitForRefresh(refreshed, counted);
    CHECK(layout.size() == 1);
    CHECK(reset.isEmpty());
    CHECK(cell(model, 301, LeadListColumn::City) == QStringLiteral("Tver"));
    CHECK(selection.currentIndex().row() == 301);
    CHECK(selectedIds(model, selection) == selected);

    // Rows not shown lately were dropped and come back by key when shown again, where plain SQL has them.
    checkAgrees(model, f.connection(), model.query(), f.busyOwner);
}

TEST_CASE("A refresh asked for while one is under way follows it, and a new query drops it",
          "[models][leadlist][refresh]")
{
    Fixture f(600);
    LeadListModel model(f.session.get());
    waitForCount(model);
    idAt(model, 10);
    QSignalSpy refreshed(&model, &LeadListModel::refreshed);
    QSignalSpy counted(&model, &LeadListModel::countsChanged);
    model.refresh();
    model.refresh();   // under way: one more follows the first
    REQUIRE(refreshed.wait(WaitMs));
    while (refreshed.size() < 2)
        REQUIRE(refreshed.wait(WaitMs));
    drain(*f.session, Session::Lane::Count);   // the first count may come after the second refresh began: dropped
    CHECK(counted.size() >= 1);
    CHECK(model.leadIdAt(10) != 0);

    model.refresh();
    LeadListQuery query = model.query();
    query.sortOrder = Qt::AscendingOrder;
    model.setQuery(query);   // the refresh's answer is for the old query: dropped
    waitForCount(model);
    drain(*f.session, Session::Lane::List);
    CHECK(refreshed.size() == 2);
    checkAgrees(model, f.connection(), query, f.busyOwner);
}

TEST_CASE("A page asked for when a refresh begins is asked for again and arrives", "[models][leadlist][refresh]")
{
    Fixture f(900);
    LeadListModel model(f.session.get());
    waitForCount(model);
    idAt(model, 10);   // the first page is shown
    const int row = 3 * LeadListModel::PageSize + 7;
    REQUIRE(row < model.rowCount());
    REQUIRE_FALSE(model.isRowLoaded(row));
    QSignalSpy refreshed(&model, &LeadListModel::refreshed);
    QSignalSpy counted(&model, &LeadListModel::countsChanged);
    model.requestRow(row);   // on its way: its answer is for the rows as they were before the refresh
    model.refresh();         // (another person's change, say) before that answer is delivered
    waitForRefresh(refreshed, counted);
    drain(*f.session, Session::Lane::List);   // everything asked of the list so far has answered
    CHECK(model.isRowLoaded(row));
    CHECK(model.leadIdAt(row) == expectedIds(f.connection(), model.query(), f.busyOwner).at(row));
}

TEST_CASE("Two sessions on one PostgreSQL database - another person's save and assignment show in an open list, "
          "keeping its current row and selection",
          "[models][leadlist][refresh][postgresql-only]")
{
    Fixture f(600);
    Employee admin;
    QList<Employee> salespeople;
    for (const Employee &e : EmployeeRepository(f.connection()).all()) {
        if (admin.id == 0 && e.roles.testFlag(Role::Admin))
            admin = e;
        if (e.active && e.roles.testFlag(Role::Sales))
            salespeople.append(e);
    }
    REQUIRE(admin.id > 0);
    REQUIRE(salespeople.size() >= 2);

    // A's list is open where the user left it.
    Session &a = *f.session;
    REQUIRE(a.leadChanges() != nullptr);
    QSignalSpy listening(a.leadChanges(), &LeadChangeListener::listening);
    if (!a.leadChanges()->isListening())
        REQUIRE(listening.wait(WaitMs));
    LeadListModel model(&a);
    QItemSelectionModel selection(&model);
    LeadListQuery open;   // leads that can still be saved and assigned
    open.states = {LeadState::New, LeadState::Assigned};
    model.setQuery(open);
    waitForCount(model);
    const qint64 currentId = idAt(model, 40);
    const qint64 savedId = idAt(model, 41);
    const qint64 assignedId = idAt(model, 42);
    selectRows(model, selection, 40, 40, 42);
    const QList<qint64> selected{currentId, savedId, assignedId};
    REQUIRE(selectedIds(model, selection) == selected);

    // B, another person on another session, saves one lead and assigns another.
    const std::unique_ptr<Session> b = openSession(f.path(), admin);
    QSignalSpy changed(&a, &Session::leadsChanged);
    QSignalSpy refreshed(&model, &LeadListModel::refreshed);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    LeadStore store(b.get());
    const StoredLead stored = valueOf(await<Result<StoredLead>>([&](QObject *c, auto done) { store.load(savedId, c, done); }));
    Lead lead = stored.lead;
    lead.name = QStringLiteral("Saved by B");
    const Lead saved = valueOf(await<Result<Lead>>([&](QObject *c, auto done) { store.save(lead, c, done); }));
    REQUIRE(saved.name == QStringLiteral("Saved by B"));

    REQUIRE(changed.wait(WaitMs));   // notified by the database, not by B
    if (refreshed.isEmpty())
        REQUIRE(refreshed.wait(WaitMs));
    CHECK(cell(model, 41, LeadListColumn::Name) == QStringLiteral("Saved by B"));

    LeadActions actions(b.get());
    const StoredLead toAssign =
        valueOf(await<Result<StoredLead>>([&](QObject *c, auto done) { store.load(assignedId, c, done); }));
    const Employee other = salespeople.at(0).id != toAssign.lead.ownerId ? salespeople.at(0) : salespeople.at(1);
    refreshed.clear();
    const bool assigned = valueOf(await<Result<bool>>([&](QObject *c, auto done) {
        actions.assignOne(assignedId, other.id, toAssign.lead.version, c, done);
    }));
    REQUIRE(assigned);
    REQUIRE(refreshed.wait(WaitMs));
    CHECK(cell(model, 42, LeadListColumn::Owner) == other.displayName);

    CHECK(reset.isEmpty());
    CHECK(selection.currentIndex().row() == 40);
    CHECK(model.leadIdAt(40) == currentId);
    CHECK(selectedIds(model, selection) == selected);
}

TEST_CASE("The change listener listens again after its connection was lost, and announces a change",
          "[models][leadlist][refresh][postgresql-only]")
{
    TestDatabase test;
    Database db;
    REQUIRE(db.open(test.location(), QStringLiteral("listener-test")).has_value());
    LeadChangeListener listener(test.location(), QString(), QStringLiteral("listener-test-changes"));
    listener.setCheckInterval(100);
    QSignalSpy listening(&listener, &LeadChangeListener::listening);
    QSignalSpy failed(&listener, &LeadChangeListener::listeningFailed);
    QSignalSpy changed(&listener, &LeadChangeListener::leadsChanged);
    listener.start();
    REQUIRE(listening.wait(WaitMs));
    CHECK(listener.isListening());

    // Every statement that writes leads notifies, once per transaction, whoever runs it.
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO leads (name, source, created_at, updated_at) "
                                  "VALUES ('Plain SQL', 1, '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z')")));
    REQUIRE(changed.wait(WaitMs));
    CHECK(changed.size() == 1);

    // The server drops the listening connection (a restart, a network cut).
    REQUIRE(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE datname = current_database() AND application_name LIKE '%%1'")
                       .arg(QLatin1String(LeadChangeChannel::ApplicationNameSuffix))));
    REQUIRE(q.next());
    REQUIRE(q.value(0).toBool());
    REQUIRE(failed.wait(WaitMs));
    CHECK_FALSE(listener.isListening());
    changed.clear();
    if (listening.size() < 2)
        REQUIRE(listening.wait(WaitMs));
    CHECK(listener.isListening());
    REQUIRE(changed.wait(WaitMs));   // what may have been missed meanwhile
    changed.clear();
    REQUIRE(q.exec(QStringLiteral("UPDATE leads SET city = 'Tver'")));
    REQUIRE(changed.wait(WaitMs));
}

TEST_CASE("A saved lead that no longer matches the filter leaves the list - the count agrees, the current row stays",
          "[models][leadlist][refresh]")
{
    Fixture f(500);
    LeadListModel model(f.session.get());
    QItemSelectionModel selection(&model);
    LeadListQuery onlyNew;
    onlyNew.states = {LeadState::New};
    model.setQuery(onlyNew);
    waitForCount(model);
    const int rows = model.rowCount();
    REQUIRE(rows > 10);
    const qint64 gone = idAt(model, 3);
    const qint64 next = idAt(model, 4);
    selection.setCurrentIndex(model.index(3, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Assigned meanwhile (as the form or Assign does): no longer New.
    QSqlQuery q(f.connection());
    REQUIRE(q.prepare(QStringLiteral("UPDATE leads SET state = 2, owner_id = ? WHERE id = ?")));
    q.addBindValue(f.busyOwner);
    q.addBindValue(gone);
    REQUIRE(q.exec());
    drain(*f.session, Session::Lane::List);
    QSignalSpy refreshed(&model, &LeadListModel::refreshed);
    QSignalSpy counted(&model, &LeadListModel::countsChanged);
    QSignalSpy leadRefreshed(&model, &LeadListModel::leadRefreshed);
    REQUIRE(model.refreshLead(gone));
    waitForRefresh(refreshed, counted);
    CHECK(leadRefreshed.size() == 1);

    CHECK(model.loadedRowOf(gone) == -1);
    CHECK(model.rowCount() == rows - 1);
    CHECK(model.counts().total == model.rowCount());
    // The keyboard goes on from where it was: the next lead moved up into the current row.
    CHECK(selection.currentIndex().row() == 3);
    CHECK(model.leadIdAt(3) == next);
    CHECK(model.lastError().isEmpty());
    checkAgrees(model, f.connection(), model.query(), f.busyOwner);
}
