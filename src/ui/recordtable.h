#pragma once

#include <QStringList>

class QTableWidget;

// The read-only record lists (employees, reference data, opportunities, a lead's opportunities
// and history): a QTableWidget one row a record, the record's id in the first cell (Qt::UserRole).
class RecordTable
{
public:
    // Column headers, no row numbers, the last column stretched, one row at a time.
    static void setUp(QTableWidget *table, const QStringList &headers);
    // Fills `row` with read-only cells (the full text also as the tooltip), the first carrying `id`.
    static void setRow(QTableWidget *table, int row, const QStringList &texts, qint64 id);
    // The id of a row's record; 0 when there is no such row.
    static qint64 idAt(const QTableWidget *table, int row);
    static qint64 currentId(const QTableWidget *table);
    // Makes the row of the record `id` current; nothing when it is not listed.
    static void select(QTableWidget *table, qint64 id);
};
