#pragma once

#include <QString>

// Reads the password for `--user`: CRM_AGENT_PASSWORD, else a prompt without echo on a terminal.
class PasswordPrompt
{
public:
    // Returns false (with *error) when neither the variable nor a terminal is available.
    static bool read(const QString &login, QString *password, QString *error);
};
