#include "bias/fact_probe_setup.h"

#include "bias/mirrors.h"
#include "bias/sensitive.h"

#include <algorithm>

namespace eg {

std::vector<NamedSensitiveRelation> fisherSensitiveRelations(const Graph &graph) {
    std::vector<NamedSensitiveRelation> out;
    for (const char *name : {"gender", "religion", "ethnicity", "nationality"}) {
        const QString n = QLatin1String(name);
        qint32 r = findRelation(graph, QStringLiteral("person/") + n);
        if (r < 0)
            r = findRelation(graph, n);
        if (r >= 0)
            out.push_back({n, r, n == QLatin1String("gender") ? 2 : 30});
    }
    return out;
}

std::vector<qint32> factProbeExcludedRelations(const Graph &graph, qint32 relation,
                                               const ProgressFn &progress) {
    std::vector<qint32> sensitive{relation};
    for (const NamedSensitiveRelation &s : fisherSensitiveRelations(graph)) {
        if (std::find(sensitive.begin(), sensitive.end(), s.relation) == sensitive.end())
            sensitive.push_back(s.relation);
    }
    std::vector<qint32> out = sensitive;
    for (const MirrorPair &m : findMirrors(graph, sensitive, {}, progress))
        out.push_back(m.mirror);
    return out;
}

} // namespace eg
