#include "bias/profession_bias.h"

#include "bias/model_check.h"
#include "bias/rank_stats.h"
#include "common/error.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

namespace eg {

namespace {

void checkOptions(const Graph &graph, const ProfessionBiasOptions &o)
{
    auto entity = [&](qint32 id, const char *what) {
        if (id < 0 || id >= graph.entityCount())
            throw Error(
                Error::tr("%1 %2 is no entity of the graph").arg(QLatin1String(what)).arg(id));
    };
    auto relation = [&](qint32 id, const char *what) {
        if (id < 0 || id >= graph.relationCount())
            throw Error(
                Error::tr("%1 %2 is no relation of the graph").arg(QLatin1String(what)).arg(id));
    };
    relation(o.sensitiveRelation, "sensitive relation");
    relation(o.targetRelation, "target relation");
    entity(o.valueA, "sensitive value a");
    if (o.valueB != -1)
        entity(o.valueB, "sensitive value b");
    if (o.valueA == o.valueB)
        throw Error(Error::tr("the two sensitive values are the same entity"));
    if (!std::isfinite(o.alpha))
        throw Error(Error::tr("the step length alpha is not finite"));
    if (o.sensitiveRelation == o.targetRelation)
        throw Error(Error::tr("the sensitive and the target relation are the same"));
}

} // namespace

ProfessionBiasResult professionBias(const Model &model, const Graph &graph,
                                    const ProfessionBiasOptions &options,
                                    const ProgressFn &progress)
{
    checkOptions(graph, options);
    bias::checkModelFitsGraph(model, graph, options.form);
    const auto measure = [&](std::span<const qint32> humans, std::span<const qint32> valuesB,
                             std::span<const qint32> professions, Progress &report) {
        const qint64 count = qint64(humans.size());
        const Matrix steps =
            sensitiveSteps(model, humans, options.sensitiveRelation, options.valueA, valuesB,
                           options.alpha, options.threads, options.form);
        report.report(count);
        return meanScoreChange(model, humans, steps, options.targetRelation, professions,
                               options.threads, report, count, options.form);
    };
    return professionBiasWith(graph, options, measure, progress);
}

ProfessionBiasResult professionBiasWith(const Graph &graph, const ProfessionBiasOptions &options,
                                        const ProfessionMeasure &measure,
                                        const ProgressFn &progress)
{
    QElapsedTimer timer;
    timer.start();
    checkOptions(graph, options);
    const qint32 rs = options.sensitiveRelation, rp = options.targetRelation;

    ProfessionBiasResult result;
    const std::vector<qint32> humans = relationHeads(graph, rs, options.humanSplits);
    if (humans.empty())
        throw Error(Error::tr("relation %1 has no triple in %2")
                        .arg(graph.relations.keyString(rs), splitSetName(options.humanSplits)));
    result.humans = qint64(humans.size());
    if (options.valueB >= 0) {
        result.valuesB = {options.valueB};
    } else {
        for (const ValueCount &v : relationValues(graph, rs, options.humanSplits))
            if (v.entity != options.valueA)
                result.valuesB.push_back(v.entity);
        std::sort(result.valuesB.begin(), result.valuesB.end());
        if (result.valuesB.empty())
            throw Error(Error::tr("relation %1 has no value other than %2 in %3")
                            .arg(graph.relations.keyString(rs),
                                 graph.entities.keyString(options.valueA),
                                 splitSetName(options.humanSplits)));
    }

    // Professions and data counts.
    const HeadValues sensitive(graph, rs, options.countSplits);
    const HeadValues target(graph, rp, options.countSplits);
    std::vector<qint32> professions;
    for (const ValueCount &v : relationValues(graph, rp, options.countSplits))
        professions.push_back(v.entity);
    if (professions.empty())
        throw Error(Error::tr("relation %1 has no triple in %2")
                        .arg(graph.relations.keyString(rp), splitSetName(options.countSplits)));
    std::sort(professions.begin(), professions.end());
    std::vector<qint32> index(size_t(graph.entityCount()), -1);
    for (size_t p = 0; p < professions.size(); ++p)
        index[size_t(professions[p])] = qint32(p);
    result.rows.resize(professions.size());
    for (size_t p = 0; p < professions.size(); ++p)
        result.rows[p].profession = professions[p];
    for (qint32 e = 0; e < graph.entityCount(); ++e) {
        const std::span<const qint32> values = sensitive.values(e);
        const bool hasA = sensitive.has(e, options.valueA);
        const bool hasB =
            options.valueB >= 0 ? sensitive.has(e, options.valueB) : (!hasA && !values.empty());
        result.totalA += hasA;
        result.totalB += hasB;
        for (qint32 p : target.values(e)) {
            ProfessionBias &row = result.rows[size_t(index[size_t(p)])];
            ++row.people;
            row.countA += hasA;
            row.countB += hasB;
        }
    }

    // The measure.
    Progress report(progress, 2 * result.humans);
    report.report(0);
    const std::vector<double> bias = measure(humans, result.valuesB, professions, report);
    if (bias.size() != professions.size())
        throw Error(Error::tr("the bias measure returned %1 values for %2 professions")
                        .arg(bias.size())
                        .arg(professions.size()));

    const double base = std::log((double(result.totalA) + 0.5) / (double(result.totalB) + 0.5));
    std::vector<double> keptBias, keptRatio;
    for (size_t p = 0; p < professions.size(); ++p) {
        ProfessionBias &row = result.rows[p];
        row.bias = bias[p];
        row.dataLogRatio = std::log((double(row.countA) + 0.5) / (double(row.countB) + 0.5)) - base;
        row.kept = row.countA + row.countB >= options.minPeople;
        if (row.kept) {
            keptBias.push_back(row.bias);
            keptRatio.push_back(row.dataLogRatio);
        }
    }
    result.kept = qint64(keptBias.size());
    result.spearman = spearman(keptBias, keptRatio);
    std::stable_sort(
        result.rows.begin(), result.rows.end(),
        [](const ProfessionBias &a, const ProfessionBias &b) { return a.bias > b.bias; });
    report.force(2 * result.humans);
    result.seconds = timer.nsecsElapsed() * 1e-9;
    return result;
}

std::vector<ProfessionBias> mostBiased(const ProfessionBiasResult &result, int k, bool towardsA)
{
    std::vector<ProfessionBias> out;
    auto take = [&](const ProfessionBias &row) {
        if (row.kept && qint64(out.size()) < k)
            out.push_back(row);
    };
    if (towardsA)
        std::for_each(result.rows.begin(), result.rows.end(), take);
    else
        std::for_each(result.rows.rbegin(), result.rows.rend(), take);
    return out;
}

} // namespace eg
