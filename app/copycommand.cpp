#include "copycommand.h"

#include "canceloninterrupt.h"
#include "commandline.h"
#include "databasecopier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CopyCommand", text);
}

// "leads: 1200 / 5000", redrawn on a terminal or a line each (`lines`).
void printProgress(const QString &table, qint64 done, qint64 total, bool lines)
{
    const QString text = QCoreApplication::translate("CopyCommand", "%1: %2 / %3 rows").arg(table).arg(done).arg(total);
    if (lines)
        std::fprintf(stderr, "%s\n", qPrintable(text));
    else
        std::fprintf(stderr, "\r\033[K%s", qPrintable(text));
}

} // namespace

int CopyCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies a whole database into an empty one, in one transaction: an SQLite file or a "
           "postgresql:// URI on either side (the password from PGPASSWORD or ~/.pgpass)."));
    parser.addHelpOption();
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("The database to copy."), QStringLiteral("DB"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("The database to copy into: a new file, or a database without CRM Agent data."),
                                      QStringLiteral("DB"));
    const QCommandLineOption progressOption(
        QStringLiteral("progress"), tr("Report progress on standard error, a line each step, even when it is not a terminal."));
    parser.addOptions({fromOption, toOption, progressOption});
    if (const int status = CommandLine::parseArguments(parser, arguments); status >= 0)
        return status;
    if (!CommandLine::refuseExtraArguments(parser))
        return 2;
    for (const QCommandLineOption *option : {&fromOption, &toOption}) {
        if (parser.value(*option).isEmpty()) {
            CommandLine::printError(tr("--%1 is missing: copy --from DB --to DB.").arg(option->names().constFirst()));
            return 2;
        }
    }

    const bool lines = parser.isSet(progressOption);
    const bool interactive = isatty(fileno(stderr));
    DatabaseCopier copier;
    if (lines || interactive)
        copier.setProgressFunction([&](const QString &table, qint64 done, qint64 total) {
            printProgress(table, done, total, lines);
        });
    QElapsedTimer timer;
    timer.start();
    const Result<DatabaseCopier::Summary> copied
        = cancelOnInterrupt(copier, [&] { return copier.copy(parser.value(fromOption), parser.value(toOption)); });
    if (interactive && !lines)
        std::fprintf(stderr, "\r\033[K");
    if (!copied) {
        CommandLine::printError(copied.error());
        return copier.wasCanceled() ? 130 : 1;
    }
    std::printf("%s\n", qPrintable(tr("Copied %1 rows (%2 leads) from %3 to %4 in %5 s.")
                                       .arg(copied->rows)
                                       .arg(copied->leads)
                                       .arg(parser.value(fromOption), parser.value(toOption))
                                       .arg(timer.elapsed() / 1000.0, 0, 'f', 1)));
    return 0;
}
