// Keyboard first (issue #11), "Done means": a complete lead of each kind - a new company and a new
// contact, an existing company and contact picked by typing, the required fields only - entered
// and saved from the main window with key events only (Ctrl+N, typing, Tab, Space, Ctrl+S or
// Ctrl+Enter; never a mouse event, never a setter on a widget), then read back from the database.
#include "activewindow.h"
#include "formfixture.h"

#include "catchresult.h"
#include "lead.h"
#include "leadformdialog.h"
#include "leadrepository.h"
#include "leadsource.h"
#include "mainwindow.h"
#include "referencelookupmodel.h"
#include "referencepicker.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

constexpr int WaitMs = 10000;

// Where the keyboard goes: the open list when one is open, else the focused widget.
QWidget *keyboardTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    return focus;
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(keyboardTarget(), key, modifiers);
}

// Types text key by key, each key where the keyboard goes at that moment.
void typeKeys(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(keyboardTarget(), c.toLatin1());
}

// The widget that has the focus when `field`'s input has it.
QWidget *focusOf(LeadFormDialog &form, LeadField field)
{
    QWidget *input = form.input(field);
    if (auto *picker = qobject_cast<ReferencePicker *>(input))
        return picker->lineEdit();
    while (input->focusProxy())
        input = input->focusProxy();
    return input;
}

// Presses Tab until `field`'s input has the focus; fails when Tab goes round without reaching it.
void tabTo(LeadFormDialog &form, LeadField field)
{
    QWidget *target = focusOf(form, field);
    for (int i = 0; i < 60 && QApplication::focusWidget() != target; ++i)
        press(Qt::Key_Tab);
    INFO("Tab did not reach " << LeadFields::label(field).toStdString());
    REQUIRE(QApplication::focusWidget() == target);
}

// Tabs to a text field and types into it.
void fill(LeadFormDialog &form, LeadField field, const QString &text)
{
    tabTo(form, field);
    typeKeys(text);
}

// Tabs to a picker, types a few letters, waits for the list they open and accepts its highlighted
// match with Tab; the picker then holds it.
void pick(LeadFormDialog &form, LeadField field, const QString &letters)
{
    tabTo(form, field);
    auto *picker = qobject_cast<ReferencePicker *>(form.input(field));
    REQUIRE(picker);
    QSignalSpy refreshed(picker->lookupModel(), &ReferenceLookupModel::refreshed);
    typeKeys(letters);
    REQUIRE(refreshed.wait(WaitMs));
    while (picker->lookupModel()->isQueryPending())
        REQUIRE(refreshed.wait(WaitMs));
    press(Qt::Key_Tab);
    INFO(LeadFields::label(field).toStdString() << " after typing " << letters.toStdString());
    CHECK(picker->referenceId() > 0);
}

// Tabs to a checkbox and ticks it with Space.
void tick(LeadFormDialog &form, LeadField field)
{
    tabTo(form, field);
    press(Qt::Key_Space);
}

// The main window of the fixture's agent, active, and the new lead's form Ctrl+N opened in it.
struct KeyboardEntry
{
    FormFixture fx;
    std::unique_ptr<MainWindow> window;
    LeadFormDialog *form = nullptr;

    KeyboardEntry()
    {
        QSettings().remove(QStringLiteral("leadForm"));   // no remembered lead source
        window = std::make_unique<MainWindow>(fx.session.get());
        window->resize(1366, 768);
        showActive(window.get());
        press(Qt::Key_N, Qt::ControlModifier);
        const QList<LeadFormDialog *> forms = window->findChildren<LeadFormDialog *>();
        REQUIRE(forms.size() == 1);
        form = forms.first();
        REQUIRE(form->leadId() == 0);
        QApplication::setActiveWindow(form);
        REQUIRE(QTest::qWaitForWindowActive(form));
        // The form opens on Name.
        REQUIRE(QApplication::focusWidget() == focusOf(*form, LeadField::Name));
    }
    ~KeyboardEntry()
    {
        window.reset();   // with its forms, before the session
    }

    // Ctrl+S: saves and stays open; the stored lead.
    Lead saveWithCtrlS()
    {
        QSignalSpy saved(form, &LeadFormDialog::leadSaved);
        QSignalSpy finished(form, &LeadFormDialog::saveFinished);
        press(Qt::Key_S, Qt::ControlModifier);
        REQUIRE(finished.wait(WaitMs));
        INFO(form->statusText().toStdString());
        REQUIRE(finished.at(0).at(0).toBool());
        REQUIRE(saved.size() == 1);
        CHECK(form->isVisible());
        return valueOf(LeadRepository(fx.db.connection()).find(saved.at(0).at(0).toLongLong()));
    }

    // Ctrl+Enter: saves and closes; the stored lead.
    Lead saveWithCtrlEnter()
    {
        QSignalSpy saved(form, &LeadFormDialog::leadSaved);
        QSignalSpy closed(form, &QDialog::finished);
        press(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(closed.wait(WaitMs));
        REQUIRE(saved.size() == 1);
        REQUIRE(closed.at(0).at(0).toInt() == QDialog::Accepted);
        return valueOf(LeadRepository(fx.db.connection()).find(saved.at(0).at(0).toLongLong()));
    }
};

} // namespace

TEST_CASE("By keyboard alone: a lead with a new company and a new contact, every field typed",
          "[ui][keyboard][entry]")
{
    KeyboardEntry e;
    LeadFormDialog &form = *e.form;
    const QList<LeadSource> sources = LeadSources::all();

    typeKeys(QStringLiteral("Office chairs for 40 seats"));   // Name has the focus
    tabTo(form, LeadField::Source);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    fill(form, LeadField::LeadCompanyName, QStringLiteral("NewCo as written"));
    tick(form, LeadField::NewCompany);
    fill(form, LeadField::CompanyName, QStringLiteral("NewCo LLC"));
    fill(form, LeadField::CompanyWebsite, QStringLiteral("newco.ru"));
    fill(form, LeadField::CompanyTin, QStringLiteral("7736207543"));
    pick(form, LeadField::Campaign, QStringLiteral("spr"));
    pick(form, LeadField::SellingDirection, QStringLiteral("cons"));
    pick(form, LeadField::ServiceOrProduct, QStringLiteral("aud"));
    tick(form, LeadField::NewContact);
    fill(form, LeadField::FirstName, QStringLiteral("Olga"));
    fill(form, LeadField::LastName, QStringLiteral("Smirnova"));
    fill(form, LeadField::MiddleName, QStringLiteral("Petrovna"));
    fill(form, LeadField::ContactPhone, QStringLiteral("+7 (812) 555-12-34"));
    fill(form, LeadField::ContactEmail, QStringLiteral("olga@newco.ru"));
    fill(form, LeadField::Description, QStringLiteral("Wants them by May"));
    pick(form, LeadField::Owner, QStringLiteral("ann"));
    fill(form, LeadField::City, QStringLiteral("Kazan"));
    pick(form, LeadField::Channel, QStringLiteral("news"));

    const Lead stored = e.saveWithCtrlS();
    CHECK(stored.name == QStringLiteral("Office chairs for 40 seats"));
    CHECK(stored.source == sources.at(2));
    CHECK(stored.leadCompanyName == QStringLiteral("NewCo as written"));
    CHECK(stored.newCompany);
    CHECK(stored.existingCompanyId == 0);
    CHECK(stored.companyName == QStringLiteral("NewCo LLC"));
    CHECK(stored.companyWebsite == QStringLiteral("https://newco.ru"));
    CHECK(stored.companyTin == QStringLiteral("7736207543"));
    CHECK(stored.campaignId == e.fx.campaign);
    CHECK(stored.sellingDirectionId == e.fx.directionA);
    CHECK(stored.serviceId == e.fx.auditService);
    CHECK(stored.newContact);
    CHECK(stored.existingContactId == 0);
    CHECK(stored.firstName == QStringLiteral("Olga"));
    CHECK(stored.lastName == QStringLiteral("Smirnova"));
    CHECK(stored.middleName == QStringLiteral("Petrovna"));
    CHECK(stored.contactPhone == QStringLiteral("+7 (812) 555-12-34"));
    CHECK(stored.contactEmail == QStringLiteral("olga@newco.ru"));
    CHECK(stored.description == QStringLiteral("Wants them by May"));
    CHECK(stored.ownerId == e.fx.agent.id);
    CHECK(stored.state == LeadState::Assigned);
    CHECK(stored.city == QStringLiteral("Kazan"));
    CHECK(stored.channelId == e.fx.channel);
    CHECK(stored.createdById == e.fx.agent.id);
}

TEST_CASE("By keyboard alone: a lead with an existing company and contact picked by typing a few letters",
          "[ui][keyboard][entry]")
{
    KeyboardEntry e;
    LeadFormDialog &form = *e.form;
    typeKeys(QStringLiteral("Licences renewal"));
    pick(form, LeadField::SellingDirection, QStringLiteral("sof"));
    pick(form, LeadField::ServiceOrProduct, QStringLiteral("lic"));
    pick(form, LeadField::ExistingCompany, QStringLiteral("acm"));
    pick(form, LeadField::ExistingContact, QStringLiteral("petr"));
    fill(form, LeadField::City, QStringLiteral("Moscow"));

    const Lead stored = e.saveWithCtrlEnter();
    CHECK(stored.name == QStringLiteral("Licences renewal"));
    CHECK(stored.source == LeadSources::all().at(0));
    CHECK(stored.sellingDirectionId == e.fx.directionB);
    CHECK(stored.serviceId == e.fx.licencesService);
    CHECK_FALSE(stored.newCompany);
    CHECK(stored.existingCompanyId == e.fx.acme);
    CHECK(stored.companyName.isEmpty());
    CHECK_FALSE(stored.newContact);
    CHECK(stored.existingContactId == e.fx.petrov);
    CHECK(stored.firstName.isEmpty());
    CHECK(stored.city == QStringLiteral("Moscow"));
}

TEST_CASE("By keyboard alone: a minimal lead, only the required fields", "[ui][keyboard][entry]")
{
    KeyboardEntry e;
    LeadFormDialog &form = *e.form;
    typeKeys(QStringLiteral("Call back"));
    pick(form, LeadField::ExistingCompany, QStringLiteral("glob"));
    pick(form, LeadField::SellingDirection, QStringLiteral("con"));
    pick(form, LeadField::ExistingContact, QStringLiteral("ivanova"));

    const Lead stored = e.saveWithCtrlS();
    CHECK(stored.name == QStringLiteral("Call back"));
    CHECK(stored.source == LeadSources::all().at(0));
    CHECK(stored.existingCompanyId == e.fx.globex);
    CHECK(stored.sellingDirectionId == e.fx.directionA);
    CHECK(stored.existingContactId > 0);
    CHECK(stored.existingContactId != e.fx.petrov);   // Maria Ivanova of Globex
    CHECK(stored.serviceId == 0);
    CHECK(stored.campaignId == 0);
    CHECK(stored.channelId == 0);
    CHECK(stored.ownerId == 0);
    CHECK(stored.state == LeadState::New);
    CHECK(stored.description.isEmpty());
    CHECK(stored.city.isEmpty());
    CHECK(stored.leadCompanyName.isEmpty());
}
