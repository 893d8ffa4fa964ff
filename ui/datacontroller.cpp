#include "datacontroller.h"

#include "jobcontroller.h"
#include "workspace.h"

#include <QFileInfo>
#include <QLocale>

namespace eg {

using GraphPtr = std::shared_ptr<const Graph>;

DataController::DataController(EngineHooks hooks, Workspace *workspace, JobController *jobs,
                               QObject *parent)
    : QObject(parent)
    , m_hooks(std::move(hooks))
    , m_workspace(workspace)
    , m_jobs(jobs)
{
}

bool DataController::can(Capability capability) const
{
    switch (capability) {
    case Capability::LoadTriples:
        return m_hooks.canLoadTriples();
    case Capability::LoadDemo:
        return m_hooks.canLoadDemo();
    case Capability::OpenSession:
        return m_hooks.canOpenSessions();
    case Capability::SaveSession:
        return m_hooks.canSaveSessions();
    }
    return false;
}

QString DataController::missingText(Capability capability)
{
    switch (capability) {
    case Capability::LoadTriples:
        return tr("Not available yet: this build has no triples loader.");
    case Capability::LoadDemo:
        return tr("Not available yet: this build has no demo world generator.");
    case Capability::OpenSession:
    case Capability::SaveSession:
        return tr("Not available yet: this build has no session store.");
    }
    return {};
}

bool DataController::refuse(Capability capability)
{
    if (can(capability))
        return false;
    Q_EMIT message(LogLevel::Error, missingText(capability));
    return true;
}

int DataController::openTriples(const QString &path)
{
    if (refuse(Capability::LoadTriples))
        return -1;
    auto load = m_hooks.loadTriples;
    return startLoad(tr("Load %1").arg(QFileInfo(path).fileName()),
                     [load, path](const ProgressFn &progress) { return load(path, progress); });
}

int DataController::loadDemoWorld()
{
    if (refuse(Capability::LoadDemo))
        return -1;
    return startLoad(tr("Generate the demo world"), m_hooks.demoWorld);
}

int DataController::startLoad(const QString &title, std::function<Graph(const ProgressFn &)> load)
{
    auto work = [load = std::move(load)](const ProgressFn &progress) {
        return GraphPtr(std::make_shared<Graph>(load(progress)));
    };
    return m_jobs->run<GraphPtr>(title, std::move(work), [this](const GraphPtr &graph) {
        m_workspace->setGraph(graph);
        const QLocale locale;
        Q_EMIT message(LogLevel::Info,
                       tr("Data set %1: %2 entities, %3 relations, %4 triples")
                           .arg(m_workspace->graphName(),
                                locale.toString(graph->entityCount()),
                                locale.toString(graph->relationCount()),
                                locale.toString(graph->tripleCount())));
    });
}

bool DataController::openSession(const QString &path)
{
    if (refuse(Capability::OpenSession))
        return false;
    return useSession(path, tr("Opened session %1"), tr("Could not open session %1: %2"),
                      m_hooks.openSession);
}

bool DataController::saveSession(const QString &path)
{
    if (refuse(Capability::SaveSession))
        return false;
    return useSession(path, tr("Saved session %1"), tr("Could not save session %1: %2"),
                      m_hooks.saveSession);
}

bool DataController::useSession(const QString &path, const QString &done, const QString &failed,
                                const std::function<SessionSummary(const QString &)> &call)
{
    try {
        const SessionSummary summary = call(path);
        m_workspace->setSession(summary);
        Q_EMIT message(LogLevel::Info, done.arg(summary.path));
        if (!summary.note.isEmpty())
            Q_EMIT message(LogLevel::Warning, summary.note);
        Q_EMIT sessionUsed(summary.path);
        return true;
    } catch (const Error &error) {
        Q_EMIT message(LogLevel::Error, failed.arg(path, error.describe()));
        return false;
    }
}

} // namespace eg
