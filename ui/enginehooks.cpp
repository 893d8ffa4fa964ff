#include "enginehooks.h"

#include "demo/demo_world.h"
#include "kg/loader.h"
#include "store/decisions.h"
#include "store/runs.h"
#include "store/session.h"

#include <QDir>
#include <QFileInfo>

#include <memory>

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

SessionSummary summarize(const Session &session)
{
    SessionSummary summary;
    summary.path = session.path();
    summary.runs = qint64(store::runs(session).size());
    summary.decisions = qint64(store::auditTrail(session).size());
    if (session.isReadOnly())
        summary.note = session.readOnlyReason();
    return summary;
}

bool samePath(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
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

    // The current session, shared by the two session hooks; used on the GUI thread only.
    auto current = std::make_shared<Session>();
    hooks.openSession = [current](const QString &path) {
        if (!current->isOpen() || !samePath(current->path(), path))
            *current = Session::open(path); // on failure the current session stays
        return summarize(*current);
    };
    hooks.saveSession = [current](const QString &path) {
        if (!current->isOpen())
            *current = Session::create(path);
        else if (!samePath(current->path(), path))
            current->saveAs(path);
        return summarize(*current);
    };
    return hooks;
}

} // namespace eg
