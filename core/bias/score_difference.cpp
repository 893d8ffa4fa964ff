#include "bias/score_difference.h"

#include "bias/model_check.h"
#include "common/error.h"

#include <algorithm>
#include <cmath>

namespace eg {

ScoreDifferenceResult scoreDifference(const Model &model, const Graph &graph,
                                      const ScoreDifferenceOptions &options,
                                      const ProgressFn &progress)
{
    const qint32 rs = options.relation;
    if (rs < 0 || rs >= graph.relationCount())
        throw Error(Error::tr("sensitive relation %1 is no relation of the graph").arg(rs));
    if (options.topValues < 1)
        throw Error(Error::tr("the number of values must be at least 1"));
    bias::checkModelFitsGraph(model, graph, options.form);
    const BiasScorer scorer(model, options.form);

    ScoreDifferenceResult result;
    for (const ValueCount &v : relationValues(graph, rs, options.valueSplits, options.topValues))
        result.values.push_back(v.entity);
    const std::vector<qint32> humans = relationHeads(graph, rs, options.humanSplits);
    if (humans.empty() || result.values.empty())
        throw Error(Error::tr("relation %1 has no triple in %2")
                        .arg(graph.relations.keyString(rs), splitSetName(options.humanSplits)));
    const HeadValues truth(graph, rs, options.humanSplits);
    const HeadValues known(graph, rs, options.knownSplits);

    const size_t nv = result.values.size();
    std::vector<double> valueSums(nv, 0.0);
    result.perValueHumans.assign(nv, 0);
    std::vector<float> scores(nv);
    double total = 0;
    Progress report(progress, qint64(humans.size()));
    report.setStride(256);
    report.report(0);
    for (size_t k = 0; k < humans.size(); ++k) {
        const qint32 j = humans[k];
        double trueSum = 0, falseSum = 0;
        qint64 trueCount = 0, falseCount = 0;
        for (size_t v = 0; v < nv; ++v) {
            const qint32 value = result.values[v];
            if (truth.has(j, value)) {
                trueSum += scorer.score(j, rs, value);
                ++trueCount;
            } else if (!known.has(j, value)) {
                falseSum += scorer.score(j, rs, value);
                ++falseCount;
            }
        }
        if (trueCount == 0 || falseCount == 0) {
            ++result.skipped;
        } else {
            const double diff = trueSum / double(trueCount) - falseSum / double(falseCount);
            total += diff;
            ++result.humans;
            for (size_t v = 0; v < nv; ++v) {
                if (truth.has(j, result.values[v])) {
                    valueSums[v] += diff;
                    ++result.perValueHumans[v];
                }
            }
        }
        report.report(qint64(k + 1));
    }
    if (result.humans > 0)
        result.mean = total / double(result.humans);
    result.perValue.resize(nv);
    for (size_t v = 0; v < nv; ++v)
        result.perValue[v] = result.perValueHumans[v] > 0
                                 ? valueSums[v] / double(result.perValueHumans[v])
                                 : std::nan("");
    return result;
}

} // namespace eg
