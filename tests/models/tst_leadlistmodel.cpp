// LeadListModel against real SQLite files: every sort, filter and search agrees with plain SQL,
// and the window of rows in memory stays bounded.

#include "database.h"
#include "demogenerator.h"
#include "leadlistmodel.h"
#include "leadlistsql.h"
#include "tempdir.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

struct Fixture
{
    TempDir dir;
    Database db;
    qint64 busyOwner = 0;

    explicit Fixture(qint64 leads = 1500)
    {
        REQUIRE(db.openSqlite(dir.file(QStringLiteral("list.sqlite")), QStringLiteral("list-test")));
        QSqlDatabase connection = db.connection();
        DemoOptions options;
        options.leads = leads;
        options.seed = 7;
        DemoSummary summary;
        QString error;
        REQUIRE(DemoGenerator::generate(connection, options, &summary, &error));
        QSqlQuery q(connection);
        REQUIRE(q.exec(QStringLiteral("SELECT owner_id FROM leads WHERE owner_id IS NOT NULL "
                                      "GROUP BY owner_id ORDER BY COUNT(*) DESC LIMIT 1")));
        REQUIRE(q.next());
        busyOwner = q.value(0).toLongLong();
    }
    QSqlDatabase connection() const { return db.connection(); }
};

// Plain SQL over the normalised tables, with no use of the list's derived columns or FTS index.
QString plainSortExpression(LeadListColumn column)
{
    switch (column) {
    case LeadListColumn::Number: return QStringLiteral("l.id");
    case LeadListColumn::Name: return QStringLiteral("l.name COLLATE NOCASE");
    case LeadListColumn::State: return QStringLiteral("l.state");
    case LeadListColumn::Source: return QStringLiteral("l.source");
    case LeadListColumn::Company: return QStringLiteral("l.company_label COLLATE NOCASE");
    case LeadListColumn::Contact: return QStringLiteral("l.contact_label COLLATE NOCASE");
    case LeadListColumn::SellingDirection: return QStringLiteral("COALESCE(d.name, '') COLLATE NOCASE");
    case LeadListColumn::ServiceOrProduct: return QStringLiteral("COALESCE(s.name, '') COLLATE NOCASE");
    case LeadListColumn::Campaign: return QStringLiteral("COALESCE(c.name, '') COLLATE NOCASE");
    case LeadListColumn::Owner: return QStringLiteral("COALESCE(e.display_name, '') COLLATE NOCASE");
    case LeadListColumn::City: return QStringLiteral("l.city COLLATE NOCASE");
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
    QStringList where{QStringLiteral("1")};
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
        ids.append(model.leadIdAt(row));
    return ids;
}

void checkAgrees(LeadListModel &model, QSqlDatabase db, const LeadListQuery &query, qint64 employeeId)
{
    model.setQuery(query);
    REQUIRE(model.waitForCount());
    const QList<qint64> expected = expectedIds(db, query, employeeId);
    INFO("sort " << LeadListColumns::code(query.sortColumn).toStdString() << (query.sortOrder == Qt::AscendingOrder ? " asc" : " desc")
                 << " search '" << query.searchText.toStdString() << "' json " << QJsonDocument(query.toJson()).toJson(QJsonDocument::Compact).toStdString());
    REQUIRE(model.rowCount() == expected.size());
    CHECK(model.counts().total == expected.size());
    CHECK(modelIds(model) == expected);
    CHECK(model.lastError().isEmpty());
}

} // namespace

TEST_CASE("Every sort, filter and search agrees with plain SQL", "[models][leadlist]")
{
    Fixture f;
    QSqlDatabase db = f.connection();
    LeadListModel model(db, f.busyOwner);
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
    LeadListModel model(db, f.busyOwner);
    REQUIRE(model.waitForCount());
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral(
        "SELECT l.id, l.name, l.state, l.source, l.company_label, l.contact_label, COALESCE(d.name, ''), "
        "COALESCE(s.name, ''), COALESCE(c.name, ''), COALESCE(e.display_name, ''), l.city FROM leads l "
        "LEFT JOIN selling_directions d ON d.id = l.direction_id LEFT JOIN services s ON s.id = l.service_id "
        "LEFT JOIN campaigns c ON c.id = l.campaign_id LEFT JOIN employees e ON e.id = l.owner_id ORDER BY l.id DESC")));
    int row = 0;
    while (q.next()) {
        REQUIRE(row < model.rowCount());
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
    LeadListModel model(db, f.busyOwner);
    LeadListQuery query;
    query.onlyMine = true;
    model.setQuery(query);
    REQUIRE(model.waitForCount());
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
    LeadListModel model(db, f.busyOwner);
    model.setMaxCachedPages(3);
    LeadListQuery query;
    query.sortColumn = LeadListColumn::City;
    query.sortOrder = Qt::AscendingOrder;
    model.setQuery(query);
    REQUIRE(model.waitForCount());
    const QList<qint64> expected = expectedIds(db, query, f.busyOwner);
    REQUIRE(model.rowCount() == 2000);
    const int bound = 3 * LeadListModel::PageSize;
    for (int row = 0; row < model.rowCount(); ++row) {
        REQUIRE(model.leadIdAt(row) == expected[row]);
        REQUIRE(model.cachedRowCount() <= bound);
    }
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        REQUIRE(model.leadIdAt(row) == expected[row]);
        REQUIRE(model.cachedRowCount() <= bound);
    }
    // Jumps land on the right rows whatever is cached: the end, the middle, back to the start.
    for (int row : {1999, 1000, 3, 1500, 257, 1743, 0, 1998, 999}) {
        CHECK(model.leadIdAt(row) == expected[row]);
        CHECK(model.cachedRowCount() <= bound);
    }
    CHECK(model.leadIdAt(2000) == 0);
}

TEST_CASE("Before the count arrives the first page shows and more rows can be fetched", "[models][leadlist]")
{
    Fixture f(600);
    QSqlDatabase db = f.connection();
    LeadListModel model(db, f.busyOwner);
    // Right after construction no event has been processed: the count cannot have arrived.
    CHECK_FALSE(model.isCountKnown());
    CHECK(model.rowCount() == LeadListModel::PageSize);
    CHECK(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == 2 * LeadListModel::PageSize);
    REQUIRE(model.waitForCount());
    CHECK(model.rowCount() == 600);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
}

TEST_CASE("Hostile search text is searched literally, never an error or an injection", "[models][leadlist][search]")
{
    Fixture f(400);
    QSqlDatabase db = f.connection();
    LeadListModel model(db, f.busyOwner);
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
    LeadListModel model(db, f.busyOwner);
    REQUIRE(model.waitForCount());
    const qint64 id = model.leadIdAt(5);
    QSqlQuery q(db);
    REQUIRE(q.prepare(QStringLiteral("UPDATE leads SET name = ?, city = ? WHERE id = ?")));
    q.addBindValue(QStringLiteral("Zebrafish Unlimited"));
    q.addBindValue(QStringLiteral("Tver"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    CHECK(model.data(model.index(5, int(LeadListColumn::Name))).toString() != QLatin1String("Zebrafish Unlimited"));
    CHECK(model.refreshLead(id));
    CHECK(model.data(model.index(5, int(LeadListColumn::Name))).toString() == QLatin1String("Zebrafish Unlimited"));
    CHECK(model.data(model.index(5, int(LeadListColumn::City))).toString() == QLatin1String("Tver"));
    CHECK(model.leadIdAt(5) == id);

    model.setSearchText(QStringLiteral("zebraf"));
    REQUIRE(model.waitForCount());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.leadIdAt(0) == id);
    // Refreshing while searching (sorted by number, read in search-index order) works too.
    CHECK(model.refreshLead(id));
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

TEST_CASE("Both search shapes (sort the matches, walk the sort index) page to the same rows as plain SQL",
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
                for (bool dense : {false, true}) {
                    LeadListSql sql(query, f.busyOwner);
                    // A threshold of 1 match makes any search with a match take the index walk.
                    REQUIRE(reader.chooseSearchShape(&sql, nullptr, dense ? 1 : 1000000));
                    CHECK(sql.isDenseSearch() == (dense && column != LeadListColumn::Number));
                    QList<qint64> ids;
                    QList<LeadListRow> rows;
                    QList<LeadListKey> keys;
                    QString error;
                    REQUIRE(reader.page(sql, nullptr, false, 7, &rows, &keys, &error));
                    while (!keys.isEmpty()) {
                        for (const LeadListRow &row : rows)
                            ids.append(row.id);
                        const LeadListKey last = keys.last();
                        rows.clear();
                        keys.clear();
                        REQUIRE(reader.page(sql, &last, false, 97, &rows, &keys, &error));
                    }
                    INFO("search '" << search.toStdString() << "' sort " << LeadListColumns::code(column).toStdString()
                                    << (order == Qt::AscendingOrder ? " asc" : " desc") << " dense " << dense);
                    CHECK(error.isEmpty());
                    CHECK(ids == expected);
                    LeadListKey lastKey;
                    REQUIRE(reader.keyAt(sql, expected.size() - 1, false, &lastKey, &error));
                    CHECK(lastKey.id == expected.last());
                }
            }
        }
    }
}
