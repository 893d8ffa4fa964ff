#include "fact_probe_run.h"

#include "bias/mirrors.h"
#include "bias_setup.h"
#include "cli_util.h"

#include <algorithm>

namespace eg::cli {

FactProbeResult runFactProbe(const Graph &graph, qint32 relation, qint32 topValues,
                             const ResolvedWhitelist *whitelist, quint64 seed) {
    std::vector<qint32> sensitive{relation};
    for (const char *name : {"gender", "religion", "ethnicity", "nationality"}) {
        const qint32 r = findSensitiveRelation(graph, QLatin1String(name));
        if (r >= 0 && std::find(sensitive.begin(), sensitive.end(), r) == sensitive.end())
            sensitive.push_back(r);
    }
    FactProbeOptions o;
    o.relation = relation;
    o.topValues = topValues;
    o.seed = seed;
    o.excludeRelations = sensitive;
    for (const MirrorPair &m : findMirrors(graph, sensitive))
        o.excludeRelations.push_back(m.mirror);
    if (whitelist)
        o.excluded = [whitelist](const Triple &x) {
            return whitelist->allows(x);
        };
    return factProbeAccuracy(graph, o, stderrProgress(QStringLiteral("graph-facts probe")));
}

QString factProbeText(const FactProbeResult &r, bool whitelist, int seeds) {
    return QStringLiteral("graph-facts probe%6: %1 (most frequent class %2; %3 facts, %4 per "
                          "person; no sensitive or mirror triple%5)\n")
        .arg(r.accuracy, 0, 'f', 4)
        .arg(r.majorityRate, 0, 'f', 4)
        .arg(r.features)
        .arg(r.meanFacts, 0, 'f', 1)
        .arg(whitelist ? QStringLiteral(", none whitelisted") : QString(),
             seeds > 1 ? QStringLiteral(", mean over %1 held-out splits").arg(seeds) : QString());
}

QJsonObject factProbeJson(const FactProbeResult &r) {
    return {{QStringLiteral("accuracy"), r.accuracy},
            {QStringLiteral("majorityRate"), r.majorityRate},
            {QStringLiteral("features"), r.features},
            {QStringLiteral("meanFacts"), r.meanFacts},
            {QStringLiteral("excludedFacts"), r.excludedFacts},
            {QStringLiteral("testHumans"), r.testHumans}};
}

} // namespace eg::cli
