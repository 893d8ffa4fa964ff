#pragma once

#include "enginehooks.h"
#include "models/logmodel.h"

#include <QObject>

namespace eg {

class JobController;
class Workspace;

// Carries out the data-set and session commands: loads graphs as jobs and opens or saves
// session files through the engine hooks, then updates the workspace.
class DataController : public QObject
{
    Q_OBJECT
public:
    DataController(EngineHooks hooks, Workspace *workspace, JobController *jobs,
                   QObject *parent = nullptr);

    enum class Capability { LoadTriples, LoadDemo, OpenSession, SaveSession };
    bool can(Capability capability) const;
    // Why a capability is missing from this build (for disabled actions and the log).
    static QString missingText(Capability capability);

    // Start a job; the workspace gets the graph when it is done. Return the job id, or -1
    // when this build cannot do it.
    int openTriples(const QString &path);
    int loadDemoWorld();

    // Synchronous; false (and an error in the log) on failure.
    bool openSession(const QString &path);
    bool saveSession(const QString &path);

Q_SIGNALS:
    void message(eg::LogLevel level, const QString &text);
    // A session file was opened or saved (for the list of recent sessions).
    void sessionUsed(const QString &path);

private:
    int startLoad(const QString &title, std::function<Graph(const ProgressFn &)> load);
    // `done` and `failed` are messages with %1 = path (and %2 = error for `failed`).
    bool useSession(const QString &path, const QString &done, const QString &failed,
                    const std::function<SessionSummary(const QString &)> &call);
    bool refuse(Capability capability);

    EngineHooks m_hooks;
    Workspace *m_workspace;
    JobController *m_jobs;
};

} // namespace eg
