#include "align/neighbour_sampler.h"

#include "embed/rng.h"
#include "kg/relation_stats.h"

#include <algorithm>
#include <cmath>

namespace eg {

NeighbourSampler::NeighbourSampler(const Graph &graph, const std::vector<qint32> &classOf) {
    const Adjacency adjacency(graph.train, graph.entityCount());
    const RelationStats stats(adjacency, graph.relationCount());
    m_start.assign(size_t(graph.entityCount()) + 1, 0);
    for (qint32 e = 0; e < graph.entityCount(); ++e) {
        const auto add = [&](const Adjacency::Edge &edge, bool inverse) {
            // Repeated edges (same relation, same entity) count once.
            if (!m_all.empty() && qint64(m_all.size()) > m_start[size_t(e)]) {
                const Neighbour &last = m_all.back();
                if (last.entity == edge.entity && last.inverse == inverse &&
                    last.relation == classOf[size_t(edge.relation)])
                    return;
            }
            const double fanOut = inverse ? stats.hpt(edge.relation) : stats.tph(edge.relation);
            m_all.push_back({edge.entity, classOf[size_t(edge.relation)], inverse});
            m_weight.push_back(1.0 / std::max(fanOut, 1.0));
        };
        for (const Adjacency::Edge &edge : adjacency.outgoing(e))
            add(edge, false);
        for (const Adjacency::Edge &edge : adjacency.incoming(e))
            add(edge, true);
        m_start[size_t(e) + 1] = qint64(m_all.size());
    }
}

Neighbourhoods NeighbourSampler::sample(int cap, SamplingMode mode, Rng &rng) const {
    Neighbourhoods out;
    out.m_start.assign(m_start.size(), 0);
    out.m_items.reserve(m_all.size());
    std::vector<std::pair<double, qint64>> keys;
    for (qint32 e = 0; e < entityCount(); ++e) {
        const qint64 begin = m_start[size_t(e)], end = m_start[size_t(e) + 1];
        if (mode == SamplingMode::All || end - begin <= cap) {
            out.m_items.insert(out.m_items.end(), m_all.begin() + begin, m_all.begin() + end);
        } else {
            keys.clear();
            for (qint64 i = begin; i < end; ++i) {
                const double w = mode == SamplingMode::Uniform ? 1.0 : m_weight[size_t(i)];
                const double u = std::max(rng.uniformDouble(), 1e-300);
                keys.emplace_back(std::log(u) / w, i); // log of u^(1/w): larger wins
            }
            std::partial_sort(keys.begin(), keys.begin() + cap, keys.end(),
                              [](const auto &a, const auto &b) { return a.first > b.first; });
            std::vector<qint64> chosen;
            for (int k = 0; k < cap; ++k)
                chosen.push_back(keys[size_t(k)].second);
            std::sort(chosen.begin(), chosen.end()); // keep the table's order
            for (const qint64 i : chosen)
                out.m_items.push_back(m_all[size_t(i)]);
        }
        out.m_start[size_t(e) + 1] = qint64(out.m_items.size());
    }
    return out;
}

} // namespace eg
