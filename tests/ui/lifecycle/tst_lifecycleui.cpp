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

namespace {

struct Expect
{
    bool assign, reassign, qualify, disqualify;
};

} // namespace

TEST_CASE("The lead's action buttons appear only where role, ownership and state allow them", "[ui][lifecycle]")
{
    LifecycleFixture f;
    for (const Employee &me : {f.admin, f.sales, f.manager, f.marketeer}) {
        for (const bool owner : {true, false}) {
            for (const LeadState state : LeadStates::all()) {
                CAPTURE(me.login.toStdString(), owner, LeadStates::code(state).toStdString());
                const qint64 leadId = f.addLead(state, owner ? me.id : f.other.id);
                LeadActionsBar bar;
                bar.setLead(f.db(), me, leadId);
                const bool assigner = me.roles & (RoleSet(Role::Admin) | Role::Sales) || owner;
                const Expect e{state == LeadState::New && assigner, state == LeadState::Assigned && assigner,
                               state == LeadState::Assigned && owner, state == LeadState::Assigned && owner};
                CHECK(bar.assignButton()->isVisibleTo(&bar) == e.assign);
                CHECK(bar.reassignButton()->isVisibleTo(&bar) == e.reassign);
                CHECK(bar.qualifyButton()->isVisibleTo(&bar) == e.qualify);
                CHECK(bar.disqualifyButton()->isVisibleTo(&bar) == e.disqualify);
                CHECK_FALSE(bar.isHidden() == (e.assign || e.reassign || e.qualify || e.disqualify));
            }
        }
    }
    LeadActionsBar none;
    none.setLead(f.db(), f.admin, 0);
    CHECK(none.isHidden());
    CHECK(QKeySequence(none.qualifyButton()->shortcut()) == QKeySequence(QStringLiteral("Ctrl+Shift+Q")));
    CHECK_FALSE(none.assignButton()->shortcut().isEmpty());
    CHECK_FALSE(none.reassignButton()->shortcut().isEmpty());
    CHECK_FALSE(none.disqualifyButton()->shortcut().isEmpty());
}

TEST_CASE("Return in a field of the lead form never starts a life cycle action", "[ui][lifecycle]")
{
    LifecycleFixture f;
    const qint64 leadId = f.addLead(LeadState::New, 0);
    LeadFormDialog form(f.database(), f.sales, leadId);
    auto *actions = form.findChild<LeadActionsBar *>();
    REQUIRE(actions);
    REQUIRE(actions->assignButton()->isVisibleTo(&form));
    for (QPushButton *button : {actions->assignButton(), actions->reassignButton(), actions->qualifyButton(),
                                actions->disqualifyButton()}) {
        CHECK_FALSE(button->autoDefault());
        CHECK_FALSE(button->isDefault());
    }
}

TEST_CASE("Qualify dialog: says what it will link, qualifies, and the form turns read-only with the opportunity",
          "[ui][lifecycle][qualify]")
{
    LifecycleFixture f;
    ReferenceAdmin refs(f.db());
    ReferenceRecord existing;
    existing.name = QStringLiteral("Acme Holding");
    existing.tin = QStringLiteral("7707083893");
    REQUIRE(refs.save(f.admin, ReferenceKind::Company, existing) > 0);
    const qint64 leadId = f.addLead(LeadState::Assigned, f.sales.id);

    // Someone else (not the owner) is told why, and nothing changes.
    QualifyDialog refused(f.db(), f.admin, leadId);
    refused.accept();
    CHECK(refused.result() != QDialog::Accepted);
    CHECK(refused.errorText().contains(QStringLiteral("owner")));

    QualifyDialog dialog(f.db(), f.sales, leadId);
    checkAccessibleNames(&dialog);
    CHECK(dialog.companyText().contains(QStringLiteral("same TIN")));
    CHECK(dialog.companyText().contains(QStringLiteral("Acme Holding")));
    CHECK(dialog.contactText().contains(QStringLiteral("new contact")));
    auto *name = child<QLineEdit>(&dialog, QStringLiteral("Opportunity name"));
    REQUIRE(name);
    CHECK(name->text() == QStringLiteral("Lead 1"));
    name->clear();
    dialog.accept();
    CHECK(dialog.errorText().startsWith(QStringLiteral("Opportunity name:")));
    name->setText(QStringLiteral("Acme rollout"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(f.stateOf(leadId) == LeadState::Qualified);
    CHECK(f.count(QStringLiteral("companies")) == 1);

    LeadFormDialog form(f.database(), f.sales, leadId);
    CHECK(form.isReadOnly());
    auto *related = form.findChild<LeadRelatedLists *>();
    REQUIRE(related);
    CHECK(related->isOpportunityShown());
    CHECK(related->opportunityText().contains(QStringLiteral("Acme rollout")));
    CHECK(related->opportunitiesTable()->rowCount() == 1);
    CHECK(related->opportunitiesTable()->item(0, 1)->text() == QStringLiteral("Acme Holding"));
    CHECK(related->historyTable()->rowCount() == 3);   // created, state, opportunity
    CHECK(related->historyTable()->item(0, 2)->text() == QStringLiteral("Opportunity"));
    CHECK(related->historyTable()->item(1, 3)->text() == QStringLiteral("Assigned"));
    CHECK(related->historyTable()->item(1, 4)->text() == QStringLiteral("Qualified"));
    CHECK(related->historyTable()->item(1, 1)->text() == QStringLiteral("Name of sales"));
    auto *actions = form.findChild<LeadActionsBar *>();
    REQUIRE(actions);
    CHECK(actions->isHidden());
}

TEST_CASE("Disqualify dialog: reason required, Other needs a comment, both stored and shown", "[ui][lifecycle]")
{
    LifecycleFixture f;
    const qint64 leadId = f.addLead(LeadState::Assigned, f.manager.id);
    DisqualifyDialog dialog(f.db(), f.manager, leadId);
    checkAccessibleNames(&dialog);
    auto *reason = child<QComboBox>(&dialog, QStringLiteral("Reason"));
    auto *comment = child<QPlainTextEdit>(&dialog, QStringLiteral("Comment"));
    REQUIRE(reason);
    REQUIRE(comment);
    CHECK(reason->count() == DisqualifyReasons::all().size() + 1);
    dialog.accept();
    CHECK(dialog.errorText().startsWith(QStringLiteral("Reason:")));
    reason->setCurrentIndex(reason->findData(static_cast<int>(DisqualifyReason::Other)));
    dialog.accept();
    CHECK(dialog.errorText().startsWith(QStringLiteral("Comment:")));
    CHECK(f.stateOf(leadId) == LeadState::Assigned);
    comment->setPlainText(QStringLiteral("The buyer left the company."));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(f.stateOf(leadId) == LeadState::Disqualified);

    LeadRelatedLists related;
    related.setLead(f.db(), f.manager, leadId);
    CHECK(related.disqualifyReasonText() == DisqualifyReasons::label(DisqualifyReason::Other));
    CHECK(related.disqualifyCommentText() == QStringLiteral("The buyer left the company."));
    CHECK_FALSE(related.isOpportunityShown());

    LeadFormDialog form(f.database(), f.manager, leadId);
    CHECK(form.isReadOnly());
}

TEST_CASE("The form's actions bar assigns in place and the history grows", "[ui][lifecycle]")
{
    LifecycleFixture f;
    const qint64 leadId = f.addLead(LeadState::New, 0);
    LeadFormDialog form(f.database(), f.sales, leadId);
    auto *actions = form.findChild<LeadActionsBar *>();
    auto *related = form.findChild<LeadRelatedLists *>();
    REQUIRE(actions);
    REQUIRE(related);
    CHECK(actions->assignButton()->isVisibleTo(&form));
    CHECK(related->historyTable()->rowCount() == 1);
    // What the Assign button's dialog does, run the way the bar runs it, then the form reloads.
    AssignDialog assign(f.db(), f.sales, {leadId}, form.model()->lead().version);
    assign.setOwner(f.manager.id);
    CHECK(assign.previewText() == QStringLiteral("The lead can be assigned."));
    assign.accept();
    REQUIRE(assign.result() == QDialog::Accepted);
    Q_EMIT actions->leadChanged(leadId);
    CHECK(form.model()->lead().state == LeadState::Assigned);
    CHECK(form.model()->lead().ownerId == f.manager.id);
    CHECK_FALSE(form.isReadOnly());
    CHECK(actions->reassignButton()->isVisibleTo(&form));
    CHECK_FALSE(actions->assignButton()->isVisibleTo(&form));
    CHECK_FALSE(actions->qualifyButton()->isVisibleTo(&form));   // sales is not the owner now
    CHECK(related->historyTable()->rowCount() == 3);
    CHECK(related->historyTable()->item(1, 2)->text() == QStringLiteral("Owner"));
    CHECK(related->historyTable()->item(1, 4)->text() == QStringLiteral("Name of manager"));
}

TEST_CASE("Bulk assign dialog: count first, refused leads listed with reasons, then one run", "[ui][lifecycle][bulk]")
{
    LifecycleFixture f;
    const QList<qint64> ids{f.addLead(LeadState::Assigned, f.manager.id), f.addLead(LeadState::New, 0),
                            f.addLead(LeadState::Qualified, f.manager.id), f.addLead(LeadState::Assigned, f.manager.id)};
    AssignDialog dialog(f.db(), f.manager, ids);
    checkAccessibleNames(&dialog);
    CHECK(dialog.summaryText().contains(QStringLiteral("4 leads")));
    QPushButton *ok = child<QPushButton>(&dialog, QStringLiteral("Assign"));
    REQUIRE(ok);
    CHECK_FALSE(ok->isEnabled());
    dialog.setOwner(f.target.id);
    CHECK(ok->isEnabled());
    CHECK(dialog.previewText().contains(QStringLiteral("2 of 4")));
    REQUIRE(dialog.refusedLines().size() == 2);
    CHECK(dialog.refusedLines().at(0).contains(QStringLiteral("Lead 2")));
    CHECK(dialog.refusedLines().at(1).contains(QStringLiteral("read-only")));
    CHECK(f.ownerOf(ids.first()) == f.manager.id);   // nothing written yet
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);      // stays open to show who was left out
    CHECK(dialog.previewText().startsWith(QStringLiteral("2 leads assigned")));
    CHECK(f.ownerOf(ids.first()) == f.target.id);
    CHECK(f.ownerOf(ids.last()) == f.target.id);
    CHECK(f.ownerOf(ids.at(1)) == 0);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
}
