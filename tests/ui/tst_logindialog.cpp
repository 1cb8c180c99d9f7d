// Sign-in on the offscreen platform: the first administrator on an empty database, wrong and right
// passwords, the growing wait after failures, and the main window's title and signed-in employee.

#include "database.h"
#include "employeerepository.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "tempdir.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

#include <catch2/catch.hpp>

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

} // namespace

TEST_CASE("ui/An empty database asks for the first administrator who is then signed in", "[ui][login]")
{
    TempDir dir;
    Database db;
    REQUIRE(db.openSqlite(dir.file(QStringLiteral("empty.sqlite"))));
    LoginDialog dialog(db.connection());
    dialog.show();
    REQUIRE(dialog.isCreatingFirstAdmin());
    CHECK(edit(&dialog, "Full name")->isVisible());
    CHECK(edit(&dialog, "Repeat password")->isVisible());

    QTest::keyClicks(edit(&dialog, "Login"), QStringLiteral("boss"));
    edit(&dialog, "Full name")->setText(QStringLiteral("Мария Иванова"));
    QTest::keyClicks(edit(&dialog, "Password"), QStringLiteral("secret1"));
    QTest::keyClicks(edit(&dialog, "Repeat password"), QStringLiteral("secret2"));
    okButton(&dialog)->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(errorText(&dialog).startsWith(QStringLiteral("Repeat password:")));
    EmployeeRepository employees(db.connection());
    CHECK(employees.count() == 0);   // nothing stored for a refused form

    edit(&dialog, "Repeat password")->clear();
    QTest::keyClicks(edit(&dialog, "Repeat password"), QStringLiteral("secret1"));
    okButton(&dialog)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.employee().login == QStringLiteral("boss"));
    CHECK(dialog.employee().roles == RoleSet(Role::Admin));
    CHECK(employees.count() == 1);
}

TEST_CASE("ui/Sign-in refuses a wrong password and waits longer after each failure", "[ui][login]")
{
    TempDir dir;
    Database db;
    REQUIRE(db.openSqlite(dir.file(QStringLiteral("team.sqlite"))));
    EmployeeRepository employees(db.connection());
    REQUIRE(employees.create(QStringLiteral("sales1"), QStringLiteral("Sam Sales"), RoleSet(Role::Sales),
                             QStringLiteral("sales1pw")) > 0);

    LoginDialog dialog(db.connection(), QStringLiteral("sales1"));
    dialog.show();
    CHECK_FALSE(dialog.isCreatingFirstAdmin());
    CHECK_FALSE(edit(&dialog, "Full name")->isVisible());
    CHECK(edit(&dialog, "Login")->text() == QStringLiteral("sales1"));
    CHECK(dialog.lockoutSeconds() == 0);

    QTest::keyClicks(edit(&dialog, "Password"), QStringLiteral("wrong"));
    okButton(&dialog)->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(errorText(&dialog) == QStringLiteral("Wrong login or password."));
    CHECK(dialog.lockoutSeconds() == 1);
    CHECK_FALSE(okButton(&dialog)->isEnabled());

    // While locked out, even the right password is not tried.
    edit(&dialog, "Password")->clear();
    QTest::keyClicks(edit(&dialog, "Password"), QStringLiteral("sales1pw"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);

    // After the wait the right password signs in.
    QTRY_VERIFY_WITH_TIMEOUT(okButton(&dialog)->isEnabled(), 3000);
    okButton(&dialog)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.employee().displayName == QStringLiteral("Sam Sales"));
}

TEST_CASE("ui/The wait doubles with each failed sign-in", "[ui][login]")
{
    TempDir dir;
    Database db;
    REQUIRE(db.openSqlite(dir.file(QStringLiteral("team.sqlite"))));
    EmployeeRepository employees(db.connection());
    REQUIRE(employees.create(QStringLiteral("a"), QStringLiteral("A"), RoleSet(Role::Admin), QStringLiteral("apw12345")) > 0);
    LoginDialog dialog(db.connection(), QStringLiteral("a"));
    dialog.show();
    edit(&dialog, "Password")->setText(QStringLiteral("nope"));
    okButton(&dialog)->click();
    CHECK(dialog.lockoutSeconds() == 1);
    QTRY_VERIFY_WITH_TIMEOUT(okButton(&dialog)->isEnabled(), 3000);
    okButton(&dialog)->click();
    CHECK(dialog.lockoutSeconds() == 2);
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    CHECK(dialog.result() != QDialog::Accepted);
}

TEST_CASE("ui/The main window names the database and the signed-in employee", "[ui][login]")
{
    TempDir dir;
    Database db;
    REQUIRE(db.openSqlite(dir.file(QStringLiteral("sales-team.sqlite"))));
    EmployeeRepository employees(db.connection());
    REQUIRE(employees.create(QStringLiteral("m1"), QStringLiteral("Mona Manager"), RoleSet(Role::Manager),
                             QStringLiteral("m1pw1234")) > 0);
    Employee me;
    REQUIRE(employees.authenticate(QStringLiteral("m1"), QStringLiteral("m1pw1234"), &me));
    MainWindow window(&db, me);
    window.show();
    CHECK(window.windowTitle().contains(QStringLiteral("sales-team.sqlite")));
    bool found = false;
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    for (QLabel *l : labels)
        found = found || l->text().contains(QStringLiteral("Mona Manager"));
    CHECK(found);
}
