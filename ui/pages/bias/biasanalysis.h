#pragma once

#include "bias/profession_bias.h"
#include "pages/bias/biassettings.h"

#include <map>
#include <memory>

namespace eg {

struct BiasModelEntry;

// Per-profession bias results of the page's models, computed on demand and kept per model
// while the measure stays the same. Results are computed with minPeople = 0, so every
// profession has its B_p and the min-count filter applies without recomputing.
class BiasAnalysis
{
public:
    // The result for a ready entry, or nullptr when the settings are incomplete. Throws
    // eg::Error when the engine refuses the settings (e.g. the relation has no triple).
    std::shared_ptr<const ProfessionBiasResult> result(const BiasModelEntry &entry,
                                                       const BiasSettings &settings);
    void forget(int entryId) { m_cache.erase(entryId); }
    void clear() { m_cache.clear(); }

    // Spearman correlation between B_p and the data log-ratio over the rows with
    // countA + countB >= minCount (NaN with fewer than two rows).
    static double spearmanAt(const ProfessionBiasResult &result, qint64 minCount);
    // Rows with countA + countB >= minCount.
    static qint64 keptAt(const ProfessionBiasResult &result, qint64 minCount);

private:
    struct Cached
    {
        BiasSettings settings;
        std::shared_ptr<const ProfessionBiasResult> result;
    };
    std::map<int, Cached> m_cache;
};

} // namespace eg
