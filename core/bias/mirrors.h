#pragma once

#include "bias/sensitive.h"
#include "jobs/progress.h"
#include "kg/graph.h"

#include <span>
#include <vector>

namespace eg {

// Inverse "mirror" relations: r' mirrors r when (t, r', h) holds for (nearly) every (h, r, t)
// and (h, r, t) for (nearly) every (t, r', h). FB15k has such pairs for sensitive relations
// (/people/profession/people_with_this_profession mirrors /people/person/profession,
// /people/ethnicity/people mirrors /people/person/ethnicity), so deleting the sensitive
// triples alone leaves the information in the graph.
//
// Counted on distinct (head, tail) pairs of the chosen splits (all by default: a pair whose
// mirror sits in another split still leaks). With P_r the pairs of r and
// matched = |{(h, t) in P_r : (t, h) in P_r'}|:
//   coverage = matched / |P_r|,  mirrorCoverage = matched / |P_r'|,
// and r' is reported when both are >= threshold (default 0.95: FB15k's mirrors are not quite
// exact, a few pairs lack their inverse). A relation is never its own mirror (a symmetric
// relation already covers itself).
struct MirrorPair
{
    qint32 relation = -1;   // r
    qint32 mirror = -1;     // r'
    qint64 pairs = 0;       // |P_r|
    qint64 mirrorPairs = 0; // |P_r'|
    qint64 matched = 0;
    double coverage() const { return pairs > 0 ? double(matched) / double(pairs) : 0.0; }
    double mirrorCoverage() const
    {
        return mirrorPairs > 0 ? double(matched) / double(mirrorPairs) : 0.0;
    }
};

struct MirrorOptions
{
    double threshold = 0.95;
    unsigned splits = SplitAll;
};

// The mirrors of each relation of `relations` (every relation of the graph when empty), by
// relation then mirror id. Cost: for each pair (h, t) of r, the shorter of t's outgoing and
// h's incoming edge list is scanned. Progress counts the relations examined.
std::vector<MirrorPair> findMirrors(const Graph &graph, std::span<const qint32> relations = {},
                                    const MirrorOptions &options = {},
                                    const ProgressFn &progress = {});

// Every relation r' sharing at least one inverted pair with r, with its counts, best coverage
// first (min(coverage, mirrorCoverage) descending): for reports and for choosing a threshold.
std::vector<MirrorPair> mirrorCandidates(const Graph &graph, qint32 relation,
                                         unsigned splits = SplitAll);

} // namespace eg
