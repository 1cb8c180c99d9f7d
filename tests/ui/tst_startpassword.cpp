// Starting on a PostgreSQL server that asks for a password none of libpq's sources give
// (issue #10): the Connect dialog opens on the address, asking for it; the typed password reaches
// every lane and is written nowhere, and the recent connections remember the address without it.

#include "await.h"
#include "catchresult.h"
#include "connectdialog.h"
#include "database.h"
#include "desktopapp.h"
#include "employeerepository.h"
#include "mainwindow.h"
#include "recentconnections.h"
#include "session.h"
#include "testdatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QUrl>

#include <optional>

#include <catch2/catch.hpp>

namespace {

QString text(const ConnectDialog &dialog, const char *name)
{
    auto *edit = qobject_cast<QLineEdit *>(dialog.input(QString::fromUtf8(name)));
    REQUIRE(edit);
    return edit->text();
}

// Every byte of every file under `folder`.
QByteArray allBytesUnder(const QString &folder)
{
    QByteArray bytes;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

TEST_CASE("ui/At start a refused password opens the Connect dialog on the address - the typed one is kept nowhere",
          "[ui][connect][postgresql-only]")
{
    TestDatabase test;
    const QString uri = test.locationAsPasswordUser();
    const QString password = TestDatabase::passwordUserPassword();
    {
        Database db;
        const Result<void> opened = db.open(uri, QStringLiteral("start-password-setup"), password);
        INFO(opened.error().toStdString());
        REQUIRE(opened.has_value());
        REQUIRE(EmployeeRepository(db.connection())
                    .create(QStringLiteral("admin"), QStringLiteral("Ada Admin"), RoleSet(Role::Admin),
                            QStringLiteral("adminpw1")));
    }
    // Neither of libpq's own sources has the password.
    const QByteArray oldPassword = qgetenv("PGPASSWORD");
    const QByteArray oldPassFile = qgetenv("PGPASSFILE");
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");

    QSettings settings(test.dir().file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    DesktopApp app(&settings);
    app.setAutomaticSignIn(QStringLiteral("admin"), QStringLiteral("adminpw1"));
    const DatabaseLocation location = valueOf(DatabaseLocation::parse(uri));
    QSignalSpy opened(&app, &DesktopApp::connectDialogOpened);
    QSignalSpy switched(&app, &DesktopApp::switched);
    std::optional<Result<bool>> started;
    app.start(location, QString(), [&](Result<bool> r) { started = std::move(r); });

    // The server refuses the sign-in: the dialog opens on the address and asks for the password.
    REQUIRE(opened.wait());
    CHECK_FALSE(started.has_value());
    ConnectDialog *dialog = app.connectDialog();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(text(*dialog, "Host") == QStringLiteral("127.0.0.1"));
    CHECK(qobject_cast<QSpinBox *>(dialog->input(QStringLiteral("Port")))->value() == location.port());
    CHECK(text(*dialog, "Database name") == location.databaseName());
    CHECK(text(*dialog, "User") == QStringLiteral("crm_password_test"));
    CHECK(dialog->errorText().contains(QStringLiteral("refused the sign-in")));
    CHECK(text(*dialog, "Password").isEmpty());

    // A wrong password is refused in place; the right one opens the database and its window.
    auto *passwordEdit = qobject_cast<QLineEdit *>(dialog->input(QStringLiteral("Password")));
    passwordEdit->setText(QStringLiteral("wrong horse"));
    QSignalSpy finished(dialog, &ConnectDialog::connectFinished);
    dialog->accept();
    REQUIRE(finished.wait());
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(dialog->errorText().contains(QStringLiteral("refused the sign-in")));
    CHECK_FALSE(started.has_value());
    passwordEdit->setText(password);
    dialog->accept();
    REQUIRE(switched.wait());
    REQUIRE(started.has_value());
    CHECK(started->value_or(false));
    REQUIRE(app.session());
    CHECK(app.session()->employee().displayName == QStringLiteral("Ada Admin"));

    // The password reaches every lane, not only the one that opened the database.
    for (Session::Lane lane : {Session::Lane::Read, Session::Lane::List, Session::Lane::Count,
                               Session::Lane::Background}) {
        const Result<int> answer = await<Result<int>>([&](QObject *c, auto done) {
            app.session()->run(lane, c, [](QSqlDatabase &db) -> Result<int> {
                return db.isOpen() ? Result<int>(1) : Result<int>(Failure{QStringLiteral("not open")});
            }, done);
        });
        INFO(answer.error().toStdString());
        CHECK(answer.has_value());
    }

    // Remembered without the password; nothing in the settings holds it.
    settings.sync();
    CHECK(RecentConnections(&settings).list().value(0) == uri);
    const QByteArray written = allBytesUnder(test.dir().path());
    CHECK_FALSE(written.isEmpty());
    CHECK_FALSE(written.contains("right horse"));
    CHECK_FALSE(written.contains(QUrl::toPercentEncoding(password)));

    if (oldPassFile.isNull())
        qunsetenv("PGPASSFILE");
    else
        qputenv("PGPASSFILE", oldPassFile);
    if (!oldPassword.isNull())
        qputenv("PGPASSWORD", oldPassword);
}
