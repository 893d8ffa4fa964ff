#pragma once

#include <QtGlobal>
#include <vector>

namespace eg {

// Ranking metrics from the 1-based rank of each test entity's true counterpart.
struct RankMetrics {
    qint64 count = 0;
    double hits1 = 0, hits10 = 0, mrr = 0;
};
RankMetrics rankMetrics(const std::vector<qint64> &ranks);

// A scored decision: accept the pair when its score reaches the threshold.
struct ScoredPair {
    float score = 0;
    bool positive = false; // the pair is a reference link
};

struct PrPoint {
    float threshold = 0; // accept score >= threshold
    double precision = 0, recall = 0;
};

// Precision / recall of accept-reject decisions. `positives` is the number of reference links
// the decisions could find (recall = true accepts / positives; links missing from the scored
// pairs count as missed). Thresholds are the distinct scores, high to low.
//  - curve: one point per distinct score;
//  - prauc: average precision, sum over the curve of (recall_k - recall_{k-1}) * precision_k;
//  - recallAtPrecision: the highest recall of a point with precision >= `minPrecision`
//    (0 when there is none);
//  - at `threshold`: precision (1 when nothing is accepted), recall, F1;
//  - bestF1 and its threshold over the curve.
struct PrMetrics {
    std::vector<PrPoint> curve;
    double prauc = 0;
    double recallAtPrecision = 0;
    double minPrecision = 0.95;
    float threshold = 0.5f;
    double precision = 0, recall = 0, f1 = 0;
    qint64 accepted = 0, truePositives = 0;
    double bestF1 = 0;
    float bestF1Threshold = 0;
};
PrMetrics prMetrics(std::vector<ScoredPair> pairs, qint64 positives, float threshold = 0.5f,
                    double minPrecision = 0.95);

} // namespace eg
