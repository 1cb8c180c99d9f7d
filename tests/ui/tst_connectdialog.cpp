// File > Connect to Database… (issue #10): the dialog for an SQLite file or a PostgreSQL server,
// the recent connections (never a password), and switching the open database without restarting.

#include "catchresult.h"
#include "connectdialog.h"
#include "database.h"
#include "desktopapp.h"
#include "employeerepository.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "recentconnections.h"
#include "session.h"
#include "tempdir.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <catch2/catch.hpp>

namespace {

constexpr int WaitMs = 30000;

QString text(const ConnectDialog &dialog, const char *name)
{
    auto *edit = qobject_cast<QLineEdit *>(dialog.input(QString::fromUtf8(name)));
    REQUIRE(edit);
    return edit->text();
}

void type(const ConnectDialog &dialog, const char *name, const QString &value)
{
    auto *edit = qobject_cast<QLineEdit *>(dialog.input(QString::fromUtf8(name)));
    REQUIRE(edit);
    edit->setText(value);
}

bool shown(const ConnectDialog &dialog, const char *name)
{
    QWidget *w = dialog.input(QString::fromUtf8(name));
    REQUIRE(w);
    return w->isVisibleTo(&dialog);
}

// A database file with one employee, "admin" / "adminpw1".
QString databaseWithAdmin(const TempDir &dir, const QString &name)
{
    const QString path = dir.file(name);
    Database db;
    REQUIRE(db.openSqlite(path, QStringLiteral("connect-test-") + name));
    REQUIRE(EmployeeRepository(db.connection())
                .create(QStringLiteral("admin"), QStringLiteral("Ada Admin"), RoleSet(Role::Admin), QStringLiteral("adminpw1")));
    return path;
}

} // namespace

TEST_CASE("ui/The Connect dialog shows the file row for SQLite and the server rows for PostgreSQL", "[ui][connect]")
{
    ConnectDialog dialog({}, DatabaseLocation::sqliteFile(QStringLiteral("/tmp/mine.sqlite")));
    dialog.show();
    CHECK(text(dialog, "File") == QStringLiteral("/tmp/mine.sqlite"));
    CHECK(shown(dialog, "File"));
    CHECK(shown(dialog, "Browse…"));
    for (const char *row : {"Host", "Port", "Database name", "User", "Password", "SSL mode"})
        CHECK_FALSE(shown(dialog, row));

    auto *postgres = qobject_cast<QRadioButton *>(dialog.input(QStringLiteral("PostgreSQL server")));
    REQUIRE(postgres);
    postgres->click();
    CHECK_FALSE(shown(dialog, "File"));
    for (const char *row : {"Host", "Port", "Database name", "User", "Password", "SSL mode"})
        CHECK(shown(dialog, row));

    // Every control is named after its visible label, so screen readers and automation find it.
    for (const char *name : {"Recent", "SQLite file", "PostgreSQL server", "File", "Browse…", "Host", "Port",
                             "Database name", "User", "Password", "SSL mode", "Connect", "Cancel"})
        CHECK(dialog.input(QString::fromUtf8(name)) != nullptr);
}

TEST_CASE("ui/The Connect dialog names what is missing and asks for nothing", "[ui][connect]")
{
    ConnectDialog dialog({}, DatabaseLocation::sqliteFile(QString()));
    dialog.show();
    QSignalSpy requested(&dialog, &ConnectDialog::connectRequested);
    dialog.accept();
    CHECK(dialog.errorText() == QStringLiteral("File: choose or type the database file."));

    qobject_cast<QRadioButton *>(dialog.input(QStringLiteral("PostgreSQL server")))->click();
    type(dialog, "Host", QStringLiteral("db.example.com"));
    dialog.accept();
    CHECK(dialog.errorText() == QStringLiteral("Database name: enter the name of the team's database."));
    type(dialog, "Host", QStringLiteral("db example"));
    type(dialog, "Database name", QStringLiteral("crm"));
    dialog.accept();
    CHECK(dialog.errorText().startsWith(QStringLiteral("Host:")));
    CHECK(requested.isEmpty());
    CHECK(dialog.isVisible());
}

TEST_CASE("ui/The Connect dialog asks for the server with the password beside it, once", "[ui][connect]")
{
    ConnectDialog dialog({}, DatabaseLocation::sqliteFile(QStringLiteral("/tmp/mine.sqlite")));
    dialog.show();
    qobject_cast<QRadioButton *>(dialog.input(QStringLiteral("PostgreSQL server")))->click();
    type(dialog, "Host", QStringLiteral("db.example.com"));
    qobject_cast<QSpinBox *>(dialog.input(QStringLiteral("Port")))->setValue(5433);
    type(dialog, "Database name", QStringLiteral("crm"));
    type(dialog, "User", QStringLiteral("anna"));
    type(dialog, "Password", QStringLiteral("s3cret"));
    auto *ssl = qobject_cast<QComboBox *>(dialog.input(QStringLiteral("SSL mode")));
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("require")));

    QSignalSpy requested(&dialog, &ConnectDialog::connectRequested);
    dialog.accept();
    REQUIRE(requested.count() == 1);
    const auto location = requested.at(0).at(0).value<DatabaseLocation>();
    CHECK(location.toString() == QStringLiteral("postgresql://anna@db.example.com:5433/crm?sslmode=require"));
    CHECK(requested.at(0).at(1).toString() == QStringLiteral("s3cret"));
    CHECK_FALSE(location.toString().contains(QStringLiteral("s3cret")));

    // While connecting, a second OK is refused and the button says so.
    CHECK(dialog.isConnecting());
    dialog.accept();
    CHECK(requested.count() == 1);
    auto *ok = qobject_cast<QDialogButtonBox *>(dialog.findChild<QDialogButtonBox *>())->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());

    // A failure shows in place, and the fields stay for correcting.
    dialog.showError(QStringLiteral("password authentication failed for user \"anna\""));
    CHECK_FALSE(dialog.isConnecting());
    CHECK(ok->isEnabled());
    CHECK(dialog.errorText().contains(QStringLiteral("password authentication failed")));
    CHECK(text(dialog, "Host") == QStringLiteral("db.example.com"));
    CHECK(dialog.isVisible());

    dialog.connected();
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("ui/A recent connection fills the fields", "[ui][connect]")
{
    ConnectDialog dialog({QStringLiteral("postgresql://bob@team-db:6432/sales?sslmode=verify-full"),
                          QStringLiteral("/home/bob/old.sqlite")},
                         DatabaseLocation::sqliteFile(QStringLiteral("/tmp/now.sqlite")));
    dialog.show();
    auto *recent = qobject_cast<QComboBox *>(dialog.input(QStringLiteral("Recent")));
    REQUIRE(recent);
    REQUIRE(recent->count() == 3);
    recent->setCurrentIndex(1);
    Q_EMIT recent->activated(1);
    CHECK(shown(dialog, "Host"));
    CHECK(text(dialog, "Host") == QStringLiteral("team-db"));
    CHECK(qobject_cast<QSpinBox *>(dialog.input(QStringLiteral("Port")))->value() == 6432);
    CHECK(text(dialog, "Database name") == QStringLiteral("sales"));
    CHECK(text(dialog, "User") == QStringLiteral("bob"));
    CHECK(qobject_cast<QComboBox *>(dialog.input(QStringLiteral("SSL mode")))->currentData().toString()
          == QStringLiteral("verify-full"));
    Q_EMIT recent->activated(2);
    CHECK(shown(dialog, "File"));
    CHECK(text(dialog, "File") == QStringLiteral("/home/bob/old.sqlite"));
}

TEST_CASE("ui/Recent connections keep the newest first, each once, at most eight", "[ui][connect]")
{
    TempDir dir;
    QSettings settings(dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    RecentConnections recent(&settings);
    CHECK(recent.list().isEmpty());
    for (int i = 0; i < 10; ++i)
        recent.remember(DatabaseLocation::sqliteFile(QStringLiteral("/data/%1.sqlite").arg(i)));
    recent.remember(DatabaseLocation::postgres(QStringLiteral("db"), 0, QStringLiteral("crm"), QStringLiteral("anna")));
    recent.remember(DatabaseLocation::sqliteFile(QStringLiteral("/data/7.sqlite")));
    const QStringList list = recent.list();
    REQUIRE(list.size() == RecentConnections::Max);
    CHECK(list.at(0) == QStringLiteral("/data/7.sqlite"));
    CHECK(list.at(1) == QStringLiteral("postgresql://anna@db/crm"));
    CHECK(list.at(2) == QStringLiteral("/data/9.sqlite"));
    CHECK(list.count(QStringLiteral("/data/7.sqlite")) == 1);
    CHECK_FALSE(list.contains(QStringLiteral("/data/0.sqlite")));
}

TEST_CASE("ui/Connect to Database switches the window to another database after sign-in", "[ui][connect]")
{
    TempDir dir;
    const QString first = databaseWithAdmin(dir, QStringLiteral("first.sqlite"));
    const QString second = databaseWithAdmin(dir, QStringLiteral("second.sqlite"));
    QSettings settings(dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    DesktopApp app(&settings);
    app.setAutomaticSignIn(QStringLiteral("admin"), QStringLiteral("adminpw1"));

    QSignalSpy switched(&app, &DesktopApp::switched);
    app.connectTo(DatabaseLocation::sqliteFile(first), QString(), QString(), [](Result<bool> r) { CHECK(r.value_or(false)); });
    REQUIRE(switched.wait(WaitMs));
    REQUIRE(app.window());
    CHECK(app.window()->windowTitle().startsWith(QStringLiteral("first.sqlite")));
    Session *firstSession = app.session();
    CHECK(firstSession->employee().displayName == QStringLiteral("Ada Admin"));

    // File > Connect to Database… (Ctrl+Shift+B) opens the dialog, which starts from the open database.
    QAction *connectAction = nullptr;
    for (QAction *action : app.window()->findChildren<QAction *>())
        connectAction = action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+B")) ? action : connectAction;
    REQUIRE(connectAction);
    connectAction->trigger();
    ConnectDialog *dialog = app.connectDialog();
    REQUIRE(dialog);
    CHECK(text(*dialog, "File") == first);

    // A folder is not a database: the dialog says why and the first database stays open.
    type(*dialog, "File", dir.path());
    QSignalSpy requested(dialog, &ConnectDialog::connectRequested);
    QSignalSpy finished(dialog, &ConnectDialog::connectFinished);
    dialog->accept();
    REQUIRE(requested.count() == 1);
    CHECK(dialog->isConnecting());
    REQUIRE(finished.wait(WaitMs));   // the open runs on the new session's thread
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(dialog->errorText().contains(QStringLiteral("folder")));
    CHECK(app.session() == firstSession);

    type(*dialog, "File", second);
    dialog->accept();
    REQUIRE(switched.wait(WaitMs));
    CHECK(app.window()->windowTitle().startsWith(QStringLiteral("second.sqlite")));
    CHECK(app.session() != firstSession);
    CHECK(app.session()->databasePath() == second);
    CHECK(RecentConnections(&settings).list() == QStringList({second, first}));
}

TEST_CASE("ui/File > Open Recent lists the databases opened before and opens one at once", "[ui][connect][recent]")
{
    TempDir dir;
    const QString first = databaseWithAdmin(dir, QStringLiteral("first.sqlite"));
    const QString second = databaseWithAdmin(dir, QStringLiteral("second.sqlite"));
    QSettings settings(dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    DesktopApp app(&settings);
    app.setAutomaticSignIn(QStringLiteral("admin"), QStringLiteral("adminpw1"));
    QSignalSpy switched(&app, &DesktopApp::switched);
    app.connectTo(DatabaseLocation::sqliteFile(second), QString(), QString(), [](Result<bool> r) { CHECK(r.value_or(false)); });
    REQUIRE(switched.wait(WaitMs));
    app.connectTo(DatabaseLocation::sqliteFile(first), QString(), QString(), [](Result<bool> r) { CHECK(r.value_or(false)); });
    REQUIRE(switched.wait(WaitMs));
    REQUIRE(app.window());
    CHECK(app.window()->recentDatabases() == QStringList({first, second}));

    QMenu *recent = nullptr;
    for (QMenu *menu : app.window()->findChildren<QMenu *>())
        recent = menu->title() == QStringLiteral("Open &Recent") ? menu : recent;
    REQUIRE(recent);
    const QList<QAction *> entries = recent->actions();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0)->text() == QStringLiteral("&1 first.sqlite"));
    CHECK(entries.at(0)->isChecked());   // the open one
    CHECK(entries.at(1)->text() == QStringLiteral("&2 second.sqlite"));
    CHECK(entries.at(1)->toolTip() == second);

    entries.at(0)->trigger();   // the open database: nothing happens
    CHECK_FALSE(app.connectDialog());
    entries.at(1)->trigger();
    REQUIRE(switched.wait(WaitMs));
    CHECK(app.session()->databasePath() == second);
    CHECK(app.window()->recentDatabases() == QStringList({second, first}));

    // A database that has gone since: said, and the open one stays (no empty file is made).
    REQUIRE(QFile::remove(first));
    Session *open = app.session();
    QSignalSpy failed(&app, &DesktopApp::openRecentFailed);
    app.openRecent(first);
    if (failed.isEmpty())
        REQUIRE(failed.wait(WaitMs));
    CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("first.sqlite")));
    CHECK(app.window()->findChild<QMessageBox *>());
    CHECK(app.session() == open);
    CHECK_FALSE(QFile::exists(first));
}
