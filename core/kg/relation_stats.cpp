#include "kg/relation_stats.h"

#include "common/error.h"

namespace eg {

RelationStats::RelationStats(const Adjacency &adjacency, qint32 relationCount)
    : m_entries(size_t(qMax(relationCount, 0)))
{
    // Rows are sorted by (relation, other entity): a run of one relation in an entity's
    // outgoing row is one distinct head of it, and distinct entries in that run are its
    // distinct (head, tail) pairs; incoming rows give the distinct tails the same way.
    const auto entry = [&](qint32 relation) -> Entry & {
        if (relation < 0 || relation >= relationCount)
            throw Error(Error::tr("relation statistics: relation %1 outside 0..%2")
                            .arg(relation)
                            .arg(relationCount - 1));
        return m_entries[size_t(relation)];
    };
    for (qint32 e = 0; e < adjacency.entityCount(); ++e) {
        const std::span<const Adjacency::Edge> out = adjacency.outgoing(e);
        for (size_t i = 0; i < out.size(); ++i) {
            Entry &stats = entry(out[i].relation);
            ++stats.triples;
            if (i == 0 || out[i].relation != out[i - 1].relation) {
                ++stats.heads;
                ++stats.pairs;
            } else if (out[i].entity != out[i - 1].entity) {
                ++stats.pairs;
            }
        }
        const std::span<const Adjacency::Edge> in = adjacency.incoming(e);
        for (size_t i = 0; i < in.size(); ++i) {
            if (i == 0 || in[i].relation != in[i - 1].relation)
                ++entry(in[i].relation).tails;
        }
    }
    for (Entry &stats : m_entries) {
        stats.tph = stats.heads > 0 ? double(stats.pairs) / double(stats.heads) : 0.0;
        stats.hpt = stats.tails > 0 ? double(stats.pairs) / double(stats.tails) : 0.0;
    }
}

RelationStats::RelationStats(std::span<const Triple> triples, qint32 entityCount,
                             qint32 relationCount)
    : RelationStats(Adjacency(triples, entityCount), relationCount)
{
}

const RelationStats::Entry &RelationStats::operator[](qint32 relation) const
{
    static const Entry none;
    if (relation < 0 || size_t(relation) >= m_entries.size())
        return none;
    return m_entries[size_t(relation)];
}

double RelationStats::headCorruptionProbability(qint32 relation) const
{
    const Entry &stats = (*this)[relation];
    const double sum = stats.tph + stats.hpt;
    return sum > 0 ? stats.tph / sum : 0.5;
}

} // namespace eg
