#pragma once

#include "database.h"

#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;
struct Employee;

// The command-line front door: global options and the sub-commands (demo, export, ...).
class CommandLine
{
public:
    // True when the arguments ask for something that needs no display (a sub-command, --help, --version).
    static bool isHeadless(int argc, char **argv);
    // Runs a headless request; returns the process exit status.
    static int runHeadless(const QStringList &arguments);

    // Whether every argument reads back as the bytes it was given in (the locale's encoding, UTF-8
    // here): a path that does not is never turned into another name. Prints the reason when not.
    static bool argumentsDecode(int argc, char **argv);
    // The value of `option` (--db): the default database when the option is absent. Given empty, it
    // prints the error and answers false.
    static bool readDatabaseOption(const QCommandLineParser &parser, const QCommandLineOption &option, QString *location);
    // Opens the database at `location` (an SQLite file or a PostgreSQL URI) and prints a one-line
    // reason on failure. Only `demo` passes Creation::Allowed: every other command refuses a file
    // that does not exist. A server that refuses libpq's password (PGPASSWORD, ~/.pgpass) gets one
    // typed at a prompt, on a terminal.
    static bool openDatabase(Database &db, const QString &location, Database::Creation creation);
    // Signs `login` in, reading the password from CRM_AGENT_PASSWORD or a terminal prompt, and
    // prints a one-line reason on failure.
    static bool signIn(Database &db, const QString &login, Employee *employee);

    // Parses a sub-command's arguments. Returns -1 to go on, or the exit status when done:
    // 2 after printing the parser's error, 0 after printing --help.
    static int parseArguments(QCommandLineParser &parser, const QStringList &arguments);
    // For a command that takes no positional argument: false, having said which one was unexpected.
    static bool refuseExtraArguments(const QCommandLineParser &parser);

    // Redraws the progress line on standard error ("\r1200 / 5000 leads"); for a terminal only.
    static void printProgress(qint64 done, qint64 total);
    // The same as a line of its own ("1200 / 4000 leads"), for a reader that is not a terminal.
    static void printProgressLine(qint64 done, qint64 total);
    static void printError(const QString &message);
    static QString helpText();
};
