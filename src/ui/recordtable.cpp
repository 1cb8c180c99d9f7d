#include "recordtable.h"

#include <QHeaderView>
#include <QStringList>
#include <QTableWidget>

void RecordTable::setUp(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the table for the next control (the arrows move between its rows): Tab stepping
    // through the cells would keep the focus in a table of many rows.
    table->setTabKeyNavigation(false);
}

void RecordTable::setRow(QTableWidget *table, int row, const QStringList &texts, qint64 id)
{
    for (int column = 0; column < texts.size(); ++column) {
        auto *item = new QTableWidgetItem(texts.at(column));
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        item->setToolTip(texts.at(column));
        if (column == 0)
            item->setData(Qt::UserRole, id);
        table->setItem(row, column, item);
    }
}

qint64 RecordTable::idAt(const QTableWidget *table, int row)
{
    const QTableWidgetItem *item = table->item(row, 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

qint64 RecordTable::currentId(const QTableWidget *table)
{
    return idAt(table, table->currentRow());
}

void RecordTable::select(QTableWidget *table, qint64 id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (idAt(table, row) == id) {
            table->setCurrentCell(row, 0);
            return;
        }
    }
}
