// Administration and opportunity windows (issue #6): opportunities, employees, reference data.
#include "../../storage/lifecycle/lifecyclefixture.h"
#include "uichecks.h"

#include "assigndialog.h"
#include "disqualifydialog.h"
#include "disqualifyreason.h"
#include "employeeadmin.h"
#include "employeeeditdialog.h"
#include "employeesdialog.h"
#include "lead.h"
#include "leadactionsbar.h"
#include "leadformdialog.h"
#include "leadmodel.h"
#include "leadrelatedlists.h"
#include "leadservice.h"
#include "opportunitieswindow.h"
#include "opportunitydialog.h"
#include "opportunityrepository.h"
#include "qualifydialog.h"
#include "referenceadmin.h"
#include "referencedatadialog.h"
#include "referenceeditdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

TEST_CASE("Opportunities window lists, searches and opens opportunities read-only", "[ui][opportunities]")
{
    LifecycleFixture f;
    LeadService service(f.db());
    for (int i = 0; i < 3; ++i) {
        Lead lead = f.validLead(QStringLiteral("Deal %1").arg(i));
        lead.companyTin = QStringLiteral("10000000%1").arg(i);
        lead.contactEmail = QStringLiteral("p%1@example.com").arg(i);
        REQUIRE(service.qualify(f.sales, f.addLead(lead, LeadState::Assigned, f.sales.id), QString()));
    }
    OpportunitiesWindow window(f.db(), f.sales);
    checkAccessibleNames(&window);
    CHECK(window.table()->rowCount() == 3);
    CHECK(window.table()->columnCount() == 6);
    CHECK(window.countText() == QStringLiteral("3 opportunities"));
    window.setSearchText(QStringLiteral("deal 1"));
    REQUIRE(window.table()->rowCount() == 1);
    CHECK(window.table()->item(0, 1)->text() == QStringLiteral("Acme Deal 1"));
    CHECK(window.table()->item(0, 3)->text() == QStringLiteral("Name of sales"));
    CHECK(window.table()->item(0, 5)->text().startsWith(QStringLiteral("Deal 1")));

    OpportunityDialog dialog(f.db(), window.opportunityIdAt(0));
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

TEST_CASE("Employees: an administrator adds, edits and deactivates - errors name the field", "[ui][admin]")
{
    LifecycleFixture f;
    EmployeeEditDialog add(f.db(), f.admin, EmployeeEditDialog::Mode::Add);
    checkAccessibleNames(&add);
    child<QLineEdit>(&add, QStringLiteral("Login"))->setText(QStringLiteral("olga"));
    child<QLineEdit>(&add, QStringLiteral("Full name"))->setText(QStringLiteral("Olga Orlova"));
    child<QLineEdit>(&add, QStringLiteral("Password"))->setText(QStringLiteral("secret pass"));
    child<QLineEdit>(&add, QStringLiteral("Repeat password"))->setText(QStringLiteral("secret pasS"));
    add.accept();
    CHECK(add.errorText().startsWith(QStringLiteral("Repeat password:")));
    child<QLineEdit>(&add, QStringLiteral("Repeat password"))->setText(QStringLiteral("secret pass"));
    add.accept();
    CHECK(add.errorText().startsWith(QStringLiteral("Roles:")));
    child<QCheckBox>(&add, QStringLiteral("crm_marketeer"))->setChecked(true);
    add.accept();
    REQUIRE(add.result() == QDialog::Accepted);
    EmployeeRecord olga;
    REQUIRE(EmployeeAdmin(f.db()).find(add.employeeId(), &olga));
    CHECK(olga.roles == RoleSet(Role::Marketeer));

    EmployeesDialog list(f.db(), f.admin);
    checkAccessibleNames(&list);
    list.selectEmployee(olga.id);
    QPushButton *toggle = child<QPushButton>(&list, QStringLiteral("Deactivate"));
    REQUIRE(toggle);
    toggle->click();
    REQUIRE(EmployeeAdmin(f.db()).find(olga.id, &olga));
    CHECK_FALSE(olga.active);
    CHECK(child<QPushButton>(&list, QStringLiteral("Reactivate")));
    list.selectEmployee(f.admin.id);
    child<QPushButton>(&list, QStringLiteral("Deactivate"))->click();
    CHECK(list.errorText().contains(QStringLiteral("yourself")));

    // Someone who is not an administrator gets the reason from the storage layer.
    EmployeeEditDialog sneaky(f.db(), f.sales, EmployeeEditDialog::Mode::Edit, f.other.id);
    sneaky.accept();
    CHECK(sneaky.errorText().contains(QStringLiteral("Only an administrator")));
}

TEST_CASE("Reference data: fields per kind, add, and deletion refused while a lead uses the record", "[ui][admin]")
{
    LifecycleFixture f;
    ReferenceEditDialog company(f.db(), f.admin, ReferenceKind::Company);
    checkAccessibleNames(&company);
    CHECK(company.input(QStringLiteral("TIN"))->isVisibleTo(&company));
    CHECK_FALSE(company.input(QStringLiteral("First name"))->isVisibleTo(&company));
    ReferenceEditDialog contact(f.db(), f.admin, ReferenceKind::Contact);
    CHECK_FALSE(contact.input(QStringLiteral("Name"))->isVisibleTo(&contact));
    CHECK(contact.input(QStringLiteral("Company"))->isVisibleTo(&contact));

    ReferenceEditDialog campaign(f.db(), f.admin, ReferenceKind::Campaign);
    campaign.accept();
    CHECK(campaign.errorText().startsWith(QStringLiteral("Name:")));
    static_cast<QLineEdit *>(campaign.input(QStringLiteral("Name")))->setText(QStringLiteral("Autumn fair"));
    campaign.accept();
    REQUIRE(campaign.result() == QDialog::Accepted);

    Lead lead = f.validLead();
    lead.campaignId = campaign.recordId();
    f.addLead(lead, LeadState::New, 0);

    ReferenceDataDialog dialog(f.db(), f.admin);
    checkAccessibleNames(&dialog);
    dialog.setKind(ReferenceKind::Campaign);
    REQUIRE(dialog.table()->rowCount() == 1);
    dialog.selectRecord(campaign.recordId());
    child<QPushButton>(&dialog, QStringLiteral("Delete"))->click();
    CHECK(dialog.errorText() == QStringLiteral("Cannot delete: Still used by 1 lead."));
    CHECK(dialog.table()->rowCount() == 1);
    dialog.setSearchText(QStringLiteral("nothing"));
    CHECK(dialog.table()->rowCount() == 0);
}
