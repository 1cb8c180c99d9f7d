// The command line on a PostgreSQL server that asks for a password (issue #10): libpq's own
// PGPASSWORD works; without it, and without a terminal to ask on, the refusal is one line.
// (`demo` is the command: it opens the database before anything else.)
#include <catch2/catch.hpp>

#include "testdatabase.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs crm-agent with standard input not a terminal, with no password but `pgPassword` (when not null).
Run runApp(const QStringList &arguments, const QString &pgPassword = QString())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.remove(QStringLiteral("CRM_AGENT_PASSWORD"));
    env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent/pgpass"));
    if (!pgPassword.isNull())
        env.insert(QStringLiteral("PGPASSWORD"), pgPassword);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CRM_AGENT_BIN), arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("cli/a server that wants a password: one line without a terminal, PGPASSWORD works", "[cli][postgresql-only]")
{
    TestDatabase test;
    const QString uri = test.locationAsPasswordUser();
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--db"), uri, QStringLiteral("--leads"),
                           QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("5")};

    const Run refused = runApp(demo);
    CHECK(refused.exitCode == 1);
    INFO(refused.err.toStdString());
    CHECK(refused.err.count(u'\n') == 1);
    CHECK(refused.err.startsWith(QStringLiteral("crm-agent: The server refused the sign-in")));
    CHECK(refused.err.contains(QStringLiteral("PGPASSWORD")));
    CHECK_FALSE(refused.err.contains(QStringLiteral("Password for")));   // no prompt without a terminal

    const Run wrong = runApp(demo, QStringLiteral("wrong horse"));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.count(u'\n') == 1);
    CHECK_FALSE(wrong.err.contains(QStringLiteral("horse")));

    CHECK(test.scalar(QStringLiteral("SELECT to_regclass('leads') IS NULL")).toBool());   // never opened

    // With PGPASSWORD the command signs in: its open creates the schema as that user.
    const Run done = runApp(demo, TestDatabase::passwordUserPassword());
    INFO(done.err.toStdString());
    CHECK_FALSE(done.err.contains(QStringLiteral("refused")));
    CHECK(test.scalar(QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'leads'")).toString()
          == QStringLiteral("crm_password_test"));
}
