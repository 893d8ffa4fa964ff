#pragma once

#include "kg/adjacency.h"

#include <span>
#include <vector>

namespace eg {

// Per-relation counts of a list of triples (usually Graph::train), for Bernoulli negative
// sampling and for reports. With distinct (head, tail) pairs `pairs`, distinct heads `heads`
// and distinct tails `tails` of relation r:
//   tph(r) = pairs / heads  (mean tails per head)     hpt(r) = pairs / tails  (mean heads per tail)
// Repeated triples count in `triples` but not in `pairs`. A relation without triples has all
// counts 0, tph = hpt = 0 and headCorruptionProbability 0.5.
class RelationStats
{
public:
    struct Entry
    {
        qint64 triples = 0;
        qint64 pairs = 0;
        qint64 heads = 0;
        qint64 tails = 0;
        double tph = 0;
        double hpt = 0;
    };

    RelationStats() = default;
    // From an adjacency index (O(edges)); relations outside 0..relationCount-1 throw eg::Error.
    RelationStats(const Adjacency &adjacency, qint32 relationCount);
    // Builds the adjacency index on the way.
    RelationStats(std::span<const Triple> triples, qint32 entityCount, qint32 relationCount);

    qint32 relationCount() const { return qint32(m_entries.size()); }
    // An all-zero entry for an id outside 0..relationCount()-1.
    const Entry &operator[](qint32 relation) const;
    qint64 triples(qint32 relation) const { return (*this)[relation].triples; }
    double tph(qint32 relation) const { return (*this)[relation].tph; }
    double hpt(qint32 relation) const { return (*this)[relation].hpt; }
    // Bernoulli sampling (Wang et al. 2014): corrupt the head with probability
    // tph / (tph + hpt), else the tail.
    double headCorruptionProbability(qint32 relation) const;

    qint64 memoryBytes() const { return qint64(m_entries.capacity() * sizeof(Entry)); }

private:
    std::vector<Entry> m_entries;
};

} // namespace eg
