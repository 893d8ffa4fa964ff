#include "align/name_index.h"

#include <algorithm>

namespace eg {

NameIndex::NameIndex(const NgramTfidf &tfidf, int targetSide, std::vector<qint32> targets)
    : m_targets(std::move(targets)) {
    m_start.assign(size_t(tfidf.gramCount()) + 1, 0);
    for (const qint32 e : m_targets)
        for (const qint32 g : tfidf.vector(targetSide, e).index)
            ++m_start[size_t(g) + 1];
    for (size_t g = 1; g < m_start.size(); ++g)
        m_start[g] += m_start[g - 1];
    m_postings.resize(size_t(m_start.back()));
    std::vector<qint64> fill(m_start.begin(), m_start.end() - 1);
    for (qint32 p = 0; p < qint32(m_targets.size()); ++p) {
        const SparseVector &v = tfidf.vector(targetSide, m_targets[size_t(p)]);
        for (size_t k = 0; k < v.index.size(); ++k)
            m_postings[size_t(fill[size_t(v.index[k])]++)] = {p, v.value[k]};
    }
}

void NameIndex::scoreRow(const SparseVector &query, std::vector<float> &row) const {
    row.assign(m_targets.size(), 0.0f);
    for (size_t k = 0; k < query.index.size(); ++k) {
        const size_t g = size_t(query.index[k]);
        if (g + 1 >= m_start.size())
            continue;
        const float w = query.value[k];
        for (qint64 i = m_start[g]; i < m_start[g + 1]; ++i)
            row[size_t(m_postings[size_t(i)].first)] += w * m_postings[size_t(i)].second;
    }
}

std::vector<Candidate> NameIndex::best(std::vector<qint32> &positions,
                                       const std::vector<float> &row, int k) const {
    const auto better = [&](qint32 a, qint32 b) {
        return row[size_t(a)] > row[size_t(b)] || (row[size_t(a)] == row[size_t(b)] && a < b);
    };
    const size_t keep = std::min(positions.size(), size_t(std::max(k, 0)));
    std::partial_sort(positions.begin(), positions.begin() + qsizetype(keep), positions.end(),
                      better);
    std::vector<Candidate> out;
    out.reserve(keep);
    for (size_t i = 0; i < keep; ++i)
        out.push_back({m_targets[size_t(positions[i])], row[size_t(positions[i])]});
    return out;
}

} // namespace eg
