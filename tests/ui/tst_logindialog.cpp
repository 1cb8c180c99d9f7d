// Sign-in on the offscreen platform: the first administrator on an empty database, wrong and right
// passwords, the growing wait after failures, the check running off the UI thread with a second
// submit refused meanwhile, and the main window's title and signed-in employee.

#include "await.h"
#include "database.h"
#include "employeerepository.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "opensession.h"
#include "session.h"
#include "slowstatementhook.h"
#include "tempdir.h"
#include "catchresult.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>

namespace {

QLineEdit *edit(QWidget *dialog, const char *accessibleName)
{
    const auto edits = dialog->findChildren<QLineEdit *>();
    for (QLineEdit *e : edits) {
        if (e->accessibleName() == QLatin1String(accessibleName))
            return e;
    }
    FAIL("no line edit named " << accessibleName);
    return nullptr;
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QString errorText(QWidget *dialog)
{
    const auto labels = dialog->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->accessibleName() == QLatin1String("Sign-in message"))
            return l->isVisible() ? l->text() : QString();
    }
    return QString();
}

// A dialog on a fresh session, shown once the database said whether it has employees.
void waitReady(LoginDialog &dialog)
{
    QSignalSpy ready(&dialog, &LoginDialog::ready);
    dialog.show();
    if (!dialog.isReady())
        REQUIRE(ready.wait(10000));
    REQUIRE(dialog.isReady());
}

// Clicks Sign in and waits for the check's answer.
bool submit(LoginDialog &dialog)
{
    QSignalSpy finished(&dialog, &LoginDialog::checkFinished);
    okButton(&dialog)->click();
    REQUIRE(dialog.isChecking());
    REQUIRE(finished.wait(30000));
    return finished.at(0).at(0).toBool();
}

} // namespace

TEST_CASE("ui/An empty database asks for the first administrator who is then signed in", "[ui][login]")
{
    TempDir dir;
    Database db;
    REQUIRE(db.openSqlite(dir.file(QStringLiteral("empty.sqlite"))));
    const auto session = openSession(db.path());
    LoginDialog dialog(session.get());
    waitReady(dialog);
    REQUIRE(dialog.isCreatingFirstAdmin());
    CHECK(edit(&dialog, "Full name")->isVisible());
    CHECK(edit(&dialog, "Repeat password")->isVisible());

    QTest::keyClicks(edit(&dialog, "Login"), QStringLiteral("boss"));
    edit(&dialog, "Full name")->setText(QStringLiteral("Мария Иванова"));
    QTest::keyClicks(edit(&dialog, "Password"), QStringLiteral("secret1"));
    QTest::keyClicks(edit(&dialog, "Repeat password"), QStringLiteral("secret2"));
    okButton(&dialog)->click();
    CHECK_FALSE(dialog.isChecking());   // refused by the form itself, nothing asked of the database
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(errorText(&dialog).startsWith(QStringLiteral("Repeat password:")));
    EmployeeRepository employees(db.connection());
    CHECK(employees.count() == 0);   // nothing stored for a refused form

    edit(&dialog, "Repeat password")->clear();
    QTest::keyClicks(edit(&dialog, "Repeat password"), QStringLiteral("secret1"));
    CHECK(submit(dialog));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.employee().login == QStringLiteral("boss"));
    CHECK(dialog.employee().roles == RoleSet(Role::Admin));
    CHECK(session->employee().login == QStringLiteral("boss"));   // the session knows who signed in
    CHECK(employees.count() == 1);
}

TEST_CASE("ui/Sign-in refuses a wrong password and waits longer after each failure", "[ui][login]")
{
    TempDir dir;
    Database db;
    REQUIRE(db.openSqlite(dir.file(QStringLiteral("team.sqlite"))));
    EmployeeRepository employees(db.connection());
    REQUIRE(employees.create(QStringLiteral("sales1"), QStringLiteral("Sam Sales"), RoleSet(Role::Sales),
                             QStringLiteral("sales1pw")));
    const auto session = openSession(db.path());

    LoginDialog dialog(session.get(), QStringLiteral("sales1"));
    waitReady(dialog);
    CHECK_FALSE(dialog.isCreatingFirstAdmin());
    CHECK_FALSE(edit(&dialog, "Full name")->isVisible());
    CHECK(edit(&dialog, "Login")->text() == QStringLiteral("sales1"));
    CHECK(dialog.lockoutSeconds() == 0);

    QTest::keyClicks(edit(&dialog, "Password"), QStringLiteral("wrong"));
    CHECK_FALSE(submit(dialog));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(errorText(&dialog) == QStringLiteral("Wrong login or password."));
    CHECK(dialog.lockoutSeconds() == 1);
    CHECK_FALSE(okButton(&dialog)->isEnabled());

    // While locked out, even the right password is not tried.
    QSignalSpy lockoutEnded(&dialog, &LoginDialog::lockoutEnded);
    edit(&dialog, "Password")->clear();
    QTest::keyClicks(edit(&dialog, "Password"), QStringLiteral("sales1pw"));
    dialog.accept();
    CHECK_FALSE(dialog.isChecking());
    CHECK(dialog.result() != QDialog::Accepted);

    // After the wait the right password signs in.
    REQUIRE(lockoutEnded.wait(5000));
    CHECK(okButton(&dialog)->isEnabled());
    CHECK(submit(dialog));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.employee().displayName == QStringLiteral("Sam Sales"));
    CHECK(session->employee().displayName == QStringLiteral("Sam Sales"));
}

TEST_CASE("ui/The wait doubles with each failed sign-in", "[ui][login]")
{
    TempDir dir;
    Database db;
    REQUIRE(db.openSqlite(dir.file(QStringLiteral("team.sqlite"))));
    EmployeeRepository employees(db.connection());
    REQUIRE(employees.create(QStringLiteral("a"), QStringLiteral("A"), RoleSet(Role::Admin), QStringLiteral("apw12345")));
    const auto session = openSession(db.path());
    LoginDialog dialog(session.get(), QStringLiteral("a"));
    waitReady(dialog);
    edit(&dialog, "Password")->setText(QStringLiteral("nope"));
    QSignalSpy lockoutEnded(&dialog, &LoginDialog::lockoutEnded);
    CHECK_FALSE(submit(dialog));
    CHECK(dialog.lockoutSeconds() == 1);
    REQUIRE(lockoutEnded.wait(5000));
    CHECK_FALSE(submit(dialog));
    CHECK(dialog.lockoutSeconds() == 2);
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    CHECK(dialog.result() != QDialog::Accepted);
}

TEST_CASE("ui/Sign-in is checked off the UI thread and a second submit meanwhile is refused", "[ui][login]")
{
    TempDir dir;
    Database db;
    REQUIRE(db.openSqlite(dir.file(QStringLiteral("team.sqlite"))));
    EmployeeRepository employees(db.connection());
    REQUIRE(employees.create(QStringLiteral("s"), QStringLiteral("S"), RoleSet(Role::Sales), QStringLiteral("spw12345")));

    // Only the session's connections are opened after the hook: they are the ones measured.
    auto hook = std::make_unique<SlowStatementHook>();
    {
        const auto session = openSession(db.path());
        LoginDialog dialog(session.get(), QStringLiteral("s"));
        waitReady(dialog);
        edit(&dialog, "Password")->setText(QStringLiteral("wrong"));
        QSignalSpy finished(&dialog, &LoginDialog::checkFinished);
        okButton(&dialog)->click();
        // The click returned before the answer: the dialog says it is checking and takes no second submit.
        REQUIRE(dialog.isChecking());
        CHECK_FALSE(okButton(&dialog)->isEnabled());
        CHECK(okButton(&dialog)->text() == QStringLiteral("Checking…"));
        dialog.accept();
        okButton(&dialog)->click();
        REQUIRE(finished.wait(30000));
        CHECK_FALSE(finished.at(0).at(0).toBool());
        CHECK_FALSE(dialog.isChecking());

        // Anything queued behind the first check on the Write lane has answered by now.
        const Result<int> marker = await<Result<int>>([&](QObject *c, auto done) {
            session->run(Session::Lane::Write, c, [](QSqlDatabase &) { return Result<int>(1); }, done);
        });
        CHECK(marker.has_value());
        CHECK(finished.count() == 1);            // one check, not three
        CHECK(dialog.lockoutSeconds() == 1);     // one failure counted
    }
    hook.reset();
    CHECK(SlowStatementHook::statements() > 0);                     // the hook saw the sign-in's statements...
    CHECK(SlowStatementHook::statementsOnUiThread() == 0);          // ...and none ran on the UI thread
}

TEST_CASE("ui/The main window names the database and the signed-in employee", "[ui][login]")
{
    TempDir dir;
    Database db;
    REQUIRE(db.openSqlite(dir.file(QStringLiteral("sales-team.sqlite"))));
    EmployeeRepository employees(db.connection());
    REQUIRE(employees.create(QStringLiteral("m1"), QStringLiteral("Mona Manager"), RoleSet(Role::Manager),
                             QStringLiteral("m1pw1234")));
    const Employee me = valueOf(employees.authenticate(QStringLiteral("m1"), QStringLiteral("m1pw1234")));
    const auto session = openSession(db.path(), me);
    MainWindow window(session.get());
    window.show();
    CHECK(window.windowTitle().contains(QStringLiteral("sales-team.sqlite")));
    CHECK(window.employee().displayName == QStringLiteral("Mona Manager"));
    bool found = false;
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    for (QLabel *l : labels)
        found = found || l->text().contains(QStringLiteral("Mona Manager"));
    CHECK(found);
}
