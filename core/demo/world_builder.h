#pragma once

#include "demo/demo_split.h"
#include "kg/graph.h"
#include "kg/triple.h"

#include <QHash>
#include <QString>

#include <span>
#include <vector>

namespace eg::demo {

// Collects entities (key + label), relations and triples under provisional ids while the demo
// world is generated, then builds the eg::Graph with ids in order of first appearance (train,
// then valid, then test; head, relation, tail), the order in which the TSV loader numbers a
// folder it reads, so a written world reads back with the same ids.
class WorldBuilder
{
public:
    // A new entity; a repeated key is a programming error (throws eg::Error).
    qint32 addEntity(const QString &key, const QString &label);
    qint32 relation(const QString &key);
    void add(qint32 h, qint32 r, qint32 t) { m_triples.push_back({h, r, t}); }

    qint32 entityCount() const { return qint32(m_keys.size()); }
    qint32 relationCount() const { return qint32(m_relationKeys.size()); }
    const std::vector<Triple> &triples() const { return m_triples; }
    const QString &label(qint32 entity) const { return m_labels[size_t(entity)]; }

    // Builds the graph from the split (one part per triple). entityMap / relationMap receive
    // the final id of each provisional id (-1 when it occurs in no triple).
    Graph build(std::span<const SplitPart> parts, std::vector<qint32> &entityMap,
                std::vector<qint32> &relationMap) const;

private:
    std::vector<QString> m_keys;
    std::vector<QString> m_labels;
    QHash<QString, qint32> m_index; // lookups only, never iterated
    std::vector<QString> m_relationKeys;
    std::vector<Triple> m_triples;
};

} // namespace eg::demo
