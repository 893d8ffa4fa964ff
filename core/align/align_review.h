#pragma once

#include "align/align_data.h"
#include "align/align_evaluate.h"
#include "align/align_features.h"
#include "align/align_trainer.h"
#include "jobs/progress.h"
#include "store/candidates.h"

#include <QJsonObject>
#include <optional>
#include <vector>

namespace eg {

class Session;

// Train, evaluate and turn the result into review candidates: what `equigraph-cli align` and
// the Alignment page run. One synchronous function (ProgressFn, eg::Cancelled), so
// eg::runAsync makes it a job.
//
// Review candidates: for each graph-1 test entity its best `perEntity` candidates by the final
// score (refined probability when refinement is on, else sigmoid(logit)); candidates after the
// first are kept only when their score reaches `minScore`, so confident entities yield one pair
// and uncertain ones their competitors. Each carries its explanation as JSON (the `attention`
// of store::CandidateRecord), self-contained so a viewer needs no data set:
//   {"score", "nameCosine", "logit", "probability", "refined", "gold" (a reference link),
//    "rank" (1-based, among the entity's candidates),
//    "left" / "right": {"name", "key", "type", "typeName"},
//    "neighbours": [left list, right list], each entry
//      {"key", "name", "relation", "inverse", "alpha", "beta", "gamma",
//       "link": index in the other list of its linked partner or -1,
//       "anchor": "seed" (training link) / "predicted" (pseudo-anchor) / ""}}
// Weights: alpha cross-graph, beta self-attention, gamma the normalised product (sums to 1
// per side; see align_inference.h). Names-only runs have empty neighbour lists.
struct AlignRunOptions {
    AlignFeatureOptions features;
    AlignTrainOptions train;
    AlignEvalOptions eval;
    bool namesOnly = false; // skip training: the names-only baseline
    int perEntity = 3;
    float minScore = 0.05f;
};

struct AlignRunResult {
    AlignEvaluation evaluation;
    AlignTrainReport training;
    std::vector<store::CandidateRecord> candidates; // runId unset, status pending
    qint64 testEntities = 0;
    double seconds = 0;
};

// Progress: 0-5 % features, 5-80 % training, 80-95 % evaluation, 95-100 % explanations.
AlignRunResult runAlignment(const AlignmentData &data, const AlignRunOptions &options,
                            const ProgressFn &progress = {});

// {"names"|"model"|"refined": {"hits1", "hits10", "mrr", "prauc", "recallAtPrecision",
//  "precision", "recall", "f1", "threshold", "bestF1", ...}, "blockingRecall", ...}
QJsonObject alignMetricsJson(const AlignEvaluation &evaluation);
QJsonObject alignOptionsJson(const AlignRunOptions &options);

// Records the run (finished, metrics as final metrics) and its candidates in `session`;
// returns the run id. Throws eg::Error (e.g. a read-only session).
qint64 recordAlignment(Session &session, const AlignRunResult &result,
                       const AlignRunOptions &options, const QString &label,
                       std::optional<qint64> datasetId = std::nullopt);

// The demo world's two alignment views (core/demo: default world, makeAlignmentViews with
// default options), written to a temporary folder in the DBP15K layout and loaded back.
AlignmentData loadDemoAlignment(const ProgressFn &progress = {});

} // namespace eg
