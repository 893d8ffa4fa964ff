#include "bias/filter.h"

#include "common/error.h"

#include <algorithm>

namespace eg {

qint64 FilterReport::removed(int split) const
{
    qint64 n = 0;
    for (const Entry &e : entries)
        n += e.removed[split];
    return n;
}

Graph filterSensitive(const Graph &graph, const FilterOptions &options, FilterReport *report,
                      const ProgressFn &progress)
{
    FilterReport local;
    std::vector<qint32> entryOf(size_t(graph.relationCount()), -1);
    for (qint32 r : options.relations) {
        if (r < 0 || r >= graph.relationCount())
            throw Error(Error::tr("relation %1 is no relation of the graph").arg(r));
        if (entryOf[size_t(r)] >= 0)
            continue;
        entryOf[size_t(r)] = qint32(local.entries.size());
        local.entries.push_back({r, -1, {}, {}});
    }
    if (options.removeMirrors && !options.relations.empty()) {
        local.mirrors = findMirrors(graph, options.relations, options.mirrors, progress);
        std::vector<MirrorPair> byMirror = local.mirrors;
        std::stable_sort(
            byMirror.begin(), byMirror.end(),
            [](const MirrorPair &a, const MirrorPair &b) { return a.mirror < b.mirror; });
        for (const MirrorPair &m : byMirror) {
            if (entryOf[size_t(m.mirror)] >= 0)
                continue;
            entryOf[size_t(m.mirror)] = qint32(local.entries.size());
            local.entries.push_back({m.mirror, m.relation, {}, {}});
        }
    }

    Graph out;
    out.entities = graph.entities;
    out.relations = graph.relations;
    out.entityLabels = graph.entityLabels;
    out.source = graph.source + QStringLiteral(" (filtered)");
    const std::vector<Triple> *from[3] = {&graph.train, &graph.valid, &graph.test};
    std::vector<Triple> *to[3] = {&out.train, &out.valid, &out.test};
    for (int s = 0; s < 3; ++s) {
        const bool filter = options.removeFrom & (1u << s);
        to[s]->reserve(from[s]->size());
        for (const Triple &x : *from[s]) {
            if (x.r < 0 || x.r >= graph.relationCount())
                throw Error(Error::tr("a triple has relation id %1, outside the graph").arg(x.r));
            const qint32 e = entryOf[size_t(x.r)];
            if (e >= 0)
                ++(filter ? local.entries[size_t(e)].removed[s] : local.entries[size_t(e)].kept[s]);
            if (e < 0 || !filter)
                to[s]->push_back(x);
        }
    }
    if (report)
        *report = std::move(local);
    return out;
}

} // namespace eg
