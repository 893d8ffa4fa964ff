#include "services/trainingworker.h"

#include "common/error.h"
#include "embed/model_file.h"
#include "kg/known_triples.h"
#include "store/config_json.h"
#include "store/embeddings.h"
#include "store/epochs.h"
#include "store/runs.h"

#include <QDir>
#include <QTemporaryFile>

#include <cmath>
#include <optional>

namespace eg {

namespace {

// At most `count` triples of `all`, evenly spread (all of them when there are fewer).
std::vector<Triple> evenSample(const std::vector<Triple> &all, size_t count)
{
    if (all.size() <= count)
        return all;
    std::vector<Triple> sample;
    sample.reserve(count);
    for (size_t i = 0; i < count; ++i)
        sample.push_back(all[i * all.size() / count]);
    return sample;
}

// What the run reached so far, for runs.final_metrics (also of a cancelled or failed run).
struct Tally
{
    int epochs = 0;
    double loss = std::nan("");
    double seconds = 0.0;
    std::optional<RankingMetrics> valid;

    QJsonObject json() const
    {
        QJsonObject json{{QStringLiteral("epochs"), epochs},
                         {QStringLiteral("seconds"), seconds}};
        if (std::isfinite(loss))
            json.insert(QStringLiteral("loss"), loss);
        if (valid)
            json.insert(QStringLiteral("valid"), store::toJson(*valid));
        return json;
    }
};

// Saves the model as an .egm file and stores it in the session's folder as the run's embedding.
qint64 storeModel(Session &db, const TrainingTask &task, const Model &model, int epoch)
{
    const QString folder = db.dataDir();
    if (!QDir().mkpath(folder))
        throw Error(Error::tr("cannot create the folder for the model files"), folder);
    // Written next to its final place, then copied in under its content hash by the store.
    QTemporaryFile file(folder + QStringLiteral("/training-XXXXXX.egm"));
    if (!file.open())
        throw Error(Error::tr("cannot write the trained model: %1").arg(file.errorString()),
                    folder);
    file.close();
    QJsonObject meta = task.meta;
    meta.insert(QStringLiteral("config"), store::toJson(task.config));
    meta.insert(QStringLiteral("data"), task.graph->source);
    meta.insert(QStringLiteral("run"), task.runId);
    meta.insert(QStringLiteral("epochs"), epoch);
    saveModel(file.fileName(), model, task.graph->entities, task.graph->relations, meta);
    store::EmbeddingRecord record;
    record.runId = task.runId;
    record.epoch = epoch;
    record.label = task.label;
    record.format = QStringLiteral("egm");
    return store::storeEmbeddingFile(db, file.fileName(), record);
}

} // namespace

TrainingOutcome runTraining(TrainingTask task, const ProgressFn &progress,
                            const std::function<void(const TrainingEpochReport &)> &onEpoch)
{
    const Graph &graph = *task.graph;
    Session db;
    if (task.session.isValid()) {
        db = Session::openOnThisThread(task.session);
        task.session = {}; // the handle keeps the session's lock: drop it once used
    }
    Tally tally;
    // Records how the run ended; a failure to record must not hide why the run ended.
    const auto finish = [&](store::RunStatus status, const QString &message) {
        if (!db.isOpen())
            return;
        try {
            store::finishRun(db, task.runId, status, tally.json(), message);
        } catch (const Error &error) {
            qWarning("could not record the end of run %lld: %s", task.runId, error.what());
        }
    };

    try {
        const bool validate = task.evalEvery > 0 && !graph.valid.empty();
        const bool known = validate || (task.evalTest && !graph.test.empty());
        const KnownTriples filter =
            known ? KnownTriples({graph.train, graph.valid, graph.test}) : KnownTriples();
        const std::vector<Triple> queries =
            validate ? evenSample(graph.valid, size_t(std::max(1, task.maxValidQueries)))
                     : std::vector<Triple>();
        // Evaluation inside a run only listens for Cancel: the bar shows training progress.
        const ProgressFn stopOnly = [&progress](qint64, qint64) {
            return !progress || progress(0, 0);
        };
        EvalOptions options;
        options.perRelation = false;
        options.threads = task.config.threads;

        std::optional<RankingMetrics> epochValid; // of the epoch being recorded
        const store::EpochMetricsFn metrics = [&](const EpochStats &stats, const Model &model) {
            epochValid.reset();
            if (!validate || stats.epoch % task.evalEvery != 0)
                return QJsonObject();
            epochValid = evaluate(model, queries, &filter, options, stopOnly).overall;
            return QJsonObject{{QStringLiteral("valid"), store::toJson(*epochValid)}};
        };
        const EpochFn report = [&](const EpochStats &stats, const Model &) {
            tally.epochs = stats.epoch;
            tally.loss = stats.loss;
            tally.seconds += stats.seconds;
            if (epochValid)
                tally.valid = epochValid;
            TrainingEpochReport epoch;
            epoch.stats = stats;
            epoch.hasValid = epochValid.has_value();
            if (epochValid)
                epoch.valid = *epochValid;
            if (onEpoch)
                onEpoch(epoch);
            return true;
        };
        const EpochFn withMetrics = [&](const EpochStats &stats, const Model &model) {
            metrics(stats, model);
            return report(stats, model);
        };
        const EpochFn perEpoch =
            db.isOpen() ? store::recordEpochs(db, task.runId, report, metrics) : withMetrics;

        auto model = std::make_shared<const Model>(
            task.trainer ? task.trainer(graph, task.config, progress, perEpoch)
                         : train(graph.train, graph.entityCount(), graph.relationCount(),
                                 task.config, progress, perEpoch));
        TrainingOutcome outcome;
        outcome.model = model;
        outcome.finalMetrics = tally.json();
        if (task.evalTest && !graph.test.empty()) {
            const EvalResult test = evaluate(*model, graph.test, &filter, options, stopOnly);
            outcome.finalMetrics.insert(QStringLiteral("test"), store::toJson(test.overall));
        }
        if (db.isOpen()) {
            outcome.embeddingId = storeModel(db, task, *model, tally.epochs);
            store::finishRun(db, task.runId, store::RunStatus::Finished, outcome.finalMetrics);
        }
        return outcome;
    } catch (const Cancelled &) {
        // No message: the status says it, and the runs table words it in the language of the
        // day it is read (a stored sentence would keep the language it was written in).
        finish(store::RunStatus::Cancelled, QString());
        throw;
    } catch (const Error &error) {
        finish(store::RunStatus::Failed, error.describe());
        throw;
    } catch (const std::exception &error) {
        finish(store::RunStatus::Failed, QString::fromUtf8(error.what()));
        throw;
    }
}

} // namespace eg
