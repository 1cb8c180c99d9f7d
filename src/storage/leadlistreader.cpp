#include "leadlistreader.h"

#include "errorreport.h"
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

bool run(QSqlQuery &query, const SqlStatement &statement, QString *error)
{
    query.setForwardOnly(true);
    if (const Result<void> ran = SqlCheck::run(query, statement.sql, statement.values); !ran)
        return ErrorReport::fail(error, Tr::tr("Could not read the lead list: %1").arg(ran.error()));
    return true;
}

// Steps through the ids of `walk` and gives the last one reached (0 when there is none). On SQLite
// through the raw handle: the walk may step through hundreds of thousands of ids, and QSqlQuery's
// per-row cost would more than double it.
Result<qint64> lastId(const QSqlDatabase &db, const SqlStatement &walk, qint64 steps)
{
    qint64 reached = 0;
    if (sqlite3 *handle = SqliteStatement::handleOf(db)) {
        SqliteStatement statement(handle, walk.sql.toUtf8().constData());
        if (statement.isValid() && statement.bindValues(walk.values)) {
            for (qint64 i = 0; i < steps && statement.next(); ++i)
                reached = statement.columnInt(0);
        }
        if (!statement.isValid() || statement.failed())
            return Failure{Tr::tr("Could not read the lead list: %1").arg(statement.errorString())};
        return reached;
    }
    QSqlQuery query(db);
    QString error;
    if (!run(query, walk, &error))
        return Failure{error};
    for (qint64 i = 0; i < steps && query.next(); ++i)
        reached = query.value(0).toLongLong();
    return reached;
}

} // namespace

LeadListReader::LeadListReader(QSqlDatabase db) : m_db(std::move(db)) {}

bool LeadListReader::page(const LeadListSql &sql, const LeadListKey *after, bool backwards, int limit,
                          QList<LeadListRow> *rows, QList<LeadListKey> *keys, QString *error) const
{
    QSqlQuery query(m_db);
    if (!run(query, sql.page(after, backwards, limit), error))
        return false;
    while (query.next()) {
        rows->append(LeadListSql::readRow(query));
        if (keys)
            keys->append(LeadListSql::readKey(query));
    }
    return true;
}

bool LeadListReader::walk(const LeadListSql &sql, const LeadListKey *from, bool backwards, qint64 steps,
                          LeadListKey *key, QString *error) const
{
    if (steps < 1)
        return false;
    // Step through the ids (one integer a row); only the row reached is kept.
    const Result<qint64> reached = lastId(m_db, sql.walkIds(from, backwards, steps), steps);
    if (!reached) {
        if (error)
            *error = reached.error();
        return false;
    }
    if (*reached == 0)
        return false;
    QSqlQuery query(m_db);
    if (!run(query, sql.keyOf(*reached), error) || !query.next())
        return false;
    *key = LeadListSql::readKey(query);
    return true;
}

bool LeadListReader::ids(const LeadListSql &sql, const LeadListKey *after, qint64 limit, QList<qint64> *ids,
                         QString *error) const
{
    QSqlQuery query(m_db);
    if (!run(query, sql.keys(after, false, limit), error))
        return false;
    while (query.next())
        ids->append(query.value(0).toLongLong());
    return true;
}

bool LeadListReader::counts(const LeadListSql &sql, LeadListCounts *counts, QString *error) const
{
    QSqlQuery query(m_db);
    if (!run(query, sql.countByState(), error))
        return false;
    *counts = LeadListCounts();
    while (query.next()) {
        const qint64 n = query.value(1).toLongLong();
        counts->total += n;
        LeadState state;
        if (LeadStates::fromInt(query.value(0).toInt(), &state))
            counts->perState.insert(state, n);
    }
    return true;
}

bool LeadListReader::chooseSearchShape(LeadListSql *sql, QString *error, int denseFrom) const
{
    sql->setDenseSearch(false);
    if (!sql->needsSearchProbe())
        return true;
    QSqlQuery query(m_db);
    if (!run(query, sql->searchProbe(denseFrom), error))
        return false;
    sql->setDenseSearch(query.next() && query.value(0).toLongLong() >= denseFrom);
    return true;
}

bool LeadListReader::rows(const LeadListSql &sql, const QList<qint64> &ids, QList<LeadListRow> *rows,
                          QString *error) const
{
    QSqlQuery query(m_db);
    if (!run(query, sql.selectIds(ids), error))
        return false;
    while (query.next())
        rows->append(LeadListSql::readRow(query));
    return true;
}
