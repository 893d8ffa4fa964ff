#pragma once

#include "eval/ranking.h"
#include "kg/graph.h"

#include <QJsonObject>
#include <QString>

namespace eg::cli {

QJsonObject metricsJson(const RankingMetrics &metrics);
QJsonObject evalResultJson(const EvalResult &result, const Graph &graph, bool perRelation);
// "MRR 0.3012  MR 180.2  Hits@1 0.2100  Hits@3 ...  (40932 ranks)"
QString metricsLine(const RankingMetrics &metrics);
// Table of per-relation metrics, one line per relation, sorted by query count.
QString perRelationTable(const EvalResult &result, const Graph &graph);

} // namespace eg::cli
