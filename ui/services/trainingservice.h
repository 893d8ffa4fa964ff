#pragma once

#include "embed/model.h"
#include "embed/train.h"
#include "eval/ranking.h"
#include "kg/graph.h"
#include "models/logmodel.h"
#include "services/trainingworker.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <map>
#include <memory>

namespace eg {

class JobController;
class Workspace;

// One training run started from the GUI: the config, the graph it trains on, and its id in the
// session file (0 when it is not recorded: no session open, or the session is read-only).
struct TrainingRun
{
    int jobId = 0;
    qint64 runId = 0;
    QString title;
    TrainConfig config;
    std::shared_ptr<const Graph> graph;
    int evalEvery = 0;
};

// Starts training jobs on the engine's async wrappers (through the JobController, so each run
// has its row with progress, time left and Cancel in the jobs panel), records each run and every
// epoch in the workspace's session (through the worker's own connection), and reports epochs and
// the result on the GUI thread. Every workbench trains through this one service.
//
// Recording: start() inserts the run ("running", with config, seed and the workspace's data set)
// on the GUI thread, so its id is known at once. The worker appends each epoch when it ends (the
// session is saved after every epoch); at the end it stores the model as an .egm embedding file
// of the run and marks the run finished, or cancelled / failed (with the message), keeping the
// epochs it completed. Without a writable session the run trains all the same, unrecorded (a
// warning says so).
class TrainingService : public QObject
{
    Q_OBJECT
public:
    using EpochReport = TrainingEpochReport;

    struct Options
    {
        int evalEvery = 0;     // validation every n epochs (0 = never) fills EpochReport::valid
        bool evalTest = false; // filtered ranking of the test split at the end (final metrics)
        int maxValidQueries = 2000; // validation ranks an even sample of this many triples
        // Replaces eg::train (e.g. a debiased trainer); the config still describes the run.
        TrainerFn trainer;
        QJsonObject meta; // added to the stored model file's metadata (e.g. {"method": "kl"})
    };

    TrainingService(JobController *jobs, Workspace *workspace, QObject *parent = nullptr);
    // Cancels the runs still going and waits for them (they record "cancelled").
    ~TrainingService() override;

    // Trains on `graph` (default: the workspace's graph). Returns the job id (also in the jobs
    // panel), or -1 if there is no graph or the configuration is invalid (failed() is not
    // emitted then; message() says why). Validation on the validation split every
    // `evalEvery` epochs (0 = never) fills EpochReport::valid.
    int start(const QString &title, const TrainConfig &config,
              std::shared_ptr<const Graph> graph = {}, int evalEvery = 0);
    int start(const QString &title, const TrainConfig &config, std::shared_ptr<const Graph> graph,
              const Options &options);
    void cancel(int jobId);

    bool isRunning(int jobId) const { return m_live.count(jobId) > 0; }
    int runningCount() const { return int(m_live.size()); }
    // Whether a running job records into the run with this id.
    bool isRecording(qint64 runId) const;
    // The run of a job started here (running or ended), or nullptr.
    const TrainingRun *run(int jobId) const;

Q_SIGNALS:
    void started(const eg::TrainingRun &run);
    void epochFinished(int jobId, const eg::TrainingService::EpochReport &report);
    // The trained model; also stored in the session as an embedding of the run (its id in
    // `embeddingId`, 0 when not recorded). Emitted before finished().
    void modelStored(int jobId, qint64 embeddingId);
    void finished(int jobId, std::shared_ptr<const eg::Model> model);
    void cancelled(int jobId);
    void failed(int jobId, const QString &message);
    // For the log and the status bar.
    void message(eg::LogLevel level, const QString &text);

private:
    qint64 beginRun(const QString &title, const TrainConfig &config, const Graph &graph);
    void deliverEpoch(int jobId, const EpochReport &report);
    void jobEnded(int jobId, int state);

    JobController *m_jobs;
    Workspace *m_workspace;
    std::map<int, TrainingRun> m_runs;               // every run started, by job id
    std::map<int, QFuture<TrainingOutcome>> m_live; // the running ones
};

} // namespace eg
