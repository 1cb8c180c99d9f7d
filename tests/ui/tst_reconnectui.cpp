// Losing the connection mid-session (issue #10), in the window: the status bar says so while the
// session reconnects, the open lead form keeps everything typed after the save that failed, and
// Save works again once the session is back. PostgreSQL: the server ends the session's connections.

#include <catch2/catch.hpp>

#include "formfixture.h"
#include "leadformsteps.h"

#include "leadformdialog.h"
#include "leadmodel.h"
#include "mainwindow.h"
#include "referencelookupmodel.h"
#include "referencepicker.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

// Types a few letters into a picker and picks the first row offered.
void pick(LeadFormDialog &form, LeadField field, const QString &letters)
{
    auto *picker = qobject_cast<ReferencePicker *>(form.input(field));
    picker->lineEdit()->setFocus();
    picker->lineEdit()->selectAll();
    picker->lineEdit()->insert(letters);
    QSignalSpy refreshed(picker->lookupModel(), &ReferenceLookupModel::refreshed);
    picker->lookupModel()->refresh();
    REQUIRE(refreshed.wait());
    picker->pickRow(0);
}

} // namespace

TEST_CASE("ui/A save that lost the connection keeps the form as typed, the status bar says so, Save works again",
          "[ui][reconnect][postgresql-only]")
{
    FormFixture fx;
    MainWindow window(fx.session.get());
    window.show();
    window.newLead();
    auto *form = window.findChild<LeadFormDialog *>();
    REQUIRE(form);
    type(edit(*form, LeadField::Name), QStringLiteral("Typed before the outage"));
    pick(*form, LeadField::SellingDirection, QStringLiteral("soft"));
    pick(*form, LeadField::ExistingCompany, QStringLiteral("acme"));
    pick(*form, LeadField::ExistingContact, QStringLiteral("petrov"));
    type(edit(*form, LeadField::City), QStringLiteral("Казань"));
    qobject_cast<QPlainTextEdit *>(form->input(LeadField::Description))->setPlainText(QStringLiteral("Two\nlines"));
    CHECK(window.connectionStatus().isEmpty());

    fx.db.close();   // the session's are the only connections the server ends
    QSignalSpy lost(fx.session.get(), &Session::connectionLost);
    QSignalSpy restored(fx.session.get(), &Session::connectionRestored);
    QSignalSpy finished(form, &LeadFormDialog::saveFinished);
    REQUIRE(fx.test.terminateOtherConnections() > 0);
    auto *saveButton = form->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QTest::mouseClick(saveButton, Qt::LeftButton);
    REQUIRE(finished.wait());
    CHECK_FALSE(finished.at(0).at(0).toBool());
    INFO(form->statusText().toStdString());
    CHECK(form->statusText().contains(QStringLiteral("connection to the database was lost")));
    CHECK(form->statusText().contains(QStringLiteral("save again")));
    REQUIRE(lost.size() == 1);
    CHECK(window.connectionStatus() == QStringLiteral("Connection to the database lost — reconnecting…"));
    // Nothing typed is lost.
    CHECK(edit(*form, LeadField::Name)->text() == QStringLiteral("Typed before the outage"));
    CHECK(edit(*form, LeadField::City)->text() == QStringLiteral("Казань"));
    CHECK(qobject_cast<QPlainTextEdit *>(form->input(LeadField::Description))->toPlainText()
          == QStringLiteral("Two\nlines"));
    CHECK(form->model()->lead().existingContactId == fx.petrov);
    CHECK(form->isVisible());
    CHECK(saveButton->isEnabled());
    CHECK(fx.test.scalar(QStringLiteral("SELECT COUNT(*) FROM leads")).toInt() == 0);

    if (restored.isEmpty())
        REQUIRE(restored.wait());
    CHECK(window.connectionStatus() == QStringLiteral("Connected to the database again."));
    QTest::mouseClick(saveButton, Qt::LeftButton);
    REQUIRE(finished.wait());
    CHECK(finished.at(1).at(0).toBool());
    CHECK(form->statusText().startsWith(QStringLiteral("Saved at")));
    CHECK(fx.test.scalar(QStringLiteral("SELECT COUNT(*) FROM leads")).toInt() == 1);
    CHECK(lost.size() == 1);
}
