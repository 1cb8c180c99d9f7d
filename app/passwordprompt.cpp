#include "passwordprompt.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

bool PasswordPrompt::read(const QString &login, QString *password, QString *error)
{
    if (qEnvironmentVariableIsSet("CRM_AGENT_PASSWORD")) {
        *password = qEnvironmentVariable("CRM_AGENT_PASSWORD");
        return true;
    }
    if (!isatty(STDIN_FILENO)) {
        *error = QCoreApplication::translate("PasswordPrompt",
                                             "No password: set CRM_AGENT_PASSWORD or run on a terminal.");
        return false;
    }
    *password = promptSilently(QCoreApplication::translate("PasswordPrompt", "Password for %1: ").arg(login));
    return true;
}

bool PasswordPrompt::readDatabasePassword(const QString &location, QString *password)
{
    if (!isatty(STDIN_FILENO))
        return false;
    *password = promptSilently(
        QCoreApplication::translate("PasswordPrompt", "Database password for %1: ").arg(location));
    return true;
}

QString PasswordPrompt::promptSilently(const QString &prompt)
{
    // Echo goes off before the prompt shows: nothing typed after it is ever on the screen.
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fprintf(stderr, "\n");
    return QString::fromStdString(line);
}
