#pragma once

#include "jobs/progress.h"
#include "kg/graph.h"
#include "workspace.h"

#include <QString>

#include <functional>

namespace eg {

// The engine entry points the shell calls to load data. They are synchronous engine functions
// taking a ProgressFn, which the shell runs through eg::runAsync on the thread pool. A hook is
// empty while the core part behind it is not in the build; the shell then disables the actions
// that need it and says why. ui/enginehooks.cpp is the one place that fills them in. (Session
// files are always there: the workspace uses core/store directly.)
struct EngineHooks
{
    // core/kg: a folder with train/valid/test triples files, or a single triples file.
    std::function<Graph(const QString &path, const ProgressFn &progress)> loadTriples;
    // core/demo: the built-in, seeded demo world.
    std::function<Graph(const ProgressFn &progress)> demoWorld;
    // core/store: the data-set record of files just loaded (content hash, size). When empty,
    // a loaded graph is recorded by the hash of its triples.
    std::function<DatasetSource(const QString &path, const QString &name,
                                const ProgressFn &progress)>
        describeFiles;

    bool canLoadTriples() const { return bool(loadTriples); }
    bool canLoadDemo() const { return bool(demoWorld); }
};

// The hooks this build provides.
EngineHooks engineHooks();

} // namespace eg
