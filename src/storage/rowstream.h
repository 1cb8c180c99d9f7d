#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

// Reads a table's rows in id order, a chunk at a time (keyset paging: `WHERE id > last ORDER BY id
// LIMIT n`), so that memory stays constant whatever the table's size and whatever the driver keeps
// of a result. Inside a snapshot (SqlDialect::beginSnapshot) the chunks add up to one consistent
// read of the table.
class RowStream
{
public:
    // `columns` start with `id`.
    RowStream(QSqlDatabase db, QString table, QStringList columns, int chunkRows);

    // The table's rows, counted.
    Result<qint64> count() const;
    // The next chunk into `rows` (each row the columns' values in order); false when none is left.
    Result<bool> next(QList<QVariantList> &rows);

private:
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_chunkRows;
    qint64 m_lastId = 0;
    bool m_started = false;
    bool m_finished = false;
};
