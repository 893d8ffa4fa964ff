#pragma once

#include "kg/triple.h"
#include "kg/vocabulary.h"

#include <QString>

#include <span>
#include <vector>

namespace eg {

// A knowledge graph as the engine sees it: entity and relation vocabularies shared by all
// splits, the train/valid/test triples, and optional display labels for entities.
struct Graph
{
    Vocabulary entities;
    Vocabulary relations;
    std::vector<Triple> train;
    std::vector<Triple> valid;
    std::vector<Triple> test;
    // Display label per entity id; empty vector when no names file was loaded, and an empty
    // string for an entity without a name.
    std::vector<QString> entityLabels;
    // Where it came from (a folder or file), for messages and the session file.
    QString source;

    qint32 entityCount() const { return entities.size(); }
    qint32 relationCount() const { return relations.size(); }
    qint64 tripleCount() const { return qint64(train.size() + valid.size() + test.size()); }

    // The label of an entity if there is one, else its key.
    QString entityLabel(qint32 id) const;

    // Bytes held by the vocabularies, the triples and the labels (capacities, not sizes).
    qint64 memoryBytes() const;
};

} // namespace eg
