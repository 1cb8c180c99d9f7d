#include "leadlistreader.h"

#include "leadlistrow.h"
#include "leadstate.h"
#include "sqlcheck.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LeadListReader)
};

Result<void> run(QSqlQuery &query, const SqlStatement &statement)
{
    query.setForwardOnly(true);
    if (const Result<void> ran = SqlCheck::run(query, statement.sql, statement.values); !ran)
        return Failure{Tr::tr("Could not read the lead list: %1").arg(ran.error())};
    return {};
}

// Steps through the ids of `walk` on SQLite's raw handle and gives the last one reached (0 when
// there is none): the walk may step through hundreds of thousands of ids, and QSqlQuery's per-row
// cost would more than double it.
Result<qint64> lastId(sqlite3 *handle, const SqlStatement &walk, qint64 steps)
{
    qint64 reached = 0;
    SqliteStatement statement(handle, walk.sql.toUtf8().constData());
    if (statement.isValid() && statement.bindValues(walk.values)) {
        for (qint64 i = 0; i < steps && statement.next(); ++i)
            reached = statement.columnInt(0);
    }
    if (!statement.isValid() || statement.failed())
        return Failure{Tr::tr("Could not read the lead list: %1").arg(statement.errorString())};
    return reached;
}

} // namespace

LeadListReader::LeadListReader(QSqlDatabase db) : m_db(std::move(db)) {}

Result<void> LeadListReader::page(const LeadListSql &sql, const LeadListKey *after, bool backwards, int limit,
                                  QList<LeadListRow> *rows, QList<LeadListKey> *keys) const
{
    QSqlQuery query(m_db);
    if (Result<void> ran = run(query, sql.page(after, backwards, limit)); !ran)
        return ran;
    while (query.next()) {
        rows->append(LeadListSql::readRow(query));
        if (keys)
            keys->append(LeadListSql::readKey(query, LeadListSql::RowColumns));
    }
    return {};
}

Result<std::optional<LeadListKey>> LeadListReader::walk(const LeadListSql &sql, const LeadListKey *from,
                                                        bool backwards, qint64 steps) const
{
    if (steps < 1)
        return std::optional<LeadListKey>();
    QSqlQuery query(m_db);
    if (sqlite3 *handle = SqliteStatement::handleOf(m_db)) {
        // In process: step through the ids (one integer a row), keep the row reached, read its key.
        const Result<qint64> reached = lastId(handle, sql.walkIds(from, backwards, steps), steps);
        if (!reached)
            return Failure{reached.error()};
        if (*reached == 0)
            return std::optional<LeadListKey>();
        if (const Result<void> ran = run(query, sql.keyOf(*reached)); !ran)
            return Failure{ran.error()};
    } else if (const Result<void> ran = run(query, sql.walkEnd(from, backwards, steps)); !ran) {
        return Failure{ran.error()};   // a server: it walks, one row comes back
    }
    if (!query.next())
        return std::optional<LeadListKey>();
    return std::optional<LeadListKey>(LeadListSql::readKey(query, 1));
}

Result<void> LeadListReader::ids(const LeadListSql &sql, const LeadListKey *after, qint64 limit,
                                 QList<qint64> *ids) const
{
    QSqlQuery query(m_db);
    if (Result<void> ran = run(query, sql.keys(after, false, limit)); !ran)
        return ran;
    while (query.next())
        ids->append(query.value(0).toLongLong());
    return {};
}

Result<LeadListCounts> LeadListReader::counts(const LeadListSql &sql) const
{
    QSqlQuery query(m_db);
    if (const Result<void> ran = run(query, sql.countByState()); !ran)
        return Failure{ran.error()};
    LeadListCounts counts;
    while (query.next()) {
        const qint64 n = query.value(1).toLongLong();
        counts.total += n;
        LeadState state;
        if (LeadStates::fromInt(query.value(0).toInt(), &state))
            counts.perState.insert(state, n);
    }
    return counts;
}

Result<void> LeadListReader::chooseSearchShape(LeadListSql *sql, int denseFrom, double rowCheckFrom) const
{
    sql->setDenseSearch(false);
    sql->setRowCheck(false);
    if (!sql->needsSearchProbe())
        return {};
    QSqlQuery query(m_db);
    if (Result<void> ran = run(query, sql->searchProbe(denseFrom)); !ran)
        return ran;
    if (!query.next())
        return {};
    const qint64 matches = query.value(0).toLongLong();
    const qint64 span = query.value(2).toLongLong() - query.value(1).toLongLong() + 1;
    const bool dense = matches >= denseFrom;
    sql->setDenseSearch(dense);
    sql->setRowCheck(dense && span > 0 && double(matches) / double(span) >= rowCheckFrom);
    return {};
}

Result<QList<LeadListRow>> LeadListReader::readRows(const SqlStatement &statement) const
{
    QSqlQuery query(m_db);
    if (const Result<void> ran = run(query, statement); !ran)
        return Failure{ran.error()};
    QList<LeadListRow> rows;
    while (query.next())
        rows.append(LeadListSql::readRow(query));
    return rows;
}

Result<QList<LeadListRow>> LeadListReader::rows(const LeadListSql &sql, const QList<qint64> &ids) const
{
    return readRows(sql.selectIds(ids));
}

Result<QList<LeadListRow>> LeadListReader::matchingRows(const LeadListSql &sql, const QList<qint64> &ids) const
{
    return readRows(sql.selectMatching(ids));
}
