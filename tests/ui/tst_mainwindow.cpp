// The main window's shortcuts reach their actions even while a text field has the focus; bulk
// assign of a whole view reads its ids off the UI thread while the window stays usable; bulk
// assign of the selection sees every selected row, also those whose page is not in memory.

#include "assigndialog.h"
#include "backupaction.h"
#include "dashboardwidget.h"
#include "databasecheck.h"
#include "database.h"
#include "demogenerator.h"
#include "elidedlabel.h"
#include "employeerepository.h"
#include "leadlistmodel.h"
#include "leadlistwidget.h"
#include "listselection.h"
#include "leadservice.h"
#include "lifecycleactions.h"
#include "mainwindow.h"
#include "opensession.h"
#include "rawsqlite.h"
#include "screenfit.h"
#include "session.h"
#include "shortcutpriorityfilter.h"
#include "shortcutsdialog.h"
#include "tempdir.h"
#include "catchresult.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QThread>
#include <QApplication>
#include <QDialog>
#include <QLocale>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>
#include <QTest>

#include <catch2/catch.hpp>

#include <atomic>

namespace {

constexpr int WaitMs = 30000;

// A demo database of `leads` leads in a temporary folder and a main window on it, signed in as
// the demo's administrator. `db` is the test's own connection, to check what the window shows.
struct DemoWindow
{
    explicit DemoWindow(int leads, const QString &login = QStringLiteral("admin"))
    {
        REQUIRE(db.openSqlite(dir.file(QStringLiteral("demo.sqlite"))));
        QSqlDatabase connection = db.connection();
        DemoOptions options;
        options.leads = leads;
        REQUIRE(DemoGenerator::generate(connection, options));
        REQUIRE(EmployeeRepository(connection).findByLogin(QStringLiteral("admin"), &admin));
        REQUIRE(EmployeeRepository(connection).findByLogin(login, &me));
        session = openSession(db.path(), me);
        window = std::make_unique<MainWindow>(session.get());
        window->show();
        actions = window->findChild<LifecycleActions *>();
        REQUIRE(actions);
    }

    TempDir dir;
    Database db;
    Employee admin;
    Employee me;   // signed in
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
    LifecycleActions *actions = nullptr;
};

} // namespace

TEST_CASE("ui/Ctrl+E exports even from the search box whose line edit claims Ctrl+E", "[ui][mainwindow]")
{
    TempDir dir;
    Database db;
    REQUIRE(db.openSqlite(dir.file(QStringLiteral("w.sqlite"))));
    EmployeeRepository employees(db.connection());
    REQUIRE(employees.create(QStringLiteral("m"), QStringLiteral("M"), RoleSet(Role::Manager), QStringLiteral("mpw12345")));
    const Employee me = valueOf(employees.authenticate(QStringLiteral("m"), QStringLiteral("mpw12345")));

    const auto session = openSession(db.path(), me);
    MainWindow window(session.get());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);

    auto *exportAction = window.findChild<QAction *>(QStringLiteral("actionExport"));
    REQUIRE(exportAction);
    // Only observe the action here: its real handler opens a modal dialog.
    exportAction->disconnect();
    QSignalSpy exported(exportAction, &QAction::triggered);

    QLineEdit *search = nullptr;
    for (QLineEdit *edit : window.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QLatin1String("Search"))
            search = edit;
    }
    REQUIRE(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("acme"));
    search->setCursorPosition(0);
    QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
    CHECK(exported.count() == 1);
    // The field's other keys still work.
    QTest::keyClick(search, Qt::Key_End);
    CHECK(search->cursorPosition() == 4);
}

TEST_CASE("ui/The shortcut filter hands a key a line edit claims to the window's action", "[ui][mainwindow]")
{
    // End is claimed by every QLineEdit on every platform (Ctrl+E only on X11), so it shows the
    // mechanism on the offscreen platform too.
    QWidget window;
    auto *edit = new QLineEdit(&window);
    (new QVBoxLayout(&window))->addWidget(edit);
    auto *action = new QAction(QStringLiteral("Act"), &window);
    action->setShortcut(QKeySequence(Qt::Key_End));
    window.addAction(action);
    QSignalSpy fired(action, &QAction::triggered);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    edit->setFocus();
    edit->setText(QStringLiteral("abcd"));

    edit->setCursorPosition(0);
    QTest::keyClick(edit, Qt::Key_End);
    CHECK(fired.count() == 0);             // without the filter the line edit keeps the key
    CHECK(edit->cursorPosition() == 4);

    ShortcutPriorityFilter filter({QKeySequence(Qt::Key_End)});
    edit->installEventFilter(&filter);
    edit->setCursorPosition(0);
    QTest::keyClick(edit, Qt::Key_End);
    CHECK(fired.count() == 1);             // with it the window's action runs
    CHECK(edit->cursorPosition() == 0);
}

TEST_CASE("ui/Assign all leads in the view reads the ids off the UI thread, then opens the dialog", "[ui][mainwindow]")
{
    DemoWindow demo(120);
    MainWindow &window = *demo.window;
    LifecycleActions *actions = demo.actions;
    const auto &session = demo.session;
    // What the view holds, read on the test's own connection to check the dialog against.
    const QList<qint64> expected = valueOf(
        LeadService(demo.db.connection()).viewLeadIds(window.leadList()->currentView().query, demo.admin.id));
    REQUIRE_FALSE(expected.isEmpty());

    QSignalSpy opened(actions, &LifecycleActions::assignDialogOpened);
    actions->assignViewAction()->trigger();
    // The ids are being read on the Count lane: no wait cursor, the other commands stay usable,
    // and a second trigger meanwhile starts nothing.
    CHECK(QApplication::overrideCursor() == nullptr);
    CHECK_FALSE(actions->assignViewAction()->isEnabled());
    CHECK(actions->assignSelectedAction()->isEnabled());
    CHECK(actions->opportunitiesAction()->isEnabled());
    actions->assignViewAction()->trigger();
    REQUIRE(opened.wait(30000));
    auto *dialog = opened.at(0).at(0).value<AssignDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->summaryText().startsWith(QString::number(expected.size())));
    CHECK(actions->assignViewAction()->isEnabled());
    dialog->reject();
    // Anything queued behind the read on the Count lane has answered by now: one dialog only.
    const Result<int> probe = await<Result<int>>([&](QObject *c, auto done) {
        session->run(Session::Lane::Count, c, [](QSqlDatabase &) { return Result<int>(0); }, done);
    });
    CHECK(probe.has_value());
    CHECK(opened.count() == 1);
}

TEST_CASE("ui/Assign the selected leads sees every selected row, loaded or not", "[ui][mainwindow][selection]")
{
    DemoWindow demo(700);
    LifecycleActions *actions = demo.actions;
    const int rows = selectAllWithPagesMissing(demo.window->leadList());
    REQUIRE(rows > 2 * LeadListModel::PageSize);

    QSignalSpy opened(actions, &LifecycleActions::assignDialogOpened);
    actions->assignSelectedAction()->trigger();
    // The ids not in memory are being read: a second trigger meanwhile starts nothing.
    CHECK_FALSE(actions->assignSelectedAction()->isEnabled());
    actions->assignSelectedAction()->trigger();
    REQUIRE(opened.wait(WaitMs));
    CHECK(actions->assignSelectedAction()->isEnabled());
    auto *dialog = opened.at(0).at(0).value<AssignDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->summaryText().startsWith(QString::number(rows)));
    // The dry run for an owner weighs every selected lead: assigned or refused, none missing.
    QSignalSpy checked(dialog, &AssignDialog::checked);
    dialog->setOwner(demo.admin.id);
    REQUIRE(checked.wait(WaitMs));
    CHECK(dialog->assignResult().assigned + dialog->assignResult().refused.size() == rows);
    CHECK(dialog->assignResult().assigned > 0);
    dialog->reject();
    CHECK(opened.count() == 1);
}

TEST_CASE("ui/Assign the selected leads with nothing selected says so and opens nothing", "[ui][mainwindow][selection]")
{
    DemoWindow demo(20);
    LifecycleActions *actions = demo.actions;
    // No row selected and none current (a current row alone counts as the selection).
    demo.window->leadList()->findChild<QTableView *>(QStringLiteral("table"))->selectionModel()->clear();
    QSignalSpy opened(actions, &LifecycleActions::assignDialogOpened);
    QSignalSpy refused(actions, &LifecycleActions::assignSelectedRefused);
    actions->assignSelectedAction()->trigger();
    REQUIRE(refused.count() == 1);
    CHECK(refused.at(0).at(0).toString().contains(QStringLiteral("Select the leads")));
    CHECK(opened.isEmpty());
}

namespace {

QAction *windowAction(MainWindow *window, const QString &name)
{
    auto *action = window->findChild<QAction *>(name);
    REQUIRE(action);
    return action;
}

} // namespace

TEST_CASE("ui/Window actions the roles can never perform are disabled with the reason", "[ui][mainwindow][roles]")
{
    SECTION("an administrator and a sales agent: everything offered, no restriction said")
    {
        for (const QString &login : {QStringLiteral("admin"), QStringLiteral("sales1")}) {
            DemoWindow demo(5, login);
            INFO(login.toStdString());
            for (QAction *action : {windowAction(demo.window.get(), QStringLiteral("actionNewLead")),
                                    windowAction(demo.window.get(), QStringLiteral("actionExport")),
                                    demo.actions->assignSelectedAction(), demo.actions->assignViewAction()}) {
                CHECK(action->isEnabled());
                CHECK_FALSE(action->toolTip().contains(QStringLiteral("only the leads you own")));
            }
        }
    }
    SECTION("a manager: Assign is offered, its tooltip says only on the leads they own")
    {
        DemoWindow demo(5, QStringLiteral("manager1"));
        for (QAction *action : {demo.actions->assignSelectedAction(), demo.actions->assignViewAction()}) {
            CHECK(action->isEnabled());
            CHECK(action->toolTip().contains(QStringLiteral("only the leads you own")));
            CHECK(action->toolTip().contains(QStringLiteral("Assign or reassign")));
        }
        CHECK(windowAction(demo.window.get(), QStringLiteral("actionNewLead"))->isEnabled());
        CHECK(demo.actions->employeesAction() == nullptr);
    }
    SECTION("no CRM role left (taken away while signed in): nothing on leads offered, each says why")
    {
        DemoWindow demo(5, QStringLiteral("manager1"));
        demo.window.reset();
        Employee stripped = demo.me;
        stripped.roles = RoleSet();
        demo.session->setEmployee(stripped);
        MainWindow window(demo.session.get());
        auto *actions = window.findChild<LifecycleActions *>();
        REQUIRE(actions);
        QSignalSpy assignOpened(actions, &LifecycleActions::assignDialogOpened);
        for (QAction *action : {windowAction(&window, QStringLiteral("actionNewLead")),
                                windowAction(&window, QStringLiteral("actionExport")),
                                actions->assignSelectedAction(), actions->assignViewAction()}) {
            INFO(action->text().toStdString());
            CHECK_FALSE(action->isEnabled());
            CHECK(action->toolTip().contains(QStringLiteral("no CRM role")));
            action->trigger();   // disabled: nothing happens
        }
        actions->assignView();
        CHECK(assignOpened.isEmpty());
        CHECK(window.findChildren<QDialog *>().isEmpty());
    }
}

TEST_CASE("ui/Help > Keyboard shortcuts lists every key of the window and finds by action or key", "[ui][mainwindow][shortcuts]")
{
    DemoWindow demo(5);
    QAction *help = windowAction(demo.window.get(), QStringLiteral("actionShortcuts"));
    CHECK(help->shortcut() == QKeySequence(QStringLiteral("Ctrl+/")));
    help->trigger();
    auto *dialog = demo.window->findChild<ShortcutsDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    const QStringList rows = dialog->visibleRows();
    // Every action of the window that has a key is listed with it, under the window's group.
    int listed = 0;
    for (const QAction *action : demo.window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        QString name = action->text().remove(QLatin1Char('&'));
        if (name.endsWith(QChar(0x2026)))
            name.chop(1);
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        INFO(name.toStdString() << " " << keys.toStdString());
        CHECK(rows.filter(QStringLiteral("Main window / %1: ").arg(name)).filter(keys).size() == 1);
        ++listed;
    }
    CHECK(listed >= 15);
    CHECK(rows.contains(QStringLiteral("Main window / Export: Ctrl+E")));
    CHECK(rows.contains(QStringLiteral("Lead form / Save: Ctrl+S")));
    CHECK(rows.contains(QStringLiteral("Dashboard / Save the chosen chart as PNG: Ctrl+S")));

    auto *find = dialog->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    REQUIRE(find);
    CHECK(find->accessibleName() == QStringLiteral("Find"));
    QTest::keyClicks(find, QStringLiteral("ctrl+/"));
    INFO(dialog->visibleRows().join(QLatin1Char('|')).toStdString());
    CHECK(dialog->visibleRows() == QStringList{QStringLiteral("Main window / Keyboard Shortcuts: Ctrl+/")});
    find->clear();
    QTest::keyClicks(find, QStringLiteral("save and"));
    CHECK(dialog->visibleRows() == QStringList{QStringLiteral("Lead form / Save and close: Ctrl+Enter")});

    // A second Ctrl+/ brings the open dialog forward instead of opening another.
    help->trigger();
    CHECK(demo.window->findChildren<ShortcutsDialog *>().size() == 1);
}

TEST_CASE("ui/The main window first fits its screen, then opens as it was left", "[ui][mainwindow][settings]")
{
    QSettings().remove(MainWindow::geometryKey());
    QSettings().remove(MainWindow::stateKey());
    QRect left;
    {
        DemoWindow demo(5);
        MainWindow *window = demo.window.get();
        REQUIRE(QTest::qWaitForWindowExposed(window));
        const QRect room = window->screen()->availableGeometry();
        INFO("screen " << room.width() << "x" << room.height() << ", window " << window->frameGeometry().width()
                       << "x" << window->frameGeometry().height());
        CHECK(room.contains(window->frameGeometry()));
        window->setGeometry(QRect(room.topLeft() + QPoint(20, 30), QSize(700, 500)));
        left = window->frameGeometry();
        // The application replaces the window on Sign out without closing it: the size still stays.
    }
    DemoWindow again(5);
    REQUIRE(QTest::qWaitForWindowExposed(again.window.get()));
    CHECK(again.window->frameGeometry().size() == left.size());
    INFO("left at " << left.x() << "," << left.y() << ", opened at " << again.window->x() << "," << again.window->y());
    CHECK(again.window->frameGeometry().topLeft() == left.topLeft());
}

TEST_CASE("ui/The main window and the dashboard first open within a 1366x768 screen with a panel, title bar included",
          "[ui][mainwindow][settings]")
{
    // A 1366x768 screen with a 32 px panel at the top, and a window manager whose title bar and
    // borders are not known before the window shows.
    const QRect room(0, 32, 1366, 736);
    const QSize frame = ScreenFit::presumedFrame();
    CHECK(frame.height() >= 40);   // room for a usual title bar
    DemoWindow demo(5);
    demo.window->showDashboard();
    DashboardWidget *dashboard = demo.window->dashboard();
    REQUIRE(dashboard);
    const std::pair<QWidget *, QSize> windows[] = {{demo.window.get(), QSize(1280, 800)}, {dashboard, QSize(1200, 720)}};
    for (const auto &[window, wanted] : windows) {
        const QSize minimum = window->minimumSizeHint();
        INFO(window->metaObject()->className() << ": minimum " << minimum.width() << "x" << minimum.height());
        const QRect rect = ScreenFit::frameRect(room, wanted, minimum, frame);
        INFO("frame " << rect.x() << "," << rect.y() << " " << rect.width() << "x" << rect.height());
        CHECK(room.contains(rect));
        CHECK((rect.size() - frame).width() >= minimum.width());
        CHECK((rect.size() - frame).height() >= minimum.height());
        CHECK((rect.size() - frame).boundedTo(wanted) == rect.size() - frame);   // never larger than it wants
    }
    // 200% scale on a 1920x1080 screen (960x540 to the application), with a panel: the window
    // fits even when the counts in its status bar run long (as they do in Russian).
    Q_EMIT demo.window->leadList()->countsTextChanged(QStringLiteral("Лидов в представлении: 1 000 000: ").repeated(6));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);   // the layouts take the new text
    const QRect scaled(0, 16, 960, 524);
    const QRect rect = ScreenFit::frameRect(scaled, QSize(1280, 800), demo.window->minimumSizeHint(), frame);
    INFO("at 200%: minimum " << demo.window->minimumSizeHint().width() << "x" << demo.window->minimumSizeHint().height());
    CHECK(scaled.contains(rect));
    {
        // There the counts are cut short with "…", never mid-letter, and whole in their tooltip.
        auto *counts = demo.window->findChild<ElidedLabel *>(QStringLiteral("countsLabel"));
        REQUIRE(counts);
        const QString whole = counts->text();
        CHECK(counts->toolTip() == whole);
        counts->resize(counts->fontMetrics().horizontalAdvance(whole) / 3, counts->sizeHint().height());
        const QString shown = counts->shownText();
        CHECK(shown.endsWith(QChar(0x2026)));
        CHECK(whole.startsWith(shown.chopped(1)));
        CHECK(counts->fontMetrics().horizontalAdvance(shown) <= counts->contentsRect().width());
        counts->resize(counts->fontMetrics().horizontalAdvance(whole) + 10, counts->sizeHint().height());
        CHECK(counts->shownText() == whole);
    }
    // A large screen: the size wanted, centred.
    const QRect large = ScreenFit::frameRect(QRect(0, 0, 2560, 1440), QSize(1280, 800), QSize(600, 400), frame);
    CHECK(large.size() == QSize(1280, 800) + frame);
    CHECK(large.center().x() == 1279);
    // A screen smaller than the minimum: the title bar stays on the screen.
    CHECK(ScreenFit::frameRect(QRect(0, 32, 640, 400), QSize(1280, 800), QSize(900, 500), frame).topLeft() == QPoint(0, 32));
}

namespace {

// Set by the statement hook when a statement runs on the UI thread.
std::atomic<bool> g_statementOnUiThread{false};

void noteUiThreadStatement()
{
    if (QThread::currentThread() == QCoreApplication::instance()->thread())
        g_statementOnUiThread = true;
}

} // namespace

TEST_CASE("ui/Back up database writes a consistent, owner-only copy off the UI thread - for a crm_admin",
          "[ui][mainwindow][backup]")
{
    DemoWindow demo(200);
    QAction *action = windowAction(demo.window.get(), QStringLiteral("actionBackUp"));
    CHECK(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    CHECK(action->text() == QStringLiteral("&Back up database…"));
    auto *backup = demo.window->findChild<BackupAction *>();
    REQUIRE(backup);

    const QString target = demo.dir.file(QStringLiteral("copy.sqlite"));
    QSignalSpy finished(backup, &BackupAction::backupFinished);
    g_statementOnUiThread = false;
    Database::setStatementHook(noteUiThreadStatement);   // for the lane that opens now
    backup->backUpTo(target);
    CHECK(backup->isBusy());
    CHECK_FALSE(action->isEnabled());
    REQUIRE(finished.wait(WaitMs));
    Database::setStatementHook(nullptr);
    CHECK_FALSE(g_statementOnUiThread.load());
    REQUIRE(finished.count() == 1);
    INFO(finished.at(0).at(1).toString().toStdString());
    CHECK(finished.at(0).at(0).toBool());
    CHECK(action->isEnabled());
    CHECK(demo.window->statusBar()->currentMessage().contains(QStringLiteral("backed up")));
    CHECK((QFile::permissions(target) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    const DatabaseCheck::Report report = valueOf(DatabaseCheck::run(target));
    CHECK(report.findings.isEmpty());
    CHECK(report.leads == 200);

    // Never over an existing file: said in a message box, the file unchanged.
    const qint64 size = QFileInfo(target).size();
    backup->backUpTo(target);
    REQUIRE(finished.wait(WaitMs));
    CHECK_FALSE(finished.at(1).at(0).toBool());
    CHECK(finished.at(1).at(1).toString().contains(QStringLiteral("exists already")));
    CHECK(QFileInfo(target).size() == size);
    for (QMessageBox *box : demo.window->findChildren<QMessageBox *>())
        box->close();
}

TEST_CASE("ui/Back up database is not offered to a sales agent, who is told why", "[ui][mainwindow][backup]")
{
    DemoWindow sales(5, QStringLiteral("sales1"));
    QAction *refused = windowAction(sales.window.get(), QStringLiteral("actionBackUp"));
    CHECK_FALSE(refused->isEnabled());
    CHECK(refused->toolTip().contains(QStringLiteral("crm_admin")));
}

TEST_CASE("ui/A database found damaged during work is said once in a message box with what to do",
          "[ui][mainwindow][damage]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("damaged.sqlite"));
    Employee me;
    {
        Database db;
        REQUIRE(db.openSqlite(path));
        QSqlDatabase connection = db.connection();
        DemoOptions options;
        options.leads = 300;
        REQUIRE(DemoGenerator::generate(connection, options));
        REQUIRE(EmployeeRepository(connection).findByLogin(QStringLiteral("admin"), &me));
    }
    // It opens (header and schema are sound); the lead list's first page meets the damage.
    damageTableRoot(path, QStringLiteral("leads"));
    const auto session = openSession(path, me);
    QSignalSpy damaged(session.get(), &Session::databaseDamaged);
    MainWindow window(session.get());
    window.show();
    REQUIRE(damaged.wait(WaitMs));
    const QString message = damaged.at(0).at(0).toString();
    CHECK(message.contains(QStringLiteral("%1 is damaged").arg(path)));
    CHECK(message.contains(QStringLiteral("Restore your last backup")));
    CHECK(message.contains(QStringLiteral("crm-agent check --db %1").arg(path)));

    auto *box = window.findChild<QMessageBox *>(QStringLiteral("databaseDamagedBox"));
    REQUIRE(box);
    CHECK(box->isVisible());
    CHECK(box->text() == message);
    CHECK(box->accessibleName() == QStringLiteral("Database damaged"));
    bool statusSaysSo = false;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        statusSaysSo = statusSaysSo || label->accessibleName() == QLatin1String("Database damaged");
    CHECK(statusSaysSo);
    // Once: the list's further pages and counts meet the same damage without another box.
    QSignalSpy again(session.get(), &Session::databaseDamaged);
    const Result<int> read = await<Result<int>>([&](QObject *c, auto done) {
        session->run(Session::Lane::Count, c, [](QSqlDatabase &db) -> Result<int> {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT * FROM leads")))
                return Failure{QStringLiteral("refused")};
            while (query.next()) {
            }
            return 1;
        }, done);
    });
    REQUIRE_FALSE(read.has_value());
    CHECK(read.error() == message);
    CHECK(again.count() == 0);
    int boxes = 0;
    for (QMessageBox *shown : window.findChildren<QMessageBox *>())
        boxes += shown->objectName() == QLatin1String("databaseDamagedBox") ? 1 : 0;
    CHECK(boxes == 1);
    box->close();
}
