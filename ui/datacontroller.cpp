#include "datacontroller.h"

#include "common/error.h"
#include "datasetsource.h"
#include "jobcontroller.h"
#include "store/session.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace eg {

namespace {

// A loaded graph and where it came from: the result of a load job.
struct Loaded
{
    std::shared_ptr<const Graph> graph;
    DatasetSource source;
};

bool samePath(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

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
    const QString name = QFileInfo(QDir::cleanPath(path)).fileName();
    auto load = m_hooks.loadTriples;
    auto describe = m_hooks.describeFiles;
    // Reading the triples is most of the work; hashing the files for the session the rest.
    return startLoad(tr("Load %1").arg(name), [=](const ProgressFn &progress) {
        Graph graph = load(path, progressPart(progress, 0.0, 0.8));
        const ProgressFn hashing = progressPart(progress, 0.8, 1.0);
        DatasetSource source = describe ? describe(path, name, hashing)
                                        : describeGenerated(graph, name, hashing);
        return std::make_pair(std::move(graph), std::move(source));
    });
}

int DataController::loadDemoWorld()
{
    if (refuse(Capability::LoadDemo))
        return -1;
    auto demo = m_hooks.demoWorld;
    const QString name = tr("Demo world");
    return startLoad(tr("Generate the demo world"), [=](const ProgressFn &progress) {
        Graph graph = demo(progressPart(progress, 0.0, 0.9));
        DatasetSource source = describeGenerated(graph, name, progressPart(progress, 0.9, 1.0));
        return std::make_pair(std::move(graph), std::move(source));
    });
}

int DataController::startLoad(
    const QString &title, std::function<std::pair<Graph, DatasetSource>(const ProgressFn &)> load)
{
    auto work = [load = std::move(load)](const ProgressFn &progress) {
        auto [graph, source] = load(progress);
        return Loaded{std::make_shared<const Graph>(std::move(graph)), std::move(source)};
    };
    return m_jobs->run<Loaded>(title, std::move(work), [this](const Loaded &loaded) {
        m_workspace->setGraph(loaded.graph, loaded.source);
        const QLocale locale;
        const Graph &graph = *loaded.graph;
        Q_EMIT message(LogLevel::Info,
                       tr("Data set %1: %2 entities, %3 relations, %4 triples")
                           .arg(m_workspace->graphName(), locale.toString(graph.entityCount()),
                                locale.toString(graph.relationCount()),
                                locale.toString(graph.tripleCount())));
    });
}

void DataController::fail(const QString &title, const QString &text)
{
    Q_EMIT message(LogLevel::Error, text);
    Q_EMIT problem(title, text);
}

bool DataController::useSession(const QString &path, const QString &title, const QString &failed,
                                const std::function<Session()> &make)
{
    try {
        m_workspace->setSession(make());
    } catch (const Error &error) {
        fail(title, failed.arg(QDir::toNativeSeparators(path)) + QLatin1Char('\n') +
                        error.describe());
        return false;
    }
    const QString opened = m_workspace->sessionPath();
    Q_EMIT message(LogLevel::Info, tr("Session %1 is open.").arg(QDir::toNativeSeparators(opened)));
    if (m_workspace->isReadOnly())
        Q_EMIT message(LogLevel::Warning,
                       tr("The session is read-only: %1").arg(m_workspace->readOnlyReason()));
    Q_EMIT sessionUsed(opened);
    return true;
}

bool DataController::newSession(const QString &path)
{
    return useSession(path, tr("New Session"), tr("Could not create the session %1:"),
                      [&path] { return Session::create(path); });
}

bool DataController::openSession(const QString &path)
{
    if (m_workspace->hasSession() && samePath(m_workspace->sessionPath(), path)) {
        Q_EMIT message(LogLevel::Info, tr("The session %1 is already open.")
                                           .arg(QDir::toNativeSeparators(path)));
        return true;
    }
    return useSession(path, tr("Open Session"), tr("Could not open the session %1:"),
                      [&path] { return Session::open(path); });
}

bool DataController::openOrCreateSession(const QString &path)
{
    if (QFileInfo::exists(path))
        return openSession(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return newSession(path);
}

bool DataController::saveSession()
{
    const QString title = tr("Save Session");
    if (!m_workspace->hasSession()) {
        fail(title, tr("No session is open."));
        return false;
    }
    if (m_workspace->isReadOnly()) {
        fail(title, tr("The session is read-only (%1). Use Save As to continue in a copy.")
                        .arg(m_workspace->readOnlyReason()));
        return false;
    }
    try {
        m_workspace->session().checkpoint();
    } catch (const Error &error) {
        fail(title, tr("Could not save the session:") + QLatin1Char('\n') + error.describe());
        return false;
    }
    const QString path = m_workspace->sessionPath();
    Q_EMIT message(LogLevel::Info,
                   tr("Saved the session %1.").arg(QDir::toNativeSeparators(path)));
    Q_EMIT sessionUsed(path);
    return true;
}

bool DataController::saveSessionAs(const QString &path)
{
    const QString title = tr("Save Session As");
    if (!m_workspace->hasSession())
        return newSession(path);
    if (samePath(m_workspace->sessionPath(), path))
        return saveSession();
    try {
        m_workspace->saveSessionAs(path);
    } catch (const Error &error) {
        fail(title, tr("Could not save the session as %1:").arg(QDir::toNativeSeparators(path)) +
                        QLatin1Char('\n') + error.describe());
        return false;
    }
    const QString saved = m_workspace->sessionPath();
    Q_EMIT message(LogLevel::Info,
                   tr("Saved the session as %1; it is the current session now.")
                       .arg(QDir::toNativeSeparators(saved)));
    Q_EMIT sessionUsed(saved);
    return true;
}

QString DataController::defaultSessionPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("default.equigraph"));
}

} // namespace eg
