#pragma once

#include <QStringList>

#include <vector>

namespace eg::cli {

// Exit codes of equigraph-cli (also in --help).
enum ExitCode {
    ExitOk = 0,
    ExitError = 1,     // the engine reported a fault (bad file, divergence, ...)
    ExitUsage = 2,     // wrong arguments
    ExitCancelled = 3, // interrupted (SIGINT / SIGTERM)
};

struct Command
{
    const char *name;
    const char *summary;
    // Receives the arguments after the subcommand name, with argv[0] + name first
    // (so QCommandLineParser::process works unchanged).
    int (*run)(const QStringList &arguments);
};

const std::vector<Command> &commands();

} // namespace eg::cli
