// Keyboard first (issue #11): Tab goes round every dialog of the application and comes back to
// where it started, reaching each control once, and Shift+Tab the same way back (no control keeps
// the focus); every input has an accessible name equal to its visible label.
#include "../storage/lifecycle/lifecyclefixture.h"
#include "activewindow.h"
#include "formfixture.h"
#include "leadformsteps.h"
#include "tabcycle.h"

#include "assigndialog.h"
#include "catchresult.h"
#include "connectdialog.h"
#include "databaselocation.h"
#include "disqualifydialog.h"
#include "employeeeditdialog.h"
#include "employeesdialog.h"
#include "exportcolumn.h"
#include "exportdialog.h"
#include "lead.h"
#include "leaddiff.h"
#include "leadconflictdialog.h"
#include "leadformdialog.h"
#include "leadservice.h"
#include "logindialog.h"
#include "opensession.h"
#include "opportunitieswindow.h"
#include "opportunitydialog.h"
#include "qualifydialog.h"
#include "referencedatadialog.h"
#include "referenceeditdialog.h"
#include "session.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

namespace {

constexpr int WaitMs = 30000;

// Shows `dialog` active; when nothing took the focus, focuses its first tab stop as a user's
// first Tab would. Then the checks.
void checkKeyboard(QWidget *dialog)
{
    showActive(dialog);
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !dialog->isAncestorOf(focus)) {
        const QList<QWidget *> stops = tabStops(dialog);
        REQUIRE_FALSE(stops.isEmpty());
        QTest::keyClick(dialog, Qt::Key_Tab);   // a user's first Tab
    }
    checkTabCycle(dialog);
    checkInputNames(dialog);
}


} // namespace

TEST_CASE("Tab goes round the life-cycle dialogs", "[ui][keyboard][tab]")
{
    LifecycleFixture f;
    const qint64 leadId = f.addLead(LeadState::Assigned, f.manager.id);
    const auto session = openSession(f.database()->path(), f.manager);

    SECTION("assign")
    {
        AssignDialog dialog(session.get(), {leadId});
        checkKeyboard(&dialog);
    }
    SECTION("bulk assign")
    {
        const qint64 second = f.addLead(LeadState::Assigned, f.manager.id);
        AssignDialog dialog(session.get(), {leadId, second});
        checkKeyboard(&dialog);
    }
    SECTION("qualify")
    {
        QualifyDialog dialog(session.get(), leadId);
        QSignalSpy loaded(&dialog, &QualifyDialog::planLoaded);
        waitFor(loaded, WaitMs);
        checkKeyboard(&dialog);
    }
    SECTION("disqualify")
    {
        DisqualifyDialog dialog(session.get(), leadId);
        checkKeyboard(&dialog);
    }
}

TEST_CASE("Tab goes round the administration and opportunity windows", "[ui][keyboard][tab]")
{
    LifecycleFixture f;
    {
        LeadService service(f.db());
        REQUIRE(service.qualify(f.sales, f.addLead(f.validLead(QStringLiteral("Deal")), LeadState::Assigned, f.sales.id),
                                QString()));
    }
    const auto session = openSession(f.database()->path(), f.admin);

    SECTION("employees")
    {
        EmployeesDialog dialog(session.get());
        QSignalSpy reloaded(&dialog, &EmployeesDialog::reloaded);
        waitFor(reloaded, WaitMs);
        checkKeyboard(&dialog);
    }
    SECTION("new employee")
    {
        EmployeeEditDialog dialog(session.get(), EmployeeEditDialog::Mode::Add);
        checkKeyboard(&dialog);
    }
    SECTION("employee edited")
    {
        EmployeeEditDialog dialog(session.get(), EmployeeEditDialog::Mode::Edit, f.sales.id);
        QSignalSpy loaded(&dialog, &EmployeeEditDialog::loaded);
        if (!dialog.isLoaded())
            waitFor(loaded, WaitMs);
        checkKeyboard(&dialog);
    }
    SECTION("employee's password")
    {
        EmployeeEditDialog dialog(session.get(), EmployeeEditDialog::Mode::Password, f.sales.id);
        QSignalSpy loaded(&dialog, &EmployeeEditDialog::loaded);
        if (!dialog.isLoaded())
            waitFor(loaded, WaitMs);
        checkKeyboard(&dialog);
    }
    SECTION("reference data")
    {
        ReferenceDataDialog dialog(session.get());
        QSignalSpy reloaded(&dialog, &ReferenceDataDialog::reloaded);
        waitFor(reloaded, WaitMs);
        checkKeyboard(&dialog);
    }
    SECTION("reference records of each kind")
    {
        for (ReferenceKind kind : {ReferenceKind::Company, ReferenceKind::Contact, ReferenceKind::Campaign,
                                   ReferenceKind::SellingDirection, ReferenceKind::ServiceOrProduct,
                                   ReferenceKind::Channel}) {
            INFO("kind " << int(kind));
            ReferenceEditDialog dialog(session.get(), kind);
            checkKeyboard(&dialog);
        }
    }
    SECTION("opportunities and one opportunity")
    {
        OpportunitiesWindow window(session.get());
        QSignalSpy reloaded(&window, &OpportunitiesWindow::reloaded);
        waitFor(reloaded, WaitMs);
        REQUIRE(window.table()->rowCount() == 1);
        checkKeyboard(&window);

        OpportunityDialog dialog(session.get(), window.opportunityIdAt(0));
        QSignalSpy loaded(&dialog, &OpportunityDialog::loaded);
        if (!dialog.isLoaded())
            waitFor(loaded, WaitMs);
        checkKeyboard(&dialog);
    }
}

TEST_CASE("Tab goes round the sign-in, connection, conflict and export dialogs", "[ui][keyboard][tab]")
{
    FormFixture fx;

    SECTION("sign in")
    {
        LoginDialog dialog(fx.session.get());
        QSignalSpy ready(&dialog, &LoginDialog::ready);
        dialog.show();
        if (!dialog.isReady())
            waitFor(ready, WaitMs);
        checkKeyboard(&dialog);
    }
    SECTION("connect to an SQLite file")
    {
        ConnectDialog dialog({QStringLiteral("/tmp/recent.sqlite")}, DatabaseLocation::sqliteFile(QStringLiteral("/tmp/mine.sqlite")));
        checkKeyboard(&dialog);
    }
    SECTION("connect to a PostgreSQL server")
    {
        ConnectDialog dialog({}, DatabaseLocation::postgres(QStringLiteral("db.example.com"), 5432, QStringLiteral("crm"),
                                                            QStringLiteral("agent")));
        checkKeyboard(&dialog);
    }
    SECTION("conflict")
    {
        Lead base;
        base.id = 7;
        base.name = QStringLiteral("Office chairs");
        Lead theirs = base;
        theirs.name = QStringLiteral("Office chairs, 40 seats");
        Lead yours = base;
        yours.city = QStringLiteral("Tomsk");
        const LeadDiff diff = LeadDiff::between(base, theirs, yours, [](ReferenceKind, qint64) { return QString(); });
        LeadConflictDialog dialog(QStringLiteral("Changed meanwhile."), diff);
        checkKeyboard(&dialog);
    }
    SECTION("export")
    {
        const QList<ExportColumn> columns = {ExportColumns::ofField(LeadField::Name), ExportColumn::State};
        ExportDialog dialog(columns, 3);
        checkKeyboard(&dialog);
    }
    SECTION("a new lead's form")
    {
        LeadFormDialog form(fx.session.get());
        checkKeyboard(&form);
    }
}

TEST_CASE("Tab goes round a qualified lead's form, its Opportunities and History filled", "[ui][keyboard][tab]")
{
    LifecycleFixture f;
    const qint64 leadId = f.addLead(f.validLead(QStringLiteral("Deal")), LeadState::Assigned, f.sales.id);
    REQUIRE(LeadService(f.db()).qualify(f.sales, leadId, QString()));
    const auto session = openSession(f.database()->path(), f.sales);
    auto form = openForm(session.get(), leadId, WaitMs);
    auto *related = form->findChild<LeadRelatedLists *>();
    REQUIRE(related->historyTable()->rowCount() >= 2);
    checkKeyboard(form.get());
    // The History tab (Alt+H) and its rows.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::AltModifier);
    REQUIRE(related->historyTable()->isVisible());
    checkTabCycle(form.get());
}
