// bench_list: the lead list at a million leads (issue #4), against a plain QSqlTableModel over the
// same table as the naive baseline, measured in the same run. Every figure is the median of --runs.
// The list model pages asynchronously through a Session (issue #9): each figure runs until the
// page's data has arrived on the UI thread (the event loop runs meanwhile, as in the window).
//
//   bench_list [--db PATH] [--leads N] [--runs R] [--no-baseline]
//
// Without --db, or when PATH does not exist yet, a database with N (default 1,000,000) demo leads is
// made first with DemoGenerator.

#include "database.h"
#include "demogenerator.h"
#include "leadlistindex.h"
#include "leadlistmodel.h"
#include "session.h"

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
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir temp;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : temp.filePath(QStringLiteral("bench.sqlite"));
    const bool make = !QFileInfo::exists(path);
    Database database;
    if (!database.openSqlite(path, QStringLiteral("bench"))) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    QSqlDatabase db = database.connection();
    if (make) {
        DemoOptions options;
        options.leads = parser.value(QStringLiteral("leads")).toLongLong();
        DemoSummary summary;
        QString error;
        std::printf("Making %lld demo leads in %s ...\n", options.leads, qPrintable(path));
        std::fflush(stdout);
        QElapsedTimer timer;
        timer.start();
        const bool ok = DemoGenerator::generate(db, options, &summary, &error);
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("  done in %.1f s\n", timer.elapsed() / 1000.0);
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM leads"));
    q.next();
    const qint64 leads = q.value(0).toLongLong();
    q.exec(QStringLiteral("SELECT owner_id FROM leads WHERE owner_id IS NOT NULL GROUP BY owner_id ORDER BY COUNT(*) DESC LIMIT 1"));
    const qint64 employee = q.next() ? q.value(0).toLongLong() : 0;
    // A word to type: the first word of a company name somewhere in the middle of the table.
    q.exec(QStringLiteral("SELECT company_label FROM leads WHERE company_label <> '' AND id >= %1 ORDER BY id LIMIT 1").arg(leads / 2));
    const QString word = q.next() ? q.value(0).toString().section(u' ', 0, 0) : QStringLiteral("acme");
    q.finish();

    Session session(path);
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
        if (!opened)
            return 1;
        Employee me;
        me.id = employee;
        session.setEmployee(me);
    }

    std::printf("\nbench_list: %lld leads, %d runs per figure, file %s\n", leads, runs, qPrintable(path));
    std::printf("%-44s %10s %12s %10s  %s\n", "figure (ms unless noted)", "LeadList", "QSqlTable", "ratio", "target");

    // --- LeadListModel ---
    LeadListQuery defaults;   // newest first
    std::vector<double> opens;
    std::vector<double> countsAfter;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto model = std::make_unique<LeadListModel>(&session);
        waitForFirstPage(*model);
        opens.push_back(timer.nsecsElapsed() / 1e6);
        waitForCount(*model);
        countsAfter.push_back(timer.nsecsElapsed() / 1e6);
    }
    const double open = median(opens);

    LeadListModel model(&session);
    const auto reloaded = [&] {
        model.reload();
        waitForCount(model);
        waitForFirstPage(model);
    };
    reloaded();
    const double jump = medianMs(runs, reloaded, [&] { showRow(model, model.rowCount() - 1); });
    const double middle = medianMs(runs, reloaded, [&] { showRow(model, model.rowCount() / 2 + 77); });

    std::vector<double> sortTimes(LeadListColumnCount);
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
        sortTimes[int(column)] = median(times);
    }
    model.setQuery(defaults);

    // Typing the word letter by letter (each keystroke one query), then clearing it.
    std::vector<double> keystrokes;
    for (int i = 0; i < runs; ++i) {
        for (int n = 1; n <= word.size(); ++n) {
            const QString typed = word.left(n);
            keystrokes.push_back(timeMs([&] {
                model.setSearchText(typed);
                waitForFirstPage(model);
            }));
        }
        model.setSearchText(QString());
    }
    const double keystroke = median(keystrokes);
    const double keystrokeMax = *std::max_element(keystrokes.begin(), keystrokes.end());

    // Typing realistic searches letter by letter, sorted newest first and by name: every keystroke
    // (each prefix of the text) once per run; median and slowest per text and over all of them.
    q.exec(QStringLiteral("SELECT contact_email, company_label, company_tin, contact_phone FROM leads "
                          "WHERE contact_email LIKE '%@%' AND id >= %1 ORDER BY id LIMIT 1").arg(leads / 3));
    QString email = QStringLiteral("ivanov@mail"), company = QStringLiteral("ПАО Радуга"), rare = QStringLiteral("5505245932");
    if (q.next()) {
        email = q.value(0).toString().section(u'@', 0, 0) + u'@';
        company = q.value(1).toString();
        rare = !q.value(2).toString().isEmpty() ? q.value(2).toString()
                                                : q.value(3).toString().right(9).remove(u'-');
    }
    q.finish();
    struct Typed { QString label; QString text; };
    const QList<Typed> typedTexts = {
        {QStringLiteral("ПАО"), QStringLiteral("ПАО")},
        {QStringLiteral("Петров"), QStringLiteral("Петров")},
        {QStringLiteral("acme"), QStringLiteral("acme")},
        {QStringLiteral("7707"), QStringLiteral("7707")},
        {QStringLiteral("e-mail ") + email, email},
        {QStringLiteral("rare ") + rare, rare},
        {QStringLiteral("2 words ") + company, company},
    };
    struct TypedFigure { QString what; double median; double max; };
    std::vector<TypedFigure> typedFigures;
    std::vector<double> allTyped;
    for (LeadListColumn column : {LeadListColumn::Number, LeadListColumn::Name}) {
        LeadListQuery sorted;
        sorted.sortColumn = column;
        sorted.sortOrder = column == LeadListColumn::Number ? Qt::DescendingOrder : Qt::AscendingOrder;
        for (const Typed &typed : typedTexts) {
            model.setQuery(sorted);
            std::vector<double> times;
            for (int i = 0; i < runs; ++i) {
                for (int n = 1; n <= typed.text.size(); ++n) {
                    const QString prefix = typed.text.left(n);
                    times.push_back(timeMs([&] {
                        model.setSearchText(prefix);
                        waitForFirstPage(model);
                    }));
                }
                model.setSearchText(QString());
            }
            allTyped.insert(allTyped.end(), times.begin(), times.end());
            typedFigures.push_back({QStringLiteral("  by %1: '%2'").arg(LeadListColumns::code(column), typed.label),
                                    median(times), *std::max_element(times.begin(), times.end())});
        }
    }

    model.setQuery(defaults);
    waitForCount(model);
    const double rssBefore = memoryMb("VmRSS");
    const double scroll = timeMs([&] {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (!model.isRowLoaded(r))
                showRow(model, r);
        }
    });
    const double rssAfter = memoryMb("VmRSS");
    const int cached = model.cachedRowCount();

    // --- Baseline: QSqlTableModel over the same table ---
    const bool baseline = !parser.isSet(QStringLiteral("no-baseline"));
    double bOpen = 0, bJump = 0, bKeystroke = 0, bRss = 0, bScroll = 0;
    std::vector<double> bSort(LeadListColumnCount, 0);
    if (baseline) {
        QSqlTableModel table(nullptr, db);
        table.setTable(QStringLiteral("leads"));
        const int idField = table.record().indexOf(QStringLiteral("id"));
        const int nameField = table.record().indexOf(QStringLiteral("name"));
        bOpen = medianMs(runs, nullptr, [&] {
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
            bSort[int(column)] = median(times);
        }
        table.setSort(idField, Qt::DescendingOrder);
        // The naive search: LIKE over the same columns (what a QSqlTableModel filter can do).
        std::vector<double> bKeys;
        for (int n = 1; n <= word.size(); ++n) {
            const QString like = u'\'' + QString(word.left(n)).replace(u'\'', QLatin1String("''")) + u'\'';
            QStringList parts;
            for (const char *c : {"name", "lead_company_name", "company_label", "contact_label", "middle_name",
                                  "contact_email", "contact_phone", "company_tin", "description"})
                parts.append(QLatin1String(c) + QStringLiteral(" LIKE '%' || ") + like + QStringLiteral(" || '%'"));
            bKeys.push_back(timeMs([&] {
                table.setFilter(parts.join(QStringLiteral(" OR ")));
                table.select();
                table.data(table.index(0, nameField));
            }));
        }
        bKeystroke = median(bKeys);
        table.setFilter(QString());
        table.select();
        // Jump to the last row: a lazily fetched model must fetch every row before it.
        bJump = timeMs([&] {
            while (table.canFetchMore())
                table.fetchMore();
            table.data(table.index(table.rowCount() - 1, nameField));
        });
        bScroll = timeMs([&] {
            for (int r = 0; r < table.rowCount(); ++r)
                table.data(table.index(r, nameField));
        });
        bRss = memoryMb("VmRSS");
    }

    std::printf("%-44s %10.2f %12s %10s  %s\n", "  (count and per-state counts arrive after)", median(countsAfter), "-", "-", "background");
    row("first page shown after opening", open, bOpen, "<= 100 ms");
    row("jump to the last row", jump, bJump, "<= 50 ms (baseline: fetch all, 1 run)");
    row("jump to the middle row", middle, 0, "");
    double worstSort = 0;
    for (LeadListColumn column : LeadListColumns::all()) {
        const QString what = QStringLiteral("re-sort by %1 (asc+desc)").arg(LeadListColumns::code(column));
        row(qPrintable(what), sortTimes[int(column)], bSort[int(column)], "<= 300 ms");
        worstSort = std::max(worstSort, sortTimes[int(column)]);
    }
    row(qPrintable(QStringLiteral("search keystroke to first page ('%1')").arg(word)), keystroke, bKeystroke, "<= 50 ms");
    std::printf("%-44s %10.2f %12s %10s  %s\n", "  slowest keystroke", keystrokeMax, "-", "-", "");
    std::printf("%-44s %10.2f %12s %10s  %s\n", "typing searches, every keystroke: median", median(allTyped), "-", "-", "<= 50 ms");
    std::printf("%-44s %10.2f %12s %10s  %s\n", "  slowest of them",
                *std::max_element(allTyped.begin(), allTyped.end()), "-", "-", "<= 50 ms");
    for (const TypedFigure &figure : typedFigures)
        std::printf("%-44s %10.2f %12s %10s  max %.2f\n", qPrintable(figure.what), figure.median, "-", "-", figure.max);
    row("scroll through every row (total)", scroll, bScroll, "");
    std::printf("%-44s %10.1f %12.1f %9.1fx  %s\n", "resident memory after every row (MB)", rssAfter,
                baseline ? bRss : 0.0, baseline ? bRss / std::max(rssAfter, 0.001) : 0.0, "<= 200 MB");
    std::printf("%-44s %10.1f %12s %10s\n", "  resident memory before scrolling (MB)", rssBefore, "-", "-");
    std::printf("%-44s %10d\n", "  rows cached after scrolling", cached);
    std::printf("%-44s %10.2f\n", "  slowest re-sort (ms)", worstSort);
    return 0;
}
