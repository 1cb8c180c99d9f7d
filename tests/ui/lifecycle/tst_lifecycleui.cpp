#include "../../storage/lifecycle/lifecyclefixture.h"
#include "../leadformsteps.h"
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

#include "opensession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QProgressBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
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

// What the application hands its windows: a session on the fixture's file, signed in as `me`.
std::unique_ptr<Session> sessionFor(LifecycleFixture &f, const Employee &me)
{
    return openSession(f.database()->path(), me);
}

// Starts the dialog's action and waits for its answer: whether it ran.
template<typename Dialog>
bool runAndWait(Dialog &dialog)
{
    QSignalSpy finished(&dialog, &Dialog::runFinished);
    dialog.accept();
    REQUIRE(dialog.isRunning());
    REQUIRE(finished.wait());
    return finished.at(0).at(0).toBool();
}

} // namespace

TEST_CASE("The lead's action buttons appear only where role, ownership and state allow them", "[ui][lifecycle]")
{
    LifecycleFixture f;
    const auto session = sessionFor(f, f.admin);
    for (const Employee &me : {f.admin, f.sales, f.manager, f.marketeer}) {
        session->setEmployee(me);
        for (const bool owner : {true, false}) {
            for (const LeadState state : LeadStates::all()) {
                CAPTURE(me.login.toStdString(), owner, LeadStates::code(state).toStdString());
                const qint64 leadId = f.addLead(state, owner ? me.id : f.other.id);
                LeadActionsBar bar;
                QSignalSpy refreshed(&bar, &LeadActionsBar::refreshed);
                bar.setLead(session.get(), leadId);
                CHECK(bar.isDeciding());
                REQUIRE(refreshed.wait());
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
    none.setLead(session.get(), 0);
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
    const auto session = sessionFor(f, f.sales);
    const auto form = openForm(session.get(), leadId);
    auto *actions = form->findChild<LeadActionsBar *>();
    REQUIRE(actions->assignButton()->isVisibleTo(form.get()));
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
    REQUIRE(refs.save(f.admin, ReferenceKind::Company, existing));
    const qint64 leadId = f.addLead(LeadState::Assigned, f.sales.id);

    // Someone else (not the owner) is told why, and nothing changes.
    const auto adminSession = sessionFor(f, f.admin);
    QualifyDialog refused(adminSession.get(), leadId);
    QSignalSpy refusedPlan(&refused, &QualifyDialog::planLoaded);
    REQUIRE(refusedPlan.wait());
    CHECK_FALSE(runAndWait(refused));
    CHECK(refused.result() != QDialog::Accepted);
    CHECK(refused.errorText().contains(QStringLiteral("owner")));

    const auto session = sessionFor(f, f.sales);
    QualifyDialog dialog(session.get(), leadId);
    CHECK(dialog.isPlanLoading());
    CHECK_FALSE(dialog.statusText().isEmpty());
    dialog.accept();   // nothing to run before the plan is known
    CHECK_FALSE(dialog.isRunning());
    QSignalSpy planned(&dialog, &QualifyDialog::planLoaded);
    REQUIRE(planned.wait());
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
    {
        QSignalSpy finished(&dialog, &QualifyDialog::runFinished);
        dialog.accept();
        CHECK(dialog.statusText() == QStringLiteral("Qualifying…"));
        CHECK_FALSE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.accept();   // no second submit while one runs
        REQUIRE(finished.wait());
        CHECK(finished.size() == 1);
    }
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(f.stateOf(leadId) == LeadState::Qualified);
    CHECK(f.count(QStringLiteral("companies")) == 1);
    CHECK(f.count(QStringLiteral("opportunities")) == 1);

    const auto opened = openForm(session.get(), leadId);
    LeadFormDialog &form = *opened;
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
    const auto session = sessionFor(f, f.manager);
    DisqualifyDialog dialog(session.get(), leadId);
    checkAccessibleNames(&dialog);
    auto *reason = child<QComboBox>(&dialog, QStringLiteral("Reason"));
    auto *comment = child<QPlainTextEdit>(&dialog, QStringLiteral("Comment"));
    REQUIRE(reason);
    REQUIRE(comment);
    CHECK(reason->count() == DisqualifyReasons::all().size() + 1);
    dialog.accept();
    CHECK(dialog.errorText().startsWith(QStringLiteral("Reason:")));
    CHECK_FALSE(dialog.isRunning());
    reason->setCurrentIndex(reason->findData(static_cast<int>(DisqualifyReason::Other)));
    CHECK_FALSE(runAndWait(dialog));
    CHECK(dialog.errorText().startsWith(QStringLiteral("Comment:")));
    CHECK(f.stateOf(leadId) == LeadState::Assigned);
    comment->setPlainText(QStringLiteral("The buyer left the company."));
    {
        QSignalSpy finished(&dialog, &DisqualifyDialog::runFinished);
        dialog.accept();
        CHECK(dialog.statusText() == QStringLiteral("Disqualifying…"));
        dialog.accept();   // no second submit while one runs
        REQUIRE(finished.wait());
        CHECK(finished.size() == 1);
    }
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(f.stateOf(leadId) == LeadState::Disqualified);

    LeadRelatedLists related;
    QSignalSpy read(&related, &LeadRelatedLists::refreshed);
    related.setLead(session.get(), leadId);
    CHECK(related.isLoading());
    REQUIRE(read.wait());
    CHECK(related.disqualifyReasonText() == DisqualifyReasons::label(DisqualifyReason::Other));
    CHECK(related.disqualifyCommentText() == QStringLiteral("The buyer left the company."));
    CHECK_FALSE(related.isOpportunityShown());

    const auto form = openForm(session.get(), leadId);
    CHECK(form->isReadOnly());
}

TEST_CASE("The form's actions bar assigns in place and the history grows", "[ui][lifecycle]")
{
    LifecycleFixture f;
    const qint64 leadId = f.addLead(LeadState::New, 0);
    const auto session = sessionFor(f, f.sales);
    const auto opened = openForm(session.get(), leadId);
    LeadFormDialog &form = *opened;
    auto *actions = form.findChild<LeadActionsBar *>();
    auto *related = form.findChild<LeadRelatedLists *>();
    CHECK(actions->assignButton()->isVisibleTo(&form));
    CHECK(related->historyTable()->rowCount() == 1);
    // What the Assign button's dialog does, run the way the bar runs it, then the form reloads.
    AssignDialog assign(session.get(), {leadId}, form.model()->lead().version);
    QSignalSpy checked(&assign, &AssignDialog::checked);
    assign.setOwner(f.manager.id);
    REQUIRE(checked.wait());
    CHECK(assign.previewText() == QStringLiteral("The lead can be assigned."));
    REQUIRE(runAndWait(assign));
    REQUIRE(assign.result() == QDialog::Accepted);
    QSignalSpy reloaded(&form, &LeadFormDialog::loadFinished);
    QSignalSpy decided(actions, &LeadActionsBar::refreshed);
    QSignalSpy read(related, &LeadRelatedLists::refreshed);
    QSignalSpy saved(&form, &LeadFormDialog::leadSaved);
    Q_EMIT actions->leadChanged(leadId);
    for (QSignalSpy *spy : {&reloaded, &decided, &read})
        waitFor(*spy);
    CHECK(saved.size() == 1);   // the list refreshes the row
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
    const auto session = sessionFor(f, f.manager);
    AssignDialog dialog(session.get(), ids);
    checkAccessibleNames(&dialog);
    CHECK(dialog.summaryText().contains(QStringLiteral("4 leads")));
    QPushButton *ok = child<QPushButton>(&dialog, QStringLiteral("Assign"));
    REQUIRE(ok);
    CHECK_FALSE(ok->isEnabled());
    QSignalSpy checked(&dialog, &AssignDialog::checked);
    dialog.setOwner(f.target.id);
    CHECK(dialog.isChecking());
    CHECK_FALSE(ok->isEnabled());
    REQUIRE(checked.wait());
    CHECK(ok->isEnabled());
    CHECK(dialog.previewText().contains(QStringLiteral("2 of 4")));
    REQUIRE(dialog.refusedLines().size() == 2);
    CHECK(dialog.refusedLines().at(0).contains(QStringLiteral("Lead 2")));
    CHECK(dialog.refusedLines().at(1).contains(QStringLiteral("read-only")));
    CHECK(f.ownerOf(ids.first()) == f.manager.id);   // nothing written yet
    REQUIRE(runAndWait(dialog));
    CHECK(dialog.result() != QDialog::Accepted);      // stays open to show who was left out
    CHECK(dialog.previewText().startsWith(QStringLiteral("2 leads assigned")));
    CHECK(f.ownerOf(ids.first()) == f.target.id);
    CHECK(f.ownerOf(ids.last()) == f.target.id);
    CHECK(f.ownerOf(ids.at(1)) == 0);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
}

namespace {

// A gate in the statement hook: the worker thread that runs the `g_blockAt`-th statement since
// arming stops there (after saying so) until the test opens the gate.
std::atomic<int> g_counted{0};
std::atomic<int> g_blockAt{0};
QSemaphore g_reached;
QSemaphore g_gate;

void gateStatement()
{
    if (QThread::currentThread() == QCoreApplication::instance()->thread())
        return;
    if (++g_counted == g_blockAt.load()) {
        g_reached.release();
        g_gate.acquire();
    }
}

// Installed before any connection opens (the hook is attached to a connection when it opens).
struct StatementGate
{
    StatementGate()
    {
        g_blockAt = 0;
        Database::setStatementHook(&gateStatement);
    }
    ~StatementGate()
    {
        Database::setStatementHook(nullptr);
        g_blockAt = 0;
    }
    void arm(int blockAt)
    {
        g_counted = 0;
        g_blockAt = blockAt;
    }
};

} // namespace

// [sqlite-only]: the gate that stops the run mid-way is the statement hook, SQLite's trace callback
// (Database::setStatementHook); QPSQL offers none.
TEST_CASE("Bulk assign shows its progress, and Cancel rolls it all back: every owner stays as it was",
          "[ui][lifecycle][bulk][sqlite-only]")
{
    StatementGate gate;
    LifecycleFixture f;
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids << f.addLead(LeadState::Assigned, f.manager.id) << f.addLead(LeadState::New, 0);
    const auto session = sessionFor(f, f.admin);
    AssignDialog dialog(session.get(), ids);
    QSignalSpy checked(&dialog, &AssignDialog::checked);
    dialog.setOwner(f.target.id);
    REQUIRE(checked.wait());
    REQUIRE(dialog.assignResult().assigned == ids.size());
    qint64 history = 0;
    for (qint64 id : ids)
        history += f.historyCount(id);

    QSignalSpy finished(&dialog, &AssignDialog::runFinished);
    {
        // The run stops well into the leads (some already updated in its transaction) until cancelled.
        gate.arm(20);
        dialog.accept();
        CHECK(dialog.isRunning());
        CHECK(dialog.statusText().startsWith(QStringLiteral("Assigning")));
        CHECK(dialog.findChild<QProgressBar *>()->isVisibleTo(&dialog));
        QPushButton *cancel = child<QPushButton>(&dialog, QStringLiteral("Cancel"));
        REQUIRE(cancel);
        CHECK(cancel->isEnabled());
        CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("Assign"))->isEnabled());
        REQUIRE(g_reached.tryAcquire(1, 60000));   // the worker waits at the gate
        cancel->click();
        CHECK(dialog.statusText().startsWith(QStringLiteral("Cancelling")));
        dialog.accept();   // no second submit while one runs
        g_gate.release();
        REQUIRE(finished.wait());
    }
    CHECK(finished.size() == 1);
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(dialog.result() == QDialog::Rejected);
    qint64 historyAfter = 0;
    for (int i = 0; i < ids.size(); ++i) {
        CAPTURE(i);
        CHECK(f.ownerOf(ids.at(i)) == (i % 2 == 0 ? f.manager.id : 0));
        CHECK(f.stateOf(ids.at(i)) == (i % 2 == 0 ? LeadState::Assigned : LeadState::New));
        historyAfter += f.historyCount(ids.at(i));
    }
    CHECK(historyAfter == history);
}
