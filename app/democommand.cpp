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

int DemoCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("DemoCommand", "Creates or fills a database with deterministic demo data."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("DemoCommand", "Database file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption leadsOption(QStringLiteral("leads"),
                                         QCoreApplication::translate("DemoCommand", "Number of leads to add."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption companiesOption(QStringLiteral("companies"),
                                             QCoreApplication::translate("DemoCommand", "Number of companies."),
                                             QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QCoreApplication::translate("DemoCommand", "Random seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QCoreApplication::translate("DemoCommand", "Sign in as LOGIN (a crm_admin) "
                                                                                  "when the database has employees."),
                                        QStringLiteral("LOGIN"));
    parser.addOptions({dbOption, leadsOption, companiesOption, seedOption, userOption});
    if (const int status = CommandLine::parseArguments(parser, arguments); status >= 0)
        return status;

    DemoOptions options;
    bool ok = false;
    options.leads = parser.value(leadsOption).toLongLong(&ok);
    if (!ok || options.leads < 0) {
        CommandLine::printError(QCoreApplication::translate("DemoCommand", "--leads: expected a number of 0 or more, got \"%1\".")
                                    .arg(parser.value(leadsOption)));
        return 2;
    }
    options.companies = parser.value(companiesOption).toLongLong(&ok);
    if (!ok || options.companies < 0) {
        CommandLine::printError(QCoreApplication::translate("DemoCommand", "--companies: expected a number of 0 or more, got \"%1\".")
                                    .arg(parser.value(companiesOption)));
        return 2;
    }
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        CommandLine::printError(QCoreApplication::translate("DemoCommand", "--seed: expected a whole number, got \"%1\".")
                                    .arg(parser.value(seedOption)));
        return 2;
    }

    Database db;
    if (!CommandLine::openDatabase(db, parser.value(dbOption)))
        return 1;

    EmployeeRepository employees(db.connection());
    if (employees.count() > 0) {
        // The database already has people in it: only an administrator may add demo data.
        if (!parser.isSet(userOption)) {
            CommandLine::printError(QCoreApplication::translate(
                "DemoCommand", "The database already has employees: sign in as a crm_admin with --user LOGIN."));
            return 1;
        }
        Employee me;
        if (!CommandLine::signIn(db, parser.value(userOption), &me))
            return 1;
        if (!me.roles.testFlag(Role::Admin)) {
            CommandLine::printError(QCoreApplication::translate("DemoCommand", "Only a crm_admin may add demo data."));
            return 1;
        }
    }

    QElapsedTimer timer;
    timer.start();
    DemoSummary summary;
    QString error;
    QSqlDatabase connection = db.connection();
    const bool interactive = isatty(fileno(stderr));
    const bool done = DemoGenerator::generate(connection, options, &summary, &error, [&](qint64 count) {
        if (interactive)
            CommandLine::printProgress(count, options.leads);
    });
    if (interactive)
        std::fprintf(stderr, "\n");
    if (!done) {
        CommandLine::printError(error);
        return 1;
    }
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
