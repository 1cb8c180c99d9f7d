#pragma once

#include "leadlistrow.h"
#include "leadlistsql.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

// One page of the lead list as read: its rows in view order and the key of each row.
struct LeadListPage
{
    QList<LeadListRow> rows;
    QList<LeadListKey> keys;
};

// A row whose key the model knows: row -1 is "before the first row" and row == row count "after
// the last row" (both without a key: the start and the end of the view).
struct LeadListAnchor
{
    qint64 row = -1;
    bool hasKey = false;
    LeadListKey key;
};

// How to read rows first..first+limit-1: from an anchor (or the start, or the end with `backwards`,
// when it has no key), walk `walk` rows reading keys only, then read `limit` rows by key.
struct LeadListPagePlan
{
    bool hasFrom = false;
    LeadListKey from;
    qint64 walk = 0;
    bool backwards = false;
    int limit = 0;
};

// Ids of `count` rows after the row `walk` rows past an anchor (or the start), in view order.
struct LeadListIdRange
{
    bool hasFrom = false;
    LeadListKey from;
    qint64 walk = 0;
    qint64 count = 0;
};

// The keyset walks behind LeadListModel: planned on the UI thread from the keys it holds, run on a
// lane's connection. Never OFFSET: a far row is reached by stepping through the covering
// (sort key, id) index from the nearest known key.
namespace LeadListPages {

// The plan that walks the fewest rows to read rows first..first+limit-1.
LeadListPagePlan plan(qint64 first, int limit, const QList<LeadListAnchor> &anchors);
// The cheapest forward walk to the rows first..first+count-1.
LeadListIdRange idRange(qint64 first, qint64 count, const QList<LeadListAnchor> &anchors);

// Run on a lane's thread with its connection.
Result<LeadListPage> read(QSqlDatabase &db, const LeadListSql &sql, const LeadListPagePlan &plan);
Result<QList<qint64>> readIds(QSqlDatabase &db, const LeadListSql &sql, const LeadListIdRange &range);

} // namespace LeadListPages
