#pragma once

#include "align/align_data.h"

#include <QString>
#include <vector>

namespace eg {

// One relation vocabulary for both graphs. Graph-1 relation r is class r; a graph-2 relation
// joins the class of the graph-1 relation it is aligned with, else gets a class of its own.
// Alignment: the data set's relation links (DBP15K ref_r_ids) first; then, for graph-2
// relations still alone, the graph-1 relation with which it most often joins the same linked
// entity pair (h r t in graph 1, h' r' t' in graph 2, with (h, h') and (t, t') training
// links), when that happens at least `minSupport` times and for at least half of the graph-2
// relation's linked triples.
struct RelationClasses {
    std::vector<qint32> classOf[2]; // per side: local relation id -> class
    qint32 classCount = 0;
    qint32 fromData = 0;       // graph-2 relations aligned by the data set's relation links
    qint32 fromAnchors = 0;    // ... by the training links
    std::vector<QString> name; // per class: the last URI segment of its graph-1 relation
};

RelationClasses buildRelationClasses(const AlignmentData &data, int minSupport = 3);

} // namespace eg
