#include "checkcommand.h"

#include "commandline.h"
#include "databasecheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CheckCommand", text);
}

} // namespace

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks an SQLite database file, reading only: the schema version, SQLite's integrity check, the "
           "references, the search index, and the counts of leads, history and search index entries."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database file."), QStringLiteral("PATH"));
    parser.addOption(dbOption);
    if (const int status = CommandLine::parseArguments(parser, arguments); status >= 0)
        return status;
    if (!CommandLine::refuseExtraArguments(parser))
        return 2;
    QString location;
    if (!CommandLine::readDatabaseOption(parser, dbOption, &location))
        return 2;
    const Result<DatabaseCheck::Report> report = DatabaseCheck::run(location);
    if (!report) {
        CommandLine::printError(report.error());
        return 1;
    }
    std::printf("%s\n", qPrintable(tr("Schema version: %1").arg(report->schemaVersion)));
    std::printf("%s\n", qPrintable(tr("Leads: %1").arg(report->leads)));
    std::printf("%s\n", qPrintable(tr("History entries: %1").arg(report->history)));
    std::printf("%s\n", qPrintable(tr("Search index: %1 leads").arg(report->searchIndex)));
    if (report->findings.isEmpty()) {
        std::printf("%s\n", qPrintable(tr("The database is sound.")));
        return 0;
    }
    std::printf("%s\n", qPrintable(tr("Found %1 problem(s):").arg(report->findings.size())));
    for (const QString &finding : report->findings)
        std::printf("  %s\n", qPrintable(finding));
    std::printf("%s\n", qPrintable(tr("Restore your last backup (crm-agent backup, or a NAME.before-vN.sqlite "
                                      "beside the file), or copy what can be read into a new file with "
                                      "crm-agent copy.")));
    return 1;
}
