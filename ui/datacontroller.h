#pragma once

#include "enginehooks.h"
#include "models/logmodel.h"

#include <QObject>

#include <functional>

namespace eg {

class JobController;
class Session;
class Workspace;

// Carries out the data-set and session commands: loads graphs as jobs (the data set's content
// hash is computed by the same job) and opens, creates and saves session files, then updates
// the workspace. A command that fails says why in the log and through problem() (the window
// shows a dialog), and changes nothing.
class DataController : public QObject
{
    Q_OBJECT
public:
    DataController(EngineHooks hooks, Workspace *workspace, JobController *jobs,
                   QObject *parent = nullptr);

    enum class Capability { LoadTriples, LoadDemo };
    bool can(Capability capability) const;
    // Why a capability is missing from this build (for disabled actions and the log).
    static QString missingText(Capability capability);

    // Start a job; the workspace gets the graph when it is done. Return the job id, or -1
    // when this build cannot do it.
    int openTriples(const QString &path);
    int loadDemoWorld();

    // Synchronous, on the GUI thread; false on failure.
    bool newSession(const QString &path);  // a new, empty file (refused when it exists)
    bool openSession(const QString &path); // an existing file
    bool openOrCreateSession(const QString &path);
    // Every change is in the file when it is made; Save folds the write-ahead log into the main
    // file, so that it can be copied on its own.
    bool saveSession();
    // Writes a consistent copy to `path` and continues in it.
    bool saveSessionAs(const QString &path);

    // The session used when no other is given: "default.equigraph" in the application's data
    // folder (QStandardPaths::AppDataLocation).
    static QString defaultSessionPath();

Q_SIGNALS:
    void message(eg::LogLevel level, const QString &text);
    // A command failed: `text` says why (with the engine's message), for a dialog.
    void problem(const QString &title, const QString &text);
    // A session file was opened, created or saved (for the list of recent sessions).
    void sessionUsed(const QString &path);

private:
    int startLoad(const QString &title,
                  std::function<std::pair<Graph, DatasetSource>(const ProgressFn &)> load);
    // Runs `make`; on success the workspace takes the session. `failed` has %1 = path.
    bool useSession(const QString &path, const QString &title, const QString &failed,
                    const std::function<Session()> &make);
    void fail(const QString &title, const QString &text);
    bool refuse(Capability capability);

    EngineHooks m_hooks;
    Workspace *m_workspace;
    JobController *m_jobs;
};

} // namespace eg
