// Every dialog from the keyboard (issue #11): Ctrl+Enter confirms as the accept button does (never
// while it is disabled, also from a multi-line field), Esc cancels, an error line goes as soon as
// the field it is about is edited; a new lead's source is the employee's own last choice.
#include "activewindow.h"
#include "../storage/lifecycle/lifecyclefixture.h"
#include "formfixture.h"
#include "leadformsteps.h"

#include "disqualifydialog.h"
#include "disqualifyreason.h"
#include "employeeadmin.h"
#include "employeeeditdialog.h"
#include "exportdialog.h"
#include "lead.h"
#include "leadmodel.h"
#include "leadrepository.h"
#include "leadsource.h"
#include "opensession.h"
#include "referencelookupmodel.h"
#include "referencepicker.h"
#include "tempdir.h"
#include "catchresult.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace {

void ctrlEnter(QWidget *focus)
{
    QTest::keyClick(focus, Qt::Key_Return, Qt::ControlModifier);
}

void ctrlKeypadEnter(QWidget *focus)
{
    QTest::keyClick(focus, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
}

void typeInto(QWidget *input, const QString &text)
{
    input->setFocus();
    QTest::keyClicks(input, text);
}

template<typename T>
T *named(QWidget *parent, const char *objectName)
{
    T *widget = parent->findChild<T *>(QLatin1String(objectName));
    REQUIRE(widget);
    return widget;
}

QLabel *errorLine(QWidget *dialog)
{
    return named<QLabel>(dialog, "errorLabel");
}

bool errorShown(QWidget *dialog)
{
    return !errorLine(dialog)->isHidden() && !errorLine(dialog)->text().isEmpty();
}

bool exportChoicesStored()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    return !settings.allKeys().isEmpty();
}

} // namespace

TEST_CASE("Disqualify dialog: Ctrl+Enter in the multi-line comment disqualifies as OK does, Esc cancels",
          "[ui][dialogkeys]")
{
    LifecycleFixture f;
    const qint64 leadId = f.addLead(LeadState::Assigned, f.manager.id);
    const qint64 otherId = f.addLead(LeadState::Assigned, f.manager.id);
    const auto session = openSession(f.database()->path(), f.manager);

    DisqualifyDialog dialog(session.get(), leadId);
    showActive(&dialog);
    auto *reason = named<QComboBox>(&dialog, "reasonCombo");
    auto *comment = named<QPlainTextEdit>(&dialog, "commentEdit");

    // No reason yet: Ctrl+Enter is OK, and OK names the field.
    ctrlEnter(reason);
    CHECK(dialog.errorText().startsWith(QStringLiteral("Reason:")));
    CHECK(dialog.isVisible());
    // Typing a comment does not fix the reason: the error stays. Choosing a reason does.
    typeInto(comment, QStringLiteral("Gone"));
    CHECK(errorShown(&dialog));
    reason->setFocus();
    QTest::keyClick(reason, Qt::Key_Down);
    REQUIRE(reason->currentIndex() == 1);
    CHECK_FALSE(errorShown(&dialog));
    CHECK(dialog.errorText().isEmpty());

    // Enter in the comment is a new line; Ctrl+Enter there disqualifies.
    comment->setFocus();
    QTest::keyClick(comment, Qt::Key_Return);
    QTest::keyClicks(comment, QStringLiteral("for good"));
    CHECK(comment->toPlainText() == QStringLiteral("Gone\nfor good"));
    CHECK(dialog.isVisible());
    CHECK(f.stateOf(leadId) == LeadState::Assigned);
    QSignalSpy finished(&dialog, &DisqualifyDialog::runFinished);
    ctrlEnter(comment);
    CHECK(dialog.isRunning());
    REQUIRE(finished.wait());
    CHECK(finished.at(0).at(0).toBool());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.stateOf(leadId) == LeadState::Disqualified);

    // Esc, also from the comment, cancels: nothing is disqualified.
    DisqualifyDialog other(session.get(), otherId);
    showActive(&other);
    auto *otherComment = named<QPlainTextEdit>(&other, "commentEdit");
    typeInto(otherComment, QStringLiteral("Maybe"));
    QTest::keyClick(otherComment, Qt::Key_Escape);
    CHECK_FALSE(other.isVisible());
    CHECK(other.result() == QDialog::Rejected);
    CHECK(f.stateOf(otherId) == LeadState::Assigned);
}

TEST_CASE("Export dialog: Ctrl+Enter exports as Export does, never while Export is disabled - errors go when fixed",
          "[ui][dialogkeys]")
{
    QSettings().remove(QStringLiteral("export"));
    TempDir dir;
    const QList<ExportColumn> columns = {ExportColumns::ofField(LeadField::Name), ExportColumn::State};
    ExportDialog dialog(columns, 0);
    showActive(&dialog);
    auto *file = named<QLineEdit>(&dialog, "fileEdit");
    auto *list = named<QListWidget>(&dialog, "columnList");
    auto *header = named<QCheckBox>(&dialog, "headerCheck");
    QPushButton *ok = named<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);

    // "Columns:" goes when a column is ticked, not when the file name changes.
    named<QPushButton>(&dialog, "noColumnsButton")->click();
    file->setFocus();
    file->selectAll();
    QTest::keyClicks(file, dir.file(QStringLiteral("leads.csv")));
    ctrlEnter(file);
    CHECK(errorLine(&dialog)->text().startsWith(QStringLiteral("Columns:")));
    CHECK(errorShown(&dialog));
    typeInto(file, QStringLiteral("x"));
    CHECK(errorShown(&dialog));
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(list->item(0)->checkState() == Qt::Checked);
    CHECK_FALSE(errorShown(&dialog));

    // "File:" goes when the file is edited, not when a checkbox changes.
    file->setFocus();
    file->selectAll();
    QTest::keyClick(file, Qt::Key_Delete);
    ctrlKeypadEnter(file);
    CHECK(errorLine(&dialog)->text().startsWith(QStringLiteral("File:")));
    header->setFocus();
    QTest::keyClick(header, Qt::Key_Space);
    CHECK(errorShown(&dialog));
    typeInto(file, dir.file(QStringLiteral("leads.csv")));
    CHECK_FALSE(errorShown(&dialog));

    // While Export is disabled the keys do nothing.
    ok->setEnabled(false);
    ctrlEnter(file);
    ctrlKeypadEnter(list);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(exportChoicesStored());

    ok->setEnabled(true);
    ctrlKeypadEnter(list);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(exportChoicesStored());   // as Export does: the choices are remembered
    CHECK(dialog.filePath() == dir.file(QStringLiteral("leads.csv")));

    ExportDialog cancelled(columns, 0);
    showActive(&cancelled);
    QTest::keyClick(named<QLineEdit>(&cancelled, "fileEdit"), Qt::Key_Escape);
    CHECK_FALSE(cancelled.isVisible());
    CHECK(cancelled.result() == QDialog::Rejected);
}

TEST_CASE("Employee dialog: Ctrl+Enter adds as Add does - the passwords' error goes once Repeat password is edited",
          "[ui][dialogkeys]")
{
    LifecycleFixture f;
    const auto session = openSession(f.database()->path(), f.admin);
    EmployeeEditDialog add(session.get(), EmployeeEditDialog::Mode::Add);
    showActive(&add);
    auto *login = named<QLineEdit>(&add, "loginEdit");
    auto *confirm = named<QLineEdit>(&add, "confirmEdit");
    typeInto(login, QStringLiteral("olga"));
    typeInto(named<QLineEdit>(&add, "nameEdit"), QStringLiteral("Olga Orlova"));
    typeInto(named<QLineEdit>(&add, "passwordEdit"), QStringLiteral("secret pass"));
    typeInto(confirm, QStringLiteral("secret pasS"));
    auto *marketeer = named<QCheckBox>(&add, "marketeerCheck");
    marketeer->setFocus();
    QTest::keyClick(marketeer, Qt::Key_Space);
    REQUIRE(marketeer->isChecked());

    QSignalSpy finished(&add, &EmployeeEditDialog::saveFinished);
    ctrlEnter(confirm);
    REQUIRE(finished.size() == 1);
    CHECK(add.errorText().startsWith(QStringLiteral("Repeat password:")));
    typeInto(login, QStringLiteral("a"));   // another field: the error stays
    CHECK(errorShown(&add));
    QTest::keyClick(login, Qt::Key_Backspace);
    confirm->setFocus();
    QTest::keyClick(confirm, Qt::Key_Backspace);
    CHECK_FALSE(errorShown(&add));
    QTest::keyClick(confirm, Qt::Key_S);

    // "Roles:" is about the whole column of role checkboxes under the label.
    QTest::keyClick(marketeer, Qt::Key_Space);
    REQUIRE_FALSE(marketeer->isChecked());
    ctrlEnter(confirm);
    if (finished.size() < 2)
        REQUIRE(finished.wait());   // the storage layer refuses it
    REQUIRE(finished.size() == 2);
    CHECK(add.errorText().startsWith(QStringLiteral("Roles:")));
    QTest::keyClick(marketeer, Qt::Key_Space);
    CHECK_FALSE(errorShown(&add));

    ctrlEnter(marketeer);
    REQUIRE(finished.wait());
    CHECK(finished.last().at(0).toBool());
    CHECK(add.result() == QDialog::Accepted);
    const EmployeeRecord olga = valueOf(EmployeeAdmin(f.db()).find(add.employeeId()));
    CHECK(olga.login == QStringLiteral("olga"));
    CHECK(olga.roles == RoleSet(Role::Marketeer));
}

namespace {

// Types a few letters into a picker and picks the first offered row.
void pickFirst(ReferencePicker *p, const QString &letters)
{
    p->lineEdit()->setFocus();
    p->lineEdit()->selectAll();
    p->lineEdit()->insert(letters);
    QSignalSpy refreshed(p->lookupModel(), &ReferenceLookupModel::refreshed);
    p->lookupModel()->refresh();
    REQUIRE(refreshed.wait());
    p->pickRow(0);
}

ReferencePicker *pickerOf(LeadFormDialog &form, LeadField field)
{
    return qobject_cast<ReferencePicker *>(form.input(field));
}

QComboBox *sourceOf(LeadFormDialog &form)
{
    return qobject_cast<QComboBox *>(form.input(LeadField::Source));
}

// A new lead by `session`'s employee with the source `downs` steps below the one it started with;
// saved with Ctrl+Enter in Description. The source stored.
LeadSource saveNewLead(Session *session, int downs, const QString &name)
{
    LeadFormDialog form(session);
    showActive(&form);
    type(edit(form, LeadField::Name), name);
    QComboBox *source = sourceOf(form);
    source->setFocus();
    for (int i = 0; i < downs; ++i)
        QTest::keyClick(source, Qt::Key_Down);
    pickFirst(pickerOf(form, LeadField::SellingDirection), QStringLiteral("soft"));
    pickFirst(pickerOf(form, LeadField::ExistingCompany), QStringLiteral("glob"));
    pickFirst(pickerOf(form, LeadField::ExistingContact), QStringLiteral("ivanova"));
    showActive(&form);   // the pickers' lists took the window focus
    auto *description = qobject_cast<QPlainTextEdit *>(form.input(LeadField::Description));
    description->setFocus();
    QSignalSpy finished(&form, &QDialog::finished);
    ctrlEnter(description);
    REQUIRE(finished.wait());
    REQUIRE(form.result() == QDialog::Accepted);
    return form.model()->lead().source;
}

} // namespace

TEST_CASE("A new lead's source is the employee's own last choice - the first time the first source",
          "[ui][dialogkeys][form]")
{
    QSettings().remove(QStringLiteral("leadForm"));
    FormFixture fx;
    EmployeeRepository employees(fx.db.connection());
    const qint64 bobId = valueOf(employees.create(QStringLiteral("bob"), QStringLiteral("Bob Agent"), Role::Sales,
                                                  QStringLiteral("secret-password-2")));
    Employee bob;
    REQUIRE(employees.find(bobId, &bob));
    const auto bobSession = openSession(fx.db.path(), bob);
    const QList<LeadSource> sources = LeadSources::all();

    {
        LeadFormDialog first(fx.session.get());
        CHECK(sourceOf(first)->currentIndex() == 0);   // nothing remembered: as before
        CHECK(first.model()->lead().source == sources.at(0));
    }
    CHECK(saveNewLead(fx.session.get(), 3, QStringLiteral("Anna's call")) == sources.at(3));
    {
        LeadFormDialog next(fx.session.get());
        showActive(&next);
        CHECK(sourceOf(next)->currentIndex() == 3);
        CHECK(sourceOf(next)->currentText() == LeadSources::label(sources.at(3)));
        CHECK(next.model()->lead().source == sources.at(3));
        // The default is a starting point, not an edit: Esc closes without asking.
        QTest::keyClick(edit(next, LeadField::Name), Qt::Key_Escape);
        CHECK_FALSE(next.isVisible());
        CHECK(next.result() == QDialog::Rejected);
    }
    {
        LeadFormDialog bobs(bobSession.get());
        CHECK(sourceOf(bobs)->currentIndex() == 0);   // Anna's choice is not Bob's
    }
    CHECK(saveNewLead(bobSession.get(), 5, QStringLiteral("Bob's mail")) == sources.at(5));
    {
        LeadFormDialog bobs(bobSession.get());
        CHECK(sourceOf(bobs)->currentIndex() == 5);
        LeadFormDialog annas(fx.session.get());
        CHECK(sourceOf(annas)->currentIndex() == 3);
    }
    // The leads were stored with those sources.
    CHECK(LeadRepository(fx.db.connection()).count() == 2);

    // A source chosen in Settings wins over the last one, for that employee only.
    QSettings().setValue(LeadFormDialog::defaultSourceKey(bob.id), LeadSources::code(sources.at(6)));
    {
        LeadFormDialog bobs(bobSession.get());
        CHECK(sourceOf(bobs)->currentIndex() == 6);
        CHECK(bobs.model()->lead().source == sources.at(6));
        LeadFormDialog annas(fx.session.get());
        CHECK(sourceOf(annas)->currentIndex() == 3);
    }
}
