#include "importcommand.h"

#include "canceloninterrupt.h"
#include "commandline.h"
#include "database.h"
#include "employee.h"
#include "employeerepository.h"
#include "leadimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportCommand", text);
}

constexpr int Continue = -1;

struct ImportOptions
{
    ImportOptions();

    QCommandLineOption db;
    QCommandLineOption report;
    QCommandLineOption onDuplicate;
    QCommandLineOption dryRun;
    QCommandLineOption user;
    QCommandLineOption defaultSource;
    QCommandLineOption mapping;
    QCommandLineOption encoding;
    QCommandLineOption delimiter;
    QCommandLineOption progress;
};

ImportOptions::ImportOptions()
    : db(QStringLiteral("db"), QCoreApplication::translate("ImportCommand", "Database file."), QStringLiteral("PATH"))
    , report(QStringLiteral("report"),
             QCoreApplication::translate("ImportCommand", "Write the rejected rows to this CSV file: the row, then its line, field and reason."),
             QStringLiteral("FILE"))
    , onDuplicate(QStringLiteral("on-duplicate"),
                  QCoreApplication::translate("ImportCommand", "A row with the e-mail, phone or TIN of an open lead (or an earlier row): "
                                                               "skip (default), flag (import it with a Likely duplicate history entry) or import."),
                  QStringLiteral("MODE"), QStringLiteral("skip"))
    , dryRun(QStringLiteral("dry-run"), QCoreApplication::translate("ImportCommand", "Check every row and report, write nothing."))
    , user(QStringLiteral("user"),
           QCoreApplication::translate("ImportCommand", "Sign in as LOGIN (password from CRM_AGENT_PASSWORD or a prompt); needed when the database has "
                                                        "employees."),
           QStringLiteral("LOGIN"))
    , defaultSource(QStringLiteral("default-source"),
                    QCoreApplication::translate("ImportCommand", "The lead source of rows that name none (website_form, call, ...)."),
                    QStringLiteral("CODE"))
    , mapping(QStringLiteral("mapping"),
              QCoreApplication::translate("ImportCommand", "The field of each column, in order, empty to ignore one (\"name,,contact_email\"); "
                                                           "default: guessed from the header row."),
              QStringLiteral("a,b,c"))
    , encoding(QStringLiteral("encoding"), QCoreApplication::translate("ImportCommand", "utf-8 or windows-1251 (default: detected)."),
               QStringLiteral("NAME"))
    , delimiter(QStringLiteral("delimiter"),
                QCoreApplication::translate("ImportCommand", "comma, semicolon or tab (default: detected)."), QStringLiteral("NAME"))
    , progress(QStringLiteral("progress"),
               QCoreApplication::translate("ImportCommand", "Report progress on standard error, a line each step, even when it is not a terminal."))
{
}

int readRequest(const QCommandLineParser &parser, const ImportOptions &options, ImportRequest *request)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        CommandLine::printError(files.isEmpty() ? QCoreApplication::translate("ImportCommand", "Give the CSV file to import.")
                                                : QCoreApplication::translate("ImportCommand", "Unexpected argument \"%1\".").arg(files.constLast()));
        return ImportCommand::BadArguments;
    }
    request->filePath = files.constFirst();
    request->reportPath = parser.value(options.report);
    if (!ImportDuplicateModes::fromCode(parser.value(options.onDuplicate), &request->duplicates)) {
        CommandLine::printError(QCoreApplication::translate("ImportCommand", "--on-duplicate: expected skip, flag or import, got \"%1\".")
                                    .arg(parser.value(options.onDuplicate)));
        return ImportCommand::BadArguments;
    }
    request->dryRun = parser.isSet(options.dryRun);
    if (parser.isSet(options.defaultSource)) {
        LeadSource source;
        if (!LeadSources::fromCode(parser.value(options.defaultSource), &source)) {
            QStringList known;
            for (LeadSource s : LeadSources::all())
                known.append(LeadSources::code(s));
            CommandLine::printError(QCoreApplication::translate("ImportCommand", "--default-source: unknown source \"%1\" (%2).")
                                        .arg(parser.value(options.defaultSource), known.join(QStringLiteral(", "))));
            return ImportCommand::BadArguments;
        }
        request->defaultSource = source;
    }
    if (parser.isSet(options.mapping)) {
        QString error;
        if (!ImportMapping::fromString(parser.value(options.mapping), &request->mapping, &error)) {
            CommandLine::printError(QCoreApplication::translate("ImportCommand", "--mapping: %1").arg(error));
            return ImportCommand::BadArguments;
        }
    }
    if (parser.isSet(options.encoding)) {
        TextEncoding encoding;
        if (!TextEncodings::fromCode(parser.value(options.encoding), &encoding)) {
            CommandLine::printError(QCoreApplication::translate("ImportCommand", "--encoding: expected utf-8 or windows-1251, got \"%1\".")
                                        .arg(parser.value(options.encoding)));
            return ImportCommand::BadArguments;
        }
        request->encoding = encoding;
    }
    if (parser.isSet(options.delimiter)) {
        CsvDelimiter delimiter;
        if (!CsvFormat::fromCode(parser.value(options.delimiter), &delimiter)) {
            CommandLine::printError(QCoreApplication::translate("ImportCommand", "--delimiter: expected comma, semicolon or tab, got \"%1\".")
                                        .arg(parser.value(options.delimiter)));
            return ImportCommand::BadArguments;
        }
        request->delimiter = delimiter;
    }
    return Continue;
}

// Who imports: an employee allowed to create leads. A database without employees has nobody to
// sign in as; its file's owner may import into it.
int signIn(const QCommandLineParser &parser, const ImportOptions &options, Database &db, ImportRequest *request)
{
    EmployeeRepository employees(db.connection());
    if (employees.count() == 0)
        return Continue;
    if (!parser.isSet(options.user)) {
        CommandLine::printError(QCoreApplication::translate("ImportCommand", "The database has employees: sign in with --user LOGIN."));
        return ImportCommand::Failed;
    }
    Employee me;
    if (!CommandLine::signIn(db, parser.value(options.user), &me))
        return ImportCommand::Failed;
    request->actorId = me.id;
    return Continue;
}

int runImport(const ImportRequest &request, Database &db, bool progressLines)
{
    LeadImporter importer;
    const bool interactive = isatty(fileno(stderr));
    if (progressLines || interactive) {
        importer.setProgressFunction([progressLines](qint64 rows, qint64 bytes, qint64 totalBytes) {
            Q_UNUSED(rows);
            // Progress in kilobytes of the file: the rows are not counted first.
            if (progressLines)
                CommandLine::printProgressLine(bytes / 1024, totalBytes / 1024);
            else
                CommandLine::printProgress(bytes / 1024, totalBytes / 1024);
        });
    }
    QSqlDatabase connection = db.connection();
    const bool done = cancelOnInterrupt(importer, [&] { return importer.run(request, connection); });
    if (interactive && !progressLines)
        std::fprintf(stderr, "\n");
    if (!done) {
        CommandLine::printError(importer.errorString());
        return importer.wasCanceled() ? ImportCommand::Interrupted : ImportCommand::Failed;
    }
    const ImportSummary &summary = importer.summary();
    const QString counts = (request.dryRun ? tr("Dry run, nothing written: %1 rows; %2 would be imported (%3 flagged as likely duplicates), "
                                                "%4 skipped as likely duplicates, %5 rejected.")
                                           : tr("%1 rows: %2 imported (%3 flagged as likely duplicates), %4 skipped as likely duplicates, "
                                                "%5 rejected."))
                               .arg(summary.rows)
                               .arg(summary.imported)
                               .arg(summary.flagged)
                               .arg(summary.skipped)
                               .arg(summary.rejected);
    std::fprintf(stderr, "%s\n", qPrintable(counts));
    if (summary.rejected == 0)
        return ImportCommand::Imported;
    std::fprintf(stderr, "%s\n",
                 qPrintable(summary.reportPath.isEmpty() ? tr("Give --report FILE to see the rejected rows and why.")
                                                         : tr("The rejected rows and why: %1").arg(summary.reportPath)));
    if (summary.imported == 0) {
        CommandLine::printError(tr("No row could be imported."));
        return ImportCommand::Failed;
    }
    return ImportCommand::RowsRejected;
}

} // namespace

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports leads from a CSV file (UTF-8 or Windows-1251; comma, semicolon or tab) in one transaction.\n"
           "Columns are matched to lead fields by their headers. Exit status: 0 every row imported or knowingly "
           "skipped, 3 rows rejected (the others imported), 1 nothing imported, 2 bad arguments, 130 interrupted."));
    parser.addHelpOption();
    const ImportOptions options;
    parser.addOptions({options.db, options.report, options.onDuplicate, options.dryRun, options.user, options.defaultSource,
                       options.mapping, options.encoding, options.delimiter, options.progress});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file to import."));
    if (const int status = CommandLine::parseArguments(parser, arguments); status >= 0)
        return status;
    ImportRequest request;
    if (const int status = readRequest(parser, options, &request); status != Continue)
        return status;
    // Leads go into a database that exists: a typo must not make an empty one (issue #14).
    QString location;
    if (!CommandLine::readDatabaseOption(parser, options.db, &location))
        return BadArguments;
    Database db;
    if (!CommandLine::openDatabase(db, location, Database::Creation::Refused))
        return Failed;
    if (const int status = signIn(parser, options, db, &request); status != Continue)
        return status;
    return runImport(request, db, parser.isSet(options.progress));
}
