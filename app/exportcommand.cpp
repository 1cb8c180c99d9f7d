#include "exportcommand.h"

#include "canceloninterrupt.h"
#include "commandline.h"
#include "database.h"
#include "employeerepository.h"
#include "exportcolumn.h"
#include "exportfileformat.h"
#include "leadexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>

#include <cstdio>
#include <unistd.h>

namespace {

// In ExportCommand's member functions; the functions below name the context themselves, as
// lupdate reads a tr() call only in a class's member function.
QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
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

// The command's options.
struct ExportOptions
{
    ExportOptions();
    void addTo(QCommandLineParser &parser) const;

    QCommandLineOption db;
    QCommandLineOption out;
    QCommandLineOption format;
    QCommandLineOption columns;
    QCommandLineOption listColumns;
    QCommandLineOption state;
    QCommandLineOption source;
    QCommandLineOption owner;
    QCommandLineOption search;
    QCommandLineOption from;
    QCommandLineOption to;
    QCommandLineOption delimiter;
    QCommandLineOption bom;
    QCommandLineOption noHeader;
    QCommandLineOption noGuard;
    QCommandLineOption user;
    QCommandLineOption progress;
};

ExportOptions::ExportOptions()
    : db(QStringLiteral("db"), QCoreApplication::translate("ExportCommand", "Database file."), QStringLiteral("PATH"))
    , out(QStringLiteral("out"), QCoreApplication::translate("ExportCommand", "File to write (CSV, or an Excel workbook for *.xlsx); - for standard output (CSV)."),
          QStringLiteral("FILE"))
    , format(QStringLiteral("format"),
             QCoreApplication::translate("ExportCommand", "csv or xlsx (an Excel workbook with typed cells); default: xlsx for a *.xlsx file, else csv."),
             QStringLiteral("NAME"))
    , columns(QStringLiteral("columns"),
              QCoreApplication::translate("ExportCommand", "Columns in this order, by the names --list-columns prints (default: all)."), QStringLiteral("a,b,c"))
    , listColumns(QStringLiteral("list-columns"), QCoreApplication::translate("ExportCommand", "Print the column names and exit."))
    , state(QStringLiteral("state"),
            QCoreApplication::translate("ExportCommand", "Only leads in these states (new, assigned, qualified, disqualified, dropped)."),
            QStringLiteral("STATES"))
    , source(QStringLiteral("source"), QCoreApplication::translate("ExportCommand", "Only leads from these sources (website_form, call, ...)."),
             QStringLiteral("SOURCES"))
    , owner(QStringLiteral("owner"),
            QCoreApplication::translate("ExportCommand", "Only leads owned by these employees (logins; \"none\" for leads without an owner)."),
            QStringLiteral("LOGINS"))
    , search(QStringLiteral("search"), QCoreApplication::translate("ExportCommand", "Only leads matching this text, as the lead list's search does."),
             QStringLiteral("TEXT"))
    , from(QStringLiteral("created-from"), QCoreApplication::translate("ExportCommand", "Only leads created on or after this date (YYYY-MM-DD)."),
           QStringLiteral("DATE"))
    , to(QStringLiteral("created-to"), QCoreApplication::translate("ExportCommand", "Only leads created on or before this date (YYYY-MM-DD)."),
         QStringLiteral("DATE"))
    , delimiter(QStringLiteral("delimiter"), QCoreApplication::translate("ExportCommand", "comma (default), semicolon or tab."), QStringLiteral("NAME"),
                QStringLiteral("comma"))
    , bom(QStringLiteral("bom"), QCoreApplication::translate("ExportCommand", "Start the file with a UTF-8 byte order mark."))
    , noHeader(QStringLiteral("no-header"), QCoreApplication::translate("ExportCommand", "Leave out the header row."))
    , noGuard(QStringLiteral("no-formula-guard"), QCoreApplication::translate("ExportCommand", "Write cells starting with = + - @ as they are."))
    , user(QStringLiteral("user"),
           QCoreApplication::translate("ExportCommand", "Sign in as LOGIN (password from CRM_AGENT_PASSWORD or a prompt); needed when the database has "
              "employees."),
           QStringLiteral("LOGIN"))
    , progress(QStringLiteral("progress"),
               QCoreApplication::translate("ExportCommand", "Report progress on standard error, a line each step, even "
                                                            "when it is not a terminal (for scripts and other programs)."))
{
}

void ExportOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({db, out, format, columns, listColumns, state, source, owner, search, from, to, delimiter, bom, noHeader,
                       noGuard, user, progress});
}

// The steps below answer Continue, or the exit status to end with.
constexpr int Continue = -1;

// The output: file, columns and CSV format; checked before the database is opened.
int readOutput(const QCommandLineParser &parser, const ExportOptions &options, LeadExportRequest *request)
{
    if (!parser.isSet(options.out) || parser.value(options.out).isEmpty()) {
        CommandLine::printError(QCoreApplication::translate("ExportCommand", "--out: give the file to write, or - for standard output."));
        return 2;
    }
    request->outputPath = parser.value(options.out);
    request->fileFormat = ExportFileFormats::ofPath(request->outputPath);
    if (parser.isSet(options.format) && !ExportFileFormats::fromCode(parser.value(options.format), &request->fileFormat)) {
        CommandLine::printError(QCoreApplication::translate("ExportCommand", "--format: expected csv or xlsx, got \"%1\".").arg(parser.value(options.format)));
        return 2;
    }
    if (request->fileFormat == ExportFileFormat::Xlsx) {
        if (request->outputPath == QLatin1String("-")) {
            CommandLine::printError(QCoreApplication::translate("ExportCommand", "--out: an Excel workbook cannot go to standard output; give a file."));
            return 2;
        }
        for (const QCommandLineOption *csvOnly : {&options.delimiter, &options.bom, &options.noGuard}) {
            if (parser.isSet(*csvOnly)) {
                CommandLine::printError(QCoreApplication::translate("ExportCommand", "--%1 applies to CSV only, not to an Excel workbook.")
                                            .arg(csvOnly->names().constFirst()));
                return 2;
            }
        }
    }
    if (parser.isSet(options.columns)) {
        QString error;
        if (!ExportColumns::fromCodes(parser.value(options.columns), &request->columns, &error)) {
            CommandLine::printError(QCoreApplication::translate("ExportCommand", "--columns: %1 See crm-agent export --list-columns.").arg(error));
            return 2;
        }
    }
    if (!CsvFormat::fromCode(parser.value(options.delimiter), &request->format.delimiter)) {
        CommandLine::printError(QCoreApplication::translate("ExportCommand", "--delimiter: expected comma, semicolon or tab, got \"%1\".")
                                    .arg(parser.value(options.delimiter)));
        return 2;
    }
    request->format.byteOrderMark = parser.isSet(options.bom);
    request->format.header = !parser.isSet(options.noHeader);
    request->format.formulaGuard = !parser.isSet(options.noGuard);
    return Continue;
}

int readStatesAndSources(const QCommandLineParser &parser, const ExportOptions &options, LeadListQuery *query)
{
    for (const QString &code : parts(parser.value(options.state))) {
        LeadState state;
        if (!LeadStates::fromCode(code, &state)) {
            CommandLine::printError(
                QCoreApplication::translate("ExportCommand", "--state: unknown state \"%1\" (new, assigned, qualified, disqualified, dropped).").arg(code));
            return 2;
        }
        query->states.append(state);
    }
    for (const QString &code : parts(parser.value(options.source))) {
        LeadSource source;
        if (!LeadSources::fromCode(code, &source)) {
            QStringList known;
            for (LeadSource s : LeadSources::all())
                known.append(LeadSources::code(s));
            CommandLine::printError(
                QCoreApplication::translate("ExportCommand", "--source: unknown source \"%1\" (%2).").arg(code, known.join(QStringLiteral(", "))));
            return 2;
        }
        query->sources.append(source);
    }
    return Continue;
}

bool readDate(const QCommandLineParser &parser, const QCommandLineOption &option, QDate *date)
{
    if (!parser.isSet(option))
        return true;
    *date = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
    if (!date->isValid()) {
        CommandLine::printError(QCoreApplication::translate("ExportCommand", "--%1: expected a date as YYYY-MM-DD, got \"%2\".")
                                    .arg(option.names().constFirst(), parser.value(option)));
    }
    return date->isValid();
}

// The filters but the owners (they need the database): the lead list's own description, so that
// the rows are the list's rows.
int readFilters(const QCommandLineParser &parser, const ExportOptions &options, LeadListQuery *query)
{
    query->sortColumn = LeadListColumn::Number;
    query->sortOrder = Qt::AscendingOrder;
    if (const int status = readStatesAndSources(parser, options, query); status != Continue)
        return status;
    query->searchText = parser.value(options.search);
    if (!readDate(parser, options.from, &query->createdFrom) || !readDate(parser, options.to, &query->createdTo))
        return 2;
    if (query->createdFrom.isValid() && query->createdTo.isValid() && query->createdFrom > query->createdTo) {
        CommandLine::printError(QCoreApplication::translate("ExportCommand", "--created-from is after --created-to."));
        return 2;
    }
    return Continue;
}

// Who exports: any employee holding one of the four roles. A database without employees has
// nobody to sign in as; its file's owner may export it.
int signIn(const QCommandLineParser &parser, const ExportOptions &options, Database &db, LeadExportRequest *request)
{
    EmployeeRepository employees(db.connection());
    if (employees.count() == 0) {
        request->roles = Roles::allRoles();
        return Continue;
    }
    if (!parser.isSet(options.user)) {
        CommandLine::printError(QCoreApplication::translate("ExportCommand", "The database has employees: sign in with --user LOGIN."));
        return 1;
    }
    Employee me;
    if (!CommandLine::signIn(db, parser.value(options.user), &me))
        return 1;
    request->employeeId = me.id;
    request->roles = me.roles;
    return Continue;
}

int readOwners(const QCommandLineParser &parser, const ExportOptions &options, Database &db, LeadListQuery *query)
{
    EmployeeRepository employees(db.connection());
    for (const QString &login : parts(parser.value(options.owner))) {
        if (login.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            query->ownerIds.append(0);
            continue;
        }
        Employee owner;
        if (!employees.findByLogin(login, &owner)) {
            CommandLine::printError(QCoreApplication::translate("ExportCommand", "--owner: no employee with the login \"%1\".").arg(login));
            return 2;
        }
        query->ownerIds.append(owner.id);
    }
    return Continue;
}

// Runs the export; Ctrl+C cancels it (exit status 130), leaving no file. `progressLines`: report
// progress a line each step (--progress), whatever standard error is.
int runExport(const LeadExportRequest &request, bool progressLines)
{
    LeadExporter exporter;
    const bool interactive = request.outputPath != QLatin1String("-") && isatty(fileno(stderr));
    if (progressLines)
        exporter.setProgressFunction(CommandLine::printProgressLine);
    else if (interactive)
        exporter.setProgressFunction(CommandLine::printProgress);
    const bool done = cancelOnInterrupt(exporter, [&] { return exporter.run(request); });
    if (interactive && !progressLines)
        std::fprintf(stderr, "\n");
    if (!done) {
        CommandLine::printError(exporter.errorString());
        return exporter.wasCanceled() ? 130 : 1;
    }
    for (const QString &note : exporter.notes())
        std::fprintf(stderr, "%s\n", qPrintable(note));
    if (interactive && exporter.sheetsWritten() > 1)
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("ExportCommand", "Exported %1 leads to %2 (%3 sheets).")
                                                     .arg(exporter.rowsWritten()).arg(request.outputPath).arg(exporter.sheetsWritten())));
    else if (interactive)
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("ExportCommand", "Exported %1 leads to %2.").arg(exporter.rowsWritten()).arg(request.outputPath)));
    return 0;
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports leads to a CSV file (RFC 4180, UTF-8) or an Excel workbook (.xlsx)."));
    parser.addHelpOption();
    const ExportOptions options;
    options.addTo(parser);
    if (const int status = CommandLine::parseArguments(parser, arguments); status >= 0)
        return status;
    if (parser.isSet(options.listColumns)) {
        for (ExportColumn column : ExportColumns::all())
            std::printf("%-20s %s\n", qPrintable(ExportColumns::code(column)), qPrintable(ExportColumns::label(column)));
        return 0;
    }
    if (!CommandLine::refuseExtraArguments(parser))
        return 2;
    // Everything that needs no database is checked first.
    LeadExportRequest request;
    if (const int status = readOutput(parser, options, &request); status != Continue)
        return status;
    if (const int status = readFilters(parser, options, &request.view); status != Continue)
        return status;
    QString location;
    if (!CommandLine::readDatabaseOption(parser, options.db, &location))
        return 2;
    Database db;
    if (!CommandLine::openDatabase(db, location, Database::Creation::Refused))
        return 1;
    request.databasePath = db.path();
    if (const int status = signIn(parser, options, db, &request); status != Continue)
        return status;
    if (const int status = readOwners(parser, options, db, &request.view); status != Continue)
        return status;
    request.scope = request.view.isUnfiltered() ? ExportScope::AllLeads : ExportScope::View;
    return runExport(request, parser.isSet(options.progress));
}
