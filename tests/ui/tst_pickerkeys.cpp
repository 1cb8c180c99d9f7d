// Keyboard first (issue #11): the lead form's reference pickers driven by key events only.
// Tab or Enter accepts the highlighted match of the open list, text that matches nothing is
// cleared when focus leaves, and the first Down opens the list, with or without typed text.
#include <catch2/catch.hpp>

#include "activewindow.h"
#include "formfixture.h"

#include "lead.h"
#include "leadformdialog.h"
#include "leadmodel.h"
#include "referenceitemdelegate.h"
#include "referencelookupmodel.h"
#include "referencepicker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

namespace {

ReferencePicker *pickerOf(LeadFormDialog &form, LeadField field)
{
    auto *picker = qobject_cast<ReferencePicker *>(form.input(field));
    REQUIRE(picker);
    return picker;
}

// Where the keyboard goes: the open list when one is open, else the focused widget.
QWidget *keyboardTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    return focus;
}

void press(Qt::Key key)
{
    QTest::keyClick(keyboardTarget(), key);
}

// Types letters key by key, each one where the keyboard goes at that moment.
void typeKeys(const QString &letters)
{
    for (const QChar c : letters)
        QTest::keyClick(keyboardTarget(), c.toLatin1());
}

QAbstractItemView *listOf(ReferencePicker *picker)
{
    auto *completer = picker->findChild<QCompleter *>();
    return completer ? completer->popup() : nullptr;
}

bool listOpen(ReferencePicker *picker)
{
    QAbstractItemView *list = listOf(picker);
    return list && list->isVisible();
}

// The row of the open list that is highlighted (current and selected), or -1.
int highlightedRow(ReferencePicker *picker)
{
    QAbstractItemView *list = listOf(picker);
    if (!list || !list->isVisible())
        return -1;
    const QModelIndex current = list->currentIndex();
    if (!current.isValid() || !list->selectionModel()->isSelected(current))
        return -1;
    return current.row();
}

// Focuses the picker as Tab would and types letters; waits for the list the letters open.
void typeAndWaitForList(ReferencePicker *picker, const QString &letters)
{
    picker->lineEdit()->setFocus(Qt::TabFocusReason);
    REQUIRE(picker->lineEdit()->hasFocus());
    QSignalSpy refreshed(picker->lookupModel(), &ReferenceLookupModel::refreshed);
    typeKeys(letters);
    REQUIRE(refreshed.wait());
    REQUIRE(listOpen(picker));
}

// Presses Down in the focused picker and waits for the look-up it starts.
void downAndWait(ReferencePicker *picker)
{
    QSignalSpy refreshed(picker->lookupModel(), &ReferenceLookupModel::refreshed);
    press(Qt::Key_Down);
    REQUIRE(refreshed.wait());
}

// Waits for the answer to the picker's look-up when one is still to come (Tab pressed before it).
void settle(ReferencePicker *picker)
{
    if (!picker->lookupModel()->isQueryPending())
        return;
    QSignalSpy refreshed(picker->lookupModel(), &ReferenceLookupModel::refreshed);
    REQUIRE(refreshed.wait());
}

bool focusLeft(LeadFormDialog &form, ReferencePicker *picker)
{
    QWidget *focus = QApplication::focusWidget();
    return focus && focus != picker->lineEdit() && form.isAncestorOf(focus);
}

} // namespace

TEST_CASE("Picker keys: a prefix, Down and Enter pick the highlighted row of the list", "[ui][form][keyboard]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    showActive(&form);
    ReferencePicker *contact = pickerOf(form, LeadField::ExistingContact);

    typeAndWaitForList(contact, QStringLiteral("iv"));   // Petrov Ivan, Ivanova Maria
    REQUIRE(contact->lookupModel()->rowCount() == 2);
    CHECK(highlightedRow(contact) == 0);   // the first match is highlighted at once
    press(Qt::Key_Down);
    CHECK(highlightedRow(contact) == 1);
    const ReferenceItem second = contact->lookupModel()->item(1);
    press(Qt::Key_Enter);

    CHECK(contact->referenceId() == second.id);
    CHECK(contact->lineEdit()->text() == second.name);
    CHECK_FALSE(listOpen(contact));
    CHECK(contact->lineEdit()->hasFocus());   // Enter accepts; it does not leave the field
    CHECK(form.model()->lead().existingContactId == second.id);
}

TEST_CASE("Picker keys: a prefix and Tab pick the highlighted match and move on", "[ui][form][keyboard]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    showActive(&form);

    SECTION("company")
    {
        ReferencePicker *company = pickerOf(form, LeadField::ExistingCompany);
        typeAndWaitForList(company, QStringLiteral("glob"));
        press(Qt::Key_Tab);
        CHECK(company->referenceId() == fx.globex);
        CHECK(company->lineEdit()->text() == QStringLiteral("Globex"));
        CHECK(form.model()->lead().existingCompanyId == fx.globex);
        CHECK(focusLeft(form, company));
        CHECK_FALSE(listOpen(company));
    }
    SECTION("campaign, and Return also picks")
    {
        ReferencePicker *campaign = pickerOf(form, LeadField::Campaign);
        typeAndWaitForList(campaign, QStringLiteral("spr"));
        press(Qt::Key_Return);
        CHECK(campaign->referenceId() == fx.campaign);
        CHECK(campaign->lineEdit()->hasFocus());
        press(Qt::Key_Tab);
        CHECK(campaign->referenceId() == fx.campaign);
        CHECK(focusLeft(form, campaign));
    }
    SECTION("channel")
    {
        ReferencePicker *channel = pickerOf(form, LeadField::Channel);
        typeAndWaitForList(channel, QStringLiteral("news"));
        press(Qt::Key_Tab);
        CHECK(channel->referenceId() == fx.channel);
        CHECK(form.model()->lead().channelId == fx.channel);
        CHECK(focusLeft(form, channel));
    }
}

TEST_CASE("Picker keys: text that matches nothing is cleared when Tab leaves", "[ui][form][keyboard]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    showActive(&form);
    ReferencePicker *company = pickerOf(form, LeadField::ExistingCompany);

    SECTION("typed on past an open list: the list's old highlight is no match")
    {
        typeAndWaitForList(company, QStringLiteral("ac"));
        typeKeys(QStringLiteral("qqq"));   // "acqqq": the list still shows the answer for "ac"
        press(Qt::Key_Tab);
    }
    SECTION("the list closed because nothing matched")
    {
        company->lineEdit()->setFocus(Qt::TabFocusReason);
        QSignalSpy refreshed(company->lookupModel(), &ReferenceLookupModel::refreshed);
        typeKeys(QStringLiteral("qqq"));
        REQUIRE(refreshed.wait());
        REQUIRE(company->lookupModel()->rowCount() == 0);
        press(Qt::Key_Tab);
    }
    CHECK(focusLeft(form, company));
    settle(company);   // "acqqq" was typed within the debounce: its answer (nothing) decides
    CHECK(company->referenceId() == 0);
    CHECK(company->lineEdit()->text().isEmpty());
    CHECK_FALSE(listOpen(company));
    CHECK(form.model()->lead().existingCompanyId == 0);
}

TEST_CASE("Picker keys: a chosen item stays chosen when garbage typed over it is left by Tab",
          "[ui][form][keyboard]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    showActive(&form);
    ReferencePicker *company = pickerOf(form, LeadField::ExistingCompany);
    typeAndWaitForList(company, QStringLiteral("acme"));
    press(Qt::Key_Enter);
    REQUIRE(company->referenceId() == fx.acme);

    company->lineEdit()->selectAll();
    typeAndWaitForList(company, QStringLiteral("gl"));   // Globex offered and highlighted
    typeKeys(QStringLiteral("qq"));                       // "glqq": the list still shows Globex
    press(Qt::Key_Tab);
    CHECK(focusLeft(form, company));
    settle(company);
    CHECK(company->referenceId() == fx.acme);
    CHECK(company->lineEdit()->text() == QStringLiteral("Acme Trading"));
}

TEST_CASE("Picker keys: the first Down opens the list, with or without text", "[ui][form][keyboard]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    showActive(&form);

    SECTION("every picker, empty")
    {
        for (LeadField field : {LeadField::Campaign, LeadField::SellingDirection, LeadField::ServiceOrProduct,
                                LeadField::ExistingCompany, LeadField::ExistingContact, LeadField::Owner,
                                LeadField::Channel}) {
            INFO("field " << LeadFields::label(field).toStdString());
            ReferencePicker *picker = pickerOf(form, field);
            if (picker->lineEdit()->isReadOnly())
                continue;   // the Owner, when the employee may not assign
            picker->lineEdit()->setFocus(Qt::TabFocusReason);
            REQUIRE(picker->lineEdit()->hasFocus());
            downAndWait(picker);
            CHECK(listOpen(picker));
            CHECK(highlightedRow(picker) == 0);   // one Down opens the list on its first row
            press(Qt::Key_Escape);
            CHECK_FALSE(listOpen(picker));
        }
    }
    SECTION("the contact picker with typed text, after Esc closed the list")
    {
        ReferencePicker *contact = pickerOf(form, LeadField::ExistingContact);
        typeAndWaitForList(contact, QStringLiteral("petr"));
        press(Qt::Key_Escape);
        REQUIRE_FALSE(listOpen(contact));
        REQUIRE(contact->lineEdit()->text() == QStringLiteral("petr"));
        downAndWait(contact);
        CHECK(listOpen(contact));
        CHECK(highlightedRow(contact) == 0);
        press(Qt::Key_Enter);
        CHECK(contact->referenceId() == fx.petrov);
    }
    SECTION("the contact picker holding a contact of the chosen company")
    {
        ReferencePicker *company = pickerOf(form, LeadField::ExistingCompany);
        typeAndWaitForList(company, QStringLiteral("acme"));
        press(Qt::Key_Tab);
        REQUIRE(company->referenceId() == fx.acme);
        ReferencePicker *contact = pickerOf(form, LeadField::ExistingContact);
        for (int i = 0; i < 40 && !contact->lineEdit()->hasFocus(); ++i)
            press(Qt::Key_Tab);
        REQUIRE(contact->lineEdit()->hasFocus());
        downAndWait(contact);   // reached by Tab: one Down opens the list on its first row
        CHECK(listOpen(contact));
        CHECK(highlightedRow(contact) == 0);
        press(Qt::Key_Escape);
        typeAndWaitForList(contact, QStringLiteral("petr"));
        press(Qt::Key_Enter);
        REQUIRE(contact->referenceId() == fx.petrov);

        contact->lineEdit()->setFocus(Qt::TabFocusReason);
        downAndWait(contact);
        CHECK(listOpen(contact));
        REQUIRE(highlightedRow(contact) >= 0);   // the picked contact, highlighted
        CHECK(contact->lookupModel()->item(highlightedRow(contact)).id == fx.petrov);
        press(Qt::Key_Tab);   // Tab keeps it
        CHECK(contact->referenceId() == fx.petrov);
        CHECK(focusLeft(form, contact));
    }
}

TEST_CASE("Picker keys: Tab or Enter pressed before the list opened accepts the first match", "[ui][form][keyboard]")
{
    // The look-up waits ~150 ms for typing to pause; a fast typist presses Tab before. The text was
    // cleared then, as if nothing matched.
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    showActive(&form);
    ReferencePicker *company = pickerOf(form, LeadField::ExistingCompany);

    // Where Tab goes from the company picker once a match is picked from the open list.
    typeAndWaitForList(company, QStringLiteral("acme"));
    press(Qt::Key_Tab);
    REQUIRE(company->referenceId() == fx.acme);
    QWidget *next = QApplication::focusWidget();
    REQUIRE(focusLeft(form, company));

    SECTION("Tab: the focus moves on at once, the answer picks the match")
    {
        company->lineEdit()->setFocus(Qt::TabFocusReason);
        company->lineEdit()->selectAll();
        QSignalSpy changed(company, &ReferencePicker::changed);
        typeKeys(QStringLiteral("glob"));
        REQUIRE(company->lookupModel()->isQueryPending());   // within the debounce: no list yet
        REQUIRE_FALSE(listOpen(company));
        press(Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == next);   // the form's tab order, as from the open list
        CHECK(company->lineEdit()->text() == QStringLiteral("glob"));   // not cleared
        REQUIRE(changed.wait());
        CHECK(changed.constLast().at(0).toLongLong() == fx.globex);
        CHECK(company->referenceId() == fx.globex);
        CHECK(company->lineEdit()->text() == QStringLiteral("Globex"));
        CHECK(form.model()->lead().existingCompanyId == fx.globex);
        CHECK_FALSE(listOpen(company));
        CHECK(QApplication::focusWidget() == next);   // the pick took no focus back
    }
    SECTION("Tab with text that matches nothing: cleared once the answer says so")
    {
        company->lineEdit()->setFocus(Qt::TabFocusReason);
        company->lineEdit()->selectAll();
        press(Qt::Key_Backspace);   // erased: nothing chosen
        REQUIRE(company->referenceId() == 0);
        typeKeys(QStringLiteral("zzz"));
        REQUIRE(company->lookupModel()->isQueryPending());
        press(Qt::Key_Tab);
        CHECK(focusLeft(form, company));   // (no company chosen: the form offers other fields next)
        settle(company);
        CHECK(company->referenceId() == 0);
        CHECK(company->lineEdit()->text().isEmpty());
        CHECK_FALSE(listOpen(company));
    }
    SECTION("Enter: the answer picks the match and the focus stays")
    {
        ReferencePicker *contact = pickerOf(form, LeadField::ExistingContact);
        contact->lineEdit()->setFocus(Qt::TabFocusReason);
        QSignalSpy changed(contact, &ReferencePicker::changed);
        typeKeys(QStringLiteral("ivanova"));
        REQUIRE(contact->lookupModel()->isQueryPending());
        press(Qt::Key_Enter);
        REQUIRE(changed.wait());
        CHECK(contact->lineEdit()->text() == QStringLiteral("Ivanova Maria"));
        CHECK(contact->lineEdit()->hasFocus());
        CHECK_FALSE(listOpen(contact));
    }
}

TEST_CASE("Picker keys: the chosen company's contacts come first under their heading, and the keys see only contacts",
          "[ui][form][keyboard]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    showActive(&form);
    ReferencePicker *company = pickerOf(form, LeadField::ExistingCompany);
    typeAndWaitForList(company, QStringLiteral("acme"));
    // Every match in two lines: the name, and the TIN and website under it.
    QAbstractItemView *companies = listOf(company);
    REQUIRE(qobject_cast<ReferenceItemDelegate *>(companies->itemDelegate()));
    CHECK(companies->model()->index(0, 0).data(Qt::DisplayRole).toString() == QStringLiteral("Acme Trading"));
    CHECK(companies->model()->index(0, 0).data(ReferenceLookupModel::NoteRole).toString()
          == QStringLiteral("TIN 7707083893 · acme.ru"));
    const int twoLines = companies->sizeHintForRow(0);
    press(Qt::Key_Tab);
    REQUIRE(company->referenceId() == fx.acme);

    ReferencePicker *contact = pickerOf(form, LeadField::ExistingContact);
    contact->lineEdit()->setFocus(Qt::TabFocusReason);
    downAndWait(contact);
    REQUIRE(listOpen(contact));
    ReferenceLookupModel *model = contact->lookupModel();
    REQUIRE(model->rowCount() == 2);   // two contacts: the headings are no rows
    CHECK(model->item(0).id == fx.petrov);
    CHECK(model->sectionTitle(0) == QStringLiteral("Contacts of Acme Trading"));
    CHECK(model->sectionTitle(1) == QStringLiteral("Other contacts"));
    QAbstractItemView *list = listOf(contact);
    CHECK(list->model()->index(0, 0).data(ReferenceLookupModel::SectionRole).toString()
          == QStringLiteral("Contacts of Acme Trading"));
    CHECK(list->model()->index(1, 0).data(ReferenceLookupModel::NoteRole).toString()
          == QStringLiteral("Globex · maria@globex.com"));
    // A heading above a two-line row makes it taller still; a one-line row is lower.
    const int headed = list->sizeHintForRow(0);
    CHECK(headed > twoLines);

    // The first match highlighted is the first contact, under the heading.
    CHECK(highlightedRow(contact) == 0);
    press(Qt::Key_Down);   // one key from the last of Acme's to the first of the others
    CHECK(highlightedRow(contact) == 1);
    CHECK(model->item(1).name == QStringLiteral("Ivanova Maria"));
    press(Qt::Key_Up);     // and back
    CHECK(highlightedRow(contact) == 0);
    press(Qt::Key_Up);     // nothing above the first contact: the heading is never highlighted
    CHECK(highlightedRow(contact) == 0);
    press(Qt::Key_Down);
    const qint64 maria = model->item(1).id;
    press(Qt::Key_Tab);    // Tab accepts the contact highlighted, never a heading
    CHECK(contact->referenceId() == maria);
    CHECK(contact->lineEdit()->text() == QStringLiteral("Ivanova Maria"));

    ReferencePicker *campaign = pickerOf(form, LeadField::Campaign);
    campaign->lineEdit()->setFocus(Qt::TabFocusReason);
    downAndWait(campaign);
    QAbstractItemView *campaigns = listOf(campaign);
    REQUIRE(campaigns->model()->rowCount() > 0);
    CHECK(campaigns->model()->index(0, 0).data(ReferenceLookupModel::NoteRole).toString().isEmpty());
    CHECK(campaigns->sizeHintForRow(0) < twoLines);
    press(Qt::Key_Escape);
}
