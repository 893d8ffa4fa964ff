#pragma once

#include "bias/sensitive.h"
#include "jobs/progress.h"
#include "kg/graph.h"

#include <functional>
#include <limits>
#include <vector>

namespace eg {

// The graph-facts probe: how well a person's attribute can be told from the person's other
// facts in the graph, with no embedding at all. It is the reference against which an
// embedding probe (eg::probeAccuracy) is read: a debiased embedding that still predicts links
// well keeps what its legitimate facts imply (film awards, voice types, the languages and
// places of a career), so its probe accuracy need not fall to the most-frequent-class rate.
//
// People, labels and the held-out split are those of eg::probeAccuracy with the same seed
// (core/bias/probe_split.h). A person's facts are its triples in options.factSplits, each as a
// binary feature: (out, r, t) for a triple (person, r, t), (in, r, h) for (h, r, person). Never
// facts: triples of r_s, of options.excludeRelations (the other sensitive relations and the
// mirrors of them all) and triples options.excluded says no to (the "KL + Attr" whitelist,
// whose triples may use the attribute). A feature must occur for at least options.minCount
// training people; rarer ones are dropped.
//
// Classifier: multinomial logistic regression (a bias per class and a weight per feature and
// class), per-person AdaGrad steps with an L2 penalty, in seeded shuffled order; after each
// epoch the validation loss is measured and the best parameters are kept; training stops
// after `patience` epochs without a better validation loss, or after maxEpochs.
struct FactProbeOptions {
    qint32 relation = -1;              // r_s
    qint32 topValues = 30;             // classes (2 for gender)
    unsigned humanSplits = SplitTrain; // humans and labels
    unsigned factSplits = SplitTrain;  // where their other facts are read
    std::vector<qint32> excludeRelations;
    std::function<bool(const Triple &)> excluded; // optional: true = not a fact
    qint32 minCount = 2;
    double testShare = 0.2;
    double validShare = 0.1;
    double learningRate = 0.02; // AdaGrad; 0.005 to 0.03 agree within 0.002 on FB15k
    double l2 = 1e-4;
    int maxEpochs = 100;
    int patience = 5;
    quint64 seed = 1;
};

struct FactProbeResult {
    double accuracy = std::numeric_limits<double>::quiet_NaN();     // held-out
    double majorityRate = std::numeric_limits<double>::quiet_NaN(); // held-out
    double validAccuracy = std::numeric_limits<double>::quiet_NaN();
    double validLoss = std::numeric_limits<double>::quiet_NaN(); // best
    std::vector<qint32> classes;
    qint64 trainHumans = 0;
    qint64 validHumans = 0;
    qint64 testHumans = 0;
    std::vector<qint32> heldOut; // the test part's people (entity ids), as eg::probeAccuracy's
    qint64 skipped = 0;          // humans with no value among the classes
    qint64 features = 0;         // distinct facts kept (seen for >= minCount training people)
    qint64 excludedFacts = 0;    // the people's triples never used as facts
    double meanFacts = 0;        // kept facts per person
    qint64 withoutFacts = 0;     // people with no kept fact (classified by the class biases alone)
    int epochs = 0;
    int bestEpoch = 0;
    double seconds = 0;
};

// Throws eg::Error when the relation is out of range, an option is out of range, or there are
// too few humans or classes; eg::Cancelled when progress (epochs) says stop.
FactProbeResult factProbeAccuracy(const Graph &graph, const FactProbeOptions &options,
                                  const ProgressFn &progress = {});

} // namespace eg
