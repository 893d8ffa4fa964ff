#include "enginehooks.h"

#include "datasetsource.h"
#include "demo/demo_world.h"
#include "kg/loader.h"

#include <QDir>
#include <QFileInfo>

namespace eg {

namespace {

// A folder's names file, when it has one of the usual names: the demo world writes names.tsv,
// the FB15k family comes with entity2text.txt.
QString namesFileBeside(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {};
    for (const QString &name : {QStringLiteral("names.tsv"), QStringLiteral("entity2text.txt")}) {
        const QString candidate = QDir(path).filePath(name);
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

} // namespace

EngineHooks engineHooks()
{
    EngineHooks hooks;
    hooks.loadTriples = [](const QString &path, const ProgressFn &progress) {
        LoadOptions options;
        options.namesFile = namesFileBeside(path);
        return loadGraph(path, options, progress);
    };
    hooks.demoWorld = [](const ProgressFn &) { return generateDemoWorld().graph; };
    hooks.describeFiles = &eg::describeFiles;
    return hooks;
}

} // namespace eg
