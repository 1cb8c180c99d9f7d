#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <type_traits>

// crm-agent run as a real process by a test program whose CMake target defines CRM_AGENT_BIN
// (the path of the built crm-agent), and what it printed: standard output as text (QString) or
// as bytes (QByteArray, for CSV written to "-").
template<typename Output = QString>
struct CliRun
{
    int exitCode = -1;   // -1 when it crashed
    Output out;
    QString err;
};

// The environment crm-agent runs in for a test: this program's, on the offscreen platform, with
// CRM_AGENT_PASSWORD set to `password`, or unset when `password` is null.
inline QProcessEnvironment cliEnvironment(const QString &password = QString())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CRM_AGENT_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("CRM_AGENT_PASSWORD"), password);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

// Runs crm-agent with `arguments` in `env`, standard input not a terminal, and waits for it (two
// minutes at most). Standard output goes to `stdoutFile` instead when that is not empty.
template<typename Output = QString>
CliRun<Output> runCli(const QStringList &arguments, const QProcessEnvironment &env = cliEnvironment(),
                      const QString &stdoutFile = QString())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(QStringLiteral(CRM_AGENT_BIN), arguments);
    REQUIRE(process.waitForFinished(120000));
    CliRun<Output> run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if constexpr (std::is_same_v<Output, QString>)
        run.out = QString::fromUtf8(process.readAllStandardOutput());
    else
        run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
