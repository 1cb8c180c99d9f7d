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

// A count of 0 or more; prints the error naming the option otherwise.
bool readCount(const QCommandLineParser &parser, const QCommandLineOption &option, const char *error, qint64 *count)
{
    bool ok = false;
    *count = parser.value(option).toLongLong(&ok);
    if (ok && *count >= 0)
        return true;
    CommandLine::printError(QCoreApplication::translate("DemoCommand", error).arg(parser.value(option)));
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
    if (!readCount(parser, leadsOption, QT_TRANSLATE_NOOP("DemoCommand", "--leads: expected a number of 0 or more, got \"%1\"."),
                   &options.leads)
        || !readCount(parser, companiesOption,
                      QT_TRANSLATE_NOOP("DemoCommand", "--companies: expected a number of 0 or more, got \"%1\"."),
                      &options.companies))
        return 2;
    bool ok = false;
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        CommandLine::printError(QCoreApplication::translate("DemoCommand", "--seed: expected a whole number, got \"%1\".").arg(parser.value(seedOption)));
        return 2;
    }

    Database db;
    if (!CommandLine::openDatabase(db, parser.value(dbOption)))
        return 1;
    if (const int status = checkAdministrator(parser, userOption, db); status != Continue)
        return status;
    return generate(db, options);
}
