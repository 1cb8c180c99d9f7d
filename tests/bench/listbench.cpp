// bench_list: the lead list at a million leads (issue #4), against a plain QSqlTableModel over the
// same table as the naive baseline, measured in the same run. Every figure is the median of --runs.
// The list model pages asynchronously through a Session (issue #9): each figure runs until the
// page's data has arrived on the UI thread (the event loop runs meanwhile, as in the window).
//
//   bench_list [--db PATH|URI] [--leads N] [--runs R] [--no-baseline] [--no-scroll] [--refresh-only]
//
// Without --db, or when PATH does not exist yet (or the PostgreSQL database at URI holds no lead),
// a database with N (default 1,000,000) demo leads is made first with DemoGenerator.
// On PostgreSQL over a network (issue #10: 10 ms of added round trip, see latencyproxy.py beside
// this file) the figures to read are the first page, the re-sorts and the jump to the last row;
// --no-scroll leaves out the walk through every row (thousands of round trips).
// The refresh figures (issue #10: another person's change shows in every open list) compare
// LeadListModel::refresh() with a full reset (reload) at the same place, the middle row: both
// until the rows shown and the count are back. --refresh-only prints those alone.

#include "database.h"
#include "databaselocation.h"
#include "demogenerator.h"
#include "leadlistindex.h"
#include "leadlistmodel.h"
#include "session.h"
#include "benchdemo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

double medianMs(int runs, const std::function<void()> &prepare, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        times.push_back(timeMs(work));
    }
    return median(times);
}

// Resident memory in MB from /proc/self/status ("VmRSS" now, "VmHWM" peak).
double memoryMb(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key)) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.size() >= 2 ? parts[1].toDouble() / 1024.0 : -1;
        }
    }
    return -1;
}

void row(const char *what, double mine, double baseline, const char *target)
{
    if (baseline > 0)
        std::printf("%-44s %10.2f %12.2f %9.1fx  %s\n", what, mine, baseline, baseline / std::max(mine, 0.001), target);
    else
        std::printf("%-44s %10.2f %12s %10s  %s\n", what, mine, "-", "-", target);
    std::fflush(stdout);
}

// Runs the event loop until `done()` holds, checked whenever `signal` of `model` arrives.
template<typename Signal, typename Done>
void waitUntil(LeadListModel &model, Signal signal, Done done)
{
    if (done())
        return;
    QEventLoop loop;
    QObject::connect(&model, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&model, &LeadListModel::errorOccurred, &loop, [&](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        loop.quit();
    });
    loop.exec();
}

void waitForCount(LeadListModel &model)
{
    waitUntil(model, &LeadListModel::countsChanged, [&] { return model.isCountKnown(); });
}

// Until the first page of the current query arrived (it is asked for by setQuery()).
void waitForFirstPage(LeadListModel &model)
{
    bool arrived = model.isRowLoaded(0);
    QMetaObject::Connection first = QObject::connect(&model, &LeadListModel::pageLoaded, [&](int firstRow) {
        arrived = arrived || firstRow == 0;
    });
    waitUntil(model, &LeadListModel::pageLoaded, [&] { return arrived; });
    QObject::disconnect(first);
}

// Asks for `row` as a view painting it does, and waits until its page arrived.
void showRow(LeadListModel &model, int row)
{
    model.data(model.index(row, int(LeadListColumn::Name)));
    waitUntil(model, &LeadListModel::pageLoaded, [&] { return model.isRowLoaded(row); });
}

QString baselineSortField(LeadListColumn column)
{
    switch (column) {
    case LeadListColumn::Number: return QStringLiteral("id");
    case LeadListColumn::Name: return QStringLiteral("name");
    case LeadListColumn::State: return QStringLiteral("state");
    case LeadListColumn::Source: return QStringLiteral("source");
    case LeadListColumn::Company: return QStringLiteral("company_label");
    case LeadListColumn::Contact: return QStringLiteral("contact_label");
    case LeadListColumn::SellingDirection: return QStringLiteral("direction_name");
    case LeadListColumn::ServiceOrProduct: return QStringLiteral("service_name");
    case LeadListColumn::Campaign: return QStringLiteral("campaign_name");
    case LeadListColumn::Owner: return QStringLiteral("owner_name");
    case LeadListColumn::City: return QStringLiteral("city");
    case LeadListColumn::Created: return QStringLiteral("created_at");
    case LeadListColumn::Updated: return QStringLiteral("updated_at");
    }
    return QStringLiteral("id");
}

// What the run measures on: the database file, its size, the busiest owner and words to type.
struct Setup
{
    QString path;
    qint64 leads = 0;
    qint64 employee = 0;
    QString word;      // the first word of a company name in the middle of the table
    QString email = QStringLiteral("ivanov@mail");
    QString company = QStringLiteral("ПАО Радуга");
    QString rare = QStringLiteral("5505245932");
};

void readSetup(QSqlDatabase db, Setup *setup)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM leads"));
    q.next();
    setup->leads = q.value(0).toLongLong();
    q.exec(QStringLiteral("SELECT owner_id FROM leads WHERE owner_id IS NOT NULL GROUP BY owner_id ORDER BY COUNT(*) DESC LIMIT 1"));
    setup->employee = q.next() ? q.value(0).toLongLong() : 0;
    q.exec(QStringLiteral("SELECT company_label FROM leads WHERE company_label <> '' AND id >= %1 ORDER BY id LIMIT 1").arg(setup->leads / 2));
    setup->word = q.next() ? q.value(0).toString().section(u' ', 0, 0) : QStringLiteral("acme");
    q.exec(QStringLiteral("SELECT contact_email, company_label, company_tin, contact_phone FROM leads "
                          "WHERE contact_email LIKE '%@%' AND id >= %1 ORDER BY id LIMIT 1").arg(setup->leads / 3));
    if (q.next()) {
        setup->email = q.value(0).toString().section(u'@', 0, 0) + u'@';
        setup->company = q.value(1).toString();
        setup->rare = !q.value(2).toString().isEmpty() ? q.value(2).toString()
                                                       : q.value(3).toString().right(9).remove(u'-');
    }
}

bool openSession(Session &session, qint64 employee)
{
    QEventLoop loop;
    bool opened = false;
    session.open(&loop, [&](Result<void> result) {
        opened = result.has_value();
        if (!opened)
            std::fprintf(stderr, "%s\n", qPrintable(result.error()));
        loop.quit();
    });
    loop.exec();
    Employee me;
    me.id = employee;
    session.setEmployee(me);
    return opened;
}

struct TypedFigure
{
    QString what;
    double median;
    double max;
};

struct ListFigures
{
    double open = 0, countsAfter = 0, jump = 0, middle = 0;
    std::vector<double> sorts = std::vector<double>(LeadListColumnCount, 0);
    double keystroke = 0, keystrokeMax = 0;
    std::vector<TypedFigure> typed;
    std::vector<double> allTyped;
    double scroll = 0, rssBefore = 0, rssAfter = 0;
    int cached = 0;
};

// Opening (first page, then the counts), and jumps to the last and the middle row.
void measureOpenAndJumps(Session &session, int runs, LeadListModel &model, ListFigures *figures)
{
    std::vector<double> opens;
    std::vector<double> countsAfter;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto fresh = std::make_unique<LeadListModel>(&session);
        waitForFirstPage(*fresh);
        opens.push_back(timer.nsecsElapsed() / 1e6);
        waitForCount(*fresh);
        countsAfter.push_back(timer.nsecsElapsed() / 1e6);
    }
    figures->open = median(opens);
    figures->countsAfter = median(countsAfter);
    const auto reloaded = [&] {
        model.reload();
        waitForCount(model);
        waitForFirstPage(model);
    };
    reloaded();
    figures->jump = medianMs(runs, reloaded, [&] { showRow(model, model.rowCount() - 1); });
    figures->middle = medianMs(runs, reloaded, [&] { showRow(model, model.rowCount() / 2 + 77); });
}

struct RefreshFigures
{
    double refresh = 0, reset = 0;
};

// At the middle row: a full reset (reload, then the row shown again) against refresh(), each until
// the rows shown and the count are back.
RefreshFigures measureRefresh(int runs, LeadListModel &model)
{
    RefreshFigures figures;
    model.reload();
    waitForCount(model);
    const int row = model.rowCount() / 2 + 77;
    showRow(model, row);
    figures.reset = medianMs(runs, nullptr, [&] {
        model.reload();
        waitForCount(model);
        showRow(model, row);
    });
    figures.refresh = medianMs(runs, nullptr, [&] {
        bool refreshed = false;
        bool counted = false;
        QMetaObject::Connection pages = QObject::connect(&model, &LeadListModel::refreshed, [&] { refreshed = true; });
        QMetaObject::Connection count =
            QObject::connect(&model, &LeadListModel::countsChanged, [&] { counted = true; });
        model.refresh();
        waitUntil(model, &LeadListModel::refreshed, [&] { return refreshed; });
        waitUntil(model, &LeadListModel::countsChanged, [&] { return counted; });
        QObject::disconnect(pages);
        QObject::disconnect(count);
        if (!model.isRowLoaded(row))
            std::fprintf(stderr, "the refresh did not bring the row shown back\n");
    });
    return figures;
}

void printRefresh(const RefreshFigures &figures)
{
    std::printf("%-44s %10.2f %12s %10s\n", "refresh at the middle row: median", figures.refresh, "-", "-");
    std::printf("%-44s %10.2f %12s %10s\n", "full reset at the middle row: median", figures.reset, "-", "-");
    std::printf("%-44s %9.1fx\n", "  reset / refresh", figures.reset / std::max(figures.refresh, 0.001));
    std::fflush(stdout);
}

void measureSorts(int runs, LeadListModel &model, ListFigures *figures)
{
    for (LeadListColumn column : LeadListColumns::all()) {
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                times.push_back(timeMs([&] {
                    model.sort(int(column), order);
                    waitForFirstPage(model);
                }));
            }
        }
        figures->sorts[int(column)] = median(times);
    }
}

// Every keystroke of `text` (each prefix) once per run, as typed: times until the first page.
std::vector<double> typeText(int runs, LeadListModel &model, const QString &text)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        for (int n = 1; n <= text.size(); ++n) {
            const QString prefix = text.left(n);
            times.push_back(timeMs([&] {
                model.setSearchText(prefix);
                waitForFirstPage(model);
            }));
        }
        model.setSearchText(QString());
    }
    return times;
}

// The word letter by letter, then realistic searches sorted newest first and by name.
void measureTyping(const Setup &setup, int runs, LeadListModel &model, ListFigures *figures)
{
    model.setQuery(LeadListQuery());
    const std::vector<double> keystrokes = typeText(runs, model, setup.word);
    figures->keystroke = median(keystrokes);
    figures->keystrokeMax = *std::max_element(keystrokes.begin(), keystrokes.end());

    struct Typed { QString label; QString text; };
    const QList<Typed> typedTexts = {
        {QStringLiteral("ПАО"), QStringLiteral("ПАО")},
        {QStringLiteral("Петров"), QStringLiteral("Петров")},
        {QStringLiteral("acme"), QStringLiteral("acme")},
        {QStringLiteral("7707"), QStringLiteral("7707")},
        {QStringLiteral("e-mail ") + setup.email, setup.email},
        {QStringLiteral("rare ") + setup.rare, setup.rare},
        {QStringLiteral("2 words ") + setup.company, setup.company},
    };
    for (LeadListColumn column : {LeadListColumn::Number, LeadListColumn::Name}) {
        LeadListQuery sorted;
        sorted.sortColumn = column;
        sorted.sortOrder = column == LeadListColumn::Number ? Qt::DescendingOrder : Qt::AscendingOrder;
        for (const Typed &typed : typedTexts) {
            model.setQuery(sorted);
            const std::vector<double> times = typeText(runs, model, typed.text);
            figures->allTyped.insert(figures->allTyped.end(), times.begin(), times.end());
            figures->typed.push_back({QStringLiteral("  by %1: '%2'").arg(LeadListColumns::code(column), typed.label),
                                      median(times), *std::max_element(times.begin(), times.end())});
        }
    }
}

// Every row shown once, page after page as they arrive, and the memory that takes. Each row's data
// is asked for as a view paints it (and as the synchronous model before issue #9 was measured):
// showing a page that was read ahead is what reads the next one ahead.
void measureScroll(LeadListModel &model, ListFigures *figures)
{
    model.setQuery(LeadListQuery());
    waitForCount(model);
    figures->rssBefore = memoryMb("VmRSS");
    figures->scroll = timeMs([&] {
        for (int r = 0; r < model.rowCount(); ++r)
            showRow(model, r);
    });
    figures->rssAfter = memoryMb("VmRSS");
    figures->cached = model.cachedRowCount();
}

struct BaselineFigures
{
    double open = 0, jump = 0, keystroke = 0, rss = 0, scroll = 0;
    std::vector<double> sorts = std::vector<double>(LeadListColumnCount, 0);
};

// The naive search: LIKE over the same columns (what a QSqlTableModel filter can do).
QString likeFilter(const QString &typed)
{
    const QString like = u'\'' + QString(typed).replace(u'\'', QLatin1String("''")) + u'\'';
    QStringList parts;
    for (const char *c : {"name", "lead_company_name", "company_label", "contact_label", "middle_name",
                          "contact_email", "contact_phone", "company_tin", "description"})
        parts.append(QLatin1String(c) + QStringLiteral(" LIKE '%' || ") + like + QStringLiteral(" || '%'"));
    return parts.join(QStringLiteral(" OR "));
}

BaselineFigures measureBaseline(QSqlDatabase db, int runs, const QString &word)
{
    BaselineFigures figures;
    QSqlTableModel table(nullptr, db);
    table.setTable(QStringLiteral("leads"));
    const int idField = table.record().indexOf(QStringLiteral("id"));
    const int nameField = table.record().indexOf(QStringLiteral("name"));
    figures.open = medianMs(runs, nullptr, [&] {
        QSqlTableModel fresh(nullptr, db);
        fresh.setTable(QStringLiteral("leads"));
        fresh.setSort(idField, Qt::DescendingOrder);
        fresh.select();
        fresh.data(fresh.index(0, nameField));
    });
    for (LeadListColumn column : LeadListColumns::all()) {
        const int field = table.record().indexOf(baselineSortField(column));
        std::vector<double> times;
        for (int i = 0; i < std::min(runs, 3); ++i) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                times.push_back(timeMs([&] {
                    table.setSort(field, order);
                    table.select();
                    table.data(table.index(0, nameField));
                }));
            }
        }
        figures.sorts[int(column)] = median(times);
    }
    table.setSort(idField, Qt::DescendingOrder);
    std::vector<double> keys;
    for (int n = 1; n <= word.size(); ++n) {
        const QString filter = likeFilter(word.left(n));
        keys.push_back(timeMs([&] {
            table.setFilter(filter);
            table.select();
            table.data(table.index(0, nameField));
        }));
    }
    figures.keystroke = median(keys);
    table.setFilter(QString());
    table.select();
    // Jump to the last row: a lazily fetched model must fetch every row before it.
    figures.jump = timeMs([&] {
        while (table.canFetchMore())
            table.fetchMore();
        table.data(table.index(table.rowCount() - 1, nameField));
    });
    figures.scroll = timeMs([&] {
        for (int r = 0; r < table.rowCount(); ++r)
            table.data(table.index(r, nameField));
    });
    figures.rss = memoryMb("VmRSS");
    return figures;
}

void printFigures(const Setup &setup, const ListFigures &mine, const BaselineFigures &base, bool baseline)
{
    std::printf("%-44s %10.2f %12s %10s  %s\n", "  (count and per-state counts arrive after)", mine.countsAfter, "-", "-", "background");
    row("first page shown after opening", mine.open, base.open, "<= 100 ms");
    row("jump to the last row", mine.jump, base.jump, "<= 50 ms (baseline: fetch all, 1 run)");
    row("jump to the middle row", mine.middle, 0, "");
    double worstSort = 0;
    for (LeadListColumn column : LeadListColumns::all()) {
        const QString what = QStringLiteral("re-sort by %1 (asc+desc)").arg(LeadListColumns::code(column));
        row(qPrintable(what), mine.sorts[int(column)], base.sorts[int(column)], "<= 300 ms");
        worstSort = std::max(worstSort, mine.sorts[int(column)]);
    }
    row(qPrintable(QStringLiteral("search keystroke to first page ('%1')").arg(setup.word)), mine.keystroke, base.keystroke, "<= 50 ms");
    std::printf("%-44s %10.2f %12s %10s  %s\n", "  slowest keystroke", mine.keystrokeMax, "-", "-", "");
    std::printf("%-44s %10.2f %12s %10s  %s\n", "typing searches, every keystroke: median", median(mine.allTyped), "-", "-", "<= 50 ms");
    std::printf("%-44s %10.2f %12s %10s  %s\n", "  slowest of them",
                *std::max_element(mine.allTyped.begin(), mine.allTyped.end()), "-", "-", "<= 50 ms");
    for (const TypedFigure &figure : mine.typed)
        std::printf("%-44s %10.2f %12s %10s  max %.2f\n", qPrintable(figure.what), figure.median, "-", "-", figure.max);
    row("scroll through every row (total)", mine.scroll, base.scroll, "");
    std::printf("%-44s %10.1f %12.1f %9.1fx  %s\n", "resident memory after every row (MB)", mine.rssAfter,
                baseline ? base.rss : 0.0, baseline ? base.rss / std::max(mine.rssAfter, 0.001) : 0.0, "<= 200 MB");
    std::printf("%-44s %10.1f %12s %10s\n", "  resident memory before scrolling (MB)", mine.rssBefore, "-", "-");
    std::printf("%-44s %10d\n", "  rows cached after scrolling", mine.cached);
    std::printf("%-44s %10.2f\n", "  slowest re-sort (ms)", worstSort);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file (made when missing)."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("leads"), QStringLiteral("Leads to generate (default 1000000)."), QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure (default 5)."), QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("no-baseline"), QStringLiteral("Skip the QSqlTableModel baseline.")});
    parser.addOption({QStringLiteral("no-scroll"), QStringLiteral("Skip scrolling through every row.")});
    parser.addOption({QStringLiteral("refresh-only"), QStringLiteral("Only the refresh against a full reset.")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir temp;
    Setup setup;
    setup.path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                    : temp.filePath(QStringLiteral("bench.sqlite"));
    const bool postgres = DatabaseLocation::isPostgresUri(setup.path);
    bool make = !postgres && !QFileInfo::exists(setup.path);
    Database database;
    if (const Result<void> opened = database.open(setup.path, QStringLiteral("bench")); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    QSqlDatabase db = database.connection();
    if (postgres) {
        QSqlQuery any(db);
        make = any.exec(QStringLiteral("SELECT 1 FROM leads LIMIT 1")) && !any.next();
    }
    if (make && !makeDemoLeads(db, setup.path, parser.value(QStringLiteral("leads")).toLongLong()))
        return 1;
    readSetup(db, &setup);
    Session session(setup.path);
    if (!openSession(session, setup.employee))
        return 1;

    std::printf("\nbench_list: %lld leads, %d runs per figure, file %s\n", setup.leads, runs, qPrintable(setup.path));
    std::printf("%-44s %10s %12s %10s  %s\n", "figure (ms unless noted)", "LeadList", "QSqlTable", "ratio", "target");

    if (parser.isSet(QStringLiteral("refresh-only"))) {
        LeadListModel model(&session);
        printRefresh(measureRefresh(runs, model));
        return 0;
    }
    ListFigures mine;
    {
        LeadListModel model(&session);
        measureOpenAndJumps(session, runs, model, &mine);
        measureSorts(runs, model, &mine);
        measureTyping(setup, runs, model, &mine);
        if (!parser.isSet(QStringLiteral("no-scroll")))
            measureScroll(model, &mine);
        const bool baseline = !parser.isSet(QStringLiteral("no-baseline"));
        const BaselineFigures base = baseline ? measureBaseline(db, runs, setup.word) : BaselineFigures();
        printFigures(setup, mine, base, baseline);
        printRefresh(measureRefresh(runs, model));
    }
    return 0;
}
