#include "commandline.h"

#include "backupcommand.h"
#include "checkcommand.h"
#include "copycommand.h"
#include "database.h"
#include "databasedamage.h"
#include "democommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "employeerepository.h"
#include "passwordprompt.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

struct Subcommand
{
    const char *name;
    int (*run)(const QStringList &arguments);
};

constexpr Subcommand Subcommands[] = {
    {"backup", BackupCommand::run},
    {"check", CheckCommand::run},
    {"copy", CopyCommand::run},
    {"demo", DemoCommand::run},
    {"export", ExportCommand::run},
    {"import", ImportCommand::run},
};

const Subcommand *subcommandNamed(const QString &name)
{
    for (const Subcommand &subcommand : Subcommands) {
        if (name == QLatin1String(subcommand.name))
            return &subcommand;
    }
    return nullptr;
}

// The first argument that is neither an option nor the value of the window's --db or --user: a
// command word (or a mistyped one); empty when there is none.
QString firstWord(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--db") || arg == QLatin1String("--user")) {
            ++i;   // its value
            continue;
        }
        if (!arg.startsWith(u'-'))
            return arg;
    }
    return QString();
}

// The database a command opened last: named when damage is found while the command runs.
QString g_openedLocation;

} // namespace

bool CommandLine::isHeadless(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("--version")
            || arg == QLatin1String("-v"))
            return true;
    }
    // A command, or a word that is none (runHeadless says so rather than opening the window).
    return !firstWord(arguments).isEmpty();
}

QString CommandLine::helpText()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: crm-agent [--db PATH] [--user LOGIN]\n"
        "       crm-agent backup --db PATH --out FILE\n"
        "       crm-agent check --db PATH\n"
        "       crm-agent copy --from DB --to DB [--progress]\n"
        "       crm-agent demo --db PATH --leads N [--companies N] [--seed S] [--user LOGIN]\n"
        "       crm-agent export --db PATH --out FILE|- [--format csv|xlsx] [--columns a,b,c]\n"
        "                        [--state S] [--source S] [--owner LOGIN] [--search TEXT]\n"
        "                        [--created-from DATE] [--created-to DATE]\n"
        "                        [--delimiter comma|semicolon|tab] [--bom] [--no-header]\n"
        "                        [--no-formula-guard] [--user LOGIN]\n"
        "       crm-agent import --db PATH FILE [--report REJECTED.csv]\n"
        "                        [--on-duplicate skip|flag|import] [--dry-run] [--user LOGIN]\n"
        "                        [--default-source CODE] [--mapping a,b,c]\n"
        "\n"
        "CRM Agent: the lead desk for the first stage of a sales funnel.\n"
        "\n"
        "Options:\n"
        "  --db PATH       the SQLite database file (default: %1) or a postgresql:// URI;\n"
        "                  the server's password comes from PGPASSWORD, ~/.pgpass or,\n"
        "                  on a terminal, a prompt\n"
        "  --user LOGIN    sign in as LOGIN; the password comes from CRM_AGENT_PASSWORD\n"
        "                  or, on a terminal, a prompt\n"
        "  -h, --help      show this help\n"
        "  -v, --version   show the version\n"
        "\n"
        "Commands:\n"
        "  backup          write a consistent copy of an SQLite file, also while it is in\n"
        "                  use (owner-only; crm-agent backup --help)\n"
        "  check           check an SQLite file: schema version, integrity, search index,\n"
        "                  counts; exit status 1 with the findings when it is not sound\n"
        "  copy            copy a whole database into an empty one (SQLite file or\n"
        "                  postgresql:// URI on either side; crm-agent copy --help)\n"
        "  demo            create or fill a database with deterministic demo data\n"
        "  export          write leads to a CSV file or an Excel workbook\n"
        "                  (crm-agent export --help, --list-columns)\n"
        "  import          read leads from a CSV file (UTF-8 or Windows-1251; comma,\n"
        "                  semicolon or tab), all or nothing (crm-agent import --help)\n")
        .arg(Database::defaultPath());
}

int CommandLine::runHeadless(const QStringList &arguments)
{
    if (const Subcommand *subcommand = subcommandNamed(arguments.value(1)))
        return subcommand->run(arguments.mid(1));
    if (const QString word = firstWord(arguments); !word.isEmpty()) {
        QStringList names;
        for (const Subcommand &subcommand : Subcommands)
            names.append(QLatin1String(subcommand.name));
        printError(subcommandNamed(word)
                       ? QCoreApplication::translate("CommandLine", "The command %1 comes first: crm-agent %1 …")
                             .arg(word)
                       : QCoreApplication::translate("CommandLine", "\"%1\" is not a command; the commands are %2 "
                                                                    "(crm-agent --help).")
                             .arg(word, names.join(QLatin1String(", "))));
        return 2;
    }
    if (arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"))) {
        std::printf("crm-agent %s\n", CRM_AGENT_VERSION);
        return 0;
    }
    std::printf("%s", qPrintable(helpText()));
    return 0;
}

bool CommandLine::argumentsDecode(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray given(argv[i]);
        if (QString::fromLocal8Bit(given).toLocal8Bit() == given)
            continue;
        QString shown;
        for (const char byte : given) {
            const auto value = static_cast<unsigned char>(byte);
            shown += value >= 0x20 && value < 0x7f ? QString(QLatin1Char(byte))
                                                   : QStringLiteral("\\x%1").arg(value, 2, 16, QLatin1Char('0'));
        }
        printError(QCoreApplication::translate("CommandLine",
                                               "The argument \"%1\" is not valid text in this system's encoding "
                                               "(UTF-8): CRM Agent does not guess another name for it. Rename the "
                                               "file, or give it by a name that is valid text.")
                       .arg(shown));
        return false;
    }
    return true;
}

bool CommandLine::readDatabaseOption(const QCommandLineParser &parser, const QCommandLineOption &option, QString *location)
{
    if (!parser.isSet(option)) {
        *location = Database::defaultPath();
        return true;
    }
    *location = parser.value(option);
    if (!location->isEmpty())
        return true;
    printError(QCoreApplication::translate("CommandLine", "--%1 is empty: give a database file or a postgresql:// URI.")
                   .arg(option.names().constFirst()));
    return false;
}

bool CommandLine::openDatabase(Database &db, const QString &location, Database::Creation creation)
{
    if (db.open(location, QStringLiteral("crm-main"), QString(), creation)) {
        g_openedLocation = location;
        return true;
    }
    // The server wants a password that PGPASSWORD and ~/.pgpass did not give: asked on a terminal,
    // kept in memory for this connection only. Without a terminal, the refusal is the one line.
    QString password;
    if (db.passwordRefused() && PasswordPrompt::readDatabasePassword(location, &password)) {
        if (db.open(location, QStringLiteral("crm-main"), password, creation)) {
            g_openedLocation = location;
            return true;
        }
    }
    printError(db.errorString());
    return false;
}

bool CommandLine::signIn(Database &db, const QString &login, Employee *employee)
{
    QString password;
    QString error;
    if (!PasswordPrompt::read(login, &password, &error)) {
        printError(error);
        return false;
    }
    const Result<Employee> signedIn = EmployeeRepository(db.connection()).authenticate(login, password);
    if (!signedIn) {
        printError(signedIn.error());
        return false;
    }
    if (employee)
        *employee = *signedIn;
    return true;
}

int CommandLine::parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    return -1;
}

bool CommandLine::refuseExtraArguments(const QCommandLineParser &parser)
{
    const QStringList extra = parser.positionalArguments();
    if (extra.isEmpty())
        return true;
    printError(QCoreApplication::translate("CommandLine", "Unexpected argument \"%1\".").arg(extra.constLast()));
    return false;
}

void CommandLine::printProgress(qint64 done, qint64 total)
{
    std::fprintf(stderr, "\r%s",
                 qPrintable(QCoreApplication::translate("CommandLine", "%1 / %2 leads").arg(done).arg(total)));
}

void CommandLine::printProgressLine(qint64 done, qint64 total)
{
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("CommandLine", "%1 / %2 leads").arg(done).arg(total)));
}

void CommandLine::printError(const QString &message)
{
    // Damage SQLite met while the command ran (on any of its threads) is said with what to do,
    // in the application's words, whatever statement failed on it.
    const QString damage = DatabaseDamage::seenInProcess();
    if (!damage.isEmpty() && !g_openedLocation.isEmpty()) {
        std::fprintf(stderr, "crm-agent: %s\n", qPrintable(DatabaseDamage::messageFor(g_openedLocation, damage)));
        return;
    }
    std::fprintf(stderr, "crm-agent: %s\n", qPrintable(message));
}
