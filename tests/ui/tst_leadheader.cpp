// The lead form's header strip and its room (issue #11): a stored lead shows its number, its stage as
// a bar, its owner and the actions allowed now above the fields; a new lead has no strip. The form fits
// a 1366x768 screen without scrolling, gives History the room of many rows, and keeps its size and
// its buttons where they are when messages appear.

#include "formfixture.h"
#include "leadformsteps.h"

#include "lead.h"
#include "leadactions.h"
#include "leadheaderstrip.h"
#include "leadmodel.h"
#include "leadstagebar.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>

#include <catch2/catch.hpp>

#include <utility>

namespace {

// The dialog size on a 1366x768 screen, less the title bar and a panel.
const QSize kSmallScreen(1366, 700);

void showAt(LeadFormDialog &form, const QSize &size)
{
    form.resize(size);
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
}

// Lets the layouts settle after rows were shown or hidden.
void settle(LeadFormDialog &form)
{
    QApplication::processEvents();
    form.layout()->activate();
    QApplication::processEvents();
}

void setState(FormFixture &fx, qint64 leadId, LeadState state, qint64 ownerId)
{
    QSqlQuery query(fx.db.connection());
    REQUIRE(query.exec(QStringLiteral("UPDATE leads SET state = %1, owner_id = %2 WHERE id = %3")
                           .arg(int(state))
                           .arg(ownerId > 0 ? QString::number(ownerId) : QStringLiteral("NULL"))
                           .arg(leadId)));
}

// `w`'s rectangle in `form`'s coordinates.
QRect inForm(QWidget *w, LeadFormDialog &form)
{
    return QRect(w->mapTo(&form, QPoint(0, 0)), w->size());
}

// The buttons of the strip the employee sees.
QStringList shownActions(LeadHeaderStrip *strip)
{
    QStringList shown;
    for (QPushButton *button : strip->findChildren<QPushButton *>()) {
        if (button->isVisibleTo(strip))
            shown << button->accessibleName();
    }
    shown.sort();
    return shown;
}

} // namespace

TEST_CASE("A new lead has no header strip, nor a stored lead's lists", "[ui][form][header]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    showAt(form, kSmallScreen);
    REQUIRE(form.headerStrip());
    CHECK_FALSE(form.headerStrip()->isVisible());
    CHECK_FALSE(form.findChild<LeadRelatedLists *>()->isVisible());
    // The Owner is chosen in the form on a new lead.
    CHECK(form.isRowShown(LeadField::Owner));
}

TEST_CASE("A stored lead's strip shows its number, its stage, its owner and the actions allowed now",
          "[ui][form][header]")
{
    FormFixture fx;
    const Lead lead = fx.insertStoredLead(QStringLiteral("Stored lead"));

    struct Case
    {
        LeadState state;
        qint64 owner;
        QString ownerText;
    };
    const Case cases[] = {
        {LeadState::New, 0, QStringLiteral("Owner: none yet")},
        {LeadState::Assigned, fx.agent.id, QStringLiteral("Owner: Anna Agent")},
        {LeadState::Qualified, fx.agent.id, QStringLiteral("Owner: Anna Agent")},
        {LeadState::Disqualified, fx.agent.id, QStringLiteral("Owner: Anna Agent")},
    };
    for (const Case &c : cases) {
        INFO(LeadStates::label(c.state).toStdString());
        setState(fx, lead.id, c.state, c.owner);
        auto form = openForm(fx.session.get(), lead.id);
        showAt(*form, kSmallScreen);
        LeadHeaderStrip *strip = form->headerStrip();
        REQUIRE(strip->isVisible());
        CHECK(strip->numberText() == QStringLiteral("Lead %1").arg(lead.id));
        CHECK(strip->ownerText() == c.ownerText);
        // The owner shows once: in the strip, not again as a field.
        CHECK_FALSE(form->isRowShown(LeadField::Owner));

        LeadStageBar *bar = strip->stageBar();
        CHECK(bar->isVisible());
        CHECK(bar->state() == c.state);
        CHECK(bar->accessibleName() == QStringLiteral("Stage"));
        CHECK(bar->accessibleDescription() == QStringLiteral("Current stage: %1").arg(LeadStates::label(c.state)));
        CHECK(bar->stepOf(c.state) == LeadStageBar::Step::Current);
        if (c.state != LeadState::New)
            CHECK(bar->stepOf(LeadState::New) == LeadStageBar::Step::Done);
        if (c.state == LeadState::Assigned || c.state == LeadState::New)
            CHECK(bar->stepOf(LeadState::Qualified) == LeadStageBar::Step::Ahead);
        if (c.state == LeadState::Qualified) {
            CHECK(bar->stepOf(LeadState::Assigned) == LeadStageBar::Step::Done);
            CHECK(bar->stepOf(LeadState::Disqualified) == LeadStageBar::Step::NotTaken);
            CHECK(bar->stepOf(LeadState::Dropped) == LeadStageBar::Step::NotTaken);
        }
        // The current stage is the one drawn in the highlight colour, and its text is not cut.
        const QRect current = bar->stageRect(c.state);
        REQUIRE(bar->rect().contains(current));
        const QImage image = bar->grab().toImage();
        CHECK(image.pixelColor(current.left() + 14, 3) == bar->palette().color(QPalette::Highlight));
        CHECK(bar->width() >= bar->sizeHint().width());

        // The actions are the actions bar's, in the strip: what LeadService allows now.
        LeadActionsBar *actions = strip->actionsBar();
        CHECK(form->findChild<LeadActionsBar *>() == actions);
        LeadDecisions decisions;
        bool answered = false;
        LeadActions(fx.session.get()).decide(lead.id, form.get(), [&](Result<LeadDecisions> d) {
            REQUIRE(d);
            decisions = *d;
            answered = true;
        });
        QSignalSpy wait(actions, &LeadActionsBar::refreshed);
        actions->refresh();
        REQUIRE(wait.wait());
        REQUIRE(answered);
        QStringList allowed;
        if (decisions.assign.allowed)
            allowed << QStringLiteral("Assign…");
        if (decisions.reassign.allowed)
            allowed << QStringLiteral("Reassign…");
        if (decisions.qualify.allowed)
            allowed << QStringLiteral("Qualify…");
        if (decisions.disqualify.allowed)
            allowed << QStringLiteral("Disqualify…");
        allowed.sort();
        CHECK(shownActions(strip) == allowed);
        if (c.state == LeadState::Assigned)
            CHECK_FALSE(allowed.isEmpty());   // the agent owns it: Qualify and Disqualify at least
        if (LeadStates::isClosed(c.state))
            CHECK(allowed.isEmpty());
    }
}

TEST_CASE("While a stored lead is read its strip says so, and nothing moves when it arrives", "[ui][form][header]")
{
    FormFixture fx;
    const Lead lead = fx.insertStoredLead(QStringLiteral("Stored lead"));
    setState(fx, lead.id, LeadState::Assigned, fx.agent.id);
    LeadFormDialog form(fx.session.get(), lead.id);
    QSignalSpy loaded(&form, &LeadFormDialog::loadFinished);
    // Laid out before any event runs: the answer cannot have come yet.
    form.resize(kSmallScreen);
    form.layout()->activate();
    REQUIRE(form.isLoading());
    REQUIRE(form.headerStrip()->isVisibleTo(&form));
    CHECK(form.headerStrip()->numberText() == QStringLiteral("Lead %1").arg(lead.id));
    CHECK(form.headerStrip()->ownerText() == QStringLiteral("Reading lead %1…").arg(lead.id));
    CHECK(form.notice() == QStringLiteral("Reading lead %1…").arg(lead.id));
    // No banner above the strip (that would go when the lead arrives), the lists have their room.
    auto *banner = form.findChild<QLabel *>(QStringLiteral("bannerLabel"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisibleTo(&form));
    CHECK(form.findChild<LeadRelatedLists *>()->isVisibleTo(&form));
    const QRect strip = inForm(form.headerStrip(), form);
    showAt(form, kSmallScreen);
    if (loaded.isEmpty())
        REQUIRE(loaded.wait());
    settle(form);
    CHECK(form.headerStrip()->ownerText() == QStringLiteral("Owner: Anna Agent"));
    CHECK(form.headerStrip()->stageBar()->isVisible());
    CHECK(inForm(form.headerStrip(), form) == strip);
    // The strip kept its place and size, and the fields start below it as before.
    CHECK_FALSE(banner->isVisibleTo(&form));
    CHECK(form.findChild<LeadRelatedLists *>()->isVisibleTo(&form));
}

TEST_CASE("A saved new lead gets its strip at once", "[ui][form][header]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    showAt(form, kSmallScreen);
    type(edit(form, LeadField::Name), QStringLiteral("Fresh lead"));
    form.model()->setField(LeadField::SellingDirection, fx.directionA);
    form.model()->setField(LeadField::ExistingCompany, fx.acme);
    form.model()->setField(LeadField::ExistingContact, fx.petrov);
    QSignalSpy finished(&form, &LeadFormDialog::saveFinished);
    REQUIRE(form.save());
    REQUIRE(finished.wait());
    REQUIRE(finished.at(0).at(0).toBool());
    CHECK(form.headerStrip()->isVisible());
    CHECK(form.headerStrip()->numberText() == QStringLiteral("Lead %1").arg(form.leadId()));
    CHECK(form.headerStrip()->stageBar()->state() == LeadState::New);
    CHECK_FALSE(form.isRowShown(LeadField::Owner));
}

TEST_CASE("At 1366x700 a new lead with a new company and a new contact shows every row whole", "[ui][form][room]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    showAt(form, kSmallScreen);
    qobject_cast<QCheckBox *>(form.input(LeadField::NewCompany))->setChecked(true);
    qobject_cast<QCheckBox *>(form.input(LeadField::NewContact))->setChecked(true);
    settle(form);
    CHECK(form.size() == kSmallScreen);
    int shown = 0;
    for (LeadField field : LeadFields::all()) {
        if (!form.isRowShown(field))
            continue;
        INFO(LeadFields::label(field).toStdString());
        ++shown;
        QWidget *input = form.input(field);
        CHECK(form.rect().contains(inForm(input, form)));
        CHECK(input->height() >= input->minimumSizeHint().height());
        if (QLabel *label = form.label(field)) {
            CHECK(form.rect().contains(inForm(label, form)));
            // The whole label text fits (with its required marker).
            CHECK(label->width() >= label->fontMetrics().horizontalAdvance(label->text().remove(u'&')));
            CHECK(label->height() >= label->sizeHint().height());
        }
        // Nothing holds the form in a scroll area.
        for (QWidget *w = input->parentWidget(); w && w != &form; w = w->parentWidget())
            CHECK_FALSE(qobject_cast<QAbstractScrollArea *>(w));
    }
    CHECK(shown >= 19);
    // The buttons are inside too.
    for (QPushButton *button : form.findChildren<QPushButton *>()) {
        if (button->isVisibleTo(&form) && button->text().contains(u'S'))
            CHECK(form.rect().contains(inForm(button, form)));
    }
}

TEST_CASE("At 1366x700 a stored lead's History has the room of many rows and its fields stay whole",
          "[ui][form][room]")
{
    FormFixture fx;
    Lead lead = fx.insertStoredLead(QStringLiteral("Stored lead"));
    auto form = openForm(fx.session.get(), lead.id);
    showAt(*form, kSmallScreen);
    settle(*form);
    CHECK(form->size() == kSmallScreen);
    QTableWidget *history = form->findChild<LeadRelatedLists *>()->historyTable();
    REQUIRE(history);
    // A lead without opportunities opens on its history.
    CHECK(history->isVisible());
    QTest::keyClick(form->input(LeadField::Name), Qt::Key_O, Qt::AltModifier);
    settle(*form);
    CHECK_FALSE(history->isVisible());
    // Alt+H shows it.
    QTest::keyClick(form->input(LeadField::Name), Qt::Key_H, Qt::AltModifier);
    settle(*form);
    REQUIRE(history->isVisible());
    const int rowHeight = history->verticalHeader()->defaultSectionSize();
    INFO("history viewport " << history->viewport()->height() << " row " << rowHeight);
    CHECK(history->viewport()->height() >= 8 * rowHeight);
    CHECK(form->rect().contains(inForm(history, *form)));
    for (LeadField field : LeadFields::all()) {
        if (!form->isRowShown(field))
            continue;
        INFO(LeadFields::label(field).toStdString());
        QWidget *input = form->input(field);
        CHECK(form->rect().contains(inForm(input, *form)));
        if (QLabel *label = form->label(field)) {
            CHECK(form->rect().contains(inForm(label, *form)));
            CHECK(label->width() >= label->fontMetrics().horizontalAdvance(label->text().remove(u'&')));
        }
    }
    CHECK(form->rect().contains(inForm(form->headerStrip(), *form)));
    CHECK(form->headerStrip()->stageBar()->width() >= form->headerStrip()->stageBar()->sizeHint().width());
}

TEST_CASE("Messages on several fields neither grow the dialog nor move its buttons", "[ui][form][room]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    showAt(form, kSmallScreen);
    qobject_cast<QCheckBox *>(form.input(LeadField::NewCompany))->setChecked(true);
    qobject_cast<QCheckBox *>(form.input(LeadField::NewContact))->setChecked(true);
    settle(form);
    auto *saveButton = form.findChild<QPushButton *>(QStringLiteral("saveButton"));
    REQUIRE(saveButton);
    const QSize size = form.size();
    const QRect saveAt = inForm(saveButton, form);

    // Duplicate notices with their buttons: Acme's TIN, Petrov's e-mail.
    for (const auto &[field, text] : {std::pair{LeadField::CompanyTin, QStringLiteral("7707083893")},
                                      std::pair{LeadField::ContactEmail, QStringLiteral("ivan@acme.ru")}}) {
        QSignalSpy checked(&form, &LeadFormDialog::duplicatesChecked);
        type(edit(form, field), text);
        while (checked.isEmpty() || checked.last().at(0).toInt() != int(field))
            REQUIRE(checked.wait());
        CHECK_FALSE(form.duplicateNoticeFor(field).isEmpty());
    }
    settle(form);
    CHECK(form.size() == size);
    CHECK(inForm(saveButton, form) == saveAt);

    // The TIN's own message, then every required field's error at once.
    type(edit(form, LeadField::CompanyTin), QStringLiteral("12ab"));
    type(edit(form, LeadField::ContactEmail), QStringLiteral("not an e-mail"));
    type(edit(form, LeadField::CompanyWebsite), QStringLiteral("ftp://nowhere"));
    CHECK_FALSE(form.save());
    settle(form);
    int messages = 0;
    for (LeadField field : LeadFields::all())
        messages += form.messageFor(field).isEmpty() ? 0 : 1;
    CHECK(messages >= 5);
    CHECK_FALSE(form.statusText().isEmpty());
    CHECK(form.size() == size);
    CHECK(inForm(saveButton, form) == saveAt);
    for (LeadField field : LeadFields::all()) {
        if (!form.isRowShown(field))
            continue;
        INFO(LeadFields::label(field).toStdString());
        CHECK(form.rect().contains(inForm(form.input(field), form)));
    }
}

// Presses Tab from `start` until the focus comes back to it; the accessible names visited, `start`'s
// last. Fails when the focus stays put or does not come back.
QStringList tabCycle(QWidget *start)
{
    start->setFocus(Qt::TabFocusReason);
    REQUIRE(QApplication::focusWidget() == start);
    QStringList visited;
    for (int i = 0; i < 60; ++i) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *after = QApplication::focusWidget();
        REQUIRE(after);
        REQUIRE(after != before);
        visited << (after->accessibleName().isEmpty() ? QString::fromLatin1(after->metaObject()->className())
                                                      : after->accessibleName());
        if (after == start)
            return visited;
    }
    INFO(visited.join(QStringLiteral(" > ")).toStdString());
    FAIL("Tab did not come back to the start");
    return visited;
}

TEST_CASE("Tab goes round a stored lead's form: fields, lists, buttons, the strip's actions", "[ui][form][header][tab]")
{
    FormFixture fx;
    const Lead lead = fx.insertStoredLead(QStringLiteral("Stored lead"));
    setState(fx, lead.id, LeadState::Assigned, fx.agent.id);
    auto form = openForm(fx.session.get(), lead.id);
    showAt(*form, kSmallScreen);
    QApplication::setActiveWindow(form.get());
    REQUIRE(QTest::qWaitForWindowActive(form.get()));
    const QStringList visited = tabCycle(form->input(LeadField::Name));
    INFO(visited.join(QStringLiteral(" > ")).toStdString());
    // Every shown field once, in the visual order, then the lists, the buttons, the strip's actions.
    QStringList expected = {QStringLiteral("Lead source"), QStringLiteral("Campaign"), QStringLiteral("Selling direction"),
                            QStringLiteral("Service or product"), QStringLiteral("Lead company name"),
                            QStringLiteral("New company"), QStringLiteral("Existing company"),
                            QStringLiteral("New contact"), QStringLiteral("Existing contact"), QStringLiteral("City"),
                            QStringLiteral("Content distribution channel"), QStringLiteral("Description"),
                            // The tabs, then the table shown: History, for a lead with no opportunity.
                            QStringLiteral("QTabBar"), QStringLiteral("History"), QStringLiteral("Save"),
                            QStringLiteral("Save and exit"), QStringLiteral("Cancel")};
    LeadActionsBar *actions = form->headerStrip()->actionsBar();
    int shown = 0;
    for (QPushButton *button : {actions->assignButton(), actions->reassignButton(), actions->qualifyButton(),
                                actions->disqualifyButton()}) {
        if (button->isVisible()) {
            expected << button->accessibleName();
            ++shown;
        }
    }
    expected << QStringLiteral("Name");
    CHECK(shown >= 2);
    CHECK(visited == expected);
}

TEST_CASE("Tab goes round a new lead's form and back to Name", "[ui][form][tab]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    showAt(form, kSmallScreen);
    QApplication::setActiveWindow(&form);
    REQUIRE(QTest::qWaitForWindowActive(&form));
    const QStringList visited = tabCycle(form.input(LeadField::Name));
    INFO(visited.join(QStringLiteral(" > ")).toStdString());
    CHECK(visited.count(QStringLiteral("Owner")) == 1);
    CHECK(visited.mid(visited.size() - 4)
          == QStringList({QStringLiteral("Save"), QStringLiteral("Save and exit"), QStringLiteral("Cancel"),
                          QStringLiteral("Name")}));
}
