#pragma once

#include "bias/bias_scorer.h"
#include "bias/sensitive.h"
#include "embed/model.h"
#include "jobs/progress.h"
#include "kg/graph.h"

#include <limits>
#include <vector>

namespace eg {

// Aggregate bias measure 1 of Fisher et al. (EMNLP 2020, §4.3; kg-bias.md §3): the
// "difference in scores" of a sensitive relation r_s.
//
// Values: the options.topValues most frequent tails of r_s in options.valueSplits (by distinct
// heads; 30 as Fisher, which is both values for gender). Humans: the distinct heads of an r_s
// triple in options.humanSplits (default train). For human j with true values T_j (its r_s
// tails in humanSplits that are among the top values) and false values F_j (the top values
// that j has in no r_s triple of options.knownSplits, default all splits, so a value j is
// known to have in test is never counted as false):
//   diff_j = mean_{v in T_j} g(e_j, r_s, e_v) - mean_{v in F_j} g(e_j, r_s, e_v)
// and the measure is the mean of diff_j over the humans with non-empty T_j and F_j (others are
// counted in `skipped`). g is the model's score in options.form (bias_scorer.h). With gender,
// T_j = {the person's gender} and F_j = {the other}: the score of the true gender minus the
// other's.
struct ScoreDifferenceOptions
{
    qint32 relation = -1;              // r_s
    qint32 topValues = 30;             // M
    unsigned humanSplits = SplitTrain; // humans and their true values
    unsigned valueSplits = SplitTrain; // where the most frequent values are counted
    unsigned knownSplits = SplitAll;   // values a human has here are never false
    ScoreForm form = ScoreForm::TailPrediction;
};

struct ScoreDifferenceResult
{
    double mean = std::numeric_limits<double>::quiet_NaN(); // mean of diff_j; NaN: no human
    qint64 humans = 0;                                      // humans averaged
    qint64 skipped = 0;         // humans with no true value among the top values, or no false one
    std::vector<qint32> values; // the top values, most frequent first
    // Per top value: mean of diff_j over the humans with that true value (NaN when none), and
    // how many there are. A human with two true values counts for both.
    std::vector<double> perValue;
    std::vector<qint64> perValueHumans;
};

// Throws eg::Error when the relation is out of range, has no triple in humanSplits, or the
// model does not fit the graph; eg::Cancelled when progress (humans done) says stop.
ScoreDifferenceResult scoreDifference(const Model &model, const Graph &graph,
                                      const ScoreDifferenceOptions &options,
                                      const ProgressFn &progress = {});

} // namespace eg
