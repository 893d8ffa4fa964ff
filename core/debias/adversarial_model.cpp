#include "debias/adversarial.h"

#include "common/error.h"
#include "debias/adversarial_objective.h"

#include <algorithm>

namespace eg {

Model AdversarialModel::filtered(std::span<const int> subset) const
{
    std::vector<const MlpFilter *> chosen;
    if (subset.empty()) {
        for (const MlpFilter &f : filters)
            chosen.push_back(&f);
    } else {
        for (int k : subset) {
            if (k < 0 || k >= int(filters.size()))
                throw Error(Error::tr("adversarial filters: no attribute %1 (%2 filters)")
                                .arg(k)
                                .arg(filters.size()));
            chosen.push_back(&filters[size_t(k)]);
        }
    }
    Model out = model;
    if (chosen.empty())
        return out;
    constexpr qint64 kBlock = 4096; // rows per forward pass: bounded scratch memory
    Matrix in, result;
    adversarial::Caches<float> caches;
    for (qint64 from = 0; from < model.entities.rows(); from += kBlock) {
        const qint64 n = std::min(kBlock, model.entities.rows() - from);
        in = model.entities.middleRows(from, n);
        adversarial::composeForward<float>(chosen, in, result, caches);
        out.entities.middleRows(from, n) = result;
    }
    return out;
}

} // namespace eg
