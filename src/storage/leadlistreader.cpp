#include "leadlistreader.h"

#include "leadlistrow.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LeadListReader)
};

bool run(QSqlQuery &query, const SqlStatement &statement, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(statement.sql)) {
        if (error)
            *error = Tr::tr("Could not read the lead list: %1").arg(query.lastError().text());
        return false;
    }
    for (const QVariant &value : statement.values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = Tr::tr("Could not read the lead list: %1").arg(query.lastError().text());
        return false;
    }
    return true;
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
    QSqlQuery query(m_db);
    if (!run(query, sql.walkIds(from, backwards, steps), error))
        return false;
    // Step through the ids (one integer a row); only the row reached is kept.
    qint64 reached = 0;
    for (qint64 i = 0; i < steps && query.next(); ++i)
        reached = query.value(0).toLongLong();
    if (reached == 0)
        return false;
    query.finish();
    if (!run(query, sql.keyOf(reached), error) || !query.next())
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
