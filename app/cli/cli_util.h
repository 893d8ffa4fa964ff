#pragma once

#include "command.h"
#include "jobs/progress.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace eg::cli {

// stdout / stderr helpers (UTF-8, no buffering surprises).
void printOut(const QString &text);
void printErr(const QString &text);
void printJson(const QJsonObject &object);

// A ProgressFn that draws "label  42% [eta 12 s]" on stderr (only when stderr is a terminal or
// EG_PROGRESS=1) and returns false once SIGINT/SIGTERM arrived, so the engine stops cleanly.
ProgressFn stderrProgress(const QString &label);
void installInterruptHandler();
bool interrupted();

// Runs `body`, turning eg::Error into a message on stderr + ExitError and eg::Cancelled into
// ExitCancelled.
int runGuarded(const char *command, const std::function<int()> &body);

// Adds --help and the common --json option; parses; on a usage error prints it and returns false.
bool parseOrReport(QCommandLineParser &parser, const QStringList &arguments, QString *error);

} // namespace eg::cli
