#include "uithreadscenario.h"

#include "assigndialog.h"
#include "demogenerator.h"
#include "employeerepository.h"
#include "lead.h"
#include "leadfield.h"
#include "leadformdialog.h"
#include "leadlistmodel.h"
#include "leadlistreader.h"
#include "leadlistwidget.h"
#include "leadrepository.h"
#include "mainwindow.h"
#include "qualifydialog.h"
#include "referencelookupmodel.h"
#include "referencepicker.h"
#include "session.h"
#include "slowstatementhook.h"
#include "uithreadwatchdog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace {

constexpr int WaitMs = 60000;   // per wait; a step that takes longer has failed
constexpr int AssignCount = 5;

// Types `text` key by key into the widget that has the focus, as an agent does (any script).
void typeKeys(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// Clicks a dialog's OK button (what its text says: Qualify, Assign).
bool clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QPushButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
    if (!ok || !ok->isEnabled())
        return false;
    QTest::mouseClick(ok, Qt::LeftButton);
    return true;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

double UiThreadReport::longestStallMs() const
{
    double longest = 0;
    for (const UiThreadStep &s : steps)
        longest = std::max(longest, s.longestStallMs);
    return longest;
}

UiThreadScenario::UiThreadScenario(const UiThreadOptions &options)
    : m_options(options)
{
}

UiThreadScenario::~UiThreadScenario()
{
    // The windows before their session, the session (its lanes' last jobs) before the hook.
    delete m_form;
    m_window.reset();
    m_session.reset();
    m_hook.reset();
}

UiThreadReport UiThreadScenario::run()
{
    if (setUp()) {
        // From here every statement of every new connection is slow and counted.
        m_hook = std::make_unique<SlowStatementHook>(m_options.delayMs);
        m_watchdog = std::make_unique<UiThreadWatchdog>();
        m_report.completed = runSteps();
        delete m_form;
        m_window.reset();
        m_session.reset();
        m_report.statements = SlowStatementHook::statements();
        m_report.statementsOnUiThread = SlowStatementHook::statementsOnUiThread();
        m_hook.reset();   // Database::setStatementHook(nullptr)
    }
    return m_report;
}

bool UiThreadScenario::runSteps()
{
    const auto rows = [this](const char *what) { return [this, what] { checkVisibleRows(QString::fromLatin1(what)); }; };
    return step(QStringLiteral("sign in (open the session)"), [this] { return openSession(); })
           && step(QStringLiteral("main window shows the list"), [this] { return showList(); }, rows("first page"))
           && step(QStringLiteral("list: page down"), [this] { return pageDown(); }, rows("page down"))
           && step(QStringLiteral("list: scroll bar to the middle"), [this] { return scrollToMiddle(); }, rows("middle"))
           && step(QStringLiteral("list: Ctrl+End"), [this] { return jumpToEnd(); }, rows("end"))
           && step(QStringLiteral("list: type a search"), [this] { return typeSearch(); }, [this] { checkSearch(); })
           && step(QStringLiteral("new lead form opens"), [this] { return openForm(); })
           && step(QStringLiteral("form: type into the pickers"), [this] { return fillPickers(); })
           && step(QStringLiteral("form: save"), [this] { return saveForm(); }, [this] { checkSavedLead(); })
           && step(QStringLiteral("qualify a lead"), [this] { return qualify(); }, [this] { checkQualified(); })
           && step(QStringLiteral("bulk assign"), [this] { return bulkAssign(); }, [this] { checkAssigned(); });
}

// Runs `action` with the watchdog on, then `verify` outside the measured window.
bool UiThreadScenario::step(const QString &name, const std::function<bool()> &action,
                            const std::function<void()> &verify)
{
    UiThreadStep s;
    s.name = name;
    const int before = SlowStatementHook::statements();
    const int beforeOnUi = SlowStatementHook::statementsOnUiThread();
    const int failuresBefore = int(m_report.failures.size());
    QElapsedTimer elapsed;
    elapsed.start();
    m_watchdog->start();
    const bool ok = action();
    s.longestStallMs = m_watchdog->stop();
    s.elapsedMs = elapsed.elapsed();
    s.statements = SlowStatementHook::statements() - before;
    s.statementsOnUiThread = SlowStatementHook::statementsOnUiThread() - beforeOnUi;
    m_report.steps.append(s);
    if (s.statementsOnUiThread > 0)
        m_report.failures << QStringLiteral("%1: %2 statement(s) ran on the UI thread").arg(name).arg(s.statementsOnUiThread);
    if (!ok && int(m_report.failures.size()) == failuresBefore)
        m_report.failures << name + QStringLiteral(": did not finish");
    if (ok && verify)
        verify();
    return ok;
}

bool UiThreadScenario::expect(bool condition, const QString &failure)
{
    if (!condition)
        m_report.failures << failure;
    return condition;
}

// Runs the event loop until `done()` holds: woken by the signals wakeOn() connected (never by
// polling), failing after WaitMs.
bool UiThreadScenario::waitUntil(const std::function<bool()> &done)
{
    const QDeadlineTimer deadline(WaitMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(std::max<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
        m_loop = nullptr;
    }
    return true;
}

void UiThreadScenario::wake()
{
    if (m_loop)
        m_loop->quit();
}

template<typename Sender, typename Signal>
void UiThreadScenario::wakeOn(Sender *sender, Signal signal)
{
    QObject::connect(sender, signal, sender, [this] { wake(); });
}

// The demo database, made on the test's own connection before the hook exists, and who acts.
bool UiThreadScenario::setUp()
{
    const QString path = m_dir.file(QStringLiteral("uithread.sqlite"));
    if (!expect(m_check.openSqlite(path, QStringLiteral("uithread-check")), m_check.errorString()))
        return false;
    QSqlDatabase c = m_check.connection();
    DemoOptions options;
    options.leads = m_options.leads;
    options.seed = 9;
    const Result<DemoSummary> generated = DemoGenerator::generate(c, options);
    if (!expect(generated.has_value(), QStringLiteral("demo data: ") + generated.error()))
        return false;
    // A sales agent may create, qualify (own leads), assign and reassign: all of the scenario.
    EmployeeRepository employees(c);
    if (!expect(employees.findByLogin(QStringLiteral("sales1"), &m_employee)
                    && employees.findByLogin(QStringLiteral("sales2"), &m_target),
                QStringLiteral("the demo employees sales1 and sales2 are missing")))
        return false;
    return pickData() && chooseSearchText();
}

// What the pickers are typed into, the lead to qualify and the leads to assign.
bool UiThreadScenario::pickData()
{
    QSqlQuery q(m_check.connection());
    q.exec(QStringLiteral("SELECT id, name FROM selling_directions ORDER BY id LIMIT 1"));
    if (q.next()) {
        m_directionId = q.value(0).toLongLong();
        m_directionName = q.value(1).toString();
    }
    q.exec(QStringLiteral("SELECT k.id, k.last_name, c.id, c.name FROM contacts k JOIN companies c ON c.id = k.company_id "
                          "WHERE k.last_name <> '' ORDER BY k.id LIMIT 1"));
    if (q.next()) {
        m_contactId = q.value(0).toLongLong();
        m_contactName = q.value(1).toString();
        m_companyId = q.value(2).toLongLong();
        m_companyName = q.value(3).toString();
    }
    q.prepare(QStringLiteral("SELECT id FROM leads WHERE owner_id = ? AND state = ? ORDER BY id LIMIT 1"));
    q.addBindValue(m_employee.id);
    q.addBindValue(int(LeadState::Assigned));
    if (q.exec() && q.next())
        m_qualifyLeadId = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT id FROM leads WHERE state = ? ORDER BY id LIMIT ?"));
    q.addBindValue(int(LeadState::New));
    q.addBindValue(AssignCount);
    if (q.exec()) {
        while (q.next())
            m_assignIds.append(q.value(0).toLongLong());
    }
    return expect(m_directionId && m_companyId && m_contactId && m_qualifyLeadId && m_assignIds.size() == AssignCount,
                  QStringLiteral("the demo data lacks a direction, a contact, an assigned lead of sales1 or new leads"));
}

// A word typed into the search box that finds some leads, not all (their contacts' e-mails).
bool UiThreadScenario::chooseSearchText()
{
    const LeadListReader reader(m_check.connection());
    for (const char *word : {"ivanov", "petrov", "smirnov", "popov", "volkov", "sokolov", "kozlov", "novikov"}) {
        LeadListQuery query;
        query.searchText = QString::fromLatin1(word);
        LeadListSql sql(query, m_employee.id);
        if (!reader.chooseSearchShape(&sql))
            continue;
        const Result<LeadListCounts> counts = reader.counts(sql);
        if (counts && counts->total > 0 && counts->total < m_options.leads / 2) {
            m_searchText = query.searchText;
            m_searchCount = counts->total;
            return true;
        }
    }
    return expect(false, QStringLiteral("no search word finds a few of the demo leads"));
}

QTableView *UiThreadScenario::table() const
{
    return m_window->leadList()->findChild<QTableView *>(QStringLiteral("table"));
}

LeadListModel *UiThreadScenario::model() const
{
    return m_window->leadList()->model();
}

// Every row the table shows has arrived (the view asked for their pages as it painted them).
bool UiThreadScenario::visibleRowsLoaded() const
{
    QTableView *view = table();
    const int first = view->rowAt(0);
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = model()->rowCount() - 1;
    if (first < 0)
        return false;
    for (int row = first; row <= last; ++row) {
        if (!model()->isRowLoaded(row))
            return false;
    }
    return true;
}

// The id at `row` of the list's current query, read on the test's connection (0: no such row).
qint64 UiThreadScenario::expectedIdAt(int row) const
{
    const LeadListReader reader(m_check.connection());
    LeadListSql sql(model()->query(), m_employee.id);
    QList<qint64> ids;
    if (row < 0 || !reader.chooseSearchShape(&sql) || !reader.ids(sql, nullptr, row + 1, &ids))
        return 0;
    return ids.value(row);
}

void UiThreadScenario::checkVisibleRows(const QString &what)
{
    const int first = table()->rowAt(0);
    const int last = std::max(first, table()->rowAt(table()->viewport()->height() - 1));
    for (int row : {first, last}) {
        expect(model()->leadIdAt(row) == expectedIdAt(row) && expectedIdAt(row) > 0,
               QStringLiteral("%1: row %2 shows lead %3, not %4").arg(what).arg(row).arg(model()->leadIdAt(row)).arg(expectedIdAt(row)));
    }
}

bool UiThreadScenario::openSession()
{
    m_session = std::make_unique<Session>(m_check.path());
    bool answered = false;
    bool opened = false;
    m_session->open(m_session.get(), [&](Result<void> result) {
        answered = true;
        opened = result.has_value();
        if (!opened)
            m_report.failures << QStringLiteral("the session did not open: ") + result.error();
        wake();
    });
    if (!waitUntil([&] { return answered; }) || !opened)
        return false;
    m_session->setEmployee(m_employee);
    return true;
}

bool UiThreadScenario::showList()
{
    m_window = std::make_unique<MainWindow>(m_session.get());
    LeadListWidget *list = m_window->leadList();
    bool restored = false;
    const QMetaObject::Connection seen =
        QObject::connect(list, &LeadListWidget::layoutRestored, list, [&restored] { restored = true; });
    wakeOn(list, &LeadListWidget::layoutRestored);
    wakeOn(model(), &LeadListModel::countsChanged);
    wakeOn(model(), &LeadListModel::pageLoaded);
    wakeOn(model(), &QAbstractItemModel::modelReset);
    m_window->resize(1200, 800);
    m_window->show();
    const bool shown = waitUntil([&] { return restored && model()->isCountKnown() && visibleRowsLoaded(); });
    QObject::disconnect(seen);
    return shown && expect(model()->rowCount() == m_options.leads,
                           QStringLiteral("the list shows %1 rows, not %2").arg(model()->rowCount()).arg(m_options.leads));
}

bool UiThreadScenario::pageDown()
{
    table()->setFocus();
    table()->setCurrentIndex(model()->index(0, 0));
    // The first Page Down moves the current row to the bottom of the page, the second scrolls.
    QTest::keyClick(table(), Qt::Key_PageDown);
    QTest::keyClick(table(), Qt::Key_PageDown);
    return expect(table()->rowAt(0) > 0, QStringLiteral("page down did not scroll"))
           && waitUntil([this] { return visibleRowsLoaded(); });
}

bool UiThreadScenario::scrollToMiddle()
{
    QScrollBar *bar = table()->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    return expect(table()->rowAt(0) > model()->rowCount() / 3, QStringLiteral("the scroll bar did not move to the middle"))
           && waitUntil([this] { return visibleRowsLoaded(); });
}

bool UiThreadScenario::jumpToEnd()
{
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
    const int last = model()->rowCount() - 1;
    return expect(table()->currentIndex().row() == last, QStringLiteral("Ctrl+End did not go to the last row"))
           && waitUntil([this, last] { return model()->isRowLoaded(last) && visibleRowsLoaded(); });
}

bool UiThreadScenario::typeSearch()
{
    auto *search = m_window->leadList()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    if (!expect(search, QStringLiteral("no search box")))
        return false;
    QTest::keyClicks(search, m_searchText);
    // Debounced: the query changes a moment after the last key, then its count and first page come.
    return waitUntil([this] {
        return model()->query().searchText == m_searchText && model()->isCountKnown() && visibleRowsLoaded();
    });
}

void UiThreadScenario::checkSearch()
{
    expect(model()->rowCount() == m_searchCount,
           QStringLiteral("the search %1 shows %2 rows, not %3").arg(quoted(m_searchText)).arg(model()->rowCount()).arg(m_searchCount));
    checkVisibleRows(QStringLiteral("search"));
}

bool UiThreadScenario::openForm()
{
    m_window->newLead();
    m_form = m_window->findChild<LeadFormDialog *>();
    if (!expect(m_form, QStringLiteral("New lead opened no form")))
        return false;
    wakeOn(m_form.data(), &LeadFormDialog::saveFinished);
    // The form is usable at once; a frame for it to be laid out and painted.
    QEventLoop loop;
    m_loop = &loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
    m_loop = nullptr;
    return expect(m_form->isVisible() && !m_form->isLoading(), QStringLiteral("the new lead form is not shown"));
}

// Types letters into a picker key by key, waits for the look-up's answer and picks `wantedId`.
bool UiThreadScenario::typeIntoPicker(ReferencePicker *picker, const QString &text, qint64 wantedId)
{
    ReferenceLookupModel *lookup = picker->lookupModel();
    wakeOn(lookup, &ReferenceLookupModel::refreshed);
    typeKeys(picker->lineEdit(), text);
    const auto offered = [lookup, wantedId] {
        for (int row = 0; row < lookup->rowCount(); ++row) {
            if (lookup->item(row).id == wantedId)
                return row;
        }
        return -1;
    };
    if (!waitUntil([&] { return !lookup->isQueryPending() && offered() >= 0; }))
        return expect(false, QStringLiteral("the picker %1 never offered %2").arg(picker->accessibleName(), quoted(text)));
    picker->pickRow(offered());
    return expect(picker->referenceId() == wantedId,
                  QStringLiteral("the picker %1 holds %2, not %3").arg(picker->accessibleName()).arg(picker->referenceId()).arg(wantedId));
}

bool UiThreadScenario::fillPickers()
{
    const auto pickerOf = [this](LeadField field) { return qobject_cast<ReferencePicker *>(m_form->input(field)); };
    auto *name = qobject_cast<QLineEdit *>(m_form->input(LeadField::Name));
    if (!expect(name && pickerOf(LeadField::SellingDirection) && pickerOf(LeadField::ExistingCompany)
                    && pickerOf(LeadField::ExistingContact),
                QStringLiteral("the form lacks its name field or pickers")))
        return false;
    typeKeys(name, QStringLiteral("Watchdog lead"));
    return typeIntoPicker(pickerOf(LeadField::SellingDirection), m_directionName.left(6), m_directionId)
           && typeIntoPicker(pickerOf(LeadField::ExistingCompany), m_companyName, m_companyId)
           && typeIntoPicker(pickerOf(LeadField::ExistingContact), m_contactName, m_contactId);
}

bool UiThreadScenario::saveForm()
{
    bool finished = false;
    bool saved = false;
    QObject::connect(m_form.data(), &LeadFormDialog::saveFinished, m_form.data(), [&](bool ok) {
        finished = true;
        saved = ok;
    });
    if (!expect(m_form->save(), QStringLiteral("the form refused to save: ") + m_form->statusText()))
        return false;
    const bool answered = waitUntil([&] { return finished; });
    QObject::disconnect(m_form.data(), &LeadFormDialog::saveFinished, m_form.data(), nullptr);
    m_savedLeadId = m_form->leadId();
    return answered && expect(saved, QStringLiteral("the save failed: ") + m_form->statusText());
}

void UiThreadScenario::checkSavedLead()
{
    const Result<Lead> stored = LeadRepository(m_check.connection()).find(m_savedLeadId);
    const bool found = m_savedLeadId > 0 && stored.has_value();
    const Lead lead = stored.value_or(Lead());
    expect(found && lead.name == QStringLiteral("Watchdog lead") && lead.sellingDirectionId == m_directionId
               && lead.existingCompanyId == m_companyId && lead.existingContactId == m_contactId
               && lead.createdById == m_employee.id,
           QStringLiteral("the saved lead %1 was not written as filled in").arg(m_savedLeadId));
}

bool UiThreadScenario::qualify()
{
    const auto owned = std::make_unique<QualifyDialog>(m_session.get(), m_qualifyLeadId, 0, m_window.get());
    QualifyDialog *dialog = owned.get();
    bool planned = false;
    bool finished = false;
    bool ok = false;
    QObject::connect(dialog, &QualifyDialog::planLoaded, dialog, [&] { planned = true; wake(); });
    QObject::connect(dialog, &QualifyDialog::runFinished, dialog, [&](bool qualified) {
        finished = true;
        ok = qualified;
        wake();
    });
    dialog->open();
    if (!waitUntil([&] { return planned; }) || !expect(dialog->errorText().isEmpty(), dialog->errorText()))
        return false;
    if (!expect(clickOk(dialog), QStringLiteral("the Qualify button is missing or disabled")))
        return false;
    if (!waitUntil([&] { return finished; }))
        return false;
    return expect(ok, QStringLiteral("qualify failed: ") + dialog->errorText());
}

void UiThreadScenario::checkQualified()
{
    const Result<Lead> lead = LeadRepository(m_check.connection()).find(m_qualifyLeadId);
    expect(lead && lead->state == LeadState::Qualified && lead->opportunityId > 0,
           QStringLiteral("lead %1 was not qualified").arg(m_qualifyLeadId));
}

bool UiThreadScenario::bulkAssign()
{
    const auto owned = std::make_unique<AssignDialog>(m_session.get(), m_assignIds, 0, m_window.get());
    AssignDialog *dialog = owned.get();
    bool checked = false;
    bool finished = false;
    bool ok = false;
    QObject::connect(dialog, &AssignDialog::checked, dialog, [&] { checked = true; wake(); });
    QObject::connect(dialog, &AssignDialog::runFinished, dialog, [&](bool assigned) {
        finished = true;
        ok = assigned;
        wake();
    });
    dialog->open();
    dialog->setOwner(m_target.id);
    if (!waitUntil([&] { return checked; }))
        return false;
    if (!expect(dialog->assignResult().refused.isEmpty() && dialog->errorText().isEmpty(),
                QStringLiteral("the check refused leads: ") + dialog->refusedLines().join(QLatin1String("; ")) + dialog->errorText()))
        return false;
    if (!expect(clickOk(dialog), QStringLiteral("the Assign button is missing or disabled")))
        return false;
    if (!waitUntil([&] { return finished; }))
        return false;
    return expect(ok && dialog->assignResult().assigned == AssignCount,
                  QStringLiteral("bulk assign failed: ") + dialog->errorText());
}

void UiThreadScenario::checkAssigned()
{
    const LeadRepository leads(m_check.connection());
    for (qint64 id : std::as_const(m_assignIds)) {
        const Result<Lead> lead = leads.find(id);
        expect(lead && lead->ownerId == m_target.id && lead->state == LeadState::Assigned,
               QStringLiteral("lead %1 was not assigned to %2").arg(id).arg(m_target.login));
    }
}
