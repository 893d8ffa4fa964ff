#include "align/align_metrics.h"

#include <algorithm>

namespace eg {

RankMetrics rankMetrics(const std::vector<qint64> &ranks) {
    RankMetrics m;
    m.count = qint64(ranks.size());
    if (ranks.empty())
        return m;
    for (const qint64 r : ranks) {
        m.hits1 += r <= 1 ? 1 : 0;
        m.hits10 += r <= 10 ? 1 : 0;
        m.mrr += 1.0 / double(std::max<qint64>(r, 1));
    }
    m.hits1 /= double(m.count);
    m.hits10 /= double(m.count);
    m.mrr /= double(m.count);
    return m;
}

PrMetrics prMetrics(std::vector<ScoredPair> pairs, qint64 positives, float threshold,
                    double minPrecision) {
    PrMetrics m;
    m.threshold = threshold;
    m.minPrecision = minPrecision;
    std::sort(pairs.begin(), pairs.end(),
              [](const ScoredPair &a, const ScoredPair &b) { return a.score > b.score; });
    const double total = double(std::max<qint64>(positives, 1));
    qint64 tp = 0, accepted = 0;
    double lastRecall = 0;
    for (size_t i = 0; i < pairs.size();) {
        const float score = pairs[i].score;
        for (; i < pairs.size() && pairs[i].score == score; ++i) {
            ++accepted;
            tp += pairs[i].positive ? 1 : 0;
        }
        PrPoint p{score, double(tp) / double(accepted), double(tp) / total};
        m.prauc += (p.recall - lastRecall) * p.precision;
        lastRecall = p.recall;
        if (p.precision >= minPrecision)
            m.recallAtPrecision = std::max(m.recallAtPrecision, p.recall);
        const double f1 = p.precision + p.recall > 0
                              ? 2 * p.precision * p.recall / (p.precision + p.recall)
                              : 0.0;
        if (f1 > m.bestF1) {
            m.bestF1 = f1;
            m.bestF1Threshold = score;
        }
        if (score >= threshold) {
            m.accepted = accepted;
            m.truePositives = tp;
        }
        m.curve.push_back(p);
    }
    m.precision = m.accepted ? double(m.truePositives) / double(m.accepted) : 1.0;
    m.recall = double(m.truePositives) / total;
    m.f1 = m.precision + m.recall > 0 ? 2 * m.precision * m.recall / (m.precision + m.recall) : 0;
    return m;
}

} // namespace eg
