#include "pages/bias/biassessionruns.h"

#include "common/error.h"
#include "debias/debias.h"
#include "embed/embedding_io.h"
#include "embed/model_file.h"
#include "pages/bias/biasdebias.h"
#include "store/embeddings.h"
#include "store/epochs.h"
#include "store/runs.h"

#include <QJsonObject>

namespace eg {

std::vector<StoredBiasRun> BiasSessionRuns::list(const Session &session,
                                                 std::optional<qint64> datasetId)
{
    std::vector<StoredBiasRun> out;
    for (const store::RunRecord &run : store::runs(session)) {
        if (run.status != store::RunStatus::Finished ||
            (run.datasetId && run.datasetId != datasetId))
            continue;
        try {
            const std::vector<store::EmbeddingRecord> files = store::embeddings(session, run.id);
            if (files.empty())
                continue;
            StoredBiasRun stored;
            stored.runId = run.id;
            stored.label = run.label;
            stored.path = store::embeddingPath(session, files.back().id);
            stored.demoWorld = !run.datasetId.has_value();
            stored.plannedEpochs = run.config.value(QStringLiteral("epochs")).toInt();
            for (const store::EpochRecord &r : store::epochs(session, run.id)) {
                const QJsonObject valid = r.metrics.value(QStringLiteral("valid")).toObject();
                stored.epochs.push_back({r.epoch, r.loss, r.seconds, !valid.isEmpty(),
                                         valid.value(QStringLiteral("mrr")).toDouble()});
            }
            out.push_back(std::move(stored));
        } catch (const Error &) {
            // A record whose file is gone: nothing to list.
        }
    }
    return out;
}

BiasModelEntry BiasSessionRuns::load(const StoredBiasRun &run, std::shared_ptr<const Graph> graph,
                                     const QString &dataSet)
{
    const KeyedModel keyed = loadModel(run.path);
    KeyMapping mapped = mapToGraph(keyed, *graph);
    if (2 * qint64(mapped.missingEntities.size()) > graph->entityCount())
        throw Error(tr("the model of run %1 belongs to another data set").arg(run.runId),
                    run.path);
    const std::optional<DebiasMethod> method =
        parseDebiasMethod(keyed.meta.value(QStringLiteral("method")).toString());
    BiasMethod::Kind kind = BiasMethod::Basic;
    for (const BiasMethod &m : BiasMethods::all()) {
        if (method && BiasDebias::engineMethod(m.kind) == *method)
            kind = m.kind;
    }
    BiasModelEntry entry;
    entry.name = run.label;
    entry.method = BiasMethods::get(kind).name;
    entry.type = describeModelSpec(mapped.model.spec);
    entry.source = tr("run %1 of the session").arg(run.runId);
    entry.dataSet = dataSet;
    entry.plannedEpochs = run.plannedEpochs;
    entry.epochs = run.epochs;
    entry.model = std::make_shared<const Model>(std::move(mapped.model));
    entry.graph = std::move(graph);
    return entry;
}

} // namespace eg
