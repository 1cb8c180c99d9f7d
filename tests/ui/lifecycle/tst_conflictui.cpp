// Several people at once (issue #10), on screen: a save refused because someone else saved the lead
// meanwhile shows what they changed and offers Reload (keeping one's edits) or Keep editing; the
// life-cycle dialogs on a stale lead say so and the form reloads the lead.

#include "../../storage/lifecycle/lifecyclefixture.h"
#include "../leadformsteps.h"
#include "uichecks.h"

#include "assigndialog.h"
#include "disqualifydialog.h"
#include "disqualifyreason.h"
#include "lead.h"
#include "leadactionsbar.h"
#include "leadconflictdialog.h"
#include "leaddiff.h"
#include "leadformdialog.h"
#include "leadmodel.h"
#include "leadrelatedlists.h"
#include "leadrepository.h"
#include "qualifydialog.h"
#include "referencerepository.h"

#include "catchresult.h"
#include "opensession.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

namespace {

// How long a signal may take here (every wait below, a form's opening included).
constexpr int WaitMs = 30000;

// A lead the form can save as it is (the fixture's leads have no selling direction), owned by sales.
qint64 addSaveableLead(LifecycleFixture &f)
{
    Lead lead = f.validLead(QStringLiteral("Lead 1"));
    lead.sellingDirectionId = valueOf(
        ReferenceRepository(f.db()).insertSimple(ReferenceKind::SellingDirection, QStringLiteral("Consulting")));
    return f.addLead(lead, LeadState::Assigned, f.sales.id);
}

// Presses keys in the dialog's focused control, as a user does.
void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focused = window->focusWidget();
    QTest::keyClick(focused ? focused : window, key, modifiers);
}

// The sales agent's form on a lead it can save (addSaveableLead), open and shown: where a save
// runs into someone else's.
struct SaveableLeadForm
{
    SaveableLeadForm() { form.show(); }

    LifecycleFixture f;
    const qint64 leadId = addSaveableLead(f);
    const std::unique_ptr<Session> session = openSession(f.location(), f.sales);
    const std::unique_ptr<LeadFormDialog> opened = openForm(session.get(), leadId, WaitMs);
    LeadFormDialog &form = *opened;
};

// Someone else, in another window, saves the lead: a new name and city.
Lead someoneElseSaves(LifecycleFixture &f, qint64 leadId)
{
    Lead theirs = valueOf(LeadRepository(f.db()).find(leadId));
    theirs.name = QStringLiteral("Their name");
    theirs.city = QStringLiteral("Kazan");
    const Result<void> saved = LeadRepository(f.db()).update(theirs, f.admin.id);
    INFO(saved.error().toStdString());
    REQUIRE(saved.has_value());
    return theirs;
}

// Saves the form and waits until the refused save's conflict dialog shows.
LeadConflictDialog *saveIntoConflict(LeadFormDialog &form)
{
    QSignalSpy finished(&form, &LeadFormDialog::saveFinished);
    REQUIRE(form.save());
    waitFor(finished, WaitMs);
    CHECK_FALSE(finished.at(0).at(0).toBool());
    LeadConflictDialog *dialog = form.conflictDialog();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->isModal());
    QApplication::setActiveWindow(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    return dialog;
}

QStringList row(QTableWidget *table, int r)
{
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c)
        cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return cells;
}

} // namespace

TEST_CASE("The conflict dialog lists what changed and answers its keys", "[ui][conflict]")
{
    Lead base;
    base.id = 7;
    base.name = QStringLiteral("Office chairs");
    base.city = QStringLiteral("Omsk");
    Lead theirs = base;
    theirs.name = QStringLiteral("Office chairs, 40 seats");
    theirs.city = QStringLiteral("Kazan");
    theirs.ownerId = 5;
    Lead yours = base;
    yours.city = QStringLiteral("Tomsk");
    const LeadDiff diff = LeadDiff::between(base, theirs, yours, [](ReferenceKind, qint64 id) {
        return id == 5 ? QStringLiteral("Maria Manager") : QString();
    });

    LeadConflictDialog dialog(QStringLiteral("Changed meanwhile."), diff);
    CHECK(dialog.messageText() == QStringLiteral("Changed meanwhile."));
    QTableWidget *table = dialog.changesTable();
    REQUIRE(table->rowCount() == 3);
    REQUIRE(table->columnCount() == 3);
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("Field"));
    CHECK(table->horizontalHeaderItem(1)->text() == QStringLiteral("Their value"));
    CHECK(table->horizontalHeaderItem(2)->text() == QStringLiteral("Your value"));
    CHECK(row(table, 0) == QStringList{QStringLiteral("Name"), QStringLiteral("Office chairs, 40 seats"),
                                       QStringLiteral("Office chairs")});
    CHECK(row(table, 1) == QStringList{QStringLiteral("Owner"), QStringLiteral("Maria Manager"),
                                       QStringLiteral("(none)")});
    CHECK(row(table, 2) == QStringList{QStringLiteral("City"), QStringLiteral("Kazan"), QStringLiteral("Tomsk")});
    CHECK(table->item(2, 2)->font().bold());   // changed by both: mine is kept on a reload
    CHECK_FALSE(table->item(0, 2)->font().bold());

    // Accessible names equal the visible labels.
    checkAccessibleNames(&dialog);
    CHECK(dialog.reloadButton()->accessibleName() == QStringLiteral("Reload"));
    CHECK(dialog.keepEditingButton()->accessibleName() == QStringLiteral("Keep editing"));
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy() == table)
            CHECK(table->accessibleName() == label->text().remove(u'&'));
    }

    // Alt+R reloads, Esc and Alt+K keep editing.
    const auto answer = [&](int key, Qt::KeyboardModifiers modifiers) {
        LeadConflictDialog shown(QStringLiteral("Changed meanwhile."), diff);
        shown.show();
        QApplication::setActiveWindow(&shown);
        REQUIRE(QTest::qWaitForWindowActive(&shown));
        QSignalSpy finished(&shown, &QDialog::finished);
        press(&shown, Qt::Key(key), modifiers);
        waitFor(finished, WaitMs);   // a button's shortcut clicks it as a click looks (animated)
        CHECK_FALSE(shown.isVisible());
        return shown.result();
    };
    CHECK(answer(Qt::Key_R, Qt::AltModifier) == QDialog::Accepted);
    CHECK(answer(Qt::Key_Escape, Qt::NoModifier) == QDialog::Rejected);
    CHECK(answer(Qt::Key_K, Qt::AltModifier) == QDialog::Rejected);
}

TEST_CASE_METHOD(SaveableLeadForm, "A refused save shows what changed, Reload keeps my edits and the next save succeeds",
                 "[ui][conflict]")
{
    type(edit(form, LeadField::City), QStringLiteral("Tomsk"));
    const Lead theirs = someoneElseSaves(f, leadId);

    LeadConflictDialog *dialog = saveIntoConflict(form);
    CHECK(form.statusText().startsWith(QStringLiteral("Not saved: This lead was changed by someone else")));
    CHECK(dialog->messageText().contains(QStringLiteral("changed by someone else")));
    QTableWidget *table = dialog->changesTable();
    REQUIRE(table->rowCount() == 2);
    CHECK(row(table, 0) == QStringList{QStringLiteral("Name"), QStringLiteral("Their name"),
                                       QStringLiteral("Lead 1")});
    CHECK(row(table, 1) == QStringList{QStringLiteral("City"), QStringLiteral("Kazan"), QStringLiteral("Tomsk")});
    CHECK(valueOf(LeadRepository(f.db()).find(leadId)) == theirs);   // nothing of mine was written

    // Alt+R: their lead with my edit on top, at the stored version.
    QSignalSpy reloaded(&form, &LeadFormDialog::conflictReloaded);
    press(dialog, Qt::Key_R, Qt::AltModifier);
    waitFor(reloaded, WaitMs);
    REQUIRE(reloaded.size() == 1);
    CHECK((form.conflictDialog() == nullptr || !form.conflictDialog()->isVisible()));
    CHECK(edit(form, LeadField::Name)->text() == QStringLiteral("Their name"));
    CHECK(edit(form, LeadField::City)->text() == QStringLiteral("Tomsk"));
    CHECK(form.model()->lead().version == theirs.version);
    CHECK(form.statusText().startsWith(QStringLiteral("Reloaded")));
    CHECK_FALSE(form.isReadOnly());

    QSignalSpy finished(&form, &LeadFormDialog::saveFinished);
    REQUIRE(form.save());
    waitFor(finished, WaitMs);
    CHECK(finished.at(0).at(0).toBool());
    const Lead stored = valueOf(LeadRepository(f.db()).find(leadId));
    CHECK(stored.name == QStringLiteral("Their name"));
    CHECK(stored.city == QStringLiteral("Tomsk"));
    CHECK(stored.version == theirs.version + 1);
}

TEST_CASE_METHOD(SaveableLeadForm, "Keep editing (Esc) leaves the form as typed and a later save is refused again",
                 "[ui][conflict]")
{
    const int version = form.model()->lead().version;
    type(edit(form, LeadField::City), QStringLiteral("Tomsk"));
    const Lead theirs = someoneElseSaves(f, leadId);

    LeadConflictDialog *dialog = saveIntoConflict(form);
    QSignalSpy reloaded(&form, &LeadFormDialog::conflictReloaded);
    press(dialog, Qt::Key_Escape);
    CHECK(reloaded.isEmpty());
    CHECK(edit(form, LeadField::Name)->text() == QStringLiteral("Lead 1"));
    CHECK(edit(form, LeadField::City)->text() == QStringLiteral("Tomsk"));
    CHECK(form.model()->lead().version == version);
    CHECK(form.model()->isModified());

    // Never a silent overwrite: saving again is refused again, with the dialog again.
    dialog = saveIntoConflict(form);
    CHECK(dialog->changesTable()->rowCount() == 2);
    CHECK(valueOf(LeadRepository(f.db()).find(leadId)) == theirs);
    dialog->keepEditingButton()->click();
}

TEST_CASE("Life-cycle dialogs on a stale lead say so, act no more and the form reloads it", "[ui][conflict]")
{
    LifecycleFixture f;
    const qint64 leadId = f.addLead(LeadState::Assigned, f.sales.id);
    const auto session = openSession(f.location(), f.sales);
    const auto opened = openForm(session.get(), leadId, WaitMs);
    LeadFormDialog &form = *opened;
    auto *actions = form.findChild<LeadActionsBar *>();
    REQUIRE(actions->disqualifyButton()->isVisibleTo(&form));
    const int version = form.model()->lead().version;
    someoneElseSaves(f, leadId);

    // Disqualify from the form's bar, as a user does: the dialog is modal, so it is driven from
    // inside its own event loop.
    QString error;
    bool okEnabled = true;
    QSignalSpy reloaded(&form, &LeadFormDialog::loadFinished);
    QTimer::singleShot(0, &form, [&] {
        auto *dialog = qobject_cast<DisqualifyDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *reason = child<QComboBox>(dialog, QStringLiteral("Reason"));
        REQUIRE(reason);
        reason->setCurrentIndex(reason->findData(static_cast<int>(DisqualifyReason::Spam)));
        QSignalSpy finished(dialog, &DisqualifyDialog::runFinished);
        dialog->accept();
        waitFor(finished, WaitMs);
        CHECK_FALSE(finished.at(0).at(0).toBool());
        error = dialog->errorText();
        okEnabled = child<QPushButton>(dialog, QStringLiteral("Disqualify"))->isEnabled();
        waitFor(reloaded, WaitMs);   // the form reloads while the dialog says why
        dialog->reject();
    });
    actions->disqualify();
    CHECK(error.contains(QStringLiteral("Someone else changed this lead")));
    CHECK(error.contains(QStringLiteral("being reloaded")));
    CHECK_FALSE(okEnabled);
    CHECK(f.stateOf(leadId) == LeadState::Assigned);
    REQUIRE(reloaded.size() >= 1);
    CHECK(form.model()->lead().version == version + 1);
    CHECK(edit(form, LeadField::City)->text() == QStringLiteral("Kazan"));

    // Qualify and a single Assign from the form behave the same.
    someoneElseSaves(f, leadId);
    const int stale = version + 1;
    {
        QualifyDialog qualify(session.get(), leadId, stale);
        QSignalSpy planned(&qualify, &QualifyDialog::planLoaded);
        waitFor(planned, WaitMs);
        QSignalSpy conflicted(&qualify, &QualifyDialog::leadConflicted);
        QSignalSpy finished(&qualify, &QualifyDialog::runFinished);
        qualify.accept();
        waitFor(finished, WaitMs);
        CHECK(conflicted.size() == 1);
        CHECK(qualify.errorText().contains(QStringLiteral("being reloaded")));
        CHECK_FALSE(child<QPushButton>(&qualify, QStringLiteral("Qualify"))->isEnabled());
        CHECK(f.stateOf(leadId) == LeadState::Assigned);
    }
    {
        AssignDialog assign(session.get(), {leadId}, stale);
        QSignalSpy checked(&assign, &AssignDialog::checked);
        assign.setOwner(f.manager.id);
        waitFor(checked, WaitMs);
        QSignalSpy conflicted(&assign, &AssignDialog::leadConflicted);
        QSignalSpy finished(&assign, &AssignDialog::runFinished);
        assign.accept();
        waitFor(finished, WaitMs);
        CHECK(conflicted.size() == 1);
        CHECK(assign.errorText().contains(QStringLiteral("being reloaded")));
        CHECK(f.ownerOf(leadId) == f.sales.id);
    }
}
