#pragma once

#include "leadlistquery.h"
#include "sqldialect.h"

#include <QString>
#include <QVariant>
#include <QVariantList>

class QSqlQuery;
struct LeadListRow;

// One statement with its bound values (positional, in order).
struct SqlStatement
{
    QString sql;
    QVariantList values;
};

// Where a page starts: the sort value and id of a row (keyset paging on the indexed
// (sort column, id) pair, never OFFSET over rows that are then thrown away).
struct LeadListKey
{
    QVariant sortValue;
    qint64 id = 0;
};

// Builds the SQL that serves a LeadListQuery, in the words of the connection's engine (the dialect:
// SqlDialect::of(db)). Values are always bound; identifiers come only from a fixed whitelist per
// LeadListColumn. Every sort runs on an index of (sort expression, id) (LeadListIndex).
// The search means the same on both engines (SqlDialect::leadSearchValue): SQLite's FTS5 index
// leads_fts, PostgreSQL's generated column leads.search_vector and its GIN index leads_search.
// One difference remains, from the schema: the PostgreSQL column reads "ё" as "е" (so "елка"
// finds "Ёлка" there), while FTS5's unicode61 keeps "ё" apart from "е".
//
// Every SELECT of rows returns the columns that readRow() reads, in this order:
//   id, name, state, source, company_label, contact_label, direction_name, service_name,
//   campaign_name, owner_name, city, created_at, updated_at, <sort key>
class LeadListSql
{
public:
    // `currentEmployeeId` serves LeadListQuery::onlyMine.
    LeadListSql(const LeadListQuery &query, qint64 currentEmployeeId, const SqlDialect &dialect = SqlDialect::sqlite());

    // True when the search can match nothing (only punctuation or emoji typed): callers may show
    // an empty list without asking the database. The statements below are still valid.
    bool matchesNothing() const;

    // Every row of the view in view order (CSV export: read it forward-only, off the UI thread
    // on a connection of that thread).
    SqlStatement selectAll() const;
    // The given rows only (any order), for export of a selection or refreshing edited rows.
    SqlStatement selectIds(const QList<qint64> &ids) const;
    // The rows among `ids` that the view's filter and search match (any order), as selectIds().
    SqlStatement selectMatching(const QList<qint64> &ids) const;
    // Up to `limit` rows strictly after `after` in view order (from the start when `after` is null);
    // with `backwards`, strictly before it in reverse view order (from the end when null).
    SqlStatement page(const LeadListKey *after, bool backwards, int limit) const;
    // Up to `limit` keys (id and sort value only, so SQLite reads nothing but the covering
    // (sort column, id) index) strictly after `after` in view order, or before it in reverse order
    // with `backwards` (from the start or the end when null). The model reaches a far row by walking
    // these from the nearest key it knows, and the ids of a selection are read with it: never OFFSET.
    SqlStatement keys(const LeadListKey *after, bool backwards, qint64 limit) const;
    // The ids of up to `limit` rows after `from` in view order (before it with `backwards`; from the
    // start or the end when null), nothing else: the cheapest walk through the covering index, for
    // stepping to a far row (see LeadListReader::walk).
    SqlStatement walkIds(const LeadListKey *from, bool backwards, qint64 limit) const;
    // The same walk done by the server in one statement that answers one row: the key (id, sort
    // key) of the last of those rows. They are the first `limit` in view order, so the last is the
    // greatest of them in that order (or the least with `backwards`). For a server across a network,
    // where stepping through walkIds would carry every id over the wire.
    SqlStatement walkEnd(const LeadListKey *from, bool backwards, qint64 limit) const;
    // The key (id, sort key) of the lead `id`, as keys() reads it.
    SqlStatement keyOf(qint64 id) const;
    // "SELECT state, COUNT(*) ... GROUP BY state" over the view: the total and per-state counts.
    SqlStatement countByState() const;
    // "SELECT `columns` FROM <the view> WHERE <its filter and search> [AND `extraCondition`]
    // GROUP BY `groupBy`", the condition's values bound after the view's: the same rows as the list,
    // counted by the database (the dashboard, DashboardRepository). `columns`, `groupBy` and
    // `extraCondition` are fixed text of the caller, never user input. `index`: read the leads
    // through that index (SqlDialect::indexHint), when the view has no search (empty: the planner's
    // choice).
    // "SELECT COUNT(*) FROM <the view> WHERE <its filter and search> AND `extraCondition`", as grouped().
    SqlStatement counted(const QString &extraCondition, const QVariantList &extraValues) const;
    SqlStatement grouped(const QString &columns, const QString &groupBy, const QString &extraCondition = {},
                         const QVariantList &extraValues = {}, const QString &index = {}) const;

    // Searching and sorted by anything but the number, there are two ways to the first page:
    // read every match and sort them (right for a few thousand matches; a rare word in ~1 ms), or
    // walk the sort column's index and keep the ids in the match list (right when matches are
    // many, e.g. a short prefix matching a tenth of the table: reading and sorting 100,000 rows
    // takes ~80 ms, the walk ~10 ms; a rare word would walk the whole index instead, ~100 ms).
    // searchProbe() counts matches up to `limit` (streams the search index, stops early); when it
    // reaches DenseSearchMatches, setDenseSearch(true) switches the statements to the index walk.
    // Results are the same either way. Only an engine with a search table of its own (SQLite's FTS5,
    // SqlDialect::hasLeadSearchTable) is probed: PostgreSQL's planner weighs the GIN index against
    // the sort index from its statistics, so the statements are one shape there and searchProbe()
    // is never asked for.
    // Measured at 1,000,000 leads: 2,300 matches cost ~10 ms either way; 7,700 (two words typed)
    // ~33 ms sorted against ~10 ms walked.
    static constexpr int DenseSearchMatches = 4000;
    bool needsSearchProbe() const;
    // Answers (matches counted up to `limit`, their least rowid, their greatest rowid): the matches
    // come in rowid order, so count / (greatest - least + 1) tells how dense they are.
    SqlStatement searchProbe(int limit = DenseSearchMatches) const;
    void setDenseSearch(bool dense) { m_denseSearch = dense; }
    bool isDenseSearch() const { return m_denseSearch; }
    // When at least this share of the rows match (a letter or two typed: "п" matches half of
    // them), building the match list costs more than the page: at 1,000,000 leads the walk spends
    // ~60 ms building the list of 470,000 ids, then ~1 ms stepping through the ~200 rows of the
    // first page. So in a dense search at this density, page() checks each row the walk reaches
    // against the search index by its rowid instead (~25 µs a row, ~10 ms in all). Only page():
    // its LIMIT is a page, while a walk of keys may step through most of the table, where the list
    // pays off. Rarer matches would make the walk check many rows for each one kept.
    static constexpr double RowCheckDensity = 0.2;
    void setRowCheck(bool check) { m_rowCheck = check; }
    bool isRowCheck() const { return m_rowCheck; }

    // Reads the current row of a query made from one of the statements above.
    static LeadListRow readRow(const QSqlQuery &query);
    // Page rows carry the sort key (named sort_key) after the 13 row columns (keyColumn RowColumns); keyOf() and
    // keys() give (id, key) (keyColumn 1).
    static constexpr int RowColumns = 13;
    static LeadListKey readKey(const QSqlQuery &query, int keyColumn);

    const LeadListQuery &query() const { return m_query; }

private:
    // SELECT `columns` (%1: the sort key) of up to `limit` rows after (or before) `after`, in order.
    SqlStatement keyed(const QString &columns, const LeadListKey *after, bool backwards, qint64 limit,
                       bool page = false) const;
    // The keyset condition "after `after`" (or before it) and its values; empty without `after`.
    QString keysetCondition(const LeadListKey *after, bool ascending, QVariantList *values) const;
    // `page`: the statement reads one page (its rows may be checked one by one, see RowCheckDensity).
    // `indexHint`: SqlDialect::indexHint text after the leads table (not with a streamed search).
    QString fromAndWhere(QVariantList *values, const QString &extraCondition = {}, bool page = false,
                         const QString &indexHint = {}) const;
    QString sortExpression() const;

    LeadListQuery m_query;
    qint64 m_employeeId = 0;
    SqlDialect m_dialect;
    QString m_match;   // SqlDialect::leadSearchValue: FTS5 expression or tsquery text, empty without search
    bool m_denseSearch = false;
    bool m_rowCheck = false;
};
