#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

// Runs the program under test (EG_CLI, defined per test target) and collects what it printed.
namespace eg::test {

struct CliResult
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out, err;
};

inline CliResult runCli(const QStringList &arguments, int timeoutMs = 240000)
{
    QProcess process;
    process.start(QStringLiteral(EG_CLI), arguments);
    CliResult r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

} // namespace eg::test
