#pragma once

#include "bias/sensitive.h"
#include "embed/model.h"
#include "jobs/progress.h"
#include "kg/graph.h"

#include <limits>
#include <vector>

namespace eg {

// Aggregate bias measure 2 of Fisher et al. (EMNLP 2020, §4.3; kg-bias.md §3): how well a small
// classifier (eg::ProbeNet: one hidden ReLU layer, softmax) recovers a sensitive attribute from
// the person's embedding.
//
// Data: humans = distinct heads of an r_s triple in options.humanSplits. Classes = the
// options.topValues most frequent tails of r_s there (by distinct heads). A human's label is
// its most frequent value among the classes (the first in class order); humans with no value
// among the classes are skipped. Features = the entity's embedding row, standardised per
// column with the training part's mean and standard deviation when options.standardize.
//
// Split by person, seeded: a shuffled testShare of the humans is held out; validShare of the
// rest is the validation part; the remainder trains. Training: Adam (beta 0.9 / 0.999,
// eps 1e-8) on shuffled mini-batches; after each epoch the validation loss is measured and
// the best parameters are kept; training stops after `patience` epochs without a better
// validation loss, or after maxEpochs. The result reports the held-out accuracy of the best
// parameters and the held-out split's most-frequent-class rate (the share of its commonest
// label: what always guessing that class would score).
struct ProbeOptions
{
    qint32 relation = -1;              // r_s
    qint32 topValues = 30;             // classes (2 for gender)
    unsigned humanSplits = SplitTrain; // humans and labels
    double testShare = 0.2;
    double validShare = 0.1; // of the humans not held out
    int hidden = 300;
    float learningRate = 1e-3f;
    int batchSize = 64;
    int maxEpochs = 200;
    int patience = 10;
    bool standardize = true;
    quint64 seed = 1;
};

struct ProbeResult
{
    double accuracy = std::numeric_limits<double>::quiet_NaN();     // held-out
    double majorityRate = std::numeric_limits<double>::quiet_NaN(); // held-out
    double validAccuracy = std::numeric_limits<double>::quiet_NaN();
    double validLoss = std::numeric_limits<double>::quiet_NaN(); // best
    std::vector<qint32> classes;                                 // entity ids, most frequent first
    qint64 trainHumans = 0;
    qint64 validHumans = 0;
    qint64 testHumans = 0;
    std::vector<qint32> heldOut; // the test part's people (entity ids)
    qint64 skipped = 0;          // humans with no value among the classes
    int epochs = 0;     // epochs run
    int bestEpoch = 0;  // 1-based epoch of the kept parameters
    double seconds = 0;
};

// Throws eg::Error when the relation is out of range, the model does not fit the graph, an
// option is out of range, or there are too few humans or classes (every part needs a human,
// and at least two classes); eg::Cancelled when progress (epochs) says stop.
ProbeResult probeAccuracy(const Model &model, const Graph &graph, const ProbeOptions &options,
                          const ProgressFn &progress = {});

} // namespace eg
