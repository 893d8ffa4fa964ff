#pragma once

#include "bias/bias_scorer.h"
#include "debias/attribute_eval.h"
#include "debias/kl_term.h"
#include "embed/model.h"
#include "kg/graph.h"

#include <QJsonArray>
#include <QJsonObject>
#include <vector>

namespace eg::cli {

// The measures of `compare`, one JSON object per model.
struct MeasureOptions {
    bool probe = true;
    // The probe is trained on this many held-out splits (seeds 1..n); probeAccuracy and
    // probeMajorityRate are their means (one split of 744 FB15k people has a standard error of
    // about 0.014, so one split alone cannot tell a gap of 0.02 from none).
    int probeSeeds = 5;
    // The score the difference in scores and B_p read (bias_scorer.h). `compare` defaults to
    // the head-prediction form: PyTorch-BigGraph's edge score, the one the published figures and
    // those of ../shared/data/pbg-fb15k-transe were measured with.
    ScoreForm form = ScoreForm::HeadPrediction;
    int threads = 0;
    // When given (resolved against `graph`): MRR over the test query sides of whitelisted
    // triples and over the others (mrrWhitelisted, mrrNotWhitelisted, whitelistedTriples).
    const ResolvedWhitelist *whitelist = nullptr;
};

// Filtered link prediction on filtered.test (known triples: all splits of `graph`) with the
// model's vectors; with a non-empty `scoring` (KL + Attr) also under the method's own rule,
// whitelisted triples scored with the attribute vectors added (eg::evaluateWithAttributes):
// mrrAttributes, hits1Attributes, hits10Attributes. Then the difference in scores of each
// sensitive relation (keys gender, religion, ... by the last path component), the gender probe,
// and B_p (gender, profession): Spearman and mean |B_p| over the professions with >= 20
// gendered people.
QJsonObject measureModel(const Model &model, const Graph &graph, const Graph &filtered,
                         const std::vector<KlRelation> &sensitive, const MeasureOptions &options,
                         const AttributeScoring *scoring = nullptr);

// Adds costRatio (s / epoch against Basic) and the reductions of the gender difference in
// scores and of mean |B_p| against Basic.
void addRatios(QJsonObject &row, const QJsonObject &basic);

// The text table of `compare`.
QString comparisonTable(const QJsonArray &rows);

} // namespace eg::cli
