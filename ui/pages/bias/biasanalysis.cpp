#include "pages/bias/biasanalysis.h"

#include "bias/rank_stats.h"
#include "models/biasmodelentry.h"

#include <vector>

namespace eg {

std::shared_ptr<const ProfessionBiasResult> BiasAnalysis::result(const BiasModelEntry &entry,
                                                                 const BiasSettings &settings)
{
    if (!entry.isReady() || !settings.isComplete())
        return nullptr;
    const auto found = m_cache.find(entry.id);
    if (found != m_cache.end() && found->second.settings.sameMeasure(settings))
        return found->second.result;
    ProfessionBiasOptions options;
    options.sensitiveRelation = settings.sensitiveRelation;
    options.valueA = settings.valueA;
    options.valueB = settings.valueB;
    options.targetRelation = settings.targetRelation;
    options.alpha = settings.alpha;
    options.form = settings.form;
    options.minPeople = 0;
    auto computed = std::make_shared<const ProfessionBiasResult>(
        professionBias(*entry.model, *entry.graph, options));
    m_cache[entry.id] = {settings, computed};
    return computed;
}

double BiasAnalysis::spearmanAt(const ProfessionBiasResult &result, qint64 minCount)
{
    std::vector<double> bias, skew;
    for (const ProfessionBias &row : result.rows) {
        if (row.countA + row.countB >= minCount) {
            bias.push_back(row.bias);
            skew.push_back(row.dataLogRatio);
        }
    }
    return spearman(bias, skew);
}

qint64 BiasAnalysis::keptAt(const ProfessionBiasResult &result, qint64 minCount)
{
    qint64 kept = 0;
    for (const ProfessionBias &row : result.rows)
        kept += row.countA + row.countB >= minCount ? 1 : 0;
    return kept;
}

} // namespace eg
