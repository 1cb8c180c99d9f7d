// The command line on a PostgreSQL server that asks for a password (issue #10): libpq's own
// PGPASSWORD works; without it, and without a terminal to ask on, the refusal is one line.
// (`demo` is the command: it opens the database before anything else.)
#include <catch2/catch.hpp>

#include "clirun.h"
#include "testdatabase.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace {

using Run = CliRun<>;

// Runs crm-agent with standard input not a terminal, with no password but `pgPassword` (when not null).
Run runApp(const QStringList &arguments, const QString &pgPassword = QString())
{
    QProcessEnvironment env = cliEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent/pgpass"));
    if (!pgPassword.isNull())
        env.insert(QStringLiteral("PGPASSWORD"), pgPassword);
    return runCli(arguments, env);
}

struct TerminalRun
{
    int exitCode = -1;
    QByteArray screen;   // everything the terminal showed
};

// Runs crm-agent on a pseudo-terminal with no password but what is typed: `typed` and Return,
// once it asks for the database password.
TerminalRun runOnTerminal(const QStringList &arguments, const QByteArray &typed)
{
    std::vector<QByteArray> strings{QByteArrayLiteral(CRM_AGENT_BIN)};
    for (const QString &argument : arguments)
        strings.push_back(argument.toLocal8Bit());
    std::vector<QByteArray> environment;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &name : system.keys()) {
        if (name != QLatin1String("PGPASSWORD") && name != QLatin1String("CRM_AGENT_PASSWORD")
            && name != QLatin1String("PGPASSFILE"))
            environment.push_back((name + u'=' + system.value(name)).toLocal8Bit());
    }
    environment.push_back(QByteArrayLiteral("PGPASSFILE=/nonexistent/pgpass"));
    environment.push_back(QByteArrayLiteral("QT_QPA_PLATFORM=offscreen"));
    std::vector<char *> argv;
    for (QByteArray &string : strings)
        argv.push_back(string.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (QByteArray &string : environment)
        envp.push_back(string.data());
    envp.push_back(nullptr);

    int terminal = -1;
    const pid_t pid = forkpty(&terminal, nullptr, nullptr, nullptr);
    REQUIRE(pid >= 0);
    if (pid == 0) {
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    TerminalRun run;
    bool answered = false;
    char buffer[512];
    // Blocking reads until the program ends and the terminal closes (EIO).
    for (ssize_t n; (n = read(terminal, buffer, sizeof buffer)) > 0;) {
        run.screen.append(buffer, n);
        if (!answered && run.screen.contains("Database password for")) {
            const QByteArray line = typed + '\n';
            REQUIRE(write(terminal, line.constData(), size_t(line.size())) == line.size());
            answered = true;
        }
    }
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    close(terminal);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
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

TEST_CASE("cli/a server that wants a password: a terminal is asked, without echo", "[cli][postgresql-only]")
{
    TestDatabase test;
    const QString uri = test.locationAsPasswordUser();
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--db"), uri, QStringLiteral("--leads"),
                           QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("5")};

    const TerminalRun wrong = runOnTerminal(demo, "wrong horse");
    INFO(wrong.screen.toStdString());
    const QByteArray prompt = QByteArray("Database password for ").append(uri.toUtf8()).append(": ");
    CHECK(wrong.screen.contains(prompt));
    CHECK_FALSE(wrong.screen.contains("horse"));   // never echoed
    CHECK(wrong.screen.contains("refused the sign-in"));
    CHECK(wrong.exitCode == 1);
    CHECK(test.scalar(QStringLiteral("SELECT to_regclass('leads') IS NULL")).toBool());

    const TerminalRun right = runOnTerminal(demo, TestDatabase::passwordUserPassword().toUtf8());
    INFO(right.screen.toStdString());
    CHECK_FALSE(right.screen.contains("horse"));
    CHECK_FALSE(right.screen.contains("refused"));
    CHECK(test.scalar(QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'leads'")).toString()
          == QStringLiteral("crm_password_test"));
}
