#include "eval/metrics.h"

namespace eg {

void MetricsAccumulator::add(double rank)
{
    m_reciprocal += 1.0 / rank;
    m_rank += rank;
    m_hits1 += rank <= 1.0;
    m_hits3 += rank <= 3.0;
    m_hits10 += rank <= 10.0;
    ++m_count;
}

void MetricsAccumulator::add(const MetricsAccumulator &other)
{
    m_reciprocal += other.m_reciprocal;
    m_rank += other.m_rank;
    m_hits1 += other.m_hits1;
    m_hits3 += other.m_hits3;
    m_hits10 += other.m_hits10;
    m_count += other.m_count;
}

RankingMetrics MetricsAccumulator::metrics() const
{
    RankingMetrics m;
    m.count = m_count;
    if (m_count == 0)
        return m;
    const double n = double(m_count);
    m.mrr = m_reciprocal / n;
    m.meanRank = m_rank / n;
    m.hits1 = double(m_hits1) / n;
    m.hits3 = double(m_hits3) / n;
    m.hits10 = double(m_hits10) / n;
    return m;
}

RankingMetrics metricsFromRanks(std::span<const double> ranks)
{
    MetricsAccumulator acc;
    for (double rank : ranks)
        acc.add(rank);
    return acc.metrics();
}

} // namespace eg
