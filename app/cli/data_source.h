#pragma once

#include "jobs/progress.h"
#include "kg/graph.h"

#include <QString>

namespace eg::cli {

// "demo" (optionally "demo:<seed>") is the built-in demo world generated in memory; anything
// else is a path given to eg::loadGraph (a triples folder, a triples file or an OpenKE folder).
// `names` is an optional entity names file (id TAB name). Prints a warning for ids that occur
// only in valid/test. Throws eg::Error.
Graph loadDataSource(const QString &source, const QString &names, const ProgressFn &progress);

// One line describing a graph: entities, relations and the triples of each split.
QString graphSummary(const Graph &graph);

} // namespace eg::cli
