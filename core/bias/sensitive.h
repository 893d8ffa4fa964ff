#pragma once

#include "kg/graph.h"

#include <QString>
#include <span>
#include <vector>

namespace eg {

// Which splits of a graph a bias computation reads, as a bit set.
enum SplitSet : unsigned {
    SplitTrain = 1,
    SplitValid = 2,
    SplitTest = 4,
    SplitAll = SplitTrain | SplitValid | SplitTest,
};

// "train", "train+valid", "all", ... for reports.
QString splitSetName(unsigned splits);

// Calls fn(const Triple &) for every triple of relation `relation` (every relation when -1) in
// the chosen splits, train first, then valid, then test.
template <typename Fn>
void forEachTriple(const Graph &graph, unsigned splits, qint32 relation, Fn &&fn)
{
    const std::vector<Triple> *parts[3] = {&graph.train, &graph.valid, &graph.test};
    for (int s = 0; s < 3; ++s) {
        if (!(splits & (1u << s)))
            continue;
        for (const Triple &x : *parts[s])
            if (relation < 0 || x.r == relation)
                fn(x);
    }
}

// Finding sensitive relations by name. A relation matches `name` when its key equals `name`,
// or when the key ends with "/" + name (whole path components: "person/gender" and "gender"
// both match "/people/person/gender"; "der" matches nothing).
//
// All matching relation ids, the exact match first, then by triple count (all splits),
// descending, ties by id.
std::vector<qint32> findRelations(const Graph &graph, const QString &name);
// The one relation `name` names: the exact key if there is one, else the only suffix match.
// Returns -1 when nothing matches; throws eg::Error listing the candidates when the suffix
// matches several relations (FB15k has three relations ending in "/gender"; "person/gender"
// picks /people/person/gender).
qint32 findRelation(const Graph &graph, const QString &name);

// One value (tail entity) of a relation and how often it occurs.
struct ValueCount
{
    qint32 entity = -1;
    qint64 triples = 0; // triples (h, relation, entity) in the chosen splits, repeats included
    qint64 heads = 0;   // distinct heads among them
};

// The tails of `relation` in the chosen splits, most frequent first (by distinct heads, then
// triples, then entity id). `limit` > 0 keeps only the first `limit` values.
std::vector<ValueCount> relationValues(const Graph &graph, qint32 relation,
                                       unsigned splits = SplitAll, qint32 limit = 0);

// The distinct heads of `relation` in the chosen splits ("the humans" when the relation is a
// sensitive relation such as gender), in increasing id order.
std::vector<qint32> relationHeads(const Graph &graph, qint32 relation, unsigned splits);

// For every head of `relation` in the chosen splits, its distinct tails: a compressed table.
// values(e) is empty for an entity without such a triple.
class HeadValues
{
public:
    HeadValues() = default;
    HeadValues(const Graph &graph, qint32 relation, unsigned splits);

    std::span<const qint32> values(qint32 entity) const
    {
        if (entity < 0 || size_t(entity) + 1 >= m_start.size())
            return {};
        return {m_values.data() + m_start[size_t(entity)],
                size_t(m_start[size_t(entity) + 1] - m_start[size_t(entity)])};
    }
    bool has(qint32 entity, qint32 value) const;

private:
    std::vector<qint64> m_start;  // entityCount + 1
    std::vector<qint32> m_values; // sorted within an entity, no repeats
};

} // namespace eg
