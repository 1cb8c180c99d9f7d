#include "leadlistsql.h"

#include "leadlistrow.h"
#include "sqlvalues.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>

namespace {

// The only identifiers that reach the SQL: one fixed expression per column, each served by an
// index on (expression, id) — see LeadListIndex.
QString sortExpressionOf(LeadListColumn column, const SqlDialect &dialect)
{
    switch (column) {
    case LeadListColumn::Number: return QStringLiteral("l.id");
    case LeadListColumn::Name: return dialect.caseInsensitive(QStringLiteral("l.name"));
    case LeadListColumn::State: return QStringLiteral("l.state");
    case LeadListColumn::Source: return QStringLiteral("l.source");
    case LeadListColumn::Company: return dialect.caseInsensitive(QStringLiteral("l.company_label"));
    case LeadListColumn::Contact: return dialect.caseInsensitive(QStringLiteral("l.contact_label"));
    case LeadListColumn::SellingDirection: return dialect.caseInsensitive(QStringLiteral("l.direction_name"));
    case LeadListColumn::ServiceOrProduct: return dialect.caseInsensitive(QStringLiteral("l.service_name"));
    case LeadListColumn::Campaign: return dialect.caseInsensitive(QStringLiteral("l.campaign_name"));
    case LeadListColumn::Owner: return dialect.caseInsensitive(QStringLiteral("l.owner_name"));
    case LeadListColumn::City: return dialect.caseInsensitive(QStringLiteral("l.city"));
    case LeadListColumn::Created: return QStringLiteral("l.created_at");
    case LeadListColumn::Updated: return QStringLiteral("l.updated_at");
    }
    return QStringLiteral("l.id");
}

const char kRowColumns[] =
    "l.id, l.name, l.state, l.source, l.company_label, l.contact_label, l.direction_name, l.service_name, "
    "l.campaign_name, l.owner_name, l.city, l.created_at, l.updated_at";

// "l.owner_id IN (?, ?)" for ids > 0, "l.owner_id IS NULL" for 0, joined with OR.
QString idCondition(const QString &column, const QList<qint64> &ids, QVariantList *values)
{
    QStringList parts;
    QList<qint64> positive;
    bool none = false;
    for (qint64 id : ids) {
        if (id > 0)
            positive.append(id);
        else
            none = true;
    }
    if (!positive.isEmpty()) {
        parts.append(column + QStringLiteral(" IN (") + SqlValues::placeholders(positive.size()) + u')');
        for (qint64 id : positive)
            values->append(id);
    }
    if (none)
        parts.append(column + QStringLiteral(" IS NULL"));
    return parts.size() == 1 ? parts.first() : u'(' + parts.join(QStringLiteral(" OR ")) + u')';
}

QString utcText(const QDate &localDate)
{
    return localDate.startOfDay().toUTC().toString(Qt::ISODate);
}

} // namespace

LeadListSql::LeadListSql(const LeadListQuery &query, qint64 currentEmployeeId, const SqlDialect &dialect)
    : m_query(query)
    , m_employeeId(currentEmployeeId)
    , m_dialect(dialect)
    , m_match(dialect.leadSearchValue(query.searchText))
{
}

bool LeadListSql::matchesNothing() const
{
    return (m_query.hasSearch() && m_match.isEmpty()) || (m_query.onlyMine && m_employeeId <= 0);
}

QString LeadListSql::sortExpression() const
{
    // Sorting by number while searching, SQLite reads the search index in rowid order (see fromAndWhere).
    if (m_query.sortColumn == LeadListColumn::Number && !m_match.isEmpty() && m_dialect.hasLeadSearchTable())
        return QStringLiteral("leads_fts.rowid");
    return sortExpressionOf(m_query.sortColumn, m_dialect);
}

QString LeadListSql::fromAndWhere(QVariantList *values, const QString &extraCondition, bool page,
                                  const QString &indexHint) const
{
    QStringList conditions;
    if (matchesNothing())
        conditions.append(QStringLiteral("FALSE"));   // both engines read the keyword (SQLite since 3.23)
    if (!m_query.states.isEmpty()) {
        conditions.append(QStringLiteral("l.state IN (") + SqlValues::placeholders(m_query.states.size()) + u')');
        for (LeadState state : m_query.states)
            values->append(static_cast<int>(state));
    }
    if (!m_query.sources.isEmpty()) {
        conditions.append(QStringLiteral("l.source IN (") + SqlValues::placeholders(m_query.sources.size()) + u')');
        for (LeadSource source : m_query.sources)
            values->append(static_cast<int>(source));
    }
    if (!m_query.ownerIds.isEmpty())
        conditions.append(idCondition(QStringLiteral("l.owner_id"), m_query.ownerIds, values));
    if (!m_query.sellingDirectionIds.isEmpty())
        conditions.append(idCondition(QStringLiteral("l.direction_id"), m_query.sellingDirectionIds, values));
    if (!m_query.campaignIds.isEmpty())
        conditions.append(idCondition(QStringLiteral("l.campaign_id"), m_query.campaignIds, values));
    if (m_query.onlyMine && m_employeeId > 0) {
        conditions.append(QStringLiteral("l.owner_id = ?"));
        values->append(m_employeeId);
    }
    if (m_query.createdFrom.isValid()) {
        conditions.append(QStringLiteral("l.created_at >= ?"));
        values->append(utcText(m_query.createdFrom));
    }
    if (m_query.createdTo.isValid()) {
        conditions.append(QStringLiteral("l.created_at < ?"));
        values->append(utcText(m_query.createdTo.addDays(1)));
    }
    const bool streamSearch = !m_match.isEmpty() && m_query.sortColumn == LeadListColumn::Number
                              && m_dialect.hasLeadSearchTable();
    if (!m_match.isEmpty() && !m_dialect.hasLeadSearchTable()) {
        // One shape whatever the sort: the planner weighs the search index against the sort's index.
        conditions.append(m_dialect.leadSearchCondition());
        values->append(m_match);
    } else if (streamSearch) {
        // Newest (or oldest) first: FTS5 hands out its matches in rowid order and the LIMIT stops it
        // early, so even a one-letter prefix matching half the table answers at once.
        conditions.prepend(QStringLiteral("leads_fts MATCH ?"));
        values->prepend(m_match);
    } else if (!m_match.isEmpty() && m_denseSearch && m_rowCheck && page) {
        // Most rows match: the walk of the sort column's index asks the search index about each row
        // it reaches (FTS5 seeks the rowid in its doclists) and stops at the page's LIMIT.
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM leads_fts f WHERE f.leads_fts MATCH ? AND f.rowid = l.id)"));
        values->append(m_match);
    } else if (!m_match.isEmpty() && m_denseSearch) {
        // The unary + keeps the match list from driving the rows: SQLite walks the sort column's
        // index in order and checks each id against the match list (kept as a b-tree), stopping at
        // LIMIT; no row outside the page is read and nothing is sorted.
        conditions.append(QStringLiteral("+l.id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)"));
        values->append(m_match);
    } else if (!m_match.isEmpty()) {
        conditions.append(QStringLiteral("l.id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)"));
        values->append(m_match);
    }
    if (!extraCondition.isEmpty())
        conditions.append(extraCondition);
    QString sql = streamSearch ? QStringLiteral(" FROM leads_fts JOIN leads l ON l.id = leads_fts.rowid")
                               : QStringLiteral(" FROM leads l") + indexHint;
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql;
}

namespace {

QString orderBy(const QString &sortExpression, bool number, bool ascending)
{
    const QLatin1String direction(ascending ? " ASC" : " DESC");
    QString sql = QLatin1String(" ORDER BY ") + sortExpression + direction;
    if (!number)
        sql += QLatin1String(", l.id") + direction;
    return sql;
}

} // namespace

SqlStatement LeadListSql::selectAll() const
{
    SqlStatement statement;
    const QString key = sortExpression();
    statement.sql = QStringLiteral("SELECT ") + QLatin1String(kRowColumns) + QStringLiteral(", ") + key
                    + QStringLiteral(" AS sort_key") + fromAndWhere(&statement.values)
                    + orderBy(key, m_query.sortColumn == LeadListColumn::Number,
                              m_query.sortOrder == Qt::AscendingOrder);
    return statement;
}

SqlStatement LeadListSql::selectIds(const QList<qint64> &ids) const
{
    SqlStatement statement;
    const QString select = QStringLiteral("SELECT ") + QLatin1String(kRowColumns) + QStringLiteral(", ")
                           + sortExpressionOf(m_query.sortColumn, m_dialect)
                           + QStringLiteral(" AS sort_key FROM leads l WHERE ");
    statement.sql = select + QStringLiteral("l.id IN (") + SqlValues::placeholders(ids.size()) + u')';
    for (qint64 id : ids)
        statement.values.append(id);
    if (ids.isEmpty())
        statement.sql = select + QStringLiteral("FALSE");
    return statement;
}

SqlStatement LeadListSql::selectMatching(const QList<qint64> &ids) const
{
    SqlStatement statement;
    const QString condition = ids.isEmpty() ? QStringLiteral("FALSE")
                                            : QStringLiteral("l.id IN (") + SqlValues::placeholders(ids.size()) + u')';
    statement.sql = QStringLiteral("SELECT ") + QLatin1String(kRowColumns) + QStringLiteral(", ")
                    + sortExpressionOf(m_query.sortColumn, m_dialect) + QStringLiteral(" AS sort_key")
                    + fromAndWhere(&statement.values, condition);
    for (qint64 id : ids)
        statement.values.append(id);
    return statement;
}

QString LeadListSql::keysetCondition(const LeadListKey *after, bool ascending, QVariantList *values) const
{
    if (!after)
        return {};
    const QString key = sortExpression();
    const QString op = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    if (m_query.sortColumn == LeadListColumn::Number) {
        values->append(after->id);
        return key + op + u'?';
    }
    values->append(after->sortValue);
    values->append(after->id);
    return u'(' + key + QStringLiteral(", l.id)") + op + QStringLiteral("(?, ?)");
}

SqlStatement LeadListSql::keyed(const QString &columns, const LeadListKey *after, bool backwards, qint64 limit,
                                bool page) const
{
    SqlStatement statement;
    const QString key = sortExpression();
    const bool number = m_query.sortColumn == LeadListColumn::Number;
    const bool ascending = (m_query.sortOrder == Qt::AscendingOrder) != backwards;
    QVariantList keyValues;
    const QString keyset = keysetCondition(after, ascending, &keyValues);
    statement.sql = QStringLiteral("SELECT ") + columns.arg(key) + fromAndWhere(&statement.values, keyset, page)
                    + orderBy(key, number, ascending) + QStringLiteral(" LIMIT ?");
    statement.values += keyValues;
    statement.values.append(limit);
    return statement;
}

SqlStatement LeadListSql::page(const LeadListKey *after, bool backwards, int limit) const
{
    return keyed(QLatin1String(kRowColumns) + QStringLiteral(", %1 AS sort_key"), after, backwards, limit, true);
}

SqlStatement LeadListSql::keys(const LeadListKey *after, bool backwards, qint64 limit) const
{
    return keyed(QStringLiteral("l.id AS id, %1 AS k"), after, backwards, limit);
}

SqlStatement LeadListSql::walkIds(const LeadListKey *from, bool backwards, qint64 limit) const
{
    SqlStatement statement = keys(from, backwards, limit);
    const qsizetype fromClause = statement.sql.indexOf(QLatin1String(" FROM "));
    statement.sql.replace(0, fromClause, QStringLiteral("SELECT l.id"));
    return statement;
}

SqlStatement LeadListSql::walkEnd(const LeadListKey *from, bool backwards, qint64 limit) const
{
    SqlStatement statement = keys(from, backwards, limit);
    const bool ascending = (m_query.sortOrder == Qt::AscendingOrder) != backwards;
    const QLatin1String reversed(ascending ? " DESC" : " ASC");
    QString order = QStringLiteral("w.k") + reversed;
    if (m_query.sortColumn != LeadListColumn::Number)
        order += QStringLiteral(", w.id") + reversed;
    statement.sql = QStringLiteral("SELECT w.id, w.k FROM (") + statement.sql + QStringLiteral(") w ORDER BY ") + order
                    + QStringLiteral(" LIMIT 1");
    return statement;
}

SqlStatement LeadListSql::keyOf(qint64 id) const
{
    // Sorted by number while searching, SQLite's page statements order by leads_fts.rowid: the same id.
    SqlStatement statement;
    statement.sql = QStringLiteral("SELECT l.id AS id, ") + sortExpressionOf(m_query.sortColumn, m_dialect)
                    + QStringLiteral(" AS k FROM leads l WHERE l.id = ?");
    statement.values.append(id);
    return statement;
}

SqlStatement LeadListSql::countByState() const
{
    SqlStatement statement;
    statement.sql = QStringLiteral("SELECT l.state, COUNT(*)") + fromAndWhere(&statement.values)
                    + QStringLiteral(" GROUP BY l.state");
    return statement;
}

SqlStatement LeadListSql::counted(const QString &extraCondition, const QVariantList &extraValues) const
{
    SqlStatement statement;
    statement.sql = QStringLiteral("SELECT COUNT(*)") + fromAndWhere(&statement.values, extraCondition);
    statement.values += extraValues;
    return statement;
}

SqlStatement LeadListSql::grouped(const QString &columns, const QString &groupBy, const QString &extraCondition,
                                  const QVariantList &extraValues, const QString &index) const
{
    SqlStatement statement;
    const QString hint = index.isEmpty() || m_query.hasSearch() ? QString() : m_dialect.indexHint(index);
    statement.sql = QStringLiteral("SELECT ") + columns + fromAndWhere(&statement.values, extraCondition, false, hint)
                    + QStringLiteral(" GROUP BY ") + groupBy;
    statement.values += extraValues;
    return statement;
}

bool LeadListSql::needsSearchProbe() const
{
    return !m_match.isEmpty() && m_query.sortColumn != LeadListColumn::Number && !matchesNothing()
           && m_dialect.hasLeadSearchTable();
}

SqlStatement LeadListSql::searchProbe(int limit) const
{
    SqlStatement statement;
    statement.sql = QStringLiteral("SELECT COUNT(*), MIN(rowid), MAX(rowid) FROM "
                                   "(SELECT rowid FROM leads_fts WHERE leads_fts MATCH ? LIMIT ?)");
    statement.values = {m_match, limit};
    return statement;
}

LeadListRow LeadListSql::readRow(const QSqlQuery &query)
{
    LeadListRow row;
    row.id = query.value(0).toLongLong();
    row.name = query.value(1).toString();
    LeadStates::fromInt(query.value(2).toInt(), &row.state);
    LeadSources::fromInt(query.value(3).toInt(), &row.source);
    row.company = query.value(4).toString();
    row.contact = query.value(5).toString();
    row.sellingDirection = query.value(6).toString();
    row.serviceOrProduct = query.value(7).toString();
    row.campaign = query.value(8).toString();
    row.owner = query.value(9).toString();
    row.city = query.value(10).toString();
    row.createdAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODate);
    row.updatedAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODate);
    return row;
}

LeadListKey LeadListSql::readKey(const QSqlQuery &query, int keyColumn)
{
    // The column is the caller's to say: asking the query for its record on every row would build
    // all of its fields each time, which cost a page read more than its rows did.
    LeadListKey key;
    key.id = query.value(0).toLongLong();
    key.sortValue = query.value(keyColumn);
    return key;
}
