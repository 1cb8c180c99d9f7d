// The lead list's filter/sort/search description: column codes, FTS5 escaping, JSON round trip.

#include "catchqt.h"

#include "leadlistcolumn.h"
#include "leadlistquery.h"
#include "leadlistrow.h"
#include "leadlistview.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QSet>

#include <catch2/catch.hpp>

#include <algorithm>

TEST_CASE("List columns have stable numbers, codes and labels", "[core][leadlist]")
{
    const QList<LeadListColumn> columns = LeadListColumns::all();
    REQUIRE(columns.size() == LeadListColumnCount);
    QSet<QString> codes;
    for (int i = 0; i < columns.size(); ++i) {
        CHECK(static_cast<int>(columns[i]) == i);
        const QString code = LeadListColumns::code(columns[i]);
        CHECK(!code.isEmpty());
        CHECK(!LeadListColumns::label(columns[i]).isEmpty());
        codes.insert(code);
        LeadListColumn parsed;
        REQUIRE(LeadListColumns::fromCode(u' ' + code.toUpper() + u' ', &parsed));
        CHECK(parsed == columns[i]);
    }
    CHECK(codes.size() == LeadListColumnCount);
    CHECK(LeadListColumns::code(LeadListColumn::SellingDirection) == QLatin1String("selling_direction"));
    CHECK(LeadListColumns::label(LeadListColumn::ServiceOrProduct) == QLatin1String("Service or product"));
    CHECK_FALSE(LeadListColumns::fromCode(QStringLiteral("password_hash"), nullptr));
    CHECK_FALSE(LeadListColumns::fromInt(LeadListColumnCount, nullptr));
    CHECK_FALSE(LeadListColumns::fromInt(-1, nullptr));
}

TEST_CASE("Search text becomes quoted FTS5 prefix phrases", "[core][leadlist][search]")
{
    const auto fts = [](const char *text) { return LeadListQuery::ftsMatchExpression(QString::fromUtf8(text)); };
    CHECK(fts("") == QString());
    CHECK(fts("   ") == QString());
    CHECK(fts("ivan") == QStringLiteral("\"ivan\"*"));
    CHECK(fts("  Ivan   Petrov ") == QStringLiteral("\"Ivan\"* \"Petrov\"*"));
    // Operators and syntax are literal words, never operators.
    CHECK(fts("a OR b") == QStringLiteral("\"a\"* \"OR\"* \"b\"*"));
    CHECK(fts("NEAR(a b)") == QStringLiteral("\"NEAR a\"* \"b\"*"));
    CHECK(fts("-acme") == QStringLiteral("\"acme\"*"));
    CHECK(fts("acme*") == QStringLiteral("\"acme\"*"));
    CHECK(fts("\"quoted\"") == QStringLiteral("\"quoted\"*"));
    CHECK(fts("name:ivan") == QStringLiteral("\"name ivan\"*"));
    CHECK(fts("x'); DROP TABLE leads; --") == QStringLiteral("\"x\"* \"DROP\"* \"TABLE\"* \"leads\"*"));
    CHECK(fts("^start + {col}") == QStringLiteral("\"start\"* \"col\"*"));
    // Punctuation inside a word keeps its parts together as a phrase (e-mail, phone).
    CHECK(fts("petrov@mail.ru") == QStringLiteral("\"petrov mail ru\"*"));
    CHECK(fts("+7 (495) 123-45") == QStringLiteral("\"7\"* \"495\"* \"123 45\"*"));
    // Cyrillic and accents are letters; emoji and lone punctuation are not.
    CHECK(fts("Иванов") == QString::fromUtf8("\"Иванов\"*"));
    CHECK(fts("café") == QString::fromUtf8("\"café\"*"));
    CHECK(fts("😀") == QString());
    CHECK(fts("- * \" ( )") == QString());
    CHECK(fts("😀ivan😀") == QStringLiteral("\"ivan\"*"));
}

TEST_CASE("Huge search text is bounded", "[core][leadlist][search]")
{
    const QString longWord(1000, u'a');
    const QString expr = LeadListQuery::ftsMatchExpression(longWord);
    CHECK(expr == u'"' + QString(LeadListQuery::MaxSearchTokenLength, u'a') + QStringLiteral("\"*"));

    QString manyWords;
    for (int i = 0; i < 500; ++i)
        manyWords += QStringLiteral("w%1 ").arg(i);
    const QString bounded = LeadListQuery::ftsMatchExpression(manyWords);
    CHECK(bounded.count(QLatin1String("\"*")) == LeadListQuery::MaxSearchWords);
    CHECK(bounded.startsWith(QLatin1String("\"w0\"* \"w1\"*")));
}

TEST_CASE("A query knows when it filters and when it searches", "[core][leadlist]")
{
    LeadListQuery query;
    CHECK(query.isUnfiltered());
    CHECK_FALSE(query.hasSearch());
    query.sortColumn = LeadListColumn::City;
    CHECK(query.isUnfiltered());
    query.searchText = QStringLiteral("  ");
    CHECK(query.isUnfiltered());
    query.searchText = QStringLiteral("x");
    CHECK_FALSE(query.isUnfiltered());
    query = LeadListQuery();
    query.onlyMine = true;
    CHECK_FALSE(query.isUnfiltered());
    query = LeadListQuery();
    query.createdTo = QDate(2024, 1, 1);
    CHECK_FALSE(query.isUnfiltered());
}

TEST_CASE("A query survives a JSON round trip with stable codes", "[core][leadlist]")
{
    LeadListQuery query;
    query.states = {LeadState::Assigned, LeadState::Qualified};
    query.sources = {LeadSource::Partner};
    query.ownerIds = {0, 7};
    query.sellingDirectionIds = {3};
    query.campaignIds = {9007199254740993LL};
    query.createdFrom = QDate(2024, 2, 29);
    query.createdTo = QDate(2024, 3, 31);
    query.onlyMine = true;
    query.searchText = QStringLiteral("\"acme\" OR 1=1");
    query.sortColumn = LeadListColumn::Owner;
    query.sortOrder = Qt::AscendingOrder;

    const QByteArray bytes = QJsonDocument(query.toJson()).toJson();
    CHECK(bytes.contains("\"assigned\""));
    CHECK(bytes.contains("\"owner\""));
    const LeadListQuery back = LeadListQuery::fromJson(QJsonDocument::fromJson(bytes).object());
    CHECK(back == query);

    CHECK(LeadListQuery::fromJson(QJsonObject()) == LeadListQuery());
    QJsonObject junk;
    junk.insert(QStringLiteral("states"), QJsonArray{QStringLiteral("bogus"), QStringLiteral("new")});
    junk.insert(QStringLiteral("sort"), QStringLiteral("password_hash"));
    const LeadListQuery parsed = LeadListQuery::fromJson(junk);
    CHECK(parsed.states == QList<LeadState>{LeadState::New});
    CHECK(parsed.sortColumn == LeadListColumn::Number);
}

TEST_CASE("A list row shows labels and ISO dates", "[core][leadlist]")
{
    LeadListRow row;
    row.id = 42;
    row.state = LeadState::Qualified;
    row.source = LeadSource::WebsiteForm;
    row.createdAt = QDateTime(QDate(2026, 11, 26), QTime(23, 22, 20), Qt::UTC);
    CHECK(row.text(LeadListColumn::Number) == QLatin1String("42"));
    CHECK(row.text(LeadListColumn::State) == QLatin1String("Qualified"));
    CHECK(row.text(LeadListColumn::Source) == QLatin1String("Website form"));
    CHECK(row.text(LeadListColumn::Created) == QLatin1String("2026-11-26T23:22:20Z"));
    CHECK(row.text(LeadListColumn::Updated).isEmpty());
    CHECK(row.value(LeadListColumn::Number).toLongLong() == 42);
    CHECK(row.value(LeadListColumn::State).toInt() == 3);
}

TEST_CASE("A new list shows every column, Name and Owner among the first four", "[core][leadlist]")
{
    const QList<LeadListColumn> order = LeadListColumns::defaultOrder();
    QList<LeadListColumn> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == LeadListColumns::all());
    CHECK(order.indexOf(LeadListColumn::Name) < 4);
    CHECK(order.indexOf(LeadListColumn::Owner) < 4);
    CHECK(LeadListView().columns == order);
    CHECK(LeadListView::fromJson(QByteArray("{}")).columns == order);
}
