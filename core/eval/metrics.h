#pragma once

#include "eval/ranking.h"

#include <span>

namespace eg {

// Sums ranks into RankingMetrics: MRR = mean 1/rank, MR = mean rank, Hits@k = share of ranks
// <= k (a realistic rank of 10.5 is not a hit at 10). Adding the same ranks in the same order
// gives bit-identical metrics.
class MetricsAccumulator
{
public:
    void add(double rank);
    void add(const MetricsAccumulator &other);
    qint64 count() const { return m_count; }
    RankingMetrics metrics() const; // all zero when nothing was added

private:
    double m_reciprocal = 0.0;
    double m_rank = 0.0;
    qint64 m_hits1 = 0, m_hits3 = 0, m_hits10 = 0;
    qint64 m_count = 0;
};

RankingMetrics metricsFromRanks(std::span<const double> ranks);

} // namespace eg
