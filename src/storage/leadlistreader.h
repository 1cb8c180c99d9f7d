#pragma once

#include "leadlistcounts.h"
#include "leadlistsql.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

struct LeadListRow;

// Runs LeadListSql statements on one connection (use it on the thread that owns the connection).
class LeadListReader
{
public:
    explicit LeadListReader(QSqlDatabase db);

    // Appends up to `limit` rows following `after` (see LeadListSql::page) to *rows, with the key of
    // each row to *keys (same length). Returns false with *error set on a database error.
    bool page(const LeadListSql &sql, const LeadListKey *after, bool backwards, int limit,
              QList<LeadListRow> *rows, QList<LeadListKey> *keys, QString *error = nullptr) const;
    // Walks `steps` (>= 1) rows from `from` (the start, or the end with `backwards`, when null),
    // reading keys only, and sets *key to the key of the row reached: the row `steps` after `from`
    // in view order (before it with `backwards`), or the view's last row there when it ends first
    // (LeadListSql::walkIds, keyOf). False when no row follows `from` (*error empty) or on a database error.
    bool walk(const LeadListSql &sql, const LeadListKey *from, bool backwards, qint64 steps,
              LeadListKey *key, QString *error = nullptr) const;
    // Appends the ids of up to `limit` rows following `after` (from the start when null), in view
    // order, to *ids, reading keys only (the ids of a large selection).
    bool ids(const LeadListSql &sql, const LeadListKey *after, qint64 limit, QList<qint64> *ids,
             QString *error = nullptr) const;
    bool counts(const LeadListSql &sql, LeadListCounts *counts, QString *error = nullptr) const;
    // Runs sql's searchProbe() when it needs one and switches *sql to the dense search shape when
    // the matches reach `denseFrom` (LeadListSql::DenseSearchMatches, see there). A few ms at most.
    bool chooseSearchShape(LeadListSql *sql, QString *error = nullptr,
                           int denseFrom = LeadListSql::DenseSearchMatches) const;
    // Rows by id (those that exist), for refreshing edited rows in place.
    bool rows(const LeadListSql &sql, const QList<qint64> &ids, QList<LeadListRow> *rows,
              QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};
