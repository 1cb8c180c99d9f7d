// bench_form: how fast the lead form opens on a big database, and how fast a checkbox toggle
// reaches an updated layout. Targets (issue #3): open under 100 ms, toggle under one 16 ms frame.
//
//   bench_form [--db PATH] [--leads N] [--runs N] [--shots DIR]
//
// Without --db it uses (creating once, with DemoGenerator) /tmp/crm-formbench.sqlite holding
// 1,000,000 leads and 100,000 companies (--leads N: N leads and N/10 companies, for a new file).
// The form works through a Session as in the application: a stored lead is measured until its
// data shows (the load answered and the form is laid out), a search until its answer arrived. --shots writes a PNG of the form in each of its
// company/contact states. Run it on the offscreen platform (QT_QPA_PLATFORM=offscreen) or Xvfb.

#include "database.h"
#include "demogenerator.h"
#include "employeerepository.h"
#include "leadfield.h"
#include "leadformdialog.h"
#include "leadmodel.h"
#include "leadrepository.h"
#include "referencelookupmodel.h"
#include "referencepicker.h"
#include "session.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLayout>
#include <QLineEdit>
#include <QPixmap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cstdio>
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

double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

void report(const char *what, const std::vector<double> &samples, double target)
{
    const double m = median(samples);
    std::printf("%-58s median %8.3f ms  (max %8.3f, n=%zu)  target %6.1f ms  ratio %.3f  %s\n", what, m,
                *std::max_element(samples.begin(), samples.end()), samples.size(), target, m / target,
                m < target ? "OK" : "OVER");
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

// Lays out and paints the form as a window would on screen.
void settle(QWidget *w)
{
    if (w->layout())
        w->layout()->activate();
    QApplication::processEvents();
}

// Runs the event loop until `sender` emits `signal` (or 60 s pass); false on time-out.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    bool arrived = false;
    QObject::connect(sender, signal, &loop, [&] {
        arrived = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return arrived;
}

// Starts the picker's query now and waits for its answer.
bool searchAndWait(ReferencePicker *picker, const QString &text)
{
    picker->lookupModel()->setFilterText(text);
    picker->lookupModel()->refresh();
    return waitFor(picker->lookupModel(), &ReferenceLookupModel::refreshed);
}

void shoot(LeadFormDialog &form, const QString &dir, const QString &name)
{
    // Nested layouts (group boxes inside columns) settle over a few posted layout requests.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        settle(&form);
    }
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    form.grab().save(path);
    std::printf("screenshot %s (%dx%d)\n", qPrintable(path), form.width(), form.height());
}

struct Samples
{
    std::vector<double> openNew, openExisting, toggleLayout, togglePaint, search;
};

// Opens new and stored leads `runs` times, toggles the checkboxes and searches companies.
bool measure(Session &session, int runs, qint64 maxLead, Samples *out)
{
    QRandomGenerator random(42);
    for (int i = 0; i < runs; ++i) {
        {
            QElapsedTimer timer;
            timer.start();
            LeadFormDialog form(&session);
            form.show();
            settle(&form);
            out->openNew.push_back(ms(timer));

            // Toggle: from the click to the layout that hides and shows the rows being updated.
            for (QCheckBox *box : {static_cast<QCheckBox *>(form.input(LeadField::NewCompany)),
                                   static_cast<QCheckBox *>(form.input(LeadField::NewContact))}) {
                for (int k = 0; k < 2; ++k) {
                    QElapsedTimer t;
                    t.start();
                    box->click();
                    form.layout()->activate();
                    out->toggleLayout.push_back(ms(t));
                    QApplication::processEvents();   // and painted
                    out->togglePaint.push_back(ms(t));
                }
            }
            // The Existing company picker answering typed letters over all companies.
            auto *picker = static_cast<ReferencePicker *>(form.input(LeadField::ExistingCompany));
            for (const char *letters : {"ро", "tech", "zz"}) {
                QElapsedTimer t;
                t.start();
                if (!searchAndWait(picker, QString::fromUtf8(letters))) {
                    std::fprintf(stderr, "no answer to a search\n");
                    return false;
                }
                out->search.push_back(ms(t));
            }
        }
        {
            const qint64 id = 1 + qint64(random.bounded(quint64(qMax<qint64>(1, maxLead))));
            QElapsedTimer timer;
            timer.start();
            LeadFormDialog form(&session, id);
            form.show();
            if (!waitFor(&form, &LeadFormDialog::loadFinished)) {
                std::fprintf(stderr, "lead %lld did not arrive\n", id);
                return false;
            }
            settle(&form);
            out->openExisting.push_back(ms(timer));
        }
    }
    return true;
}

// PNGs of the form in each of its company/contact states.
void takeShots(Session &session, const QString &shots)
{
    QDir().mkpath(shots);
    LeadFormDialog form(&session);
    form.resize(form.sizeHint().expandedTo(QSize(1000, 0)));
    form.show();
    auto *newCompany = static_cast<QCheckBox *>(form.input(LeadField::NewCompany));
    auto *newContact = static_cast<QCheckBox *>(form.input(LeadField::NewContact));
    shoot(form, shots, QStringLiteral("1-nothing-picked"));
    newCompany->setChecked(true);
    shoot(form, shots, QStringLiteral("2-new-company"));
    newContact->setChecked(true);
    shoot(form, shots, QStringLiteral("3-new-company-new-contact"));
    newCompany->setChecked(false);
    auto *company = static_cast<ReferencePicker *>(form.input(LeadField::ExistingCompany));
    searchAndWait(company, QString());
    company->pickRow(0);
    shoot(form, shots, QStringLiteral("4-existing-company-new-contact"));
    newContact->setChecked(false);
    auto *contact = static_cast<ReferencePicker *>(form.input(LeadField::ExistingContact));
    searchAndWait(contact, QString());
    contact->pickRow(0);
    shoot(form, shots, QStringLiteral("5-existing-company-existing-contact"));
    company->lineEdit()->clear();
    newCompany->setChecked(true);
    newCompany->setChecked(false);
    form.save();   // fails: shows the messages beside the fields
    shoot(form, shots, QStringLiteral("6-invalid-save"));
}

} // namespace

int main(int argc, char *argv[])
{
    // The offscreen plugin says "does not support propagateSizeHints()" for every window.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (!message.contains(QLatin1String("propagateSizeHints")))
            std::fprintf(stderr, "%s%s\n", type >= QtWarningMsg ? "warning: " : "", qPrintable(message));
    });
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString path = QStringLiteral("/tmp/crm-formbench.sqlite");
    QString shots;
    int runs = 31;
    int demoLeads = 1000000;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--db") && i + 1 < args.size())
            path = args.at(++i);
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(3, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--leads") && i + 1 < args.size())
            demoLeads = qMax(100, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--shots") && i + 1 < args.size())
            shots = args.at(++i);
    }

    const bool fresh = !QFile::exists(path);
    Database db;
    if (!db.openSqlite(path, QStringLiteral("bench-form"))) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(db.errorString()));
        return 1;
    }
    QSqlDatabase connection = db.connection();
    if (fresh) {
        std::printf("generating %d leads and %d companies into %s ...\n", demoLeads, demoLeads / 10, qPrintable(path));
        std::fflush(stdout);
        QElapsedTimer timer;
        timer.start();
        DemoOptions options;
        options.leads = demoLeads;
        options.companies = demoLeads / 10;
        const Result<DemoSummary> generated = DemoGenerator::generate(connection, options);
        if (!generated) {
            std::fprintf(stderr, "demo data: %s\n", qPrintable(generated.error()));
            return 1;
        }
        std::printf("generated in %.1f s\n", timer.elapsed() / 1000.0);
    }
    const qint64 leads = scalar(connection, QStringLiteral("SELECT count(*) FROM leads"));
    const qint64 companies = scalar(connection, QStringLiteral("SELECT count(*) FROM companies"));
    const qint64 contacts = scalar(connection, QStringLiteral("SELECT count(*) FROM contacts"));
    const qint64 maxLead = scalar(connection, QStringLiteral("SELECT max(id) FROM leads"));
    std::printf("database %s: %lld leads, %lld companies, %lld contacts\n", qPrintable(path), leads, companies,
                contacts);

    Employee me;
    for (const Employee &e : EmployeeRepository(connection).all()) {
        if (e.active && e.roles.testFlag(Role::Sales)) {
            me = e;
            break;
        }
    }
    if (me.id == 0) {
        std::fprintf(stderr, "no active crm_sales employee in the database\n");
        return 1;
    }

    Session session(path);
    session.setEmployee(me);

    // Warm up once (first-use costs: style, fonts, the lanes' connections, SQL statement caches).
    {
        LeadFormDialog warm(&session, 1);
        warm.show();
        waitFor(&warm, &LeadFormDialog::loadFinished);
        settle(&warm);
        searchAndWait(static_cast<ReferencePicker *>(warm.input(LeadField::ExistingCompany)), QStringLiteral("a"));
    }

    Samples samples;
    if (!measure(session, runs, maxLead, &samples))
        return 1;
    std::printf("\nmedians over %d runs (offscreen; 2 shared cores):\n", runs);
    report("open the form, new lead (construct + show + layout)", samples.openNew, 100);
    report("open the form, stored lead until its data shows (load + names + layout)", samples.openExisting, 100);
    report("checkbox toggle -> layout updated", samples.toggleLayout, 16);
    report("checkbox toggle -> layout updated and painted", samples.togglePaint, 16);
    report("Existing company search, 50 names, until the answer came (one query)", samples.search, 16);

    if (!shots.isEmpty())
        takeShots(session, shots);
    return 0;
}
