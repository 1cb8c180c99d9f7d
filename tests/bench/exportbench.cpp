// bench_export [--db PATH|postgresql://URI] [--leads N] [--pairs N] [--user LOGIN] [--password PW]
//              [--sqlite3 PATH] [--psql PATH]
//
// Times `crm-agent export` (all columns, all leads, default options: comma, header, formula guard)
// against the engine's own tool exporting the same columns of the same rows from the same database
// with an equivalent SELECT (joins and CASE expressions for the labels), in the same run,
// alternating which goes first: for an SQLite file the sqlite3 shell with `-csv -header`, for a
// PostgreSQL URI `psql -c "\copy (SELECT ...) TO 'file' CSV HEADER"`. Prints the median wall
// times, the median of the per-pair ratios (crm-agent / reference; <= 1.0 means faster than the
// engine's own tool) and peak memory:
// of the whole `crm-agent export` process (which includes signing in: Argon2id takes 64 MiB by
// design) and of the export alone (LeadExporter in a forked child, no sign-in).
// Without --db it makes 1,000,000 demo leads (DemoGenerator) in a temporary SQLite file first; a
// PostgreSQL database is filled beforehand (`crm-agent demo --db postgresql://... --leads N`).
// Before timing it checks that both tools wrote the same values (CsvReader on both outputs).

#include "childrun.h"
#include "csvreader.h"
#include "database.h"
#include "demogenerator.h"
#include "exportcolumn.h"
#include "leadexporter.h"
#include "leadsource.h"
#include "leadstate.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString sqlString(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}

// `expression AS "Label"` for a column of the reference query.
QString labelled(const QString &expression, ExportColumn column)
{
    QString label = ExportColumns::label(column);
    label.replace(u'"', QStringLiteral("\"\""));
    return expression + QStringLiteral(" AS \"") + label + u'"';
}

// The SELECT the sqlite3 shell runs: every export column, labels through joins and CASE (written
// out by hand on purpose: an independent reference for the exporter).
QString referenceSql()
{
    QString sourceCase = QStringLiteral("CASE l.source");
    for (LeadSource s : LeadSources::all())
        sourceCase += QStringLiteral(" WHEN %1 THEN %2").arg(int(s)).arg(sqlString(LeadSources::label(s)));
    sourceCase += QStringLiteral(" ELSE CAST(l.source AS TEXT) END");
    QString stateCase = QStringLiteral("CASE l.state");
    for (LeadState s : LeadStates::all())
        stateCase += QStringLiteral(" WHEN %1 THEN %2").arg(int(s)).arg(sqlString(LeadStates::label(s)));
    stateCase += QStringLiteral(" ELSE CAST(l.state AS TEXT) END");
    const QString yesNo = QStringLiteral("CASE WHEN %1 <> 0 THEN 'Yes' ELSE 'No' END");

    QStringList columns;
    for (ExportColumn column : ExportColumns::all()) {
        QString e;
        LeadField field;
        if (ExportColumns::fieldOf(column, &field)) {
            switch (field) {
            case LeadField::Name: e = QStringLiteral("l.name"); break;
            case LeadField::Source: e = sourceCase; break;
            case LeadField::LeadCompanyName: e = QStringLiteral("l.lead_company_name"); break;
            case LeadField::NewCompany: e = yesNo.arg(QStringLiteral("l.new_company")); break;
            case LeadField::ExistingCompany: e = QStringLiteral("c.name"); break;
            case LeadField::CompanyName: e = QStringLiteral("l.company_name"); break;
            case LeadField::CompanyWebsite: e = QStringLiteral("l.company_website"); break;
            case LeadField::CompanyTin: e = QStringLiteral("l.company_tin"); break;
            case LeadField::Campaign: e = QStringLiteral("cp.name"); break;
            case LeadField::SellingDirection: e = QStringLiteral("sd.name"); break;
            case LeadField::ServiceOrProduct: e = QStringLiteral("sv.name"); break;
            case LeadField::NewContact: e = yesNo.arg(QStringLiteral("l.new_contact")); break;
            case LeadField::FirstName: e = QStringLiteral("l.first_name"); break;
            case LeadField::LastName: e = QStringLiteral("l.last_name"); break;
            case LeadField::MiddleName: e = QStringLiteral("l.middle_name"); break;
            case LeadField::ContactPhone: e = QStringLiteral("l.contact_phone"); break;
            case LeadField::ContactEmail: e = QStringLiteral("l.contact_email"); break;
            case LeadField::ExistingContact: e = QStringLiteral("trim(k.last_name || ' ' || k.first_name)"); break;
            case LeadField::Description: e = QStringLiteral("l.description"); break;
            case LeadField::Owner: e = QStringLiteral("o.display_name"); break;
            case LeadField::City: e = QStringLiteral("l.city"); break;
            case LeadField::Channel: e = QStringLiteral("ch.name"); break;
            }
            columns.append(labelled(e, column));
            continue;
        }
        switch (column) {
        case ExportColumn::Number: e = QStringLiteral("l.id"); break;
        case ExportColumn::State: e = stateCase; break;
        case ExportColumn::Company: e = QStringLiteral("l.company_label"); break;
        case ExportColumn::Contact: e = QStringLiteral("l.contact_label"); break;
        case ExportColumn::CreatedBy: e = QStringLiteral("cb.display_name"); break;
        case ExportColumn::Created: e = QStringLiteral("l.created_at"); break;
        case ExportColumn::Updated: e = QStringLiteral("l.updated_at"); break;
        default: break;
        }
        columns.append(labelled(e, column));
    }
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
           + QStringLiteral(" FROM leads l"
                            " LEFT JOIN companies c ON c.id = l.company_id"
                            " LEFT JOIN contacts k ON k.id = l.contact_id"
                            " LEFT JOIN campaigns cp ON cp.id = l.campaign_id"
                            " LEFT JOIN selling_directions sd ON sd.id = l.direction_id"
                            " LEFT JOIN services sv ON sv.id = l.service_id"
                            " LEFT JOIN employees o ON o.id = l.owner_id"
                            " LEFT JOIN channels ch ON ch.id = l.channel_id"
                            " LEFT JOIN employees cb ON cb.id = l.created_by"
                            " ORDER BY l.id");
}

// Compares the first `limit` records of two CSV files (and their header); returns the number read.
qint64 compare(const QString &ours, const QString &theirs, qint64 limit, bool *same)
{
    QFile a(ours), b(theirs);
    if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly)) {
        *same = false;
        return 0;
    }
    CsvReader ra(&a), rb(&b);
    QStringList fa, fb;
    qint64 n = 0;
    *same = true;
    while (n < limit) {
        const bool ga = ra.readRecord(&fa);
        const bool gb = rb.readRecord(&fb);
        if (ga != gb) {
            *same = false;
            break;
        }
        if (!ga)
            break;
        // The formula guard's quote is the one intended difference.
        for (int i = 0; i < fa.size() && i < fb.size(); ++i) {
            if (fa[i] != fb[i] && fa[i] != u'\'' + fb[i])
                *same = false;
        }
        if (fa.size() != fb.size())
            *same = false;
        if (!*same) {
            std::fprintf(stderr, "record %lld differs:\n  crm-agent: %s\n  reference: %s\n", static_cast<long long>(n),
                         qPrintable(fa.join(u'|')), qPrintable(fb.join(u'|')));
            break;
        }
        ++n;
    }
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString dbPath;
    qint64 leads = 1000000;
    int pairs = 5;
    QString user = QStringLiteral("sales1");
    QString password = QStringLiteral("sales1");
    QString sqlite3 = QStringLiteral("sqlite3");
    QString psql = QStringLiteral("psql");
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString &key = args[i];
        const QString &value = args[i + 1];
        if (key == QLatin1String("--db"))
            dbPath = value;
        else if (key == QLatin1String("--leads"))
            leads = value.toLongLong();
        else if (key == QLatin1String("--pairs"))
            pairs = std::max(1, value.toInt());
        else if (key == QLatin1String("--user"))
            user = value;
        else if (key == QLatin1String("--password"))
            password = value;
        else if (key == QLatin1String("--sqlite3"))
            sqlite3 = value;
        else if (key == QLatin1String("--psql"))
            psql = value;
    }

    QTemporaryDir temp;
    if (!temp.isValid()) {
        std::fprintf(stderr, "no temporary folder\n");
        return 1;
    }
    if (dbPath.isEmpty()) {
        dbPath = temp.filePath(QStringLiteral("bench.sqlite"));
        std::printf("Making %lld demo leads in %s ...\n", static_cast<long long>(leads), qPrintable(dbPath));
        std::fflush(stdout);
        Database db;
        if (!db.openSqlite(dbPath, QStringLiteral("bench"))) {
            std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
            return 1;
        }
        QSqlDatabase connection = db.connection();
        DemoOptions options;
        options.leads = leads;
        const Result<DemoSummary> generated = DemoGenerator::generate(connection, options);
        if (!generated) {
            std::fprintf(stderr, "%s\n", qPrintable(generated.error()));
            return 1;
        }
    }

    const QString oursOut = temp.filePath(QStringLiteral("crm-agent.csv"));
    const bool postgreSql = dbPath.startsWith(QLatin1String("postgresql://"))
                            || dbPath.startsWith(QLatin1String("postgres://"));
    const QString theirsOut = temp.filePath(QStringLiteral("reference.csv"));
    const QStringList ours = {QStringLiteral(CRM_AGENT_BIN), QStringLiteral("export"), QStringLiteral("--db"), dbPath,
                              QStringLiteral("--out"), oursOut, QStringLiteral("--user"), user};
    // psql writes the file itself (\copy ... TO 'file'); its standard output goes to /dev/null.
    const QStringList theirs = postgreSql
        ? QStringList{psql, QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                      QStringLiteral("-d"), dbPath, QStringLiteral("-c"),
                      QStringLiteral("\\copy (%1) TO '%2' CSV HEADER").arg(referenceSql(), theirsOut)}
        : QStringList{sqlite3, QStringLiteral("-csv"), QStringLiteral("-header"), dbPath, referenceSql()};
    const QString theirsName = postgreSql ? QStringLiteral("psql \\copy CSV") : QStringLiteral("sqlite3 -csv");
    const QString theirsStdout = postgreSql ? QStringLiteral("/dev/null") : theirsOut;
    const QStringList env = {QStringLiteral("CRM_AGENT_PASSWORD=") + password};

    // Warm up the page cache and check that both write the same values.
    ChildRun first = ChildRun::spawn(ours, QString(), env);
    if (first.status != 0 || !QFile::exists(oursOut)) {
        std::fprintf(stderr, "crm-agent export failed (status %d)\n", first.status);
        return 1;
    }
    ChildRun second = ChildRun::spawn(theirs, theirsStdout);
    if (second.status != 0) {
        std::fprintf(stderr, "%s failed (status %d)\n", qPrintable(theirsName), second.status);
        return 1;
    }
    bool same = false;
    const qint64 compared = compare(oursOut, theirsOut, 200000, &same);
    std::printf("Checked %lld records: %s\n", static_cast<long long>(compared),
                same ? "same values (the formula guard's quote aside)" : "DIFFERENT");
    if (!same)
        return 1;

    std::vector<double> oursTimes, theirsTimes, ratios;
    long oursRss = 0, theirsRss = 0;
    for (int p = 0; p < pairs; ++p) {
        ChildRun a, b;
        if (p % 2 == 0) {
            a = ChildRun::spawn(ours, QString(), env);
            b = ChildRun::spawn(theirs, theirsStdout);
        } else {
            b = ChildRun::spawn(theirs, theirsStdout);
            a = ChildRun::spawn(ours, QString(), env);
        }
        if (a.status != 0 || b.status != 0) {
            std::fprintf(stderr, "a run failed (crm-agent %d, %s %d)\n", a.status, qPrintable(theirsName), b.status);
            return 1;
        }
        oursTimes.push_back(a.seconds);
        theirsTimes.push_back(b.seconds);
        ratios.push_back(a.seconds / b.seconds);
        oursRss = std::max(oursRss, a.peakKb);
        theirsRss = std::max(theirsRss, b.peakKb);
        std::printf("pair %d: crm-agent export %.2f s, %s %.2f s, ratio %.3f\n", p + 1, a.seconds,
                    qPrintable(theirsName), b.seconds, a.seconds / b.seconds);
        std::fflush(stdout);
    }
    LeadExportRequest aloneRequest;   // the export alone, no sign-in
    aloneRequest.databasePath = dbPath;
    aloneRequest.outputPath = temp.filePath(QStringLiteral("alone.csv"));
    aloneRequest.roles = Role::Sales;
    const ChildRun alone = ChildRun::exportInChild(aloneRequest);

    std::printf("\n%zu pairs, %d columns, all leads, %lld bytes of CSV\n", ratios.size(), ExportColumnCount,
                static_cast<long long>(QFile(oursOut).size()));
    std::printf("median crm-agent export: %.2f s\n", median(oursTimes));
    std::printf("median %s: %.2f s\n", qPrintable(theirsName), median(theirsTimes));
    std::printf("ratio (median of pairs, crm-agent / %s): %.3f  (target <= 1.0)\n", qPrintable(theirsName),
                median(ratios));
    std::printf("peak memory, crm-agent export process incl. sign-in (Argon2id 64 MiB): %.1f MB\n", oursRss / 1024.0);
    std::printf("peak memory, the export alone (LeadExporter, forked child): %.1f MB  (target < 64 MB), %.2f s\n",
                alone.peakKb / 1024.0, alone.seconds);
    std::printf("peak memory, %s: %.1f MB\n", qPrintable(theirsName), theirsRss / 1024.0);
    return alone.status == 0 ? 0 : 1;
}
