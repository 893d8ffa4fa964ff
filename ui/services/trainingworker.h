#pragma once

#include "embed/model.h"
#include "embed/train.h"
#include "eval/ranking.h"
#include "jobs/progress.h"
#include "kg/graph.h"
#include "store/session.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace eg {

// What one epoch of a run reports to the GUI: the trainer's figures and, every `evalEvery`
// epochs, the filtered ranking of (a sample of) the validation split.
struct TrainingEpochReport
{
    EpochStats stats;
    bool hasValid = false;
    RankingMetrics valid;
};

// Trains a model on graph.train with `config`, reporting progress and each epoch as eg::train
// does (e.g. a debiased trainer, eg::trainDebiased); the model must be graph-sized.
using TrainerFn = std::function<Model(const Graph &graph, const TrainConfig &config,
                                      const ProgressFn &progress, const EpochFn &onEpoch)>;

// Everything a training job needs, copied to its thread.
struct TrainingTask
{
    TrainConfig config;
    TrainerFn trainer; // empty: eg::train
    QJsonObject meta;  // added to the stored model file's metadata (e.g. the method)
    std::shared_ptr<const Graph> graph;
    // The session to record into (the worker opens its own connection) and the run's id there.
    // An invalid handle: nothing is recorded.
    Session::Handle session;
    qint64 runId = 0;
    QString label;
    int evalEvery = 0;         // validation every n epochs; 0 = never
    bool evalTest = false;     // filtered ranking of the test split at the end
    int maxValidQueries = 2000; // validation ranks an even sample of at most this many triples
};

struct TrainingOutcome
{
    std::shared_ptr<const Model> model;
    qint64 embeddingId = 0;   // the stored model file in the session; 0 when not recorded
    QJsonObject finalMetrics; // as stored in runs.final_metrics
};

// Trains on task.graph->train on the calling thread (a job's worker). When the task has a
// session: opens a connection of this thread, appends every epoch as it ends (store::
// recordEpochs: each epoch is on disk when the next starts), and at the end stores the model as
// an .egm embedding file of the run and marks the run finished; a cancelled or failed run is
// marked so (with the epochs it completed) before eg::Cancelled / eg::Error is rethrown.
// `onEpoch` runs on this thread after each epoch is recorded.
TrainingOutcome runTraining(TrainingTask task, const ProgressFn &progress,
                            const std::function<void(const TrainingEpochReport &)> &onEpoch);

} // namespace eg
