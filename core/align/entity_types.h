#pragma once

#include "align/align_data.h"
#include "align/relation_classes.h"

#include <QString>
#include <vector>

namespace eg {

// Entity types inferred from relation signatures, for data sets without a type file.
// Heuristic: an entity's signature is the set of (relation class, direction) pairs it takes
// part in, restricted to the `features` most common pairs over both graphs, as a binary vector
// scaled to unit length. k-means (k-means++ seeding from `seed`, at most `iterations` Lloyd
// steps) clusters the signatures of both graphs together, so a type means the same in both;
// relation classes make graph-2 relations comparable with graph-1 ones. Entities with none of
// the features get the extra type `clusters` ("no common relation"). Each type is described
// by its (up to three) most frequent pairs ("birthPlace, nationality, <-starring": "<-" marks
// incoming edges), for curators.
struct EntityTypeOptions {
    int clusters = 8;
    int features = 100;
    int iterations = 25;
    quint64 seed = 11;
};

struct EntityTypes {
    std::vector<qint32> typeOf[2]; // per side: local entity id -> type
    qint32 typeCount = 0;          // clusters + 1
    std::vector<QString> description;
    std::vector<qint64> size; // entities of both graphs per type
};

EntityTypes inferEntityTypes(const AlignmentData &data, const RelationClasses &classes,
                             const EntityTypeOptions &options = {});

} // namespace eg
