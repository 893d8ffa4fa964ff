#pragma once

#include "bias/fact_probe.h"
#include "debias/whitelist.h"

#include <QJsonObject>
#include <QString>

namespace eg::cli {

// The graph-facts probe (core/bias/fact_probe.h) as `bias --aggregate` and `compare` run it:
// never a fact are the triples of the sensitive relations gender, religion, ethnicity and
// nationality (those the graph has) and of `relation`, those of their mirror relations, and,
// when `whitelist` is given, the whitelisted triples (they may use the attribute).
FactProbeResult runFactProbe(const Graph &graph, qint32 relation, qint32 topValues,
                             const ResolvedWhitelist *whitelist, quint64 seed);

// "graph-facts probe: 0.8453 (most frequent class 0.7930; 2843 facts, 41.2 per person; ...)".
// With seeds > 1 the accuracies are means over that many held-out splits (the counts of facts
// are the first split's).
QString factProbeText(const FactProbeResult &result, bool whitelist, int seeds = 1);
QJsonObject factProbeJson(const FactProbeResult &result);

} // namespace eg::cli
