#include "rowstream.h"

#include "sqlcheck.h"

#include <QSqlQuery>
#include <QVariant>

RowStream::RowStream(QSqlDatabase db, QString table, QStringList columns, int chunkRows)
    : m_db(std::move(db)), m_table(std::move(table)), m_columns(std::move(columns)), m_chunkRows(chunkRows)
{
}

Result<qint64> RowStream::count() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Result<void> ran = SqlCheck::run(query, QStringLiteral("SELECT COUNT(*) FROM %1").arg(m_table)); !ran)
        return Failure{ran.error()};
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<bool> RowStream::next(QList<QVariantList> &rows)
{
    rows.clear();
    if (m_finished)
        return false;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The first chunk has no lower bound: ids are positive, but nothing says so to the engine.
    const QString sql = QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY id LIMIT %4")
                            .arg(m_columns.join(QStringLiteral(", ")), m_table,
                                 m_started ? QStringLiteral("WHERE id > ?") : QString())
                            .arg(m_chunkRows);
    if (Result<void> ran = SqlCheck::run(query, sql, m_started ? QVariantList{m_lastId} : QVariantList{}); !ran)
        return Failure{ran.error()};
    m_started = true;
    const int width = int(m_columns.size());
    while (query.next()) {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row.append(query.value(i));
        rows.append(std::move(row));
    }
    if (rows.size() < m_chunkRows)
        m_finished = true;
    if (rows.isEmpty())
        return false;
    m_lastId = rows.constLast().constFirst().toLongLong();
    return true;
}
