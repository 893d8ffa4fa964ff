#include "services/trainingservice.h"

#include "common/error.h"
#include "jobcontroller.h"
#include "store/runs.h"
#include "workspace.h"

namespace eg {

TrainingService::TrainingService(JobController *jobs, Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_workspace(workspace)
{
    connect(m_jobs, &JobController::jobEnded, this,
            [this](int id, JobState state) { jobEnded(id, int(state)); });
}

TrainingService::~TrainingService()
{
    // The workers post their epochs to this object: it must outlive them.
    for (auto &[id, future] : m_live)
        future.cancel();
    for (auto &[id, future] : m_live) {
        try {
            future.waitForFinished();
        } catch (...) {
            // How the run ended is in the session; nobody is left to tell.
        }
    }
}

int TrainingService::start(const QString &title, const TrainConfig &config,
                           std::shared_ptr<const Graph> graph, int evalEvery)
{
    Options options;
    options.evalEvery = evalEvery;
    return start(title, config, std::move(graph), options);
}

qint64 TrainingService::beginRun(const QString &title, const TrainConfig &config,
                                 const Graph &graph)
{
    if (!m_workspace->hasSession()) {
        Q_EMIT message(LogLevel::Warning,
                       tr("%1: no session is open, so the run is not recorded.").arg(title));
        return 0;
    }
    if (m_workspace->isReadOnly()) {
        Q_EMIT message(LogLevel::Warning,
                       tr("%1: the session is read-only, so the run is not recorded.").arg(title));
        return 0;
    }
    // The workspace's data set row belongs to its graph; another graph trains unattributed.
    const std::optional<qint64> dataset =
        &graph == m_workspace->graph().get() ? m_workspace->datasetId() : std::nullopt;
    return store::beginRun(m_workspace->session(), config, dataset, title);
}

int TrainingService::start(const QString &title, const TrainConfig &config,
                           std::shared_ptr<const Graph> graph, const Options &options)
{
    if (!graph)
        graph = m_workspace->graph();
    if (!graph) {
        Q_EMIT message(LogLevel::Error, tr("%1: load a data set first.").arg(title));
        return -1;
    }
    TrainingTask task;
    task.config = config;
    task.graph = graph;
    task.label = title;
    task.evalEvery = options.evalEvery;
    task.evalTest = options.evalTest;
    task.maxValidQueries = options.maxValidQueries;
    task.trainer = options.trainer;
    task.meta = options.meta;
    try {
        validate(config);
        task.runId = beginRun(title, config, *graph);
    } catch (const Error &error) {
        Q_EMIT message(LogLevel::Error,
                       tr("Could not start %1: %2").arg(title, error.describe()));
        return -1;
    }
    if (task.runId > 0) {
        task.session = m_workspace->session().handle();
        m_workspace->notifySessionEdited();
    }

    // The job id is known on the GUI thread once start() returns, before any posted epoch is
    // delivered there.
    auto jobId = std::make_shared<int>(-1);
    const qint64 runId = task.runId;
    auto work = [this, jobId, task = std::move(task)](const ProgressFn &progress) mutable {
        return runTraining(std::move(task), progress, [this, jobId](const EpochReport &report) {
            QMetaObject::invokeMethod(
                this, [this, jobId, report] { deliverEpoch(*jobId, report); },
                Qt::QueuedConnection);
        });
    };
    QFuture<TrainingOutcome> future = runAsync<TrainingOutcome>(std::move(work));
    *jobId = m_jobs->start<TrainingOutcome>(title, future, [this, jobId](const TrainingOutcome &out) {
        Q_EMIT modelStored(*jobId, out.embeddingId);
        Q_EMIT finished(*jobId, out.model);
    });

    TrainingRun &run = m_runs[*jobId];
    run.jobId = *jobId;
    run.runId = runId;
    run.title = title;
    run.config = config;
    run.graph = graph;
    run.evalEvery = options.evalEvery;
    m_live.emplace(*jobId, future);
    Q_EMIT started(run);
    return *jobId;
}

void TrainingService::cancel(int jobId)
{
    if (isRunning(jobId))
        m_jobs->cancel(jobId);
}

bool TrainingService::isRecording(qint64 runId) const
{
    if (runId <= 0)
        return false;
    for (const auto &[jobId, future] : m_live) {
        if (m_runs.at(jobId).runId == runId)
            return true;
    }
    return false;
}

const TrainingRun *TrainingService::run(int jobId) const
{
    const auto found = m_runs.find(jobId);
    return found == m_runs.end() ? nullptr : &found->second;
}

void TrainingService::deliverEpoch(int jobId, const EpochReport &report)
{
    if (!isRunning(jobId))
        return; // ended meanwhile (a late post of a cancelled run)
    Q_EMIT epochFinished(jobId, report);
    if (m_runs.at(jobId).runId > 0)
        m_workspace->notifySessionEdited();
}

void TrainingService::jobEnded(int jobId, int state)
{
    const auto found = m_live.find(jobId);
    if (found == m_live.end())
        return;
    m_live.erase(found);
    if (m_runs.at(jobId).runId > 0)
        m_workspace->notifySessionEdited();
    switch (JobState(state)) {
    case JobState::Cancelled:
        Q_EMIT cancelled(jobId);
        break;
    case JobState::Failed: {
        const int row = m_jobs->model()->rowOf(jobId);
        Q_EMIT failed(jobId, row >= 0 ? m_jobs->model()->at(row).detail : QString());
        break;
    }
    default:
        break;
    }
}

} // namespace eg
