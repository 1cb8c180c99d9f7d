#include "listselection.h"

#include "leadlistmodel.h"
#include "leadlistwidget.h"

#include <QSignalSpy>
#include <QTableView>

#include <catch2/catch.hpp>

int selectAllWithPagesMissing(LeadListWidget *list)
{
    constexpr int WaitMs = 30000;
    // The stored layout, applied once read, starts the list again: the rows are read after it.
    QSignalSpy restored(list, &LeadListWidget::layoutRestored);
    REQUIRE(restored.wait(WaitMs));
    LeadListModel *model = list->model();
    model->setMaxCachedPages(2);
    QSignalSpy counted(model, &LeadListModel::countsChanged);
    while (!model->isCountKnown())
        REQUIRE(counted.wait(WaitMs));
    const int last = model->rowCount() - 1;
    QSignalSpy pages(model, &LeadListModel::pageLoaded);
    model->requestRow(last);
    while (!model->isRowLoaded(last))
        REQUIRE(pages.wait(WaitMs));
    auto *table = list->findChild<QTableView *>(QStringLiteral("table"));
    REQUIRE(table);
    table->selectAll();
    REQUIRE(list->selectedRowCount() == model->rowCount());
    // Only meaningful when some selected rows are not loaded.
    REQUIRE(list->selectedLeadIds().size() < model->rowCount());
    return model->rowCount();
}
