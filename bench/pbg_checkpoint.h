#pragma once

// Throwaway PyTorch-BigGraph checkpoint reader for bench_bias only (HDF5 import belongs to the
// engine later, issue 8). Built when libhdf5-dev is found (EG_HAVE_HDF5).

#include "embed/model.h"
#include "kg/graph.h"

#include <QString>

namespace eg::bench {

// True when this build can read HDF5.
bool pbgSupported();

// Reads <folder>/checkpoint/embeddings_all_0.v<version>.h5 (`embeddings`, entities x dim),
// <folder>/checkpoint/model.v<version>.h5 (`model/relations/0/operator/{lhs,rhs}/translations`,
// relations x dim), <folder>/entities/entity_names_all_0.json and dynamic_rel_names.json (the
// key of each row) into a TransEDot model with separateRhs (tail prediction <h + T_lhs, t>,
// head prediction <h, t + T_rhs>), rows reordered to the graph's ids by key. Throws eg::Error
// naming the file when something is missing or a graph key has no row.
Model loadPbgCheckpoint(const QString &folder, const Graph &graph, int version = 50);

} // namespace eg::bench
