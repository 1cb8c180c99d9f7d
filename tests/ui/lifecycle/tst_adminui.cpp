// Administration and opportunity windows (issue #6): opportunities, employees, reference data,
// all through the Session: lists fill when their answer arrives, saves and deletions run on the
// Write lane, and no statement of these windows runs on the UI thread.
#include "../../storage/lifecycle/lifecyclefixture.h"
#include "uichecks.h"
#include "catchresult.h"

#include "employeeadmin.h"
#include "employeeeditdialog.h"
#include "employeesdialog.h"
#include "lead.h"
#include "leadservice.h"
#include "opensession.h"
#include "opportunitieswindow.h"
#include "opportunitydialog.h"
#include "referencedatadialog.h"
#include "referenceeditdialog.h"
#include "session.h"
#include "slowstatementhook.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QThread>

#include <atomic>

namespace {

// Waits for the spied signal unless it already came (a refusal by the form itself answers at once).
void settle(QSignalSpy &spy)
{
    if (spy.isEmpty())
        REQUIRE(spy.wait(30000));
    REQUIRE_FALSE(spy.isEmpty());
}

// Waits for the next emission of `signal` by `object`.
template<typename T, typename Signal>
void waitFor(T *object, Signal signal)
{
    QSignalSpy spy(object, signal);
    REQUIRE(spy.wait(30000));
}

// Submits an edit dialog and waits for its answer; whether it saved.
template<typename Dialog>
bool submit(Dialog &dialog)
{
    QSignalSpy finished(&dialog, &Dialog::saveFinished);
    dialog.accept();
    settle(finished);
    return finished.at(0).at(0).toBool();
}

void qualifyDeals(LifecycleFixture &f, int count)
{
    LeadService service(f.db());
    for (int i = 0; i < count; ++i) {
        Lead lead = f.validLead(QStringLiteral("Deal %1").arg(i));
        lead.companyTin = QStringLiteral("10000000%1").arg(i);
        lead.contactEmail = QStringLiteral("p%1@example.com").arg(i);
        REQUIRE(service.qualify(f.sales, f.addLead(lead, LeadState::Assigned, f.sales.id), QString()));
    }
}

} // namespace

TEST_CASE("Opportunities window lists, searches and opens opportunities read-only", "[ui][opportunities]")
{
    LifecycleFixture f;
    qualifyDeals(f, 3);
    const auto session = openSession(f.database()->path(), f.sales);
    OpportunitiesWindow window(session.get());
    QSignalSpy reloaded(&window, &OpportunitiesWindow::reloaded);
    checkAccessibleNames(&window);
    CHECK(window.table()->rowCount() == 0);   // the list arrives later, off the UI thread
    REQUIRE(reloaded.wait(30000));
    CHECK(window.table()->rowCount() == 3);
    CHECK(window.table()->columnCount() == 6);
    CHECK(window.countText() == QStringLiteral("3 opportunities"));
    window.setSearchText(QStringLiteral("deal 1"));
    REQUIRE(reloaded.wait(30000));
    REQUIRE(window.table()->rowCount() == 1);
    CHECK(window.table()->item(0, 1)->text() == QStringLiteral("Acme Deal 1"));
    CHECK(window.table()->item(0, 3)->text() == QStringLiteral("Name of sales"));
    CHECK(window.table()->item(0, 5)->text().startsWith(QStringLiteral("Deal 1")));

    OpportunityDialog dialog(session.get(), window.opportunityIdAt(0));
    QSignalSpy loaded(&dialog, &OpportunityDialog::loaded);
    CHECK_FALSE(dialog.isLoaded());
    REQUIRE(loaded.wait(30000));
    REQUIRE(dialog.isLoaded());
    checkAccessibleNames(&dialog);
    CHECK(dialog.isReadOnly());
    CHECK(dialog.value(QStringLiteral("Company")) == QStringLiteral("Acme Deal 1"));
    CHECK(dialog.value(QStringLiteral("Contact")) == QStringLiteral("Petrov Ivan"));
    CHECK(dialog.value(QStringLiteral("Source lead")).startsWith(QStringLiteral("Deal 1")));
    qint64 requested = 0;
    QObject::connect(&dialog, &OpportunityDialog::openLeadRequested, [&](qint64 id) { requested = id; });
    child<QPushButton>(&dialog, QStringLiteral("Open source lead"))->click();
    CHECK(requested > 0);
}

TEST_CASE("Opportunities window: an answer to an older search is dropped", "[ui][opportunities]")
{
    LifecycleFixture f;
    qualifyDeals(f, 2);
    const auto session = openSession(f.database()->path(), f.sales);
    OpportunitiesWindow window(session.get());
    QSignalSpy reloaded(&window, &OpportunitiesWindow::reloaded);
    // Three searches before any answer: only the last one is shown, once.
    window.setSearchText(QStringLiteral("deal 0"));
    window.setSearchText(QStringLiteral("nothing like it"));
    window.setSearchText(QStringLiteral("deal 1"));
    REQUIRE(reloaded.wait(30000));
    REQUIRE(window.table()->rowCount() == 1);
    CHECK(window.table()->item(0, 5)->text().startsWith(QStringLiteral("Deal 1")));
    // The Read lane answers in order: a probe behind the searches comes after all of them.
    const Result<int> probe = await<Result<int>>([&](QObject *c, auto done) {
        session->run(Session::Lane::Read, c, [](QSqlDatabase &) { return Result<int>(0); }, done);
    });
    CHECK(probe.has_value());
    CHECK(reloaded.count() == 1);
}

TEST_CASE("Employees: an administrator adds, edits and deactivates - errors name the field", "[ui][admin]")
{
    LifecycleFixture f;
    const auto session = openSession(f.database()->path(), f.admin);
    EmployeeEditDialog add(session.get(), EmployeeEditDialog::Mode::Add);
    checkAccessibleNames(&add);
    child<QLineEdit>(&add, QStringLiteral("Login"))->setText(QStringLiteral("olga"));
    child<QLineEdit>(&add, QStringLiteral("Full name"))->setText(QStringLiteral("Olga Orlova"));
    child<QLineEdit>(&add, QStringLiteral("Password"))->setText(QStringLiteral("secret pass"));
    child<QLineEdit>(&add, QStringLiteral("Repeat password"))->setText(QStringLiteral("secret pasS"));
    CHECK_FALSE(submit(add));
    CHECK(add.errorText().startsWith(QStringLiteral("Repeat password:")));
    child<QLineEdit>(&add, QStringLiteral("Repeat password"))->setText(QStringLiteral("secret pass"));
    CHECK_FALSE(submit(add));
    CHECK(add.errorText().startsWith(QStringLiteral("Roles:")));
    child<QCheckBox>(&add, QStringLiteral("crm_marketeer"))->setChecked(true);
    CHECK(submit(add));
    REQUIRE(add.result() == QDialog::Accepted);
    EmployeeRecord olga = valueOf(EmployeeAdmin(f.db()).find(add.employeeId()));
    CHECK(olga.roles == RoleSet(Role::Marketeer));

    EmployeesDialog list(session.get());
    CHECK(list.table()->rowCount() == 0);   // the list fills when its answer arrives
    waitFor(&list, &EmployeesDialog::reloaded);
    CHECK(list.table()->rowCount() == int(EmployeeAdmin(f.db()).list()->size()));
    checkAccessibleNames(&list);
    list.selectEmployee(olga.id);
    QPushButton *toggle = child<QPushButton>(&list, QStringLiteral("Deactivate"));
    REQUIRE(toggle);
    QSignalSpy changed(&list, &EmployeesDialog::changeFinished);
    QSignalSpy reloaded(&list, &EmployeesDialog::reloaded);
    toggle->click();
    CHECK(list.isBusy());                    // running: no second click meanwhile
    CHECK_FALSE(toggle->isEnabled());
    REQUIRE(changed.wait(30000));
    CHECK(changed.at(0).at(0).toBool());
    settle(reloaded);
    olga = valueOf(EmployeeAdmin(f.db()).find(olga.id));
    CHECK_FALSE(olga.active);
    CHECK(list.selectedId() == olga.id);
    CHECK(child<QPushButton>(&list, QStringLiteral("Reactivate")));
    list.selectEmployee(f.admin.id);
    changed.clear();
    child<QPushButton>(&list, QStringLiteral("Deactivate"))->click();
    REQUIRE(changed.wait(30000));
    CHECK_FALSE(changed.at(0).at(0).toBool());
    CHECK(list.errorText().contains(QStringLiteral("yourself")));

    // Someone who is not an administrator gets the reason from the storage layer.
    const auto salesSession = openSession(f.database()->path(), f.sales);
    EmployeeEditDialog sneaky(salesSession.get(), EmployeeEditDialog::Mode::Edit, f.other.id);
    CHECK_FALSE(sneaky.isLoaded());
    waitFor(&sneaky, &EmployeeEditDialog::loaded);
    CHECK(child<QLineEdit>(&sneaky, QStringLiteral("Login"))->text() == f.other.login);
    CHECK_FALSE(submit(sneaky));
    CHECK(sneaky.errorText().contains(QStringLiteral("Only an administrator")));
}

TEST_CASE("Reference data: fields per kind, add, and deletion refused while a lead uses the record", "[ui][admin]")
{
    LifecycleFixture f;
    const auto session = openSession(f.database()->path(), f.admin);
    ReferenceEditDialog company(session.get(), ReferenceKind::Company);
    checkAccessibleNames(&company);
    CHECK(company.input(QStringLiteral("TIN"))->isVisibleTo(&company));
    CHECK_FALSE(company.input(QStringLiteral("First name"))->isVisibleTo(&company));
    ReferenceEditDialog contact(session.get(), ReferenceKind::Contact);
    CHECK_FALSE(contact.input(QStringLiteral("Name"))->isVisibleTo(&contact));
    CHECK(contact.input(QStringLiteral("Company"))->isVisibleTo(&contact));

    ReferenceEditDialog campaign(session.get(), ReferenceKind::Campaign);
    CHECK_FALSE(submit(campaign));
    CHECK(campaign.errorText().startsWith(QStringLiteral("Name:")));
    static_cast<QLineEdit *>(campaign.input(QStringLiteral("Name")))->setText(QStringLiteral("Autumn fair"));
    QSignalSpy saved(&campaign, &ReferenceEditDialog::saveFinished);
    campaign.accept();
    CHECK(campaign.isSaving());              // the save runs on the Write lane; OK waits for it
    CHECK_FALSE(campaign.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    campaign.accept();                        // a second submit meanwhile is refused
    REQUIRE(saved.wait(30000));
    REQUIRE(campaign.result() == QDialog::Accepted);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE name = 'Autumn fair'")) == 1);

    // Editing loads the record first.
    ReferenceEditDialog edit(session.get(), ReferenceKind::Campaign, campaign.recordId());
    CHECK_FALSE(edit.isLoaded());
    waitFor(&edit, &ReferenceEditDialog::loaded);
    CHECK(static_cast<QLineEdit *>(edit.input(QStringLiteral("Name")))->text() == QStringLiteral("Autumn fair"));

    Lead lead = f.validLead();
    lead.campaignId = campaign.recordId();
    f.addLead(lead, LeadState::New, 0);

    ReferenceDataDialog dialog(session.get());
    checkAccessibleNames(&dialog);
    QSignalSpy reloaded(&dialog, &ReferenceDataDialog::reloaded);
    dialog.setKind(ReferenceKind::Campaign);
    // The first kind's answer and then the campaigns' arrive; only the newest is shown.
    REQUIRE(reloaded.wait(30000));
    CHECK(dialog.kind() == ReferenceKind::Campaign);
    REQUIRE(dialog.table()->rowCount() == 1);
    dialog.selectRecord(campaign.recordId());
    QSignalSpy changed(&dialog, &ReferenceDataDialog::changeFinished);
    child<QPushButton>(&dialog, QStringLiteral("Delete"))->click();
    CHECK(dialog.isBusy());
    REQUIRE(changed.wait(30000));
    CHECK_FALSE(changed.at(0).at(0).toBool());
    CHECK(dialog.errorText() == QStringLiteral("Cannot delete: Still used by 1 lead."));
    CHECK(dialog.table()->rowCount() == 1);
    reloaded.clear();
    dialog.setSearchText(QStringLiteral("nothing"));
    REQUIRE(reloaded.wait(30000));
    CHECK(dialog.table()->rowCount() == 0);
}

// [sqlite-only]: the statement hook is SQLite's trace callback (Database::setStatementHook); QPSQL offers none.
TEST_CASE("No statement of the administration and opportunity windows runs on the UI thread",
          "[ui][admin][threads][sqlite-only]")
{
    // Set-up on the fixture's own connection, opened before the hook: not measured.
    LifecycleFixture f;
    qualifyDeals(f, 2);

    auto hook = std::make_unique<SlowStatementHook>();   // every connection opened from here on is measured
    {
        const auto session = openSession(f.database()->path(), f.admin);
        SlowStatementHook::resetCounts();

        OpportunitiesWindow opportunities(session.get());
        waitFor(&opportunities, &OpportunitiesWindow::reloaded);
        CHECK(opportunities.table()->rowCount() == 2);
        OpportunityDialog opportunity(session.get(), opportunities.opportunityIdAt(0));
        waitFor(&opportunity, &OpportunityDialog::loaded);

        EmployeeEditDialog edit(session.get(), EmployeeEditDialog::Mode::Edit, f.other.id);
        waitFor(&edit, &EmployeeEditDialog::loaded);
        CHECK(submit(edit));

        EmployeesDialog employees(session.get());
        waitFor(&employees, &EmployeesDialog::reloaded);
        employees.selectEmployee(f.other.id);
        QSignalSpy changed(&employees, &EmployeesDialog::changeFinished);
        QSignalSpy employeesReloaded(&employees, &EmployeesDialog::reloaded);
        employees.toggleActive();
        REQUIRE(changed.wait(30000));
        CHECK(changed.at(0).at(0).toBool());
        settle(employeesReloaded);

        ReferenceEditDialog campaign(session.get(), ReferenceKind::Campaign);
        static_cast<QLineEdit *>(campaign.input(QStringLiteral("Name")))->setText(QStringLiteral("Spring fair"));
        CHECK(submit(campaign));

        ReferenceDataDialog references(session.get());
        QSignalSpy reloaded(&references, &ReferenceDataDialog::reloaded);
        references.setKind(ReferenceKind::Campaign);
        REQUIRE(reloaded.wait(30000));
        references.selectRecord(campaign.recordId());
        QSignalSpy removed(&references, &ReferenceDataDialog::changeFinished);
        references.deleteRecord();
        REQUIRE(removed.wait(30000));
        CHECK(removed.at(0).at(0).toBool());
    }
    hook.reset();
    CHECK(SlowStatementHook::statements() > 0);              // the hook saw the windows' statements...
    CHECK(SlowStatementHook::statementsOnUiThread() == 0);   // ...and none of them ran on the UI thread
    // Verified on the fixture's connection: the changes were written.
    CHECK(f.scalar(QStringLiteral("SELECT active FROM employees WHERE id = ?"), f.other.id) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE name = 'Spring fair'")) == 0);
}
