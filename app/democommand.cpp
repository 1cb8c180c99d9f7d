#include "democommand.h"

#include "commandline.h"
#include "database.h"
#include "demogenerator.h"
#include "employeerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <unistd.h>

namespace {

// The steps below answer Continue, or the exit status to end with.
constexpr int Continue = -1;

// The most --leads and --companies take: demo data is for trying the application out and for
// benchmarks (a million leads); ten million leads make a file of about 10 GB and an hour's load.
constexpr qint64 MaxLeads = 10'000'000;
constexpr qint64 MaxCompanies = 1'000'000;

// A count from 0 to `most`; prints the error naming the option otherwise.
bool readCount(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 most, qint64 *count)
{
    const QString name = option.names().constFirst();
    bool ok = false;
    *count = parser.value(option).toLongLong(&ok);
    if (ok && *count >= 0 && *count <= most)
        return true;
    CommandLine::printError(
        ok && *count > most
            ? QCoreApplication::translate("DemoCommand", "--%1: at most %2 (demo data is for trying CRM Agent out), got %3.")
                  .arg(name)
                  .arg(most)
                  .arg(parser.value(option))
            : QCoreApplication::translate("DemoCommand", "--%1: expected a number from 0 to %2, got \"%3\".")
                  .arg(name)
                  .arg(most)
                  .arg(parser.value(option)));
    return false;
}

// The database already has people in it: only an administrator may add demo data.
int checkAdministrator(const QCommandLineParser &parser, const QCommandLineOption &userOption, Database &db)
{
    if (EmployeeRepository(db.connection()).count() == 0)
        return Continue;
    if (!parser.isSet(userOption)) {
        CommandLine::printError(QCoreApplication::translate("DemoCommand", "The database already has employees: sign in as a crm_admin with --user LOGIN."));
        return 1;
    }
    Employee me;
    if (!CommandLine::signIn(db, parser.value(userOption), &me))
        return 1;
    if (!me.roles.testFlag(Role::Admin)) {
        CommandLine::printError(QCoreApplication::translate("DemoCommand", "Only a crm_admin may add demo data."));
        return 1;
    }
    return Continue;
}

int generate(Database &db, const DemoOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase connection = db.connection();
    const bool interactive = isatty(fileno(stderr));
    const Result<DemoSummary> done = DemoGenerator::generate(connection, options, [&](qint64 count) {
        if (interactive)
            CommandLine::printProgress(count, options.leads);
    });
    if (interactive)
        std::fprintf(stderr, "\n");
    if (!done) {
        CommandLine::printError(done.error());
        return 1;
    }
    const DemoSummary &summary = *done;
    std::printf("%s\n", qPrintable(QCoreApplication::translate("DemoCommand", "Added %1 leads, %2 companies and %3 contacts to %4 in %5 s.")
                                       .arg(summary.leads)
                                       .arg(summary.companies)
                                       .arg(summary.contacts)
                                       .arg(db.path())
                                       .arg(timer.elapsed() / 1000.0, 0, 'f', 1)));
    if (!summary.credentials.isEmpty()) {
        std::printf("%s\n", qPrintable(QCoreApplication::translate("DemoCommand", "Demo sign-ins (login password roles):")));
        for (const QString &line : summary.credentials)
            std::printf("  %s\n", qPrintable(line));
    }
    return 0;
}

} // namespace

int DemoCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("DemoCommand", "Creates or fills a database with deterministic demo data."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("DemoCommand", "Database file."), QStringLiteral("PATH"));
    const QCommandLineOption leadsOption(QStringLiteral("leads"), QCoreApplication::translate("DemoCommand", "Number of leads to add."), QStringLiteral("N"),
                                         QStringLiteral("1000"));
    const QCommandLineOption companiesOption(QStringLiteral("companies"), QCoreApplication::translate("DemoCommand", "Number of companies."),
                                             QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QCoreApplication::translate("DemoCommand", "Random seed."), QStringLiteral("S"),
                                        QStringLiteral("1"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QCoreApplication::translate("DemoCommand", "Sign in as LOGIN (a crm_admin) when the database has employees."),
                                        QStringLiteral("LOGIN"));
    parser.addOptions({dbOption, leadsOption, companiesOption, seedOption, userOption});
    if (const int status = CommandLine::parseArguments(parser, arguments); status >= 0)
        return status;

    DemoOptions options;
    if (!readCount(parser, leadsOption, MaxLeads, &options.leads)
        || !readCount(parser, companiesOption, MaxCompanies, &options.companies))
        return 2;
    bool ok = false;
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        CommandLine::printError(QCoreApplication::translate("DemoCommand", "--seed: expected a whole number, got \"%1\".").arg(parser.value(seedOption)));
        return 2;
    }

    QString location;
    if (!CommandLine::readDatabaseOption(parser, dbOption, &location))
        return 2;
    Database db;
    if (!CommandLine::openDatabase(db, location, Database::Creation::Allowed))
        return 1;
    if (const int status = checkAdministrator(parser, userOption, db); status != Continue)
        return status;
    return generate(db, options);
}
