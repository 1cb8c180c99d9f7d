#include <catch2/catch.hpp>

#include "formfixture.h"
#include "questionanswer.h"
#include "catchresult.h"

#include "lead.h"
#include "leadformdialog.h"
#include "leadmodel.h"
#include "leadrepository.h"
#include "referencelookupmodel.h"
#include "referencepicker.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace {

QLineEdit *edit(LeadFormDialog &form, LeadField field)
{
    return qobject_cast<QLineEdit *>(form.input(field));
}

ReferencePicker *picker(LeadFormDialog &form, LeadField field)
{
    return qobject_cast<ReferencePicker *>(form.input(field));
}

QCheckBox *check(LeadFormDialog &form, LeadField field)
{
    return qobject_cast<QCheckBox *>(form.input(field));
}

// Types into a line edit and leaves it with Return, as an agent does.
void type(QLineEdit *lineEdit, const QString &text)
{
    lineEdit->setFocus();
    lineEdit->selectAll();
    lineEdit->insert(text);   // as typed or pasted (QTest::keyClicks knows ASCII only)
    QTest::keyClick(lineEdit, Qt::Key_Return);
}

// Types into a field the form checks for duplicates and waits for the check's answer.
void typeChecked(LeadFormDialog &form, LeadField field, const QString &text)
{
    QSignalSpy checked(&form, &LeadFormDialog::duplicatesChecked);
    type(qobject_cast<QLineEdit *>(form.input(field)), text);
    while (checked.isEmpty() || checked.last().at(0).toInt() != int(field))
        REQUIRE(checked.wait());
}

// Runs the picker's pending query now and waits for its answer.
void refreshAndWait(ReferencePicker *p)
{
    QSignalSpy refreshed(p->lookupModel(), &ReferenceLookupModel::refreshed);
    p->lookupModel()->refresh();
    REQUIRE(refreshed.wait());
}

// Types a few letters into a picker and picks the first offered row.
void pick(ReferencePicker *p, const QString &letters, int row = 0)
{
    p->lineEdit()->setFocus();
    p->lineEdit()->selectAll();
    p->lineEdit()->insert(letters);
    refreshAndWait(p);
    p->pickRow(row);
}

// Starts a save and waits for its answer: whether the lead was stored.
bool saveAndWait(LeadFormDialog &form)
{
    QSignalSpy finished(&form, &LeadFormDialog::saveFinished);
    if (!form.save())
        return false;
    REQUIRE(finished.wait());
    return finished.at(0).at(0).toBool();
}

// Waits until the stored lead the form was opened with arrived.
bool waitLoaded(LeadFormDialog &form)
{
    QSignalSpy finished(&form, &LeadFormDialog::loadFinished);
    REQUIRE(form.isLoading());
    REQUIRE(finished.wait());
    return finished.at(0).at(0).toBool();
}

void clearPicker(ReferencePicker *p)
{
    p->lineEdit()->setFocus();
    p->lineEdit()->selectAll();
    QTest::keyClick(p->lineEdit(), Qt::Key_Delete);
}

bool rowReallyShown(LeadFormDialog &form, LeadField field)
{
    // The row is shown, and so are its label and input on screen.
    const bool shown = form.isRowShown(field);
    const bool inputVisible = form.input(field)->isVisibleTo(&form);
    const bool labelVisible = !form.label(field) || form.label(field)->isVisibleTo(&form);
    REQUIRE(shown == inputVisible);
    REQUIRE(shown == labelVisible);
    return shown;
}

bool markedRequired(LeadFormDialog &form, LeadField field)
{
    return form.label(field)->text().endsWith(QStringLiteral(" *"));
}

} // namespace

TEST_CASE("Every input carries its label as accessible name - the checkboxes are New company and New contact",
          "[ui][form]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    for (LeadField field : LeadFields::all()) {
        QWidget *input = form.input(field);
        REQUIRE(input);
        CHECK(input->accessibleName() == LeadFields::label(field));
        if (auto *p = qobject_cast<ReferencePicker *>(input))
            CHECK(p->lineEdit()->accessibleName() == LeadFields::label(field));
        if (QLabel *label = form.label(field)) {
            QString visible = label->text();
            visible.remove(QLatin1Char('&'));
            visible.remove(QStringLiteral(" *"));
            CHECK(visible == LeadFields::label(field));
            CHECK(label->buddy() == input);
            CHECK_FALSE(input->toolTip().isEmpty());
        }
    }
    CHECK(check(form, LeadField::NewCompany)->accessibleName() == QStringLiteral("New company"));
    CHECK(check(form, LeadField::NewContact)->accessibleName() == QStringLiteral("New contact"));
    // Automation finds each field by its name.
    const auto all = form.findChildren<QWidget *>();
    for (LeadField field : LeadFields::all()) {
        const auto named = std::count_if(all.begin(), all.end(), [&](QWidget *w) {
            return w->accessibleName() == LeadFields::label(field) && w->focusPolicy() != Qt::NoFocus;
        });
        CHECK(named >= 1);
    }
}

TEST_CASE("The company rows follow New company and Existing company at once", "[ui][form]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    form.show();

    // Nothing ticked, nothing picked: all four company rows shown and required.
    for (LeadField f : {LeadField::ExistingCompany, LeadField::CompanyName, LeadField::CompanyWebsite,
                        LeadField::CompanyTin}) {
        CHECK(rowReallyShown(form, f));
        CHECK(markedRequired(form, f));
    }
    CHECK(markedRequired(form, LeadField::Name));
    CHECK_FALSE(markedRequired(form, LeadField::LeadCompanyName));

    SECTION("ticking New company hides and clears Existing company; unticking shows it again")
    {
        pick(picker(form, LeadField::ExistingCompany), QStringLiteral("acme"));
        CHECK(form.model()->lead().existingCompanyId == fx.acme);
        CHECK_FALSE(rowReallyShown(form, LeadField::CompanyName));

        QTest::mouseClick(check(form, LeadField::NewCompany), Qt::LeftButton, {}, QPoint(5, 5));
        CHECK(form.model()->lead().newCompany);
        CHECK_FALSE(rowReallyShown(form, LeadField::ExistingCompany));
        CHECK(form.model()->lead().existingCompanyId == 0);
        CHECK(picker(form, LeadField::ExistingCompany)->referenceId() == 0);
        for (LeadField f : {LeadField::CompanyName, LeadField::CompanyWebsite, LeadField::CompanyTin}) {
            CHECK(rowReallyShown(form, f));
            CHECK(markedRequired(form, f));
        }

        check(form, LeadField::NewCompany)->setChecked(false);
        CHECK(rowReallyShown(form, LeadField::ExistingCompany));
        CHECK(markedRequired(form, LeadField::ExistingCompany));
    }

    SECTION("picking a company hides name, website and TIN; clearing it brings back what was typed")
    {
        type(edit(form, LeadField::CompanyName), QStringLiteral("Typed Company"));
        type(edit(form, LeadField::CompanyWebsite), QStringLiteral("typed.example"));
        CHECK(edit(form, LeadField::CompanyWebsite)->text() == QStringLiteral("https://typed.example"));

        pick(picker(form, LeadField::ExistingCompany), QStringLiteral("trad"));   // any part of the name
        CHECK(picker(form, LeadField::ExistingCompany)->lineEdit()->text() == QStringLiteral("Acme Trading"));
        for (LeadField f : {LeadField::CompanyName, LeadField::CompanyWebsite, LeadField::CompanyTin})
            CHECK_FALSE(rowReallyShown(form, f));
        CHECK(rowReallyShown(form, LeadField::ExistingCompany));

        clearPicker(picker(form, LeadField::ExistingCompany));
        CHECK(form.model()->lead().existingCompanyId == 0);
        for (LeadField f : {LeadField::CompanyName, LeadField::CompanyWebsite, LeadField::CompanyTin})
            CHECK(rowReallyShown(form, f));
        CHECK(edit(form, LeadField::CompanyName)->text() == QStringLiteral("Typed Company"));
        CHECK(edit(form, LeadField::CompanyWebsite)->text() == QStringLiteral("https://typed.example"));
    }
}

TEST_CASE("The contact rows follow New contact - typed names survive toggling", "[ui][form]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    form.show();
    const LeadField contactFields[] = {LeadField::FirstName, LeadField::LastName, LeadField::MiddleName,
                                       LeadField::ContactPhone, LeadField::ContactEmail};
    for (LeadField f : contactFields)
        CHECK_FALSE(rowReallyShown(form, f));
    CHECK(rowReallyShown(form, LeadField::ExistingContact));
    CHECK(markedRequired(form, LeadField::ExistingContact));

    QTest::mouseClick(check(form, LeadField::NewContact), Qt::LeftButton, {}, QPoint(5, 5));
    for (LeadField f : contactFields)
        CHECK(rowReallyShown(form, f));
    CHECK_FALSE(rowReallyShown(form, LeadField::ExistingContact));
    CHECK(markedRequired(form, LeadField::FirstName));
    CHECK(markedRequired(form, LeadField::LastName));
    CHECK_FALSE(markedRequired(form, LeadField::MiddleName));
    CHECK_FALSE(markedRequired(form, LeadField::ContactEmail));

    type(edit(form, LeadField::FirstName), QStringLiteral("Olga"));
    check(form, LeadField::NewContact)->setChecked(false);
    CHECK_FALSE(rowReallyShown(form, LeadField::FirstName));
    check(form, LeadField::NewContact)->setChecked(true);
    CHECK(edit(form, LeadField::FirstName)->text() == QStringLiteral("Olga"));
    CHECK(form.model()->lead().firstName == QStringLiteral("Olga"));
}

TEST_CASE("Existing contact offers the picked company's contacts first - services follow the direction",
          "[ui][form]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    form.show();

    pick(picker(form, LeadField::ExistingCompany), QStringLiteral("Globex"));
    ReferencePicker *contact = picker(form, LeadField::ExistingContact);
    contact->lookupModel()->setFilterText(QString());
    refreshAndWait(contact);
    REQUIRE(contact->lookupModel()->rowCount() >= 2);
    CHECK(contact->lookupModel()->item(0).parentId == fx.globex);

    ReferencePicker *service = picker(form, LeadField::ServiceOrProduct);
    pick(picker(form, LeadField::SellingDirection), QStringLiteral("Consult"));
    service->lookupModel()->setFilterText(QString());
    refreshAndWait(service);
    REQUIRE(service->lookupModel()->rowCount() == 2);   // Audit, Advisory; not Licences
    pick(service, QStringLiteral("aud"));
    CHECK(form.model()->lead().serviceId == fx.auditService);

    // Another direction drops a service that is not one of its own.
    pick(picker(form, LeadField::SellingDirection), QStringLiteral("Soft"));
    CHECK(form.model()->lead().sellingDirectionId == fx.directionB);
    CHECK(form.model()->lead().serviceId == 0);
    CHECK(service->lineEdit()->text().isEmpty());
}

TEST_CASE("Saving an invalid lead marks every failing field, focuses the first and writes nothing", "[ui][form]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    form.show();
    QApplication::setActiveWindow(&form);

    type(edit(form, LeadField::CompanyWebsite), QStringLiteral("not a website"));
    CHECK(form.messageFor(LeadField::CompanyWebsite).startsWith(QStringLiteral("Company website")));

    CHECK_FALSE(form.save());
    CHECK(form.messageFor(LeadField::Name).startsWith(QStringLiteral("Name")));
    CHECK_FALSE(form.messageFor(LeadField::SellingDirection).isEmpty());
    CHECK_FALSE(form.messageFor(LeadField::ExistingCompany).isEmpty());
    CHECK_FALSE(form.messageFor(LeadField::ExistingContact).isEmpty());
    CHECK(form.messageFor(LeadField::Campaign).isEmpty());
    CHECK(QApplication::focusWidget() == form.input(LeadField::Name));
    CHECK(LeadRepository(fx.db.connection()).count() == 0);
    CHECK(form.leadId() == 0);
}

TEST_CASE("A valid lead is saved, normalised and read back from the SQLite file", "[ui][form]")
{
    FormFixture fx;
    qint64 savedId = 0;
    {
        LeadFormDialog form(fx.session.get());
        QObject::connect(&form, &LeadFormDialog::leadSaved, [&](qint64 id) { savedId = id; });
        form.show();
        type(edit(form, LeadField::Name), QStringLiteral("Pasted\nname 🚀"));
        CHECK(edit(form, LeadField::Name)->text() == QStringLiteral("Pasted name 🚀"));   // folded on leaving
        qobject_cast<QComboBox *>(form.input(LeadField::Source))->setCurrentIndex(2);
        Q_EMIT qobject_cast<QComboBox *>(form.input(LeadField::Source))->activated(2);
        pick(picker(form, LeadField::SellingDirection), QStringLiteral("consult"));
        pick(picker(form, LeadField::Campaign), QStringLiteral("webinar"));
        check(form, LeadField::NewCompany)->setChecked(true);
        type(edit(form, LeadField::CompanyName), QStringLiteral("Новая Компания"));
        type(edit(form, LeadField::CompanyWebsite), QStringLiteral("пример.рф"));
        typeChecked(form, LeadField::CompanyTin, QStringLiteral("50 01 00 73 22 59"));
        CHECK(edit(form, LeadField::CompanyTin)->text() == QStringLiteral("500100732259"));
        check(form, LeadField::NewContact)->setChecked(true);
        type(edit(form, LeadField::FirstName), QStringLiteral("Олег"));
        type(edit(form, LeadField::LastName), QStringLiteral("Смирнов"));
        typeChecked(form, LeadField::ContactEmail, QStringLiteral("oleg@ПРИМЕР.РФ"));
        auto *description = qobject_cast<QPlainTextEdit *>(form.input(LeadField::Description));
        description->setPlainText(QStringLiteral("Line one\nLine two"));
        REQUIRE(saveAndWait(form));
        CHECK(savedId > 0);
        CHECK(form.leadId() == savedId);
        CHECK(form.windowTitle().contains(QStringLiteral("Pasted name")));
    }
    // A second connection to the same file sees exactly what was stored.
    Database other;
    REQUIRE(other.openSqlite(fx.db.path(), QStringLiteral("form-test-readback")));
    Lead lead = valueOf(LeadRepository(other.connection()).find(savedId));
    CHECK(lead.name == QStringLiteral("Pasted name 🚀"));
    CHECK(lead.source == LeadSource::Chat);
    CHECK(lead.sellingDirectionId == fx.directionA);
    CHECK(lead.campaignId == fx.campaign);
    CHECK(lead.newCompany);
    CHECK(lead.existingCompanyId == 0);
    CHECK(lead.companyName == QStringLiteral("Новая Компания"));
    CHECK(lead.companyWebsite.startsWith(QStringLiteral("https://")));
    CHECK(lead.companyTin == QStringLiteral("500100732259"));
    CHECK(lead.newContact);
    CHECK(lead.firstName == QStringLiteral("Олег"));
    CHECK(lead.contactEmail == QStringLiteral("oleg@пример.рф"));
    CHECK(lead.description == QStringLiteral("Line one\nLine two"));
    CHECK(lead.createdById == fx.agent.id);
}

TEST_CASE("Text typed into a field the rules hide is not stored", "[ui][form]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    form.show();
    type(edit(form, LeadField::Name), QStringLiteral("Hidden text lead"));
    pick(picker(form, LeadField::SellingDirection), QStringLiteral("soft"));
    type(edit(form, LeadField::CompanyName), QStringLiteral("Will be dropped"));
    pick(picker(form, LeadField::ExistingCompany), QStringLiteral("acme"));
    check(form, LeadField::NewContact)->setChecked(true);
    type(edit(form, LeadField::FirstName), QStringLiteral("Dropped"));
    check(form, LeadField::NewContact)->setChecked(false);
    pick(picker(form, LeadField::ExistingContact), QStringLiteral("petrov"));
    REQUIRE(saveAndWait(form));
    Lead lead = valueOf(LeadRepository(fx.db.connection()).find(form.leadId()));
    CHECK(lead.existingCompanyId == fx.acme);
    CHECK(lead.existingContactId == fx.petrov);
    CHECK(lead.companyName.isEmpty());
    CHECK(lead.firstName.isEmpty());
}

TEST_CASE("TIN takes digits only, bad formats are marked on leaving, overlong text is refused by name",
          "[ui][form]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    form.show();
    QLineEdit *tin = edit(form, LeadField::CompanyTin);
    tin->setFocus();
    QTest::keyClicks(tin, QStringLiteral("77a07 08"));
    CHECK(tin->text() == QStringLiteral("770708"));
    CHECK(form.messageFor(LeadField::CompanyTin).startsWith(QStringLiteral("Company TIN")));
    QTest::keyClick(tin, Qt::Key_Return);
    CHECK(form.messageFor(LeadField::CompanyTin).contains(QStringLiteral("9, 10 or 12")));

    check(form, LeadField::NewContact)->setChecked(true);
    type(edit(form, LeadField::ContactEmail), QStringLiteral("not-an-email"));
    CHECK(form.messageFor(LeadField::ContactEmail).startsWith(QStringLiteral("Contact email")));
    typeChecked(form, LeadField::ContactEmail, QStringLiteral("ok@example.com"));
    CHECK(form.messageFor(LeadField::ContactEmail).isEmpty());

    type(edit(form, LeadField::Name), QString(300, QLatin1Char('x')));
    CHECK(form.messageFor(LeadField::Name).startsWith(QStringLiteral("Name")));
    CHECK_FALSE(form.save());
    CHECK(LeadRepository(fx.db.connection()).count() == 0);
}

TEST_CASE("Likely duplicates show beside the field on leaving it, and can be linked", "[ui][form]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    form.show();

    SECTION("a contact with the same e-mail, in another case")
    {
        check(form, LeadField::NewContact)->setChecked(true);
        typeChecked(form, LeadField::ContactEmail, QStringLiteral("IVAN@ACME.RU"));
        const QString notice = form.duplicateNoticeFor(LeadField::ContactEmail);
        CHECK(notice.contains(QStringLiteral("Petrov")));
        const auto labels = form.findChildren<QLabel *>();
        QLabel *duplicates = nullptr;
        for (QLabel *l : labels) {
            if (l->accessibleName() == QStringLiteral("Contact email possible duplicates"))
                duplicates = l;
        }
        REQUIRE(duplicates);
        const QList<QPushButton *> actions = form.duplicateActionsFor(LeadField::ContactEmail);
        REQUIRE(actions.size() == 1);
        QSignalSpy shown(picker(form, LeadField::ExistingContact), &ReferencePicker::itemShown);
        actions.first()->click();
        REQUIRE(shown.wait());   // the contact's name is looked up
        CHECK_FALSE(form.model()->lead().newContact);
        CHECK(form.model()->lead().existingContactId == fx.petrov);
        CHECK_FALSE(check(form, LeadField::NewContact)->isChecked());
        CHECK(picker(form, LeadField::ExistingContact)->lineEdit()->text().contains(QStringLiteral("Petrov")));
    }
    SECTION("a contact with the same phone written differently")
    {
        check(form, LeadField::NewContact)->setChecked(true);
        typeChecked(form, LeadField::ContactPhone, QStringLiteral("8 495 1234567"));
        CHECK(form.duplicateNoticeFor(LeadField::ContactPhone).contains(QStringLiteral("Petrov")));
    }
    SECTION("a company with the same TIN, and an open lead with it")
    {
        check(form, LeadField::NewCompany)->setChecked(true);
        typeChecked(form, LeadField::CompanyTin, QStringLiteral("7707083893"));
        CHECK(form.duplicateNoticeFor(LeadField::CompanyTin).contains(QStringLiteral("Acme Trading")));
        typeChecked(form, LeadField::CompanyTin, QStringLiteral("7707083894"));
        CHECK(form.duplicateNoticeFor(LeadField::CompanyTin).isEmpty());
    }
    SECTION("the agent may still save")
    {
        type(edit(form, LeadField::Name), QStringLiteral("Duplicate but fine"));
        pick(picker(form, LeadField::SellingDirection), QStringLiteral("soft"));
        check(form, LeadField::NewCompany)->setChecked(true);
        type(edit(form, LeadField::CompanyName), QStringLiteral("Acme again"));
        type(edit(form, LeadField::CompanyWebsite), QStringLiteral("acme.ru"));
        typeChecked(form, LeadField::CompanyTin, QStringLiteral("7707083893"));
        CHECK_FALSE(form.duplicateNoticeFor(LeadField::CompanyTin).isEmpty());
        pick(picker(form, LeadField::ExistingContact), QStringLiteral("petrov"));
        REQUIRE(saveAndWait(form));

        // A second form now finds the saved, open lead too.
        LeadFormDialog second(fx.session.get());
        second.show();
        check(second, LeadField::NewCompany)->setChecked(true);
        typeChecked(second, LeadField::CompanyTin, QStringLiteral("7707083893"));
        CHECK(second.duplicateNoticeFor(LeadField::CompanyTin).contains(QStringLiteral("Duplicate but fine")));
        // ...but the saved lead is no duplicate of itself.
        LeadFormDialog reopened(fx.session.get(), form.leadId());
        reopened.show();
        REQUIRE(waitLoaded(reopened));
        typeChecked(reopened, LeadField::CompanyTin, QStringLiteral("7707083893"));
        CHECK_FALSE(reopened.duplicateNoticeFor(LeadField::CompanyTin).contains(QStringLiteral("Duplicate but fine")));
    }
}

TEST_CASE("Opening a stored lead edits it - a closed lead opens read-only", "[ui][form]")
{
    FormFixture fx;
    const Lead lead = fx.insertStoredLead(QStringLiteral("Stored lead"));

    {
        LeadFormDialog form(fx.session.get(), lead.id);
        // It opens at once, read-only until the lead arrives.
        CHECK(form.isReadOnly());
        CHECK(form.leadId() == lead.id);
        CHECK(edit(form, LeadField::Name)->text().isEmpty());
        CHECK_FALSE(form.save());
        REQUIRE(waitLoaded(form));
        CHECK_FALSE(form.isReadOnly());
        // The title names the lead's number and its state.
        CHECK(form.windowTitle() == QStringLiteral("Lead %1: Stored lead — New").arg(lead.id));
        CHECK(edit(form, LeadField::Name)->text() == QStringLiteral("Stored lead"));
        CHECK(picker(form, LeadField::ExistingCompany)->lineEdit()->text() == QStringLiteral("Acme Trading"));
        CHECK_FALSE(form.isRowShown(LeadField::CompanyName));
        type(edit(form, LeadField::City), QStringLiteral("Kazan"));
        REQUIRE(saveAndWait(form));
        Lead stored = valueOf(LeadRepository(fx.db.connection()).find(lead.id));
        CHECK(stored.city == QStringLiteral("Kazan"));
        CHECK(stored.version > lead.version);
    }

    QSqlQuery query(fx.db.connection());
    REQUIRE(query.exec(QStringLiteral("UPDATE leads SET state = 4 WHERE id = %1").arg(lead.id)));
    LeadFormDialog form(fx.session.get(), lead.id);
    REQUIRE(waitLoaded(form));
    CHECK(form.isReadOnly());
    CHECK(form.windowTitle().contains(QStringLiteral("Disqualified (read-only)")));
    CHECK_FALSE(form.notice().isEmpty());
    CHECK(edit(form, LeadField::Name)->isReadOnly());
    CHECK_FALSE(form.findChild<QPushButton *>(QStringLiteral("saveButton"))->isVisibleTo(&form));
    CHECK_FALSE(form.save());
}

TEST_CASE("Cancel asks before discarding unsaved changes - Save and exit closes", "[ui][form]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    form.show();
    form.reject();   // nothing typed: closes without asking
    CHECK(form.result() == QDialog::Rejected);
    CHECK_FALSE(form.isVisible());

    form.show();
    type(edit(form, LeadField::Name), QStringLiteral("Half typed"));
    CHECK(answerQuestion([&] { form.reject(); }, QMessageBox::Cancel));
    CHECK(form.isVisible());

    CHECK(answerQuestion([&] { form.reject(); }, QMessageBox::Discard));
    CHECK_FALSE(form.isVisible());
    CHECK(LeadRepository(fx.db.connection()).count() == 0);

    LeadFormDialog second(fx.session.get());
    second.show();
    type(edit(second, LeadField::Name), QStringLiteral("Quick"));
    pick(picker(second, LeadField::SellingDirection), QStringLiteral("soft"));
    pick(picker(second, LeadField::ExistingCompany), QStringLiteral("glob"));
    pick(picker(second, LeadField::ExistingContact), QStringLiteral("ivanova"));
    // The pickers' lists opened while their answers came (as typing does) and took the window focus.
    second.activateWindow();
    QApplication::setActiveWindow(&second);
    REQUIRE(QTest::qWaitForWindowActive(&second));
    QSignalSpy finished(&second, &QDialog::finished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(second.statusText() == QStringLiteral("Saving…"));
    CHECK(second.isVisible());   // closes once the save succeeded
    REQUIRE(finished.wait());
    INFO(second.statusText().toStdString());
    CHECK(second.result() == QDialog::Accepted);
    CHECK(LeadRepository(fx.db.connection()).count() == 1);
}

TEST_CASE("Tab order follows the visual order", "[ui][form]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    form.show();
    check(form, LeadField::NewContact)->setChecked(true);
    check(form, LeadField::NewCompany)->setChecked(true);
    const QList<LeadField> expected = {LeadField::Name, LeadField::Source, LeadField::Campaign,
                                       LeadField::SellingDirection, LeadField::ServiceOrProduct,
                                       LeadField::LeadCompanyName, LeadField::NewCompany, LeadField::CompanyName,
                                       LeadField::CompanyWebsite, LeadField::CompanyTin, LeadField::NewContact,
                                       LeadField::FirstName, LeadField::LastName, LeadField::MiddleName,
                                       LeadField::ContactPhone, LeadField::ContactEmail, LeadField::Owner,
                                       LeadField::City, LeadField::Channel, LeadField::Description};
    QWidget *w = edit(form, LeadField::Name);
    for (qsizetype i = 1; i < expected.size(); ++i) {
        w = w->nextInFocusChain();
        while (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(&form) || !w->isEnabled() || w->focusProxy())
            w = w->nextInFocusChain();
        QWidget *want = form.input(expected.at(i));
        if (auto *p = qobject_cast<ReferencePicker *>(want))
            want = p->lineEdit();
        INFO("position " << i << ": " << LeadFields::label(expected.at(i)).toStdString());
        CHECK(w == want);
    }
}

TEST_CASE("An Owner picked on a new lead creates it assigned - a stored lead's Owner changes only by Assign",
          "[ui][form]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    form.show();
    type(edit(form, LeadField::Name), QStringLiteral("Owned lead"));
    pick(picker(form, LeadField::SellingDirection), QStringLiteral("soft"));
    pick(picker(form, LeadField::ExistingCompany), QStringLiteral("acme"));
    pick(picker(form, LeadField::ExistingContact), QStringLiteral("petrov"));
    CHECK_FALSE(picker(form, LeadField::Owner)->lineEdit()->isReadOnly());
    pick(picker(form, LeadField::Owner), QStringLiteral("anna"));
    REQUIRE(saveAndWait(form));
    Lead stored = valueOf(LeadRepository(fx.db.connection()).find(form.leadId()));
    CHECK(stored.ownerId == fx.agent.id);
    CHECK(stored.state == LeadState::Assigned);
    CHECK(picker(form, LeadField::Owner)->lineEdit()->isReadOnly());
}

namespace {

// Fills a new form with a valid lead: a name, a direction, an existing company and contact.
void fillValid(LeadFormDialog &form, const QString &name)
{
    type(edit(form, LeadField::Name), name);
    pick(picker(form, LeadField::SellingDirection), QStringLiteral("soft"));
    pick(picker(form, LeadField::ExistingCompany), QStringLiteral("acme"));
    pick(picker(form, LeadField::ExistingContact), QStringLiteral("petrov"));
}

QPushButton *button(LeadFormDialog &form, const char *name)
{
    return form.findChild<QPushButton *>(QLatin1String(name));
}

} // namespace

TEST_CASE("While a save runs the form says so and refuses a second one - one lead is written", "[ui][form][async]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    form.show();
    fillValid(form, QStringLiteral("Saved once"));
    QSignalSpy finished(&form, &LeadFormDialog::saveFinished);
    QSignalSpy saved(&form, &LeadFormDialog::leadSaved);
    REQUIRE(form.save());
    CHECK(form.isSaving());
    CHECK(form.statusText() == QStringLiteral("Saving…"));
    CHECK_FALSE(button(form, "saveButton")->isEnabled());
    CHECK_FALSE(button(form, "saveAndExitButton")->isEnabled());
    CHECK_FALSE(form.save());   // a second save is refused while the first runs
    QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
    type(edit(form, LeadField::City), QStringLiteral("Typed while saving"));

    REQUIRE(finished.wait());
    CHECK(finished.size() == 1);
    CHECK(finished.at(0).at(0).toBool());
    CHECK(saved.size() == 1);
    CHECK(LeadRepository(fx.db.connection()).count() == 1);
    CHECK(form.statusText().startsWith(QStringLiteral("Saved at")));
    CHECK(button(form, "saveButton")->isEnabled());
    CHECK(form.isVisible());
    // What was typed while the save ran is still there, and is saved by the next save.
    CHECK(edit(form, LeadField::City)->text() == QStringLiteral("Typed while saving"));
    REQUIRE(saveAndWait(form));
    Lead stored = valueOf(LeadRepository(fx.db.connection()).find(form.leadId()));
    CHECK(stored.city == QStringLiteral("Typed while saving"));
    CHECK(LeadRepository(fx.db.connection()).count() == 1);
}

TEST_CASE("A stale save is refused with its message and nothing typed is lost", "[ui][form][async]")
{
    FormFixture fx;
    const Lead lead = fx.insertStoredLead(QStringLiteral("Shared lead"));
    LeadFormDialog first(fx.session.get(), lead.id);
    REQUIRE(waitLoaded(first));
    LeadFormDialog second(fx.session.get(), lead.id);
    REQUIRE(waitLoaded(second));
    first.show();
    second.show();
    type(edit(first, LeadField::City), QStringLiteral("Omsk"));
    REQUIRE(saveAndWait(first));
    type(edit(second, LeadField::City), QStringLiteral("Tomsk"));
    CHECK_FALSE(saveAndWait(second));
    CHECK(second.statusText().startsWith(QStringLiteral("Not saved:")));
    CHECK(edit(second, LeadField::City)->text() == QStringLiteral("Tomsk"));
    CHECK(second.model()->isModified());
    Lead stored = valueOf(LeadRepository(fx.db.connection()).find(lead.id));
    CHECK(stored.city == QStringLiteral("Omsk"));
}

TEST_CASE("A picker never shows an older look-up's answer over a newer one", "[ui][form][async]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    form.show();
    ReferencePicker *company = picker(form, LeadField::ExistingCompany);

    // Names looked up by id: the id set last wins.
    QSignalSpy shown(company, &ReferencePicker::itemShown);
    company->setReferenceId(fx.acme);
    company->setReferenceId(fx.globex);
    CHECK(company->referenceId() == fx.globex);
    REQUIRE(shown.wait());
    CHECK(shown.size() == 1);
    CHECK(shown.at(0).at(0).toLongLong() == fx.globex);
    CHECK(company->lineEdit()->text() == QStringLiteral("Globex"));

    // Items offered for typed text: the text typed last wins.
    QSignalSpy refreshed(company->lookupModel(), &ReferenceLookupModel::refreshed);
    company->lookupModel()->setFilterText(QStringLiteral("acme"));
    company->lookupModel()->refresh();
    company->lookupModel()->setFilterText(QStringLiteral("glob"));
    company->lookupModel()->refresh();
    REQUIRE(refreshed.wait());
    CHECK(refreshed.size() == 1);
    REQUIRE(company->lookupModel()->rowCount() == 1);
    CHECK(company->lookupModel()->item(0).id == fx.globex);
}

TEST_CASE("A duplicate check's answer for text changed since is dropped", "[ui][form][async]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    form.show();
    check(form, LeadField::NewContact)->setChecked(true);
    QSignalSpy checked(&form, &LeadFormDialog::duplicatesChecked);
    type(edit(form, LeadField::ContactEmail), QStringLiteral("ivan@acme.ru"));   // Petrov's: its answer is stale
    type(edit(form, LeadField::ContactEmail), QStringLiteral("nobody@acme.ru"));
    CHECK(checked.isEmpty());
    REQUIRE(checked.wait());
    CHECK(checked.size() == 1);
    CHECK(form.duplicateNoticeFor(LeadField::ContactEmail).isEmpty());
    // The same text checked on its own shows the match.
    typeChecked(form, LeadField::ContactEmail, QStringLiteral("ivan@acme.ru"));
    CHECK(form.duplicateNoticeFor(LeadField::ContactEmail).contains(QStringLiteral("Petrov")));
}

namespace {

std::atomic<bool> g_counting{false};
std::atomic<int> g_statements{0};
std::atomic<int> g_statementsOnUiThread{0};

void countStatement()
{
    if (!g_counting)
        return;
    ++g_statements;
    if (QThread::currentThread() == QCoreApplication::instance()->thread())
        ++g_statementsOnUiThread;
}

// Counts the statements run between start() and stop(). It must exist before any connection opens:
// the hook is attached to a connection when it opens (the fixture's, the session's lanes).
struct StatementCounter
{
    StatementCounter() { Database::setStatementHook(&countStatement); }
    ~StatementCounter()
    {
        g_counting = false;
        Database::setStatementHook(nullptr);
    }
    void start()
    {
        g_statements = 0;
        g_statementsOnUiThread = 0;
        g_counting = true;
    }
    void stop() { g_counting = false; }
};

} // namespace

TEST_CASE("The form's loads, look-ups, duplicate checks and saves run no statement on the UI thread",
          "[ui][form][async]")
{
    StatementCounter counter;
    FormFixture fx;
    const Lead lead = fx.insertStoredLead(QStringLiteral("Stored lead"));
    // The fixture's own statements on this thread are counted too: the hook sees every connection.
    counter.start();
    QSqlQuery(fx.db.connection()).exec(QStringLiteral("SELECT 1"));
    counter.stop();
    REQUIRE(g_statementsOnUiThread == 1);
    qint64 newId = 0;
    {
        counter.start();
        LeadFormDialog stored(fx.session.get(), lead.id);
        stored.show();
        REQUIRE(waitLoaded(stored));
        type(edit(stored, LeadField::City), QStringLiteral("Kazan"));
        REQUIRE(saveAndWait(stored));

        LeadFormDialog form(fx.session.get());
        form.show();
        fillValid(form, QStringLiteral("Counted lead"));
        check(form, LeadField::NewContact)->setChecked(true);
        type(edit(form, LeadField::FirstName), QStringLiteral("Olga"));
        type(edit(form, LeadField::LastName), QStringLiteral("Orlova"));
        typeChecked(form, LeadField::ContactEmail, QStringLiteral("ivan@acme.ru"));
        typeChecked(form, LeadField::ContactPhone, QStringLiteral("+7 495 123-45-67"));
        REQUIRE(saveAndWait(form));
        newId = form.leadId();
        counter.stop();
        CHECK(g_statements > 0);
        CHECK(g_statementsOnUiThread == 0);
    }
    Lead stored = valueOf(LeadRepository(fx.db.connection()).find(lead.id));
    CHECK(stored.city == QStringLiteral("Kazan"));
    stored = valueOf(LeadRepository(fx.db.connection()).find(newId));
    CHECK(stored.name == QStringLiteral("Counted lead"));
}

// Keyboard first (issue #11): the duplicate notices' actions are buttons reached by Tab right after
// their field, and the first of each kind has a shortcut that does what a click does.
TEST_CASE("A duplicate notice's actions are reached by Tab and triggered by their shortcut", "[ui][form][keyboard]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    form.show();
    QApplication::setActiveWindow(&form);
    REQUIRE(QTest::qWaitForWindowActive(&form));

    // Tab from the field reaches the notice's button; its name is what it shows.
    const auto tabToAction = [&form](LeadField field, const QString &text) -> QPushButton * {
        QWidget *field_ = form.input(field);
        REQUIRE(field_->hasFocus());
        const auto actions = form.duplicateActionsFor(field);
        REQUIRE(!actions.isEmpty());
        QTest::keyClick(field_, Qt::Key_Tab);
        auto *button = qobject_cast<QPushButton *>(QApplication::focusWidget());
        INFO((QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() + QStringLiteral(" ")
              + QApplication::focusWidget()->accessibleName() : QStringLiteral("none")).toStdString());
        REQUIRE(button);
        CHECK(button->text() == text);
        CHECK(button->accessibleName() == text);
        CHECK(button->focusPolicy() & Qt::TabFocus);
        REQUIRE(form.duplicateActionsFor(field).contains(button));
        return button;
    };

    SECTION("Use this contact: Tab, then Ctrl+Shift+T - or Space on the button, or a click")
    {
        check(form, LeadField::NewContact)->setChecked(true);
        typeChecked(form, LeadField::ContactEmail, QStringLiteral("IVAN@ACME.RU"));
        QPushButton *use = tabToAction(LeadField::ContactEmail, QStringLiteral("Use this contact"));
        CHECK(use->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+T")));
        QSignalSpy shown(picker(form, LeadField::ExistingContact), &ReferencePicker::itemShown);
        SECTION("the shortcut")
        {
            QTest::keyClick(use, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        }
        SECTION("Space on the focused button")
        {
            QTest::keyClick(use, Qt::Key_Space);
        }
        SECTION("a click")
        {
            QTest::mouseClick(use, Qt::LeftButton);
        }
        REQUIRE(shown.wait());
        CHECK_FALSE(form.model()->lead().newContact);
        CHECK(form.model()->lead().existingContactId == fx.petrov);
        CHECK(form.duplicateNoticeFor(LeadField::ContactEmail).isEmpty());
        CHECK(picker(form, LeadField::ExistingContact)->lineEdit()->hasFocus());
    }
    SECTION("Use this company: Tab, then Ctrl+Shift+U")
    {
        check(form, LeadField::NewCompany)->setChecked(true);
        typeChecked(form, LeadField::CompanyTin, QStringLiteral("7707083893"));
        QPushButton *use = tabToAction(LeadField::CompanyTin, QStringLiteral("Use this company"));
        CHECK(use->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+U")));
        // Tab goes on from the notice to the next field.
        QTest::keyClick(use, Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == form.input(LeadField::NewContact));
        QSignalSpy shown(picker(form, LeadField::ExistingCompany), &ReferencePicker::itemShown);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(shown.wait());
        CHECK_FALSE(form.model()->lead().newCompany);
        CHECK(form.model()->lead().existingCompanyId == fx.acme);
    }
    SECTION("Open lead: Tab, then Ctrl+Shift+K or Space")
    {
        Lead other;
        other.name = QStringLiteral("Same TIN");
        other.sellingDirectionId = fx.directionA;
        other.newCompany = true;
        other.companyName = QStringLiteral("Acme again");
        other.companyWebsite = QStringLiteral("https://acme.ru");
        other.companyTin = QStringLiteral("7707083893");
        other.existingContactId = fx.petrov;
        REQUIRE(LeadRepository(fx.db.connection()).insert(other, fx.agent.id));
        check(form, LeadField::NewCompany)->setChecked(true);
        typeChecked(form, LeadField::CompanyTin, QStringLiteral("7707083893"));
        QTest::keyClick(form.input(LeadField::CompanyTin), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *open = qobject_cast<QPushButton *>(QApplication::focusWidget());
        REQUIRE(open);
        CHECK(open->text() == QStringLiteral("Open lead"));
        CHECK(open->accessibleName() == QStringLiteral("Open lead"));
        CHECK(open->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+K")));
        QSignalSpy requested(&form, &LeadFormDialog::openLeadRequested);
        // A button's shortcut clicks it a moment later (QAbstractButton::animateClick): wait for it.
        QTest::keyClick(open, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(requested.wait());
        REQUIRE(requested.size() == 1);
        CHECK(requested.at(0).at(0).toLongLong() == other.id);
        // Space on the focused button opens it at once.
        QTest::keyClick(open, Qt::Key_Space);
        REQUIRE(requested.size() == 2);
        CHECK(requested.at(1).at(0).toLongLong() == other.id);
    }
}

TEST_CASE("A read-only picker or field shows no typing hint", "[ui][form]")
{
    FormFixture fx;
    const Lead lead = fx.insertStoredLead(QStringLiteral("Stored lead"));

    {
        LeadFormDialog fresh(fx.session.get());
        CHECK(picker(fresh, LeadField::Campaign)->lineEdit()->placeholderText() == QStringLiteral("Type to search…"));
        CHECK_FALSE(edit(fresh, LeadField::CompanyTin)->placeholderText().isEmpty());
    }
    {
        // A stored lead: its Owner changes only by Assign or Reassign; the rest stays editable.
        LeadFormDialog form(fx.session.get(), lead.id);
        REQUIRE(waitLoaded(form));
        REQUIRE(picker(form, LeadField::Owner)->lineEdit()->isReadOnly());
        CHECK(picker(form, LeadField::Owner)->lineEdit()->placeholderText().isEmpty());
        CHECK(picker(form, LeadField::Campaign)->lineEdit()->placeholderText() == QStringLiteral("Type to search…"));
        CHECK_FALSE(picker(form, LeadField::ExistingContact)->lineEdit()->placeholderText().isEmpty());
    }
    QSqlQuery query(fx.db.connection());
    REQUIRE(query.exec(QStringLiteral("UPDATE leads SET state = 4 WHERE id = %1").arg(lead.id)));
    LeadFormDialog form(fx.session.get(), lead.id);
    REQUIRE(waitLoaded(form));
    REQUIRE(form.isReadOnly());
    for (LeadField field : LeadFields::all()) {
        INFO(LeadFields::label(field).toStdString());
        if (auto *p = picker(form, field)) {
            CHECK(p->lineEdit()->isReadOnly());
            CHECK(p->lineEdit()->placeholderText().isEmpty());
        } else if (auto *e = edit(form, field)) {
            CHECK(e->placeholderText().isEmpty());
        }
    }
}
