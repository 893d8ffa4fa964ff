#pragma once

#include "bias/mirrors.h"
#include "bias/sensitive.h"
#include "jobs/progress.h"
#include "kg/graph.h"

#include <vector>

namespace eg {

// Filtered data sets (Equigraph issue 3, point 5; Fisher et al. remove the sensitive triples,
// about 2 %, from validation and test). Every triple of a given sensitive relation, and, when
// removeMirrors, every triple of a relation detected as its inverse mirror (eg::findMirrors
// with options.mirrors), is removed from the splits in options.removeFrom. The whole mirror
// relation goes, not only the inverses of removed triples: it is the same fact seen from the
// other end. Adding SplitTrain to removeFrom gives the "just delete the triples" baseline.
//
// The result keeps the vocabularies (ids unchanged, so a model trained on the original graph
// still indexes it), the labels and the order of the remaining triples; its source gets the
// suffix " (filtered)".
struct FilterOptions
{
    std::vector<qint32> relations; // the sensitive relations
    bool removeMirrors = true;
    MirrorOptions mirrors;
    unsigned removeFrom = SplitValid | SplitTest;
};

struct FilterReport
{
    struct Entry
    {
        qint32 relation = -1;
        qint32 mirrorOf = -1;   // the sensitive relation it mirrors; -1 for a given relation
        qint64 removed[3] = {}; // triples removed from train, valid, test
        qint64 kept[3] = {};    // triples of the relation left in train, valid, test
    };
    std::vector<Entry> entries;      // the given relations in order, then the mirrors by id
    std::vector<MirrorPair> mirrors; // as detected
    qint64 removed(int split) const; // 0 train, 1 valid, 2 test, summed over entries
    qint64 removedTotal() const { return removed(0) + removed(1) + removed(2); }
};

// Throws eg::Error when a relation id is out of range; eg::Cancelled through progress (the
// mirror search).
Graph filterSensitive(const Graph &graph, const FilterOptions &options,
                      FilterReport *report = nullptr, const ProgressFn &progress = {});

} // namespace eg
