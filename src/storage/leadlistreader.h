#pragma once

#include "leadlistcounts.h"
#include "leadlistrow.h"
#include "leadlistsql.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Runs LeadListSql statements on one connection (use it on the thread that owns the connection).
class LeadListReader
{
public:
    explicit LeadListReader(QSqlDatabase db);

    // Appends up to `limit` rows following `after` (see LeadListSql::page) to *rows, with the key of
    // each row to *keys (same length, when given). Fails on a database error.
    Result<void> page(const LeadListSql &sql, const LeadListKey *after, bool backwards, int limit,
                      QList<LeadListRow> *rows, QList<LeadListKey> *keys) const;
    // Walks `steps` (>= 1) rows from `from` (the start, or the end with `backwards`, when null),
    // reading keys only, and gives the key of the row reached: the row `steps` after `from` in view
    // order (before it with `backwards`), or the view's last row there when it ends first
    // (LeadListSql::walkIds, keyOf). None when no row follows `from`; fails on a database error.
    Result<std::optional<LeadListKey>> walk(const LeadListSql &sql, const LeadListKey *from, bool backwards,
                                            qint64 steps) const;
    // Appends the ids of up to `limit` rows following `after` (from the start when null), in view
    // order, to *ids, reading keys only (the ids of a large selection).
    Result<void> ids(const LeadListSql &sql, const LeadListKey *after, qint64 limit, QList<qint64> *ids) const;
    Result<LeadListCounts> counts(const LeadListSql &sql) const;
    // Runs sql's searchProbe() when it needs one and switches *sql to the dense search shape when
    // the matches reach `denseFrom` (LeadListSql::DenseSearchMatches, see there), its pages checking
    // row by row when the share of matching rows reaches `rowCheckFrom` (LeadListSql::RowCheckDensity).
    // A few ms at most.
    Result<void> chooseSearchShape(LeadListSql *sql, int denseFrom = LeadListSql::DenseSearchMatches,
                                   double rowCheckFrom = LeadListSql::RowCheckDensity) const;
    // Rows by id (those that exist), for refreshing edited rows in place.
    Result<QList<LeadListRow>> rows(const LeadListSql &sql, const QList<qint64> &ids) const;
    // The rows by id that the view still matches (its filter and search): a lead changed so that
    // it left the view is not among them.
    Result<QList<LeadListRow>> matchingRows(const LeadListSql &sql, const QList<qint64> &ids) const;

private:
    // Runs a statement answering the row columns (LeadListSql::readRow) and reads its rows.
    Result<QList<LeadListRow>> readRows(const SqlStatement &statement) const;

    QSqlDatabase m_db;
};
