#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// Failed sign-ins counted in the database per login (table sign_in_failures, schema 8), so that
// the growing wait of SignInThrottle holds across windows, command-line runs and processes. Every
// login typed is counted, known or not: an unknown login is refused exactly like a wrong password,
// and its count tells nobody whether it exists.
class SignInAttempts
{
public:
    explicit SignInAttempts(QSqlDatabase db);

    // What claim() decided.
    struct Claim
    {
        bool allowed = false;
        // Allowed: the failures in a row counting this attempt. Refused: those so far.
        int failures = 0;
        // Allowed: the wait should this attempt fail. Refused: the seconds still to wait.
        int waitSeconds = 0;
    };

    // In one transaction: refuses the attempt while the wait after the last failure lasts (nothing
    // is counted), or else counts it as a failure in advance (the caller clear()s the count once the
    // password proved right), so that attempts running at once each wait their turn.
    Result<Claim> claim(const QString &login, const QDateTime &now);
    // Forgets the failures of `login` (after a successful sign-in).
    Result<void> clear(const QString &login);
    // The failures in a row stored for `login` (0 for none; -1 when they cannot be read).
    int failures(const QString &login) const;

    // Creates the table (schema 8, both engines), inside the migration's transaction.
    static bool createTable(QSqlDatabase &db, QString *error);
    // The login as counted: trimmed and case-folded, as sign-in compares logins.
    static QString key(const QString &login);

private:
    QSqlDatabase m_db;
};
