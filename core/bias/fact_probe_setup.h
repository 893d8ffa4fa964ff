#pragma once

#include "jobs/progress.h"
#include "kg/graph.h"

#include <QString>
#include <vector>

namespace eg {

// Fisher et al.'s sensitive relations (EMNLP 2020, §4.3; kg-bias.md §3), found by name: gender
// (its 2 most frequent values), religion, ethnicity and nationality (30 values each), those
// the graph has, in that order. A name is looked up as "person/<name>" first, then as
// "<name>" (eg::findRelation; which throws eg::Error when a suffix is ambiguous).
struct NamedSensitiveRelation {
    QString name; // "gender"
    qint32 relation = -1;
    qint32 topValues = 30; // 2 for gender
};
std::vector<NamedSensitiveRelation> fisherSensitiveRelations(const Graph &graph);

// The relations whose triples the graph-facts probe of `relation` never reads as facts
// (eg::FactProbeOptions::excludeRelations): `relation` first, then the other sensitive
// relations of fisherSensitiveRelations, then the mirrors of them all (eg::findMirrors with
// its defaults), as `equigraph-cli bias --aggregate` and `compare` choose them.
std::vector<qint32> factProbeExcludedRelations(const Graph &graph, qint32 relation,
                                               const ProgressFn &progress = {});

} // namespace eg
