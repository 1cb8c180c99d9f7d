#include "exportcommand.h"

#include "commandline.h"
#include "database.h"
#include "employeerepository.h"
#include "exportcolumn.h"
#include "leadexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

LeadExporter *g_running = nullptr;

extern "C" void interrupt(int)
{
    if (g_running)
        g_running->cancel();
}

// Splits "a, b,c" into trimmed non-empty parts.
QStringList parts(const QString &list)
{
    QStringList result;
    for (const QString &part : list.split(u',')) {
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    }
    return result;
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports leads to a CSV file (RFC 4180, UTF-8)."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database file."), QStringLiteral("PATH"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("CSV file to write; - for standard output."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption columnsOption(QStringLiteral("columns"),
                                           tr("Columns in this order, by the names --list-columns prints "
                                              "(default: all)."),
                                           QStringLiteral("a,b,c"));
    const QCommandLineOption listColumnsOption(QStringLiteral("list-columns"), tr("Print the column names and exit."));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         tr("Only leads in these states (new, assigned, qualified, disqualified, "
                                            "dropped)."),
                                         QStringLiteral("STATES"));
    const QCommandLineOption sourceOption(QStringLiteral("source"), tr("Only leads from these sources (website_form, "
                                                                       "call, ...)."),
                                          QStringLiteral("SOURCES"));
    const QCommandLineOption ownerOption(QStringLiteral("owner"),
                                         tr("Only leads owned by these employees (logins; \"none\" for leads "
                                            "without an owner)."),
                                         QStringLiteral("LOGINS"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          tr("Only leads matching this text, as the lead list's search does."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption fromOption(QStringLiteral("created-from"),
                                        tr("Only leads created on or after this date (YYYY-MM-DD)."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("created-to"),
                                      tr("Only leads created on or before this date (YYYY-MM-DD)."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"), tr("comma (default), semicolon or tab."),
                                             QStringLiteral("NAME"), QStringLiteral("comma"));
    const QCommandLineOption bomOption(QStringLiteral("bom"), tr("Start the file with a UTF-8 byte order mark."));
    const QCommandLineOption noHeaderOption(QStringLiteral("no-header"), tr("Leave out the header row."));
    const QCommandLineOption noGuardOption(QStringLiteral("no-formula-guard"),
                                           tr("Write cells starting with = + - @ as they are."));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        tr("Sign in as LOGIN (password from CRM_AGENT_PASSWORD or a prompt); "
                                           "needed when the database has employees."),
                                        QStringLiteral("LOGIN"));
    const QCommandLineOption progressOption(QStringLiteral("progress"),
                                            tr("Report progress on standard error, a line each step, even when it is "
                                               "not a terminal (for scripts and other programs)."));
    parser.addOptions({dbOption, outOption, columnsOption, listColumnsOption, stateOption, sourceOption, ownerOption,
                       searchOption, fromOption, toOption, delimiterOption, bomOption, noHeaderOption, noGuardOption,
                       userOption, progressOption});
    if (const int status = CommandLine::parseArguments(parser, arguments); status >= 0)
        return status;
    if (parser.isSet(listColumnsOption)) {
        for (ExportColumn column : ExportColumns::all())
            std::printf("%-20s %s\n", qPrintable(ExportColumns::code(column)), qPrintable(ExportColumns::label(column)));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        CommandLine::printError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constLast()));
        return 2;
    }

    // Everything that needs no database is checked first.
    LeadExportRequest request;
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty()) {
        CommandLine::printError(tr("--out: give the CSV file to write, or - for standard output."));
        return 2;
    }
    request.outputPath = parser.value(outOption);
    if (parser.isSet(columnsOption)) {
        QString error;
        if (!ExportColumns::fromCodes(parser.value(columnsOption), &request.columns, &error)) {
            CommandLine::printError(tr("--columns: %1 See crm-agent export --list-columns.").arg(error));
            return 2;
        }
    }
    if (!CsvFormat::fromCode(parser.value(delimiterOption), &request.format.delimiter)) {
        CommandLine::printError(tr("--delimiter: expected comma, semicolon or tab, got \"%1\".")
                                    .arg(parser.value(delimiterOption)));
        return 2;
    }
    request.format.byteOrderMark = parser.isSet(bomOption);
    request.format.header = !parser.isSet(noHeaderOption);
    request.format.formulaGuard = !parser.isSet(noGuardOption);

    // The filters: the lead list's own description, so that the rows are the list's rows.
    LeadListQuery &query = request.view;
    query.sortColumn = LeadListColumn::Number;
    query.sortOrder = Qt::AscendingOrder;
    for (const QString &code : parts(parser.value(stateOption))) {
        LeadState state;
        if (!LeadStates::fromCode(code, &state)) {
            CommandLine::printError(
                tr("--state: unknown state \"%1\" (new, assigned, qualified, disqualified, dropped).").arg(code));
            return 2;
        }
        query.states.append(state);
    }
    for (const QString &code : parts(parser.value(sourceOption))) {
        LeadSource source;
        if (!LeadSources::fromCode(code, &source)) {
            QStringList known;
            for (LeadSource s : LeadSources::all())
                known.append(LeadSources::code(s));
            CommandLine::printError(
                tr("--source: unknown source \"%1\" (%2).").arg(code, known.join(QStringLiteral(", "))));
            return 2;
        }
        query.sources.append(source);
    }
    query.searchText = parser.value(searchOption);
    const auto readDate = [&parser](const QCommandLineOption &option, QDate *date) {
        if (!parser.isSet(option))
            return true;
        *date = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
        if (!date->isValid()) {
            CommandLine::printError(tr("--%1: expected a date as YYYY-MM-DD, got \"%2\".")
                                        .arg(option.names().constFirst(), parser.value(option)));
        }
        return date->isValid();
    };
    if (!readDate(fromOption, &query.createdFrom) || !readDate(toOption, &query.createdTo))
        return 2;
    if (query.createdFrom.isValid() && query.createdTo.isValid() && query.createdFrom > query.createdTo) {
        CommandLine::printError(tr("--created-from is after --created-to."));
        return 2;
    }

    Database db;
    if (!CommandLine::openDatabase(db, parser.value(dbOption)))
        return 1;
    request.databasePath = db.path();

    // Who exports: any employee holding one of the four roles. A database without employees has
    // nobody to sign in as; its file's owner may export it.
    EmployeeRepository employees(db.connection());
    if (employees.count() > 0) {
        if (!parser.isSet(userOption)) {
            CommandLine::printError(tr("The database has employees: sign in with --user LOGIN."));
            return 1;
        }
        Employee me;
        if (!CommandLine::signIn(db, parser.value(userOption), &me))
            return 1;
        request.employeeId = me.id;
        request.roles = me.roles;
    } else {
        request.roles = Roles::allRoles();
    }

    for (const QString &login : parts(parser.value(ownerOption))) {
        if (login.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            query.ownerIds.append(0);
            continue;
        }
        Employee owner;
        if (!employees.findByLogin(login, &owner)) {
            CommandLine::printError(tr("--owner: no employee with the login \"%1\".").arg(login));
            return 2;
        }
        query.ownerIds.append(owner.id);
    }
    request.scope = query.isUnfiltered() ? ExportScope::AllLeads : ExportScope::View;

    LeadExporter exporter;
    const bool interactive = request.outputPath != QLatin1String("-") && isatty(fileno(stderr));
    if (parser.isSet(progressOption))
        exporter.setProgressFunction(CommandLine::printProgressLine);
    else if (interactive)
        exporter.setProgressFunction(CommandLine::printProgress);
    g_running = &exporter;
    std::signal(SIGINT, interrupt);
    std::signal(SIGTERM, interrupt);
    const bool done = exporter.run(request);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_running = nullptr;
    if (interactive)
        std::fprintf(stderr, "\n");
    if (!done) {
        CommandLine::printError(exporter.errorString());
        return exporter.wasCanceled() ? 130 : 1;
    }
    if (interactive)
        std::fprintf(stderr, "%s\n", qPrintable(tr("Exported %1 leads to %2.").arg(exporter.rowsWritten()).arg(request.outputPath)));
    return 0;
}
