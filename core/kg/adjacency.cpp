#include "kg/adjacency.h"

#include "common/error.h"

#include <algorithm>

namespace eg {

namespace {

// Counting sort of `triples` into rows keyed by `key`; each row is then sorted.
template<typename Key, typename Value>
void buildRows(std::span<const Triple> triples, qint32 entityCount, Key key, Value value,
               std::vector<qint64> &starts, std::vector<Adjacency::Edge> &edges)
{
    starts.assign(size_t(entityCount) + 1, 0);
    for (const Triple &triple : triples)
        ++starts[size_t(key(triple)) + 1];
    for (size_t i = 1; i < starts.size(); ++i)
        starts[i] += starts[i - 1];
    edges.resize(triples.size());
    std::vector<qint64> next(starts.begin(), starts.end() - 1);
    for (const Triple &triple : triples)
        edges[size_t(next[size_t(key(triple))]++)] = {triple.r, value(triple)};
    // Ids are non-negative, so (relation, entity) orders like one 64-bit number.
    const auto less = [](const Adjacency::Edge &a, const Adjacency::Edge &b) {
        return (quint64(quint32(a.relation)) << 32 | quint32(a.entity)) <
               (quint64(quint32(b.relation)) << 32 | quint32(b.entity));
    };
    for (size_t e = 0; e + 1 < starts.size(); ++e)
        std::sort(edges.begin() + starts[e], edges.begin() + starts[e + 1], less);
}

} // namespace

Adjacency::Adjacency(std::span<const Triple> triples, qint32 entityCount)
    : m_entityCount(entityCount)
{
    for (const Triple &triple : triples) {
        if (triple.h < 0 || triple.h >= entityCount || triple.t < 0 || triple.t >= entityCount)
            throw Error(Error::tr("adjacency: triple (%1, %2, %3) has an entity outside "
                                  "0..%4")
                            .arg(triple.h)
                            .arg(triple.r)
                            .arg(triple.t)
                            .arg(entityCount - 1));
    }
    buildRows(
        triples, entityCount, [](const Triple &t) { return t.h; },
        [](const Triple &t) { return t.t; }, m_outStart, m_out);
    buildRows(
        triples, entityCount, [](const Triple &t) { return t.t; },
        [](const Triple &t) { return t.h; }, m_inStart, m_in);
}

qint64 Adjacency::memoryBytes() const
{
    return qint64((m_outStart.capacity() + m_inStart.capacity()) * sizeof(qint64) +
                  (m_out.capacity() + m_in.capacity()) * sizeof(Edge));
}

} // namespace eg
