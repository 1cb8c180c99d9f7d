#pragma once

#include <QString>

// Reads a password on the command line, never echoed and never written anywhere.
class PasswordPrompt
{
public:
    // The password for `--user`: CRM_AGENT_PASSWORD, else a prompt without echo on a terminal.
    // Returns false (with *error) when neither the variable nor a terminal is available.
    static bool read(const QString &login, QString *password, QString *error);
    // The PostgreSQL server's password for `location` (shown in the prompt, a URI without a
    // password), after the server refused the sign-in with libpq's own (PGPASSWORD, ~/.pgpass):
    // a prompt without echo on a terminal. False when standard input is not a terminal.
    static bool readDatabasePassword(const QString &location, QString *password);

private:
    // Writes `prompt` to standard error and reads one line from the terminal without echo.
    static QString promptSilently(const QString &prompt);
};
