#include "backupcommand.h"

#include "commandline.h"
#include "databasebackup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BackupCommand", text);
}

} // namespace

int BackupCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a consistent copy of an SQLite database file, also while CRM Agent is using it. The copy is "
           "readable by its owner only; an existing file is never overwritten."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database file."), QStringLiteral("PATH"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The backup file to write (must not exist)."),
                                       QStringLiteral("FILE"));
    parser.addOptions({dbOption, outOption});
    if (const int status = CommandLine::parseArguments(parser, arguments); status >= 0)
        return status;
    if (!CommandLine::refuseExtraArguments(parser))
        return 2;
    QString location;
    if (!CommandLine::readDatabaseOption(parser, dbOption, &location))
        return 2;
    const QString out = parser.value(outOption);
    if (out.isEmpty()) {
        CommandLine::printError(tr("--out is missing: backup --db PATH --out FILE."));
        return 2;
    }
    if (const Result<void> written = DatabaseBackup::copyFile(location, out); !written) {
        CommandLine::printError(written.error());
        return 1;
    }
    std::printf("%s\n", qPrintable(tr("Backed up %1 to %2.").arg(QDir::toNativeSeparators(location),
                                                                  QDir::toNativeSeparators(out))));
    return 0;
}
