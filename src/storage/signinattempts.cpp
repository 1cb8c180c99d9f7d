#include "signinattempts.h"

#include "signinthrottle.h"
#include "sqlcheck.h"
#include "sqldialect.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignInAttempts)
};

// The moment the next attempt is allowed, kept to the millisecond (a stored whole second would let
// an attempt in up to a second early).
QString formatTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

SignInAttempts::SignInAttempts(QSqlDatabase db) : m_db(std::move(db)) {}

QString SignInAttempts::key(const QString &login)
{
    return login.trimmed().toCaseFolded();
}

Result<SignInAttempts::Claim> SignInAttempts::claim(const QString &login, const QDateTime &now)
{
    const auto failed = [](const QString &why) {
        return Failure{Tr::tr("Could not check the sign-in attempts: %1").arg(why)};
    };
    const QString counted = key(login);
    Transaction transaction(m_db);
    if (const Result<void> begun = transaction.begin(); !begun)
        return failed(begun.error());
    QSqlQuery query(m_db);
    // The row exists from here on; updating it takes its lock on PostgreSQL (SQLite's BEGIN
    // IMMEDIATE already holds the database's), so two attempts at once are counted one after the other.
    if (const Result<void> ran = SqlCheck::run(query,
                                               QStringLiteral("INSERT INTO sign_in_failures (login, failures, "
                                                              "allowed_from) VALUES (?, 0, '') "
                                                              "ON CONFLICT (login) DO NOTHING"),
                                               {counted});
        !ran)
        return failed(ran.error());
    if (const Result<void> ran = SqlCheck::run(
            query, QStringLiteral("UPDATE sign_in_failures SET failures = failures WHERE login = ?"), {counted});
        !ran)
        return failed(ran.error());
    query.setForwardOnly(true);
    if (const Result<void> ran = SqlCheck::run(
            query, QStringLiteral("SELECT failures, allowed_from FROM sign_in_failures WHERE login = ?"), {counted});
        !ran)
        return failed(ran.error());
    if (!query.next())
        return failed(QStringLiteral("no row"));
    const int failures = query.value(0).toInt();
    const QDateTime allowedFrom = parseTime(query.value(1).toString());
    query.finish();

    Claim claim;
    if (const int left = SignInThrottle::secondsLeft(allowedFrom, now); left > 0) {
        transaction.rollback();
        claim.failures = failures;
        claim.waitSeconds = left;
        return claim;
    }
    claim.allowed = true;
    claim.failures = failures + 1;
    claim.waitSeconds = SignInThrottle::waitSeconds(claim.failures);
    if (const Result<void> ran
        = SqlCheck::run(query, QStringLiteral("UPDATE sign_in_failures SET failures = ?, allowed_from = ? WHERE login = ?"),
                        {claim.failures, formatTime(SignInThrottle::allowedFrom(claim.failures, now)), counted});
        !ran)
        return failed(ran.error());
    if (const Result<void> committed = transaction.commit(); !committed)
        return failed(committed.error());
    return claim;
}

Result<void> SignInAttempts::clear(const QString &login)
{
    QSqlQuery query(m_db);
    if (const Result<void> ran
        = SqlCheck::run(query, QStringLiteral("DELETE FROM sign_in_failures WHERE login = ?"), {key(login)});
        !ran)
        return Failure{Tr::tr("Could not check the sign-in attempts: %1").arg(ran.error())};
    return {};
}

int SignInAttempts::failures(const QString &login) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlCheck::run(query, QStringLiteral("SELECT failures FROM sign_in_failures WHERE login = ?"), {key(login)}))
        return -1;
    return query.next() ? query.value(0).toInt() : 0;
}

bool SignInAttempts::createTable(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(SqlDialect::of(db).ddl(QStringLiteral("CREATE TABLE sign_in_failures ("
                                                          "{id}, "
                                                          "login {text} NOT NULL UNIQUE, "
                                                          "failures INTEGER NOT NULL DEFAULT 0, "
                                                          "allowed_from {text} NOT NULL DEFAULT '')")))) {
        if (error)
            *error = Tr::tr("Could not create the database schema: %1").arg(SqlCheck::message(query));
        return false;
    }
    return true;
}
