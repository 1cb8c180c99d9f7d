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
    std::fprintf(stderr, "%s", qPrintable(QCoreApplication::translate("PasswordPrompt", "Password for %1: ").arg(login)));
    std::fflush(stderr);
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fprintf(stderr, "\n");
    *password = QString::fromStdString(line);
    return true;
}
