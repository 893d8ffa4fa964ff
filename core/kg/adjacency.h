#pragma once

#include "kg/triple.h"

#include <span>
#include <vector>

namespace eg {

// Each entity's outgoing edges (relation, tail) and incoming edges (relation, head), as two
// compressed-sparse-row tables built from a list of triples (usually Graph::train). Within an
// entity the edges are sorted by relation, then by the other entity; repeated triples give
// repeated edges. Memory: 16 bytes per triple plus 16 bytes per entity.
class Adjacency
{
public:
    struct Edge
    {
        qint32 relation = 0;
        qint32 entity = 0; // the tail of an outgoing edge, the head of an incoming one

        friend bool operator==(const Edge &, const Edge &) = default;
    };

    Adjacency() = default;
    // Throws eg::Error when a triple's head or tail is outside 0..entityCount-1.
    Adjacency(std::span<const Triple> triples, qint32 entityCount);

    qint32 entityCount() const { return m_entityCount; }
    qint64 edgeCount() const { return qint64(m_out.size()); }

    // Empty for an id outside 0..entityCount()-1.
    std::span<const Edge> outgoing(qint32 entity) const { return row(m_out, m_outStart, entity); }
    std::span<const Edge> incoming(qint32 entity) const { return row(m_in, m_inStart, entity); }

    qint64 memoryBytes() const;

private:
    std::span<const Edge> row(const std::vector<Edge> &edges,
                              const std::vector<qint64> &starts, qint32 entity) const
    {
        if (entity < 0 || entity >= m_entityCount)
            return {};
        const qint64 begin = starts[size_t(entity)];
        return {edges.data() + begin, size_t(starts[size_t(entity) + 1] - begin)};
    }

    qint32 m_entityCount = 0;
    std::vector<qint64> m_outStart; // entityCount + 1
    std::vector<qint64> m_inStart;
    std::vector<Edge> m_out;
    std::vector<Edge> m_in;
};

} // namespace eg
