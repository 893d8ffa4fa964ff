#include "metrics_report.h"

#include "store/config_json.h"

#include <QJsonArray>

#include <algorithm>

namespace eg::cli {

QJsonObject metricsJson(const RankingMetrics &metrics) { return store::toJson(metrics); }

QJsonObject evalResultJson(const EvalResult &result, const Graph &graph, bool perRelation)
{
    QJsonObject json{{QStringLiteral("overall"), metricsJson(result.overall)},
                     {QStringLiteral("head"), metricsJson(result.head)},
                     {QStringLiteral("tail"), metricsJson(result.tail)},
                     {QStringLiteral("seconds"), result.seconds}};
    if (perRelation) {
        QJsonArray relations;
        for (const RelationMetrics &r : result.perRelation)
            relations.append(QJsonObject{{QStringLiteral("relation"),
                                          graph.relations.keyString(r.relation)},
                                         {QStringLiteral("head"), metricsJson(r.head)},
                                         {QStringLiteral("tail"), metricsJson(r.tail)}});
        json.insert(QStringLiteral("perRelation"), relations);
    }
    return json;
}

QString metricsLine(const RankingMetrics &m)
{
    return QStringLiteral("MRR %1  MR %2  Hits@1 %3  Hits@3 %4  Hits@10 %5  (%6 ranks)")
        .arg(m.mrr, 0, 'f', 4)
        .arg(m.meanRank, 0, 'f', 1)
        .arg(m.hits1, 0, 'f', 4)
        .arg(m.hits3, 0, 'f', 4)
        .arg(m.hits10, 0, 'f', 4)
        .arg(m.count);
}

QString perRelationTable(const EvalResult &result, const Graph &graph)
{
    std::vector<const RelationMetrics *> rows;
    for (const RelationMetrics &r : result.perRelation)
        rows.push_back(&r);
    std::stable_sort(rows.begin(), rows.end(), [](const auto *a, const auto *b) {
        return a->head.count + a->tail.count > b->head.count + b->tail.count;
    });
    QString text = QStringLiteral("%1  %2  %3  %4  %5  relation\n")
                       .arg(QStringLiteral("queries"), 7)
                       .arg(QStringLiteral("MRR head"), 8)
                       .arg(QStringLiteral("MRR tail"), 8)
                       .arg(QStringLiteral("H@10 head"), 9)
                       .arg(QStringLiteral("H@10 tail"), 9);
    for (const RelationMetrics *r : rows)
        text += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                    .arg(r->tail.count, 7)
                    .arg(r->head.mrr, 8, 'f', 4)
                    .arg(r->tail.mrr, 8, 'f', 4)
                    .arg(r->head.hits10, 9, 'f', 4)
                    .arg(r->tail.hits10, 9, 'f', 4)
                    .arg(graph.relations.keyString(r->relation));
    return text;
}

} // namespace eg::cli
