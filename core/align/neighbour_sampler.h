#pragma once

#include "kg/graph.h"

#include <span>
#include <vector>

namespace eg {

class Rng;

// A neighbour of an entity: the other entity, the relation class and the direction.
struct Neighbour {
    qint32 entity = 0;
    qint32 relation = 0;  // relation class (see RelationClasses)
    bool inverse = false; // true: an incoming edge (the neighbour is the head)
};

enum class SamplingMode {
    RelationAware, // weights 1 / (mean fan-out of the relation in that direction)
    Uniform,       // every edge the same weight
    All,           // every neighbour, no cap (the "no sampling" ablation)
};

// Neighbourhoods as a compressed table: neighbours(e) lists e's sampled neighbours.
class Neighbourhoods {
public:
    std::span<const Neighbour> operator()(qint32 entity) const {
        const qint64 b = m_start[size_t(entity)];
        return {m_items.data() + b, size_t(m_start[size_t(entity) + 1] - b)};
    }
    qint32 entityCount() const { return qint32(m_start.size()) - 1; }

private:
    friend class NeighbourSampler;
    std::vector<qint64> m_start{0};
    std::vector<Neighbour> m_items;
};

// Relation-aware neighbour sampling (spec §2): each entity keeps at most `cap` distinct
// edges, drawn without replacement with probability proportional to the edge weight. The
// weight of an outgoing edge of relation r is 1 / tph(r) (mean tails per head of r) and of an
// incoming one 1 / hpt(r) (mean heads per tail), so edges of one-to-one relations are preferred
// over those of one-to-many ones. Weighted sampling without replacement by Efraimidis-Spirakis
// keys u^(1/w).
class NeighbourSampler {
public:
    // `classOf`: local relation id -> relation class.
    NeighbourSampler(const Graph &graph, const std::vector<qint32> &classOf);

    qint32 entityCount() const { return qint32(m_start.size()) - 1; }
    qint32 degree(qint32 entity) const {
        return qint32(m_start[size_t(entity) + 1] - m_start[size_t(entity)]);
    }
    double weight(qint32 entity, qint32 k) const {
        return m_weight[size_t(m_start[size_t(entity)] + k)];
    }
    // Every neighbour of `entity` (repeated edges once), outgoing first.
    std::span<const Neighbour> all(qint32 entity) const {
        const qint64 b = m_start[size_t(entity)];
        return {m_all.data() + b, size_t(m_start[size_t(entity) + 1] - b)};
    }

    Neighbourhoods sample(int cap, SamplingMode mode, Rng &rng) const;

private:
    std::vector<qint64> m_start;
    std::vector<Neighbour> m_all;
    std::vector<double> m_weight;
};

} // namespace eg
