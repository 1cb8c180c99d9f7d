// The lead list in the main window, on the offscreen platform: sort by a header click, search as you
// type, open a lead with Enter, save it in the form and see its row change in place; columns,
// layout per employee, saved views, counts in the status bar. Everything the list reads comes through
// the Session: the tests wait on the model's and the widget's signals, and no statement of the list
// runs on the UI thread.

#include "database.h"
#include "demogenerator.h"
#include "employeerepository.h"
#include "leadformdialog.h"
#include "leadlistmodel.h"
#include "leadlistwidget.h"
#include "leadviewrepository.h"
#include "mainwindow.h"
#include "opensession.h"
#include "session.h"
#include "slowstatementhook.h"
#include "sqldialect.h"
#include "tempdir.h"
#include "testdatabase.h"
#include "testdemo.h"
#include "catchresult.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>

namespace {

constexpr int WaitMs = 30000;

struct ListFixture
{
    TestDatabase test;
    Database db;
    Employee admin;
    Employee other;

    ListFixture()
    {
        REQUIRE(db.open(test.location(), QStringLiteral("ui-list")));
        QSqlDatabase c = db.connection();
        DemoOptions options;
        options.leads = 600;
        options.seed = 3;
        REQUIRE(TestDemo::generate(c, options));
        for (const Employee &e : EmployeeRepository(c).all()) {
            if (admin.id == 0 && e.roles.testFlag(Role::Admin))
                admin = e;
            else if (other.id == 0)
                other = e;
        }
        REQUIRE(admin.id > 0);
        REQUIRE(other.id > 0);
    }
    QString path() const { return test.location(); }
    // The lead name without regard to ASCII case, in the engine's words.
    QString nameNoCase() const { return SqlDialect::of(db.connection()).caseInsensitive(QStringLiteral("name")); }
};

// Waits until the model's current query is counted (a query restarted meanwhile, e.g. by the stored
// layout arriving, is waited for in turn).
bool waitForCount(LeadListModel *model)
{
    QSignalSpy counted(model, &LeadListModel::countsChanged);
    while (!model->isCountKnown()) {
        if (!counted.wait(WaitMs))
            return false;
    }
    return true;
}

// Waits for a list just constructed (no event processed since) to apply its stored layout.
void waitForLayout(LeadListWidget *list)
{
    QSignalSpy restored(list, &LeadListWidget::layoutRestored);
    REQUIRE(restored.wait(WaitMs));
}

// Waits until `row` of the model is loaded (asking for its page when nobody did yet).
void waitForRow(LeadListModel *model, int row)
{
    QSignalSpy pages(model, &LeadListModel::pageLoaded);
    model->requestRow(row);
    while (!model->isRowLoaded(row))
        REQUIRE(pages.wait(WaitMs));
}

// A lead list widget on its own session, with its stored layout and view names arrived.
struct OpenList
{
    std::unique_ptr<Session> session;
    std::unique_ptr<LeadListWidget> list;

    OpenList(const QString &path, const Employee &employee)
        : session(openSession(path, employee))
    {
        list = std::make_unique<LeadListWidget>(session.get());
        QSignalSpy restored(list.get(), &LeadListWidget::layoutRestored);
        QSignalSpy names(list.get(), &LeadListWidget::viewNamesLoaded);
        REQUIRE(restored.wait(WaitMs));
        if (names.isEmpty())
            REQUIRE(names.wait(WaitMs));
    }
    ~OpenList() { list.reset(); }   // before its session
};

QPoint headerPoint(QHeaderView *header, int logical)
{
    return QPoint(header->sectionViewportPosition(logical) + header->sectionSize(logical) / 2, header->height() / 2);
}

} // namespace

TEST_CASE("The main window shows the lead list with counts in the status bar", "[ui][leadlist]")
{
    ListFixture f;
    const auto session = openSession(f.db.path(), f.admin);
    MainWindow window(session.get());
    window.resize(1300, 800);
    window.show();
    LeadListWidget *list = window.leadList();
    REQUIRE(list);
    waitForLayout(list);
    REQUIRE(window.centralWidget()->isAncestorOf(list));
    QSignalSpy countsText(list, &LeadListWidget::countsTextChanged);
    REQUIRE(waitForCount(list->model()));
    CHECK(list->model()->rowCount() == 600);
    bool found = false;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->accessibleName() == QLatin1String("Leads in view")) {
            REQUIRE_FALSE(countsText.isEmpty());
            CHECK(label->text().startsWith(QLatin1String("Leads in view: 600")));
            CHECK(label->text().contains(QLatin1String("New ")));
            found = true;
        }
    }
    CHECK(found);

    // Every control is named for assistive technology after its label.
    const QStringList names = {QStringLiteral("Search"), QStringLiteral("My leads"), QStringLiteral("View"),
                               QStringLiteral("Save view"), QStringLiteral("Delete view"), QStringLiteral("Columns"),
                               QStringLiteral("State"), QStringLiteral("Source"), QStringLiteral("Owner"),
                               QStringLiteral("Selling direction"), QStringLiteral("Campaign"),
                               QStringLiteral("Created from"), QStringLiteral("Created to"),
                               QStringLiteral("Clear filters"), QStringLiteral("Leads")};
    QSet<QString> present;
    for (QWidget *w : list->findChildren<QWidget *>())
        present.insert(w->accessibleName());
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK(present.contains(name));
    }
    for (QLabel *label : list->findChildren<QLabel *>()) {
        if (label->buddy()) {
            CHECK(label->buddy()->accessibleName() == label->text().remove(u'&'));
        }
    }
}

TEST_CASE("Clicking a header sorts in SQL - typing searches after a pause", "[ui][leadlist]")
{
    ListFixture f;
    const auto session = openSession(f.db.path(), f.admin);
    MainWindow window(session.get());
    window.show();
    LeadListWidget *list = window.leadList();
    waitForLayout(list);
    auto *table = list->findChild<QTableView *>(QStringLiteral("table"));
    LeadListModel *model = list->model();
    REQUIRE(waitForCount(model));
    QHeaderView *header = table->horizontalHeader();

    QSqlQuery q(f.db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM leads ORDER BY %1, id LIMIT 1").arg(f.nameNoCase())));
    REQUIRE(q.next());
    const QString firstName = q.value(0).toString();
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM leads ORDER BY %1 DESC, id DESC LIMIT 1").arg(f.nameNoCase())));
    REQUIRE(q.next());
    const QString lastName = q.value(0).toString();

    const int nameColumn = int(LeadListColumn::Name);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint(header, nameColumn));
    CHECK(model->query().sortColumn == LeadListColumn::Name);
    waitForRow(model, 0);
    const QString afterFirstClick = model->data(model->index(0, nameColumn)).toString();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint(header, nameColumn));
    waitForRow(model, 0);
    const QString afterSecondClick = model->data(model->index(0, nameColumn)).toString();
    CHECK(model->query().sortColumn == LeadListColumn::Name);
    // One click sorts one way, the next the other way.
    CHECK(QSet<QString>{afterFirstClick, afterSecondClick} == QSet<QString>{firstName, lastName});
    CHECK(header->sortIndicatorSection() == nameColumn);

    // Ctrl+F goes to the search box; typing narrows the list once typing pauses.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    auto *search = list->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    CHECK(search->hasFocus());
    REQUIRE(q.exec(QStringLiteral("SELECT company_label FROM leads WHERE company_label <> '' ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const QString word = q.value(0).toString().section(u' ', 0, 0);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    for (QChar c : word.left(4))
        search->insert(QString(c));   // as typed (QTest::keyClicks handles ASCII only)
    CHECK(model->query().searchText.isEmpty());   // debounced: nothing ran yet
    REQUIRE(reset.wait(WaitMs));
    CHECK(reset.size() == 1);   // one query for the four letters typed
    CHECK(model->query().searchText == word.left(4));
    REQUIRE(waitForCount(model));
    CHECK(model->rowCount() > 0);
    CHECK(model->rowCount() < 600);
    CHECK(model->query().sortColumn == LeadListColumn::Name);   // the search kept the sort

    // Hostile text is searched literally: no error, no dialog.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("\" OR 1=1 -- NEAR( *"));
    reset.clear();
    REQUIRE(reset.wait(WaitMs));
    CHECK(model->query().searchText == QStringLiteral("\" OR 1=1 -- NEAR( *"));
    REQUIRE(waitForCount(model));
    CHECK(model->lastError().isEmpty());
    CHECK(QApplication::activeModalWidget() == nullptr);

    // Filters add to the search and sort without resetting them.
    auto *state = list->findChild<QComboBox *>(QStringLiteral("stateCombo"));
    search->clear();
    reset.clear();
    REQUIRE(reset.wait(WaitMs));
    CHECK(model->query().searchText.isEmpty());
    state->setCurrentIndex(state->findData(int(LeadState::New)));
    CHECK(model->query().states == QList<LeadState>{LeadState::New});
    CHECK(model->query().sortColumn == LeadListColumn::Name);
    REQUIRE(waitForCount(model));
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM leads WHERE state = 1")));
    REQUIRE(q.next());
    CHECK(model->rowCount() == q.value(0).toInt());
    list->findChild<QCheckBox *>(QStringLiteral("mineCheck"))->setChecked(true);
    CHECK(model->query().onlyMine);
    CHECK(model->query().states == QList<LeadState>{LeadState::New});
    list->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"))->click();
    CHECK(model->query().isUnfiltered());
    CHECK(model->query().sortColumn == LeadListColumn::Name);
}

TEST_CASE("Enter opens the lead - saving it in the form changes the row in place", "[ui][leadlist]")
{
    ListFixture f;
    const auto session = openSession(f.db.path(), f.admin);
    MainWindow window(session.get());
    window.resize(1200, 700);
    window.show();
    LeadListWidget *list = window.leadList();
    waitForLayout(list);
    auto *table = list->findChild<QTableView *>(QStringLiteral("table"));
    LeadListModel *model = list->model();
    auto *state = list->findChild<QComboBox *>(QStringLiteral("stateCombo"));
    state->setCurrentIndex(state->findData(int(LeadState::New)));   // editable leads
    REQUIRE(waitForCount(model));
    REQUIRE(model->rowCount() > 40);

    const int row = 30;
    waitForRow(model, row + 2);
    table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
    table->setCurrentIndex(model->index(row, int(LeadListColumn::Name)));
    table->selectionModel()->select(model->index(row + 1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const int scroll = table->verticalScrollBar()->value();
    REQUIRE(scroll > 0);
    const qint64 id = model->leadIdAt(row);
    CHECK(list->selectedLeadIds() == QList<qint64>{id, model->leadIdAt(row + 1)});

    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    LeadFormDialog *form = nullptr;
    for (LeadFormDialog *d : window.findChildren<LeadFormDialog *>()) {
        if (d->leadId() == id)
            form = d;
    }
    REQUIRE(form);
    if (form->isLoading()) {
        QSignalSpy loaded(form, &LeadFormDialog::loadFinished);
        REQUIRE(loaded.wait(WaitMs));
    }

    QLineEdit *name = nullptr;
    for (QLineEdit *edit : form->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QLatin1String("Name"))
            name = edit;
    }
    REQUIRE(name);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Renamed in the form"));
    Q_EMIT name->editingFinished();
    QSignalSpy refreshed(model, &LeadListModel::leadRefreshed);
    REQUIRE(form->save());
    REQUIRE(refreshed.wait(WaitMs));
    CHECK(model->data(model->index(row, int(LeadListColumn::Name))).toString() == QLatin1String("Renamed in the form"));
    CHECK(model->leadIdAt(row) == id);
    CHECK(table->verticalScrollBar()->value() == scroll);
    CHECK(table->currentIndex().row() == row);
    CHECK(list->selectedLeadIds() == QList<qint64>{id, model->leadIdAt(row + 1)});
    form->close();

    // A double-click opens a lead too.
    const qint64 other = model->leadIdAt(row + 2);
    const QRect cell = table->visualRect(model->index(row + 2, int(LeadListColumn::Name)));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    bool opened = false;
    for (LeadFormDialog *d : window.findChildren<LeadFormDialog *>())
        opened = opened || d->leadId() == other;
    CHECK(opened);
}

TEST_CASE("Columns, widths, filter and sort are remembered per employee and saved as named views", "[ui][leadlist]")
{
    ListFixture f;
    QSqlDatabase db = f.db.connection();
    LeadListView arranged;
    {
        OpenList open(f.path(), f.admin);
        LeadListWidget &list = *open.list;
        auto *table = list.findChild<QTableView *>(QStringLiteral("table"));
        QHeaderView *header = table->horizontalHeader();
        auto *columns = list.findChild<QToolButton *>(QStringLiteral("columnsButton"));
        for (QAction *action : columns->menu()->actions()) {
            if (action->data().toInt() == int(LeadListColumn::City))
                action->setChecked(false);   // hide City
        }
        CHECK(header->isSectionHidden(int(LeadListColumn::City)));
        header->moveSection(header->visualIndex(int(LeadListColumn::Owner)), 0);
        header->resizeSection(int(LeadListColumn::Name), 333);
        header->setSortIndicator(int(LeadListColumn::Created), Qt::AscendingOrder);
        list.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("abc"));
        arranged = list.currentView();
        CHECK(arranged.columns.first() == LeadListColumn::Owner);
        CHECK_FALSE(arranged.columns.contains(LeadListColumn::City));
        CHECK(arranged.widths.value(LeadListColumn::Name) == 333);
        CHECK(arranged.query.sortColumn == LeadListColumn::Created);
        CHECK(arranged.query.searchText == QLatin1String("abc"));
        QSignalSpy saved(&list, &LeadListWidget::layoutSaved);
        list.saveLayout();
        REQUIRE(saved.wait(WaitMs));
        CHECK(saved.first().first().toString().isEmpty());
    }
    {
        OpenList open(f.path(), f.admin);
        const LeadListView restored = open.list->currentView();
        CHECK(restored.columns == arranged.columns);
        CHECK(restored.widths.value(LeadListColumn::Name) == 333);
        CHECK(restored.query.sortColumn == LeadListColumn::Created);
        CHECK(restored.query.sortOrder == Qt::AscendingOrder);
        CHECK(open.list->model()->query().sortColumn == LeadListColumn::Created);
        CHECK(open.list->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->text() == QLatin1String("abc"));
    }
    {
        // Another employee keeps the default layout.
        OpenList open(f.path(), f.other);
        CHECK(open.list->currentView().columns == LeadListColumns::defaultOrder());
        CHECK(open.list->model()->query() == LeadListQuery());
    }
    {
        // A named view brings back filter, sort, columns and widths together.
        LeadListView named = arranged;
        named.name = QStringLiteral("Qualified by owner");
        named.query.searchText.clear();
        named.query.states = {LeadState::Qualified};
        named.query.sortColumn = LeadListColumn::Owner;
        REQUIRE(LeadViewRepository(db).save(f.admin.id, named));
        // The combo lists saved views after reopening.
        OpenList open(f.path(), f.admin);
        LeadListWidget &reopened = *open.list;
        auto *reopenedViews = reopened.findChild<QComboBox *>(QStringLiteral("viewCombo"));
        const int index = reopenedViews->findText(named.name);
        REQUIRE(index > 0);
        QSignalSpy saved(&reopened, &LeadListWidget::layoutSaved);
        reopenedViews->setCurrentIndex(index);
        Q_EMIT reopenedViews->activated(index);
        REQUIRE(saved.wait(WaitMs));   // the view was read, applied, and kept as the working layout
        const LeadListView shown = reopened.currentView();
        CHECK(shown.query.states == QList<LeadState>{LeadState::Qualified});
        CHECK(shown.query.sortColumn == LeadListColumn::Owner);
        CHECK(shown.columns == named.columns);
        CHECK(shown.widths.value(LeadListColumn::Name) == 333);
        REQUIRE(waitForCount(reopened.model()));
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM leads WHERE state = 3")));
        REQUIRE(q.next());
        CHECK(reopened.model()->rowCount() == q.value(0).toInt());
    }
}

TEST_CASE("Filter choices come through the session and a stored filter shows its choice", "[ui][leadlist]")
{
    ListFixture f;
    const QList<Employee> employees = EmployeeRepository(f.db.connection()).all();
    LeadListView stored;
    stored.query.ownerIds = {f.other.id};
    REQUIRE(LeadViewRepository(f.db.connection()).saveCurrent(f.admin.id, stored));
    auto session = openSession(f.path(), f.admin);
    LeadListWidget list(session.get());
    auto *owner = list.findChild<QComboBox *>(QStringLiteral("ownerCombo"));
    CHECK(owner->count() == 2);   // "Any" and "Nobody" at once; the employees are on their way
    QSignalSpy choices(&list, &LeadListWidget::filterChoicesLoaded);
    QSignalSpy restored(&list, &LeadListWidget::layoutRestored);
    REQUIRE(choices.wait(WaitMs));
    if (restored.isEmpty())
        REQUIRE(restored.wait(WaitMs));
    CHECK(owner->count() == employees.size() + 2);
    CHECK(list.model()->query().ownerIds == QList<qint64>{f.other.id});
    CHECK(owner->currentData().toLongLong() == f.other.id);
    CHECK(list.findChild<QComboBox *>(QStringLiteral("directionCombo"))->count() > 2);
    CHECK(list.findChild<QComboBox *>(QStringLiteral("campaignCombo"))->count() > 2);
}

TEST_CASE("Every selected row's id is resolved, loaded or not", "[ui][leadlist][selection]")
{
    ListFixture f;
    QList<qint64> expected;
    QSqlQuery q(f.db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM leads ORDER BY id DESC")));
    while (q.next())
        expected.append(q.value(0).toLongLong());
    OpenList open(f.path(), f.admin);
    LeadListWidget &list = *open.list;
    list.model()->setMaxCachedPages(2);   // 512 of the 600 rows at most
    REQUIRE(waitForCount(list.model()));
    waitForRow(list.model(), 599);
    auto *table = list.findChild<QTableView *>(QStringLiteral("table"));
    table->selectAll();
    const QList<qint64> loaded = list.selectedLeadIds();
    CHECK(loaded.size() < 600);   // only what is in memory, without waiting
    CHECK(loaded.size() >= 256);
    const Result<QList<qint64>> all = await<Result<QList<qint64>>>([&](QObject *c, auto done) {
        list.resolveSelectedLeadIds(c, done);
    });
    REQUIRE(all.has_value());
    CHECK(*all == expected);

    table->clearSelection();
    for (int row : {3, 4, 300, 598})
        table->selectionModel()->select(list.model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const Result<QList<qint64>> some = await<Result<QList<qint64>>>([&](QObject *c, auto done) {
        list.resolveSelectedLeadIds(c, done);
    });
    REQUIRE(some.has_value());
    CHECK(*some == QList<qint64>{expected[3], expected[4], expected[300], expected[598]});
}

// [sqlite-only]: the statement hook is SQLite's trace callback (Database::setStatementHook); QPSQL offers none.
TEST_CASE("The list scrolls, jumps, sorts, searches and saves its layout without a statement on the UI thread",
          "[ui][leadlist][async][sqlite-only]")
{
    ListFixture f;
    QSqlQuery q(f.db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM leads ORDER BY %1 DESC, id DESC").arg(f.nameNoCase())));
    QList<qint64> byNameDescending;
    while (q.next())
        byNameDescending.append(q.value(0).toLongLong());
    q.finish();

    auto hook = std::make_unique<SlowStatementHook>();
    qint64 lastRowId = 0;
    {
        OpenList open(f.path(), f.admin);
        LeadListWidget &list = *open.list;
        list.resize(1000, 600);
        list.show();
        LeadListModel *model = list.model();
        auto *table = list.findChild<QTableView *>(QStringLiteral("table"));
        QHeaderView *header = table->horizontalHeader();
        REQUIRE(waitForCount(model));
        const int nameColumn = int(LeadListColumn::Name);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint(header, nameColumn));
        if (model->query().sortOrder != Qt::DescendingOrder)
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint(header, nameColumn));
        REQUIRE(model->query().sortOrder == Qt::DescendingOrder);
        REQUIRE(waitForCount(model));
        // Ctrl+End: the last row is shown as a placeholder at once, then filled in.
        table->setFocus();
        table->setCurrentIndex(model->index(0, nameColumn));
        QSignalSpy pages(model, &LeadListModel::pageLoaded);
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        CHECK(table->currentIndex().row() == 599);
        while (!model->isRowLoaded(599))
            REQUIRE(pages.wait(WaitMs));
        lastRowId = model->leadIdAt(599);
        auto *search = list.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QTest::keyClicks(search, QStringLiteral("a"));
        REQUIRE(reset.wait(WaitMs));
        REQUIRE(waitForCount(model));
        QSignalSpy saved(&list, &LeadListWidget::layoutSaved);
        list.saveLayout();
        REQUIRE(saved.wait(WaitMs));
    }
    hook.reset();
    CHECK(SlowStatementHook::statements() > 0);
    CHECK(SlowStatementHook::statementsOnUiThread() == 0);
    CHECK(lastRowId == byNameDescending.last());
}

// Not run by default: `ui_leadlist_tests "[screenshot]"` with CRM_SCREENSHOT=/tmp/list.png writes the
// main window as a PNG for a human to look at.
TEST_CASE("Screenshot of the main window with the lead list", "[.][screenshot]")
{
    ListFixture f;
    const auto session = openSession(f.db.path(), f.admin);
    MainWindow window(session.get());
    window.resize(1400, 800);
    window.show();
    REQUIRE(waitForCount(window.leadList()->model()));
    auto *table = window.leadList()->findChild<QTableView *>(QStringLiteral("table"));
    table->selectRow(2);
    QTest::qWait(300);
    const QString path = qEnvironmentVariable("CRM_SCREENSHOT", QStringLiteral("/tmp/leadlist.png"));
    CHECK(window.grab().save(path));
}

TEST_CASE("A refresh keeps the list's top row and its current lead - the rows follow the database", "[ui][leadlist][refresh]")
{
    ListFixture f;
    OpenList open(f.path(), f.admin);
    LeadListWidget *list = open.list.get();
    list->resize(900, 500);
    list->show();
    LeadListModel *model = list->model();
    REQUIRE(waitForCount(model));
    auto *table = list->findChild<QTableView *>();
    REQUIRE(table);
    waitForRow(model, 200);
    QCoreApplication::processEvents();
    table->setCurrentIndex(model->index(205, 0));
    table->scrollTo(model->index(200, 0), QAbstractItemView::PositionAtTop);
    QCoreApplication::processEvents();
    const int top = table->rowAt(0);
    REQUIRE(top > 150);
    REQUIRE(top <= 205);
    const qint64 current = list->currentLeadId();
    REQUIRE(current == model->leadIdAt(205));

    // Another writer adds a lead, which comes first (newest first): the rows move down one.
    QSqlQuery q(f.db.connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO leads (name, source, created_at, updated_at) "
                                  "VALUES ('Newcomer Ltd', 1, '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z')")));
    QSignalSpy refreshed(model, &LeadListModel::refreshed);
    QSignalSpy counted(model, &LeadListModel::countsChanged);
    model->refresh();   // what Session::leadsChanged does
    REQUIRE(refreshed.wait(WaitMs));
    if (counted.isEmpty())
        REQUIRE(counted.wait(WaitMs));
    QCoreApplication::processEvents();

    CHECK(table->rowAt(0) == top);
    CHECK(list->currentLeadId() == current);
    CHECK(table->currentIndex().row() == 206);
    CHECK(model->data(model->index(0, int(LeadListColumn::Name))).toString() == QStringLiteral("Newcomer Ltd"));
}

TEST_CASE("A saved view changed on screen shows (modified) - switching back or saving clears it", "[ui][leadlist][views]")
{
    ListFixture f;
    LeadListView named;
    named.name = QStringLiteral("New ones");
    named.query.states = {LeadState::New};
    REQUIRE(LeadViewRepository(f.db.connection()).save(f.admin.id, named));
    OpenList open(f.path(), f.admin);
    LeadListWidget &list = *open.list;
    auto *views = list.findChild<QComboBox *>(QStringLiteral("viewCombo"));
    auto *state = list.findChild<QComboBox *>(QStringLiteral("stateCombo"));
    const int index = views->findText(named.name);
    REQUIRE(index > 0);
    const auto choose = [&](int i) {
        QSignalSpy saved(&list, &LeadListWidget::layoutSaved);
        views->setCurrentIndex(i);
        Q_EMIT views->activated(i);
        if (i > 0)
            REQUIRE(saved.wait(WaitMs));   // read, applied and kept as the working layout
    };
    choose(index);
    CHECK(views->currentText() == named.name);

    // A filter changed: the name says so.
    state->setCurrentIndex(state->findData(int(LeadState::Assigned)));
    CHECK(views->currentText() == QStringLiteral("New ones (modified)"));
    // Back as saved: not modified any more.
    state->setCurrentIndex(state->findData(int(LeadState::New)));
    CHECK(views->currentText() == named.name);
    // Sort and columns count too.
    auto *table = list.findChild<QTableView *>(QStringLiteral("table"));
    table->horizontalHeader()->setSortIndicator(int(LeadListColumn::City), Qt::DescendingOrder);
    CHECK(views->currentText() == QStringLiteral("New ones (modified)"));

    // Switching to the working layout and back shows the view as saved.
    choose(0);
    CHECK(views->itemText(index) == named.name);
    choose(index);
    CHECK(views->currentText() == named.name);
    CHECK(list.currentView().query.sortColumn == named.query.sortColumn);

    // Saving the changed view under its name clears the mark.
    auto *columns = list.findChild<QToolButton *>(QStringLiteral("columnsButton"));
    for (QAction *action : columns->menu()->actions()) {
        if (action->data().toInt() == int(LeadListColumn::City))
            action->setChecked(false);
    }
    CHECK(views->currentText() == QStringLiteral("New ones (modified)"));
    QString suggested;
    QTimer::singleShot(0, &list, [&suggested] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            suggested = dialog->textValue();
            dialog->accept();
        }
    });
    QSignalSpy names(&list, &LeadListWidget::viewNamesLoaded);
    list.findChild<QPushButton *>(QStringLiteral("saveViewButton"))->click();
    CHECK(suggested == named.name);   // its name, without the mark
    REQUIRE(names.wait(WaitMs));
    CHECK(views->currentText() == named.name);
    CHECK(views->findText(QStringLiteral("New ones (modified)")) < 0);
    CHECK_FALSE(list.currentView().columns.contains(LeadListColumn::City));
}
