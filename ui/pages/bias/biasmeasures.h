#pragma once

#include "bias/bias_scorer.h"
#include "embed/model.h"
#include "jobs/progress.h"
#include "kg/graph.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <limits>
#include <vector>

namespace eg {

// The aggregate bias measures of Fisher et al. (EMNLP 2020, §4.3; kg-bias.md §3) as the bias
// page's Measures tab shows them: the difference in scores of every sensitive relation the
// graph has (eg::fisherSensitiveRelations), and the probe on the page's sensitive relation,
// its accuracy the mean over `seeds` held-out splits (seeds 1..n). The graph-facts probe
// (eg::factProbeAccuracy) reads the same people and splits from their other facts only, so it
// depends on the graph and the relation, not on a model.
struct BiasMeasuresSpec {
    struct Relation {
        QString name; // "gender"
        qint32 relation = -1;
        qint32 topValues = 30;
    };
    std::vector<Relation> relations; // difference in scores, one row each
    Relation probed;                 // the probe's relation (the page's sensitive relation)
    ScoreForm form = ScoreForm::HeadPrediction;
    int seeds = 5;

    // The sensitive relations of `graph` and `probed` (its number of values as there, else
    // 30); `probed` < 0 leaves the probe out. No relation rows when a name is ambiguous.
    static BiasMeasuresSpec forGraph(const Graph &graph, qint32 probed, ScoreForm form);
};

constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

struct BiasModelMeasures {
    std::vector<double> scoreDifference; // per spec relation; NaN: not measurable
    double probeAccuracy = kNoValue;     // mean over the seeds
    double majorityRate = kNoValue;      // mean most-frequent-class rate of the held-out parts
    double seconds = 0;
    double probeGap() const { return probeAccuracy - majorityRate; }
};

struct BiasFactMeasures {
    double accuracy = kNoValue;     // mean over the seeds
    double majorityRate = kNoValue; // the same people and splits as the embedding probe
    qint64 features = 0;            // facts kept (first split)
    double seconds = 0;
    double gap() const { return accuracy - majorityRate; }
};

class BiasMeasures {
    Q_DECLARE_TR_FUNCTIONS(eg::BiasMeasures)
public:
    // Throws eg::Error when the model does not fit the graph, eg::Cancelled on Cancel. A
    // relation that cannot be measured (too few people, ...) gives NaN, not an error.
    static BiasModelMeasures measure(const Model &model, const Graph &graph,
                                     const BiasMeasuresSpec &spec, const ProgressFn &progress = {});
    // Never facts: the sensitive relations, their mirrors (eg::factProbeExcludedRelations),
    // and the triples `excluded` says yes to (a KL + Attr whitelist's), when given.
    static BiasFactMeasures measureFacts(const Graph &graph, const BiasMeasuresSpec &spec,
                                         const ProgressFn &progress = {},
                                         const std::function<bool(const Triple &)> &excluded = {});
};

} // namespace eg
