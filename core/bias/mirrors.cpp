#include "bias/mirrors.h"

#include "common/error.h"
#include "kg/adjacency.h"

#include <algorithm>

namespace eg {

namespace {

std::vector<std::pair<qint32, qint32>> distinctPairs(const Graph &graph, unsigned splits,
                                                     qint32 relation)
{
    std::vector<std::pair<qint32, qint32>> pairs;
    forEachTriple(graph, splits, relation, [&](const Triple &x) { pairs.push_back({x.h, x.t}); });
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

// Distinct pairs per relation and the adjacency of the chosen splits.
struct Index
{
    Adjacency adjacency;
    std::vector<qint64> pairs; // per relation
};

Index buildIndex(const Graph &graph, unsigned splits)
{
    std::vector<Triple> triples;
    forEachTriple(graph, splits, -1, [&](const Triple &x) { triples.push_back(x); });
    Index index{Adjacency(triples, graph.entityCount()), {}};
    std::sort(triples.begin(), triples.end(), [](const Triple &a, const Triple &b) {
        return a.r != b.r ? a.r < b.r : (a.h != b.h ? a.h < b.h : a.t < b.t);
    });
    triples.erase(std::unique(triples.begin(), triples.end()), triples.end());
    index.pairs.assign(size_t(graph.relationCount()), 0);
    for (const Triple &x : triples)
        ++index.pairs[size_t(x.r)];
    return index;
}

// For relation r: matched count per other relation.
std::vector<MirrorPair> candidates(const Graph &graph, const Index &index, unsigned splits,
                                   qint32 r)
{
    std::vector<qint64> matched(size_t(graph.relationCount()), 0);
    std::vector<qint32> found;
    for (const auto &[h, t] : distinctPairs(graph, splits, r)) {
        found.clear();
        const auto out = index.adjacency.outgoing(t); // (t, r', h): tail entity h
        const auto in = index.adjacency.incoming(h);  // (t, r', h): head entity t
        if (out.size() <= in.size()) {
            for (const Adjacency::Edge &e : out)
                if (e.entity == h && e.relation != r)
                    found.push_back(e.relation);
        } else {
            for (const Adjacency::Edge &e : in)
                if (e.entity == t && e.relation != r)
                    found.push_back(e.relation);
        }
        std::sort(found.begin(), found.end()); // edges are sorted by relation already; cheap
        found.erase(std::unique(found.begin(), found.end()), found.end());
        for (qint32 m : found)
            ++matched[size_t(m)];
    }
    std::vector<MirrorPair> out;
    for (qint32 m = 0; m < graph.relationCount(); ++m)
        if (matched[size_t(m)] > 0)
            out.push_back(
                {r, m, index.pairs[size_t(r)], index.pairs[size_t(m)], matched[size_t(m)]});
    return out;
}

} // namespace

std::vector<MirrorPair> findMirrors(const Graph &graph, std::span<const qint32> relations,
                                    const MirrorOptions &options, const ProgressFn &progress)
{
    std::vector<qint32> which(relations.begin(), relations.end());
    if (which.empty())
        for (qint32 r = 0; r < graph.relationCount(); ++r)
            which.push_back(r);
    for (qint32 r : which)
        if (r < 0 || r >= graph.relationCount())
            throw Error(Error::tr("relation %1 is no relation of the graph").arg(r));
    std::sort(which.begin(), which.end());
    which.erase(std::unique(which.begin(), which.end()), which.end());

    Progress report(progress, qint64(which.size()));
    report.report(0);
    const Index index = buildIndex(graph, options.splits);
    std::vector<MirrorPair> out;
    for (size_t k = 0; k < which.size(); ++k) {
        for (const MirrorPair &m : candidates(graph, index, options.splits, which[k]))
            if (m.coverage() >= options.threshold && m.mirrorCoverage() >= options.threshold)
                out.push_back(m);
        report.report(qint64(k + 1));
    }
    return out;
}

std::vector<MirrorPair> mirrorCandidates(const Graph &graph, qint32 relation, unsigned splits)
{
    if (relation < 0 || relation >= graph.relationCount())
        throw Error(Error::tr("relation %1 is no relation of the graph").arg(relation));
    std::vector<MirrorPair> out = candidates(graph, buildIndex(graph, splits), splits, relation);
    std::stable_sort(out.begin(), out.end(), [](const MirrorPair &a, const MirrorPair &b) {
        return std::min(a.coverage(), a.mirrorCoverage()) >
               std::min(b.coverage(), b.mirrorCoverage());
    });
    return out;
}

} // namespace eg
