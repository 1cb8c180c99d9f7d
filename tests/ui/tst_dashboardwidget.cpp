// The manager's dashboard (Leads > Dashboard, Ctrl+D) on the offscreen platform: it shows the
// figures of the list's current view, follows the list's filter and a change of a lead, saves a
// chart as a PNG image and copies a chart's numbers as CSV. Everything waits on signals.

#include "catchresult.h"
#include "apptheme.h"
#include "csvwriter.h"
#include "dashboardwidget.h"
#include "database.h"
#include "employeerepository.h"
#include "leadlistview.h"
#include "leadlistwidget.h"
#include "mainwindow.h"
#include "opensession.h"
#include "session.h"
#include "testdatabase.h"
#include "testdemo.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QHorizontalBarSeries>
#include <QHelpEvent>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QToolTip>
#include <QWindow>

#include <catch2/catch.hpp>

#include <functional>

namespace {

constexpr int WaitMs = 30000;

struct DashboardFixture
{
    TestDatabase test;
    Database db;
    Employee admin;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
    DashboardWidget *dashboard = nullptr;

    DashboardFixture()
    {
        REQUIRE(db.open(test.location(), QStringLiteral("ui-dashboard")));
        QSqlDatabase c = db.connection();
        DemoOptions options;
        options.leads = 500;
        options.seed = 5;
        REQUIRE(TestDemo::generate(c, options));
        for (const Employee &e : EmployeeRepository(c).all()) {
            if (admin.id == 0 && e.roles.testFlag(Role::Admin))
                admin = e;
        }
        REQUIRE(admin.id > 0);
        session = openSession(test.location(), admin);
        window = std::make_unique<MainWindow>(session.get());
        window->show();
        QAction *open = window->findChild<QAction *>(QStringLiteral("actionDashboard"));
        REQUIRE(open);
        CHECK(open->shortcut() == QKeySequence(QStringLiteral("Ctrl+D")));
        open->trigger();
        dashboard = window->dashboard();
        REQUIRE(dashboard);
        // Triggered again, the one dashboard comes to the front.
        open->trigger();
        CHECK(window->findChildren<DashboardWidget *>().size() == 1);
    }

    qint64 count(const QString &where) const
    {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM leads WHERE ") + where));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }

    // Waits until the dashboard's answer for its current query arrived and `done` holds.
    bool waitUntil(const std::function<bool()> &done) const
    {
        QSignalSpy refreshed(dashboard, &DashboardWidget::refreshed);
        while (dashboard->isLoading() || !done()) {
            if (!refreshed.wait(WaitMs))
                return false;
        }
        return true;
    }
};

// The mouse resting at `at` in the chart's viewport: whether its tooltip event was answered.
bool mouseRests(QChartView *view, const QPoint &at)
{
    QHelpEvent rest(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(view->viewport(), &rest);
    return rest.isAccepted();
}

// The values of the chart's bars, top to bottom as shown.
QList<double> barValues(DashboardWidget *dashboard, DashboardWidget::Chart chart)
{
    QChart *c = dashboard->chartView(chart)->chart();
    REQUIRE(c);
    REQUIRE(c->series().size() == 1);
    auto *series = qobject_cast<QHorizontalBarSeries *>(c->series().first());
    REQUIRE(series);
    QList<double> values;
    const QBarSet *set = series->barSets().first();
    for (int i = set->count() - 1; i >= 0; --i)
        values.append(set->at(i));
    return values;
}

} // namespace

TEST_CASE("ui/the dashboard shows the figures of the list's view and follows its filter and a change", "[ui][dashboard]")
{
    DashboardFixture f;
    const qint64 all = f.count(QStringLiteral("TRUE"));
    REQUIRE(f.waitUntil([&] { return f.dashboard->figures().total == all; }));
    QList<double> expected;
    for (LeadState state : LeadStates::all())
        expected.append(double(f.count(QStringLiteral("state = %1").arg(int(state)))));
    CHECK(barValues(f.dashboard, DashboardWidget::Chart::ByState) == expected);
    CHECK(f.dashboard->statusText().contains(QLocale().toString(all)));
    const qint64 qualified = f.count(QStringLiteral("state = 3"));
    const qint64 disqualified = f.count(QStringLiteral("state = 4"));
    REQUIRE(qualified + disqualified > 0);
    const DashboardFigures::Decided &anySource = f.dashboard->figures().decidedBySource.first();
    CHECK(f.dashboard->barToolTip(DashboardWidget::Chart::RateBySource, 0).isEmpty() == false);
    CHECK(anySource.decided() > 0);

    // The list narrowed to two sources: the dashboard counts that view.
    LeadListView view = f.window->leadList()->currentView();
    view.query.sources = {LeadSource::Call, LeadSource::Email};
    f.window->leadList()->applyView(view);
    const qint64 narrowed = f.count(QStringLiteral("source IN (4, 5)"));
    REQUIRE(narrowed < all);
    REQUIRE(f.waitUntil([&] { return f.dashboard->figures().total == narrowed; }));
    CHECK(f.dashboard->query().sources == view.query.sources);
    CHECK(f.dashboard->figures().bySource.keys() == QList<LeadSource>{LeadSource::Call, LeadSource::Email});

    // A lead of the view disqualified elsewhere; the list reads it again (as after a save here,
    // or Session::leadsChanged on PostgreSQL), and so does the dashboard.
    const qint64 before = f.dashboard->figures().byState.value(LeadState::Disqualified);
    QSqlQuery update(f.db.connection());
    REQUIRE(update.exec(QStringLiteral("UPDATE leads SET state = 4 WHERE id = (SELECT MIN(id) FROM leads "
                                       "WHERE source IN (4, 5) AND state = 1)")));
    REQUIRE(update.numRowsAffected() == 1);
    Q_EMIT f.window->leadSaved(0);
    REQUIRE(f.waitUntil([&] { return f.dashboard->figures().byState.value(LeadState::Disqualified) == before + 1; }));
    CHECK(f.dashboard->figures().total == narrowed);
}

TEST_CASE("ui/the dashboard saves a chart as a PNG image and copies its numbers as CSV", "[ui][dashboard]")
{
    DashboardFixture f;
    const qint64 all = f.count(QStringLiteral("TRUE"));
    REQUIRE(f.waitUntil([&] { return f.dashboard->figures().total == all; }));

    const QString path = f.test.dir().file(QStringLiteral("states.png"));
    QString error;
    REQUIRE(f.dashboard->saveChart(DashboardWidget::Chart::ByState, path, &error));
    QImageReader reader(path);
    CHECK(reader.format() == "png");
    const QImage image = reader.read();
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= f.dashboard->chartView(DashboardWidget::Chart::ByState)->width());
    CHECK_FALSE(f.dashboard->saveChart(DashboardWidget::Chart::ByState, f.test.dir().file(QStringLiteral("no/such/dir/x.png"))));

    // The framed chart's numbers, by its button (Ctrl+Shift+C).
    QApplication::clipboard()->clear();
    f.dashboard->setCurrentChart(DashboardWidget::Chart::BySource);
    auto *copy = f.dashboard->findChild<QPushButton *>(QStringLiteral("copyButton"));
    REQUIRE(copy);
    CHECK(copy->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    CHECK(copy->accessibleName() == copy->text().remove(u'&'));
    copy->click();
    QByteArray wanted = CsvWriter::record({QStringLiteral("Source"), QStringLiteral("Leads")});
    for (LeadSource source : LeadSources::all())
        wanted += CsvWriter::record({LeadSources::label(source),
                                     QString::number(f.count(QStringLiteral("source = %1").arg(int(source))))});
    CHECK(QApplication::clipboard()->text() == QString::fromUtf8(wanted));

    // The qualification rate by owner: qualified, disqualified and the rate per owner.
    f.dashboard->copyChart(DashboardWidget::Chart::RateByOwner);
    const QStringList lines = QApplication::clipboard()->text().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == f.dashboard->figures().decidedByOwner.size() + 1);
    CHECK(lines.first() == QStringLiteral("Owner,Qualified,Disqualified,\"Qualification rate, %\""));
    qint64 decided = 0;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(u',');
        REQUIRE(cells.size() >= 4);
        decided += cells.at(cells.size() - 3).toLongLong() + cells.at(cells.size() - 2).toLongLong();
    }
    CHECK(decided == f.count(QStringLiteral("state IN (3, 4)")));
}

TEST_CASE("ui/the dashboard shows a bar's counts when the mouse is over it", "[ui][dashboard]")
{
    DashboardFixture f;
    const qint64 all = f.count(QStringLiteral("TRUE"));
    REQUIRE(f.waitUntil([&] { return f.dashboard->figures().total == all; }));
    REQUIRE(QTest::qWaitForWindowExposed(f.dashboard));
    const QLocale locale;

    // The mouse over a bar: its tooltip, with the counts behind it.
    const auto hover = [&](DashboardWidget::Chart which, int row) {
        QToolTip::hideText();
        QChartView *view = f.dashboard->chartView(which);
        QChart *chart = view->chart();
        auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
        REQUIRE(series);
        const QBarSet *set = series->barSets().first();
        const int index = int(set->count()) - 1 - row;   // drawn bottom up
        REQUIRE(set->at(index) > 0);
        const QPointF middle = chart->mapToPosition(QPointF(set->at(index) / 2, index), series);
        const QPoint at = view->mapFromScene(chart->mapToScene(middle));
        // Through the window, as the mouse does: the chart's hover events come from there.
        QWindow *window = f.dashboard->windowHandle();
        const QPoint inWindow = view->viewport()->mapTo(f.dashboard, at);
        QTest::mouseMove(window, inWindow + QPoint(1, 0));
        QTest::mouseMove(window, inWindow);
        // The mouse rests there: the tooltip event is answered with the counts (the chart's
        // scene, with no tooltip of its own, would refuse it and hide them).
        CHECK(mouseRests(view, at));
        return QToolTip::text();
    };

    // Leads by state, the first bar (New): its count and share of all.
    const qint64 fresh = f.count(QStringLiteral("state = %1").arg(int(LeadState::New)));
    const QString stateTip = hover(DashboardWidget::Chart::ByState, 0);
    CHECK(stateTip == f.dashboard->barToolTip(DashboardWidget::Chart::ByState, 0));
    {
        // A refresh that moves no count (the list's view counted again, a change elsewhere) leaves
        // the charts and the counts under the mouse as they are (it once rebuilt them, which hid
        // the tooltip: a flaky failure under the sanitizers, 2026-12-03).
        QChartView *view = f.dashboard->chartView(DashboardWidget::Chart::ByState);
        const QChart *before = view->chart();
        QSignalSpy refreshed(f.dashboard, &DashboardWidget::refreshed);
        f.dashboard->refresh();
        REQUIRE(refreshed.wait(WaitMs));
        CHECK(view->chart() == before);
        CHECK(mouseRests(view, view->viewport()->rect().center()));
        CHECK(QToolTip::text() == stateTip);
    }
    CHECK(stateTip == QStringLiteral("%1: %2 leads (%3% of %4)")
                          .arg(LeadStates::label(LeadState::New), locale.toString(fresh),
                               locale.toString(100.0 * double(fresh) / double(all), 'f', 1), locale.toString(all)));

    // Qualification rate by source, the first source: qualified and disqualified, counted in SQL.
    const LeadSource source = LeadSources::all().first();
    const qint64 qualified = f.count(QStringLiteral("source = %1 AND state = 3").arg(int(source)));
    const qint64 disqualified = f.count(QStringLiteral("source = %1 AND state = 4").arg(int(source)));
    REQUIRE(qualified + disqualified > 0);
    const QString rateTip = hover(DashboardWidget::Chart::RateBySource, 0);
    CHECK(rateTip == QStringLiteral("%1: %2% qualified — %3 qualified, %4 disqualified")
                         .arg(LeadSources::label(source),
                              locale.toString(100.0 * double(qualified) / double(qualified + disqualified), 'f', 1),
                              locale.toString(qualified), locale.toString(disqualified)));
}

TEST_CASE("ui/the dashboard's charts take the colours of a theme chosen while it is open", "[ui][dashboard][theme]")
{
    DashboardFixture f;
    const qint64 all = f.count(QStringLiteral("TRUE"));
    REQUIRE(f.waitUntil([&] { return f.dashboard->figures().total == all; }));
    AppTheme::apply(AppTheme::Choice::Dark);
    const QPalette dark = AppTheme::darkPalette();
    for (int i = 0; i < DashboardWidget::ChartCount; ++i) {
        QChart *chart = f.dashboard->chartView(DashboardWidget::Chart(i))->chart();
        CHECK(chart->backgroundBrush().color() == dark.color(QPalette::Base));
        CHECK(chart->titleBrush().color() == dark.color(QPalette::Text));
        for (QAbstractAxis *axis : chart->axes())
            CHECK(axis->labelsColor() == dark.color(QPalette::Text));
    }
    AppTheme::apply(AppTheme::Choice::System);
    CHECK(f.dashboard->chartView(DashboardWidget::Chart::ByState)->chart()->backgroundBrush().color()
          == f.dashboard->palette().color(QPalette::Base));
}
