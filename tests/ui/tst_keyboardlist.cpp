// The lead list by keyboard alone (issue #11): Tab goes round the search box, every filter and the
// table and comes back to where it started (no control keeps the focus; the date filters did);
// Down in the search box enters the table on a row; no Alt+letter is used twice in the main window
// (menus and the list's labels) nor in the lead form (labels, tabs and buttons); the table sorts by
// its current column (Ctrl+Alt+S) and moves it left and right (Ctrl+Shift+Left/Right).

#include "assigndialog.h"
#include "database.h"
#include "exportaction.h"
#include "exportdialog.h"
#include "employeerepository.h"
#include "flowlayout.h"
#include "formfixture.h"
#include "leadformdialog.h"
#include "leadlistmodel.h"
#include "leadlistwidget.h"
#include "lifecycleactions.h"
#include "mainwindow.h"
#include "opensession.h"
#include "session.h"
#include "testdatabase.h"
#include "testdemo.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

namespace {

constexpr int WaitMs = 30000;

// A demo database on the test program's engine and the main window on it, signed in as an
// administrator (who also has the Administration menu), active, with its stored layout applied and
// its saved views listed.
struct KeyboardWindow
{
    TestDatabase test;
    Database db;
    Employee admin;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;

    KeyboardWindow()
    {
        REQUIRE(db.open(test.location(), QStringLiteral("ui-keyboard")));
        QSqlDatabase c = db.connection();
        DemoOptions options;
        options.leads = 60;
        options.seed = 5;
        REQUIRE(TestDemo::generate(c, options));
        for (const Employee &e : EmployeeRepository(c).all()) {
            if (admin.id == 0 && e.roles.testFlag(Role::Admin))
                admin = e;
        }
        REQUIRE(admin.id > 0);
        session = openSession(test.location(), admin);
        window = std::make_unique<MainWindow>(session.get());
        QSignalSpy restored(window->leadList(), &LeadListWidget::layoutRestored);
        QSignalSpy names(window->leadList(), &LeadListWidget::viewNamesLoaded);
        window->resize(1366, 768);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        if (restored.isEmpty())
            REQUIRE(restored.wait(WaitMs));
        if (names.isEmpty())
            REQUIRE(names.wait(WaitMs));
    }
    ~KeyboardWindow()
    {
        window.reset();   // before its session
    }

    LeadListWidget *list() const { return window->leadList(); }
    QTableView *table() const { return list()->findChild<QTableView *>(QStringLiteral("table")); }
    QLineEdit *search() const { return list()->findChild<QLineEdit *>(QStringLiteral("searchEdit")); }
};

// Waits until `model` holds rows of its current query.
// Until the first rows are there: counted and loaded (the count may come before the first page).
void waitForRows(LeadListModel *model)
{
    QSignalSpy pages(model, &LeadListModel::pageLoaded);
    while (model->rowCount() == 0 || model->leadIdAt(0) <= 0)
        REQUIRE(pages.wait(WaitMs));
}

// Presses Tab (or Shift+Tab) on whatever has the focus until the focus is back on `start`; returns
// the widgets visited on the way, `start` last. Fails when the focus stays put (a trap) or does not
// come back within `limit` presses.
QList<QWidget *> tabCycle(QWidget *start, bool forward, int limit = 60)
{
    REQUIRE(QApplication::focusWidget() == start);
    QList<QWidget *> visited;
    for (int i = 0; i < limit; ++i) {
        QWidget *before = QApplication::focusWidget();
        REQUIRE(before);
        if (forward)
            QTest::keyClick(before, Qt::Key_Tab);
        else
            QTest::keyClick(before, Qt::Key_Tab, Qt::ShiftModifier);
        QWidget *after = QApplication::focusWidget();
        INFO("Tab on " << before->accessibleName().toStdString() << " (" << before->metaObject()->className() << ")");
        REQUIRE(after);
        REQUIRE(after != before);   // nothing keeps the focus
        visited.append(after);
        if (after == start)
            return visited;
    }
    FAIL("Tab did not come back to the start");
    return visited;
}

// The names of the loaded rows, top to bottom.
QStringList rowNames(LeadListModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, int(LeadListColumn::Name)).data().toString());
    return names;
}

// The visual index of the nearest shown section from `visual` in direction `step`, -1 when none.
int nextShown(const QHeaderView *header, int visual, int step)
{
    for (int v = visual + step; v >= 0 && v < header->count(); v += step) {
        if (!header->isSectionHidden(header->logicalIndex(v)))
            return v;
    }
    return -1;
}

QStringList namesOf(const QList<QWidget *> &widgets)
{
    QStringList names;
    for (QWidget *w : widgets)
        names.append(w->accessibleName());
    return names;
}

// The Alt+letter of a text with a mnemonic ("Cl&ear filters": E), or an empty string.
QString mnemonicOf(const QString &text)
{
    const QKeySequence mnemonic = QKeySequence::mnemonic(text);
    if (mnemonic.isEmpty())
        return QString();
    return QKeySequence(mnemonic[0].key()).toString();
}

// Adds every mnemonic of `root`'s labels with a buddy, buttons and tabs to `uses` (letter -> texts).
void collectMnemonics(QWidget *root, QMap<QString, QStringList> &uses)
{
    const auto add = [&uses](const QString &text) {
        const QString letter = mnemonicOf(text);
        if (!letter.isEmpty())
            uses[letter].append(text);
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            add(label->text());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        add(button->text());
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i));
    }
}

// The letters used more than once, with the texts that use them.
QStringList clashes(const QMap<QString, QStringList> &uses)
{
    QStringList found;
    for (auto it = uses.begin(); it != uses.end(); ++it) {
        if (it.value().size() > 1)
            found.append(QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(" | "))));
    }
    return found;
}

} // namespace

TEST_CASE("Tab goes round the search box, every filter and the table and back - Shift+Tab too", "[ui][keyboard]")
{
    KeyboardWindow w;
    QLineEdit *search = w.search();
    search->setFocus(Qt::OtherFocusReason);
    // The date filters show "Any" (their special value), where Tab used to stay in the field; one
    // with a date steps through its sections instead: Tab leaves both at once.
    w.list()->findChild<QDateEdit *>(QStringLiteral("createdToEdit"))->setDate(QDate(2024, 5, 17));

    const QList<QWidget *> forward = tabCycle(search, true);
    const QStringList names = namesOf(forward);
    const QStringList expected = {QStringLiteral("My leads"), QStringLiteral("View"), QStringLiteral("Save view"),
                                  QStringLiteral("Columns"), QStringLiteral("State"), QStringLiteral("Source"),
                                  QStringLiteral("Owner"), QStringLiteral("Selling direction"),
                                  QStringLiteral("Campaign"), QStringLiteral("Created from"),
                                  QStringLiteral("Created to"), QStringLiteral("Clear filters"),
                                  QStringLiteral("Leads"), QStringLiteral("Search")};
    INFO(names.join(QStringLiteral(", ")).toStdString());
    // Each control once, in the order on screen (Delete view is disabled with no saved view chosen).
    CHECK(names == expected);

    QList<QWidget *> backward = tabCycle(search, false);
    backward.removeLast();
    std::reverse(backward.begin(), backward.end());
    QList<QWidget *> forwardWithoutStart = forward;
    forwardWithoutStart.removeLast();
    CHECK(namesOf(backward) == namesOf(forwardWithoutStart));
}

TEST_CASE("Down in the search box enters the table on a current row", "[ui][keyboard]")
{
    KeyboardWindow w;
    QTableView *table = w.table();
    LeadListModel *model = w.list()->model();
    waitForRows(model);
    QLineEdit *search = w.search();

    SECTION("no row current: the first row")
    {
        table->setCurrentIndex(QModelIndex());
        table->clearSelection();
        search->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(search, Qt::Key_Down);
        CHECK(QApplication::focusWidget() == table);
        REQUIRE(table->currentIndex().isValid());
        CHECK(table->currentIndex().row() == 0);
        CHECK(table->selectionModel()->isRowSelected(0, QModelIndex()));
        // The arrows go on from there.
        QTest::keyClick(table, Qt::Key_Down);
        CHECK(table->currentIndex().row() == 1);
    }
    SECTION("a row current: that row")
    {
        table->setCurrentIndex(model->index(5, 0));
        search->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(search, Qt::Key_Down);
        CHECK(QApplication::focusWidget() == table);
        CHECK(table->currentIndex().row() == 5);
    }
    SECTION("typed text not searched yet: searched now, its first row once it arrives")
    {
        table->setCurrentIndex(QModelIndex());
        search->setFocus(Qt::OtherFocusReason);
        const QString name = model->index(3, int(LeadListColumn::Name)).data().toString();
        REQUIRE_FALSE(name.isEmpty());
        search->insert(name);   // as typed or pasted (QTest::keyClicks knows ASCII only)
        QSignalSpy pages(model, &LeadListModel::pageLoaded);
        QTest::keyClick(search, Qt::Key_Down);   // before the search's pause is over
        CHECK(QApplication::focusWidget() == table);
        CHECK(model->query().searchText == name);
        while (!table->currentIndex().isValid())
            REQUIRE(pages.wait(WaitMs));
        CHECK(table->currentIndex().row() == 0);
        CHECK(model->rowCount() < 60);
    }
}

TEST_CASE("No Alt+letter is used twice in the main window - its menus keep theirs", "[ui][keyboard][mnemonics]")
{
    KeyboardWindow w;
    QMap<QString, QStringList> uses;
    QStringList menus;
    for (QAction *action : w.window->menuBar()->actions()) {
        const QString letter = mnemonicOf(action->text());
        if (!letter.isEmpty()) {
            uses[letter].append(action->text());
            menus.append(letter);
        }
    }
    // File, Leads, Administration, Help.
    CHECK(menus == QStringList({QStringLiteral("F"), QStringLiteral("L"), QStringLiteral("D"), QStringLiteral("H")}));
    collectMnemonics(w.window.get(), uses);
    CHECK(uses.size() > 8);
    INFO(clashes(uses).join(QStringLiteral("\n")).toStdString());
    CHECK(clashes(uses).isEmpty());
    // The accessible names still equal the visible labels.
    for (QLabel *label : w.list()->findChildren<QLabel *>()) {
        if (label->buddy())
            CHECK(label->buddy()->accessibleName() == label->text().remove(u'&'));
    }

    // A label's Alt+letter goes to its field.
    auto *createdFrom = w.list()->findChild<QDateEdit *>(QStringLiteral("createdFromEdit"));
    w.search()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(w.search(), Qt::Key_C, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == createdFrom);
}

TEST_CASE("No Alt+letter is used twice in the lead form - its tabs and buttons keep theirs", "[ui][keyboard][mnemonics]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    QMap<QString, QStringList> uses;
    collectMnemonics(&form, uses);
    // Save, Save and exit, the Opportunities and History tabs, the life-cycle buttons.
    for (const QString &kept : {QStringLiteral("S"), QStringLiteral("X"), QStringLiteral("O"), QStringLiteral("H"),
                                QStringLiteral("A"), QStringLiteral("R"), QStringLiteral("Q"), QStringLiteral("D")}) {
        INFO(kept.toStdString());
        CHECK(uses.contains(kept));
    }
    CHECK(uses.size() >= 20);
    INFO(clashes(uses).join(QStringLiteral("\n")).toStdString());
    CHECK(clashes(uses).isEmpty());
    for (LeadField field : LeadFields::all()) {
        if (QLabel *label = form.label(field)) {
            QString visible = label->text().remove(u'&');
            visible.remove(QStringLiteral(" *"));
            CHECK(form.input(field)->accessibleName() == visible);
        }
    }
}

TEST_CASE("Ctrl+Alt+S sorts by the table's current column, pressed again the other way round", "[ui][keyboard][sort]")
{
    KeyboardWindow w;
    QTableView *table = w.table();
    LeadListModel *model = w.list()->model();
    waitForRows(model);
    REQUIRE(model->query().sortColumn != LeadListColumn::Name);
    const int name = int(LeadListColumn::Name);
    REQUIRE_FALSE(table->horizontalHeader()->isSectionHidden(name));
    table->setFocus(Qt::OtherFocusReason);
    table->setCurrentIndex(model->index(3, name));

    // Sorts, then waits for the first row to become current again (the rows are read anew).
    const auto sortByKeyboard = [&] {
        QSignalSpy pages(model, &LeadListModel::pageLoaded);
        QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        while (!table->currentIndex().isValid())
            REQUIRE(pages.wait(WaitMs));
        CHECK(table->currentIndex().row() == 0);
        CHECK(table->currentIndex().column() == name);
        while (model->rowCount() < 60)
            REQUIRE(pages.wait(WaitMs));
    };

    sortByKeyboard();
    CHECK(model->query().sortColumn == LeadListColumn::Name);
    CHECK(model->query().sortOrder == Qt::AscendingOrder);
    CHECK(table->horizontalHeader()->sortIndicatorSection() == name);
    CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
    const QStringList ascending = rowNames(model);

    sortByKeyboard();
    CHECK(model->query().sortColumn == LeadListColumn::Name);
    CHECK(model->query().sortOrder == Qt::DescendingOrder);
    CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    QStringList descending = rowNames(model);
    REQUIRE(ascending.size() == 60);
    CHECK(ascending.first() != descending.first());
    std::reverse(descending.begin(), descending.end());
    CHECK(descending == ascending);
    // The saved layout keeps the sort.
    CHECK(w.list()->currentView().query.sortColumn == LeadListColumn::Name);
    CHECK(w.list()->currentView().query.sortOrder == Qt::DescendingOrder);

    // The actions are in the Leads menu.
    auto *leads = w.window->findChild<QMenu *>(QStringLiteral("menuLeads"));
    REQUIRE(leads);
    for (QAction *action : w.list()->columnActions())
        CHECK(leads->actions().contains(action));
}

TEST_CASE("Ctrl+Shift+Right and Left move the table's current column in the header's order", "[ui][keyboard][columns]")
{
    KeyboardWindow w;
    QTableView *table = w.table();
    QHeaderView *header = table->horizontalHeader();
    LeadListModel *model = w.list()->model();
    waitForRows(model);
    const int name = int(LeadListColumn::Name);
    const int start = header->visualIndex(name);
    REQUIRE_FALSE(header->isSectionHidden(name));
    const int right = nextShown(header, start, +1);
    REQUIRE(right >= 0);
    const int neighbour = header->logicalIndex(right);

    SECTION("in the table")
    {
        table->setFocus(Qt::OtherFocusReason);
        table->setCurrentIndex(model->index(2, name));
        QTest::keyClick(table, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(header->visualIndex(name) == right);
        CHECK(header->visualIndex(neighbour) < right);
        // The current cell stays on the column; the working layout (and a saved view) keeps the order.
        CHECK(table->currentIndex().column() == name);
        const QList<LeadListColumn> columns = w.list()->currentView().columns;
        CHECK(columns.indexOf(LeadListColumn::Name) == columns.indexOf(LeadListColumn(neighbour)) + 1);

        QTest::keyClick(table, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(header->visualIndex(name) == start);
        CHECK(header->visualIndex(neighbour) == right);
    }
    SECTION("in the search box the keys still select words")
    {
        table->setCurrentIndex(model->index(2, name));
        QLineEdit *search = w.search();
        search->setFocus(Qt::OtherFocusReason);
        search->setText(QStringLiteral("abc def"));
        search->end(false);
        QTest::keyClick(search, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(search->selectedText() == QStringLiteral("def"));
        CHECK(header->visualIndex(name) == start);
    }
}

TEST_CASE("An empty result says so in the table, with Clear filters - which brings the leads back", "[ui][keyboard][empty]")
{
    KeyboardWindow w;
    LeadListModel *model = w.list()->model();
    waitForRows(model);
    auto *empty = w.table()->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    REQUIRE(empty);
    CHECK_FALSE(empty->isVisible());

    QLineEdit *search = w.search();
    search->setFocus(Qt::OtherFocusReason);
    QSignalSpy counts(model, &LeadListModel::countsChanged);
    QTest::keyClicks(search, QStringLiteral("zzqxqzz"));
    QTest::keyClick(search, Qt::Key_Return);   // searches now
    CHECK(model->query().searchText == QStringLiteral("zzqxqzz"));
    while (!empty->isVisible())
        REQUIRE(counts.wait(WaitMs));
    CHECK(model->rowCount() == 0);
    CHECK(empty->text().contains(QStringLiteral("No leads match")));
    CHECK(empty->text().contains(QStringLiteral("Clear filters")));
    CHECK(empty->accessibleName().startsWith(QStringLiteral("No leads match.")));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(empty->isVisible());
    CHECK(model->query().searchText.isEmpty());
    waitForRows(model);
    CHECK_FALSE(empty->isVisible());
}

TEST_CASE("Nothing selected: Assign selected, Export and Open act on the current row", "[ui][keyboard][selection]")
{
    KeyboardWindow w;
    QTableView *table = w.table();
    LeadListModel *model = w.list()->model();
    waitForRows(model);
    REQUIRE(model->rowCount() > 3);
    table->setFocus(Qt::OtherFocusReason);
    table->selectionModel()->setCurrentIndex(model->index(0, int(LeadListColumn::Name)),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->clearSelection();
    // Ctrl+Down moves the current row without selecting it: no row is selected now.
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    REQUIRE(table->currentIndex().row() == 2);
    REQUIRE_FALSE(table->selectionModel()->hasSelection());
    const qint64 current = model->leadIdAt(2);
    REQUIRE(current > 0);
    CHECK(w.list()->selectedRowCount() == 1);
    CHECK(w.list()->selectedLeadIds() == QList<qint64>{current});

    SECTION("Assign selected (Ctrl+Shift+A) assigns the current lead")
    {
        auto *actions = w.window->findChild<LifecycleActions *>();
        REQUIRE(actions);
        QSignalSpy opened(actions, &LifecycleActions::assignDialogOpened);
        QSignalSpy refused(actions, &LifecycleActions::assignSelectedRefused);
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        if (opened.isEmpty())
            REQUIRE(opened.wait(WaitMs));
        CHECK(refused.isEmpty());
        auto *dialog = opened.at(0).at(0).value<AssignDialog *>();
        REQUIRE(dialog);
        // One lead: the dialog's single-lead wording.
        CHECK(dialog->summaryText().contains(QStringLiteral("this lead")));
        dialog->reject();
    }
    SECTION("Export (Ctrl+E) offers the current row as the selected rows")
    {
        auto *exporter = w.window->findChild<ExportAction *>();
        REQUIRE(exporter);
        QSignalSpy opened(exporter, &ExportAction::exportDialogOpened);
        QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
        REQUIRE(opened.count() == 1);
        auto *dialog = opened.at(0).at(0).value<ExportDialog *>();
        REQUIRE(dialog);
        auto *selected = dialog->findChild<QRadioButton *>(QStringLiteral("selectedRadio"));
        REQUIRE(selected);
        CHECK(selected->isEnabled());
        CHECK(selected->text().contains(QStringLiteral("(1)")));
        dialog->reject();
    }
}

TEST_CASE("At 1366 pixels Name and Owner show without scrolling - a narrow window wraps the filters, labels whole",
          "[ui][keyboard][layout]")
{
    KeyboardWindow w;   // 1366 x 768
    waitForRows(w.list()->model());
    QTableView *table = w.table();
    QHeaderView *header = table->horizontalHeader();
    CHECK(table->horizontalScrollBar()->value() == 0);
    for (LeadListColumn column : {LeadListColumn::Name, LeadListColumn::Owner}) {
        INFO(LeadListColumns::label(column).toStdString());
        CHECK_FALSE(header->isSectionHidden(int(column)));
        CHECK(header->sectionViewportPosition(int(column)) >= 0);
        CHECK(header->sectionViewportPosition(int(column)) + header->sectionSize(int(column))
              <= table->viewport()->width());
    }

    auto *flow = w.list()->findChild<FlowLayout *>(QStringLiteral("filterFlow"));
    REQUIRE(flow);
    const QStringList labels{QStringLiteral("stateLabel"), QStringLiteral("sourceLabel"), QStringLiteral("ownerLabel"),
                             QStringLiteral("directionLabel"), QStringLiteral("campaignLabel"),
                             QStringLiteral("createdFromLabel"), QStringLiteral("createdToLabel")};
    const auto checkLabelsWhole = [&] {
        for (const QString &name : labels) {
            auto *label = w.list()->findChild<QLabel *>(name);
            REQUIRE(label);
            INFO(name.toStdString() << " at width " << w.window->width());
            CHECK(label->isVisible());
            CHECK(label->width() >= label->sizeHint().width());
            // Beside its field, on the same line.
            CHECK(label->geometry().center().y() == label->buddy()->geometry().center().y());
            CHECK(label->buddy()->geometry().right() <= w.list()->width());
        }
    };
    w.window->resize(1920, 1080);
    QApplication::processEvents();
    CHECK(flow->lineCount() == 1);
    checkLabelsWhole();
    w.window->resize(900, 700);
    QApplication::processEvents();
    CHECK(flow->lineCount() >= 2);
    checkLabelsWhole();
    // The table starts below the last line of filters.
    CHECK(table->geometry().top() >= flow->geometry().bottom());

    // The search row wraps too: its field keeps at least its natural width (at 200% scale it was
    // squeezed to a dozen letters by the view buttons beside it) and fills what its line leaves.
    auto *searchFlow = w.list()->findChild<FlowLayout *>(QStringLiteral("searchFlow"));
    REQUIRE(searchFlow);
    auto *search = w.list()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    REQUIRE(search);
    const QStringList searchRow{QStringLiteral("searchEdit"), QStringLiteral("mineCheck"), QStringLiteral("viewCombo"),
                                QStringLiteral("saveViewButton"), QStringLiteral("deleteViewButton"),
                                QStringLiteral("columnsButton")};
    const auto checkSearchRow = [&] {
        INFO("at width " << w.window->width());
        CHECK(search->width() >= search->sizeHint().width());
        for (const QString &name : searchRow) {
            auto *control = w.list()->findChild<QWidget *>(name);
            REQUIRE(control);
            INFO(name.toStdString());
            CHECK(control->isVisible());
            CHECK(control->width() >= control->minimumSizeHint().width());
            CHECK(control->geometry().right() <= w.list()->width());
        }
        CHECK(searchFlow->geometry().bottom() <= flow->geometry().top());
    };
    w.window->resize(1920, 1080);
    QApplication::processEvents();
    CHECK(searchFlow->lineCount() == 1);
    CHECK(search->width() > w.list()->width() / 3);
    checkSearchRow();
    w.window->resize(900, 700);
    QApplication::processEvents();
    checkSearchRow();
    w.window->resize(560, 600);
    QApplication::processEvents();
    CHECK(searchFlow->lineCount() >= 2);
    checkSearchRow();
}
