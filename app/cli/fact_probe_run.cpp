#include "fact_probe_run.h"

#include "bias/fact_probe_setup.h"
#include "cli_util.h"

namespace eg::cli {

FactProbeResult runFactProbe(const Graph &graph, qint32 relation, qint32 topValues,
                             const ResolvedWhitelist *whitelist, quint64 seed) {
    FactProbeOptions o;
    o.relation = relation;
    o.topValues = topValues;
    o.seed = seed;
    o.excludeRelations = factProbeExcludedRelations(graph, relation);
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
