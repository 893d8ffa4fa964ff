#pragma once

#include "align/ngram_tfidf.h"

#include <utility>
#include <vector>

namespace eg {

// A scored candidate: an entity (local id of the other graph) and its score.
struct Candidate {
    qint32 entity = 0;
    float score = 0;
};

// An inverted index (gram -> target entities) over some entities of one graph, for blocking:
// scores a query name vector against every target at once (n-gram TF-IDF cosine).
class NameIndex {
public:
    NameIndex(const NgramTfidf &tfidf, int targetSide, std::vector<qint32> targets);

    qint32 targetCount() const { return qint32(m_targets.size()); }
    const std::vector<qint32> &targets() const { return m_targets; }

    // row[k] = cosine(query, target k); row is resized to targetCount().
    void scoreRow(const SparseVector &query, std::vector<float> &row) const;

    // The k best targets (entity ids, not positions) by cosine, best first (ties: lower
    // position first); targets with `excluded(entity)` true are skipped.
    template <typename Excluded>
    std::vector<Candidate> topK(const SparseVector &query, int k, Excluded excluded,
                                std::vector<float> &scratch) const {
        scoreRow(query, scratch);
        std::vector<qint32> order;
        order.reserve(scratch.size());
        for (qint32 p = 0; p < qint32(scratch.size()); ++p)
            if (!excluded(m_targets[size_t(p)]))
                order.push_back(p);
        return best(order, scratch, k);
    }
    std::vector<Candidate> topK(const SparseVector &query, int k,
                                std::vector<float> &scratch) const {
        return topK(
            query, k, [](qint32) { return false; }, scratch);
    }

private:
    std::vector<Candidate> best(std::vector<qint32> &positions, const std::vector<float> &row,
                                int k) const;

    std::vector<qint32> m_targets;
    std::vector<qint64> m_start;                      // per gram, into m_postings
    std::vector<std::pair<qint32, float>> m_postings; // (target position, weight)
};

} // namespace eg
