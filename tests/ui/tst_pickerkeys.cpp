// Keyboard first (issue #11): the lead form's reference pickers driven by key events only.
// Tab or Enter accepts the highlighted match of the open list, text that matches nothing is
// cleared when focus leaves, and the first Down opens the list, with or without typed text.
#include <catch2/catch.hpp>

#include "activewindow.h"
#include "formfixture.h"

#include "lead.h"
#include "leadformdialog.h"
#include "leadmodel.h"
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
