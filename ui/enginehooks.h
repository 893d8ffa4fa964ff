#pragma once

#include "jobs/progress.h"
#include "kg/graph.h"

#include <QString>

#include <functional>

namespace eg {

// What the shell shows about an open session file (core/store).
struct SessionSummary
{
    QString path;
    QString graphSource; // the data set the session was made with, when known
    qint64 runs = 0;
    qint64 decisions = 0;
    QString note; // e.g. why the session was opened read-only; empty when there is nothing to say
};

// The engine entry points the shell calls. The graph hooks are synchronous engine functions
// taking a ProgressFn, which the shell runs through eg::runAsync on the thread pool. A hook is
// empty while the core part behind it is not in the build; the shell then disables the actions
// that need it and says why. ui/enginehooks.cpp is the one place that fills them in.
struct EngineHooks
{
    // core/kg: a folder with train/valid/test triples files, or a single triples file.
    std::function<Graph(const QString &path, const ProgressFn &progress)> loadTriples;
    // core/demo: the built-in, seeded demo world.
    std::function<Graph(const ProgressFn &progress)> demoWorld;
    // core/store: opens an existing session file and makes it the current one. Runs on the GUI
    // thread (a session's database connection belongs to the thread that opened it). Throws
    // eg::Error.
    std::function<SessionSummary(const QString &path)> openSession;
    // core/store: makes `path` the current session file: the current session itself when it is
    // already there, else a consistent copy of it there, else (no session yet) a new one.
    // GUI thread. Throws eg::Error.
    std::function<SessionSummary(const QString &path)> saveSession;

    bool canLoadTriples() const { return bool(loadTriples); }
    bool canLoadDemo() const { return bool(demoWorld); }
    bool canOpenSessions() const { return bool(openSession); }
    bool canSaveSessions() const { return bool(saveSession); }
};

// The hooks this build provides.
EngineHooks engineHooks();

} // namespace eg
