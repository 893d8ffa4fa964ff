#include "demo/demo_split.h"

#include <algorithm>
#include <cmath>

namespace eg::demo {

std::vector<SplitPart> splitTriples(std::span<const Triple> triples, qint32 entityCount,
                                    qint32 relationCount, std::span<const qint32> pinned,
                                    double validShare, double testShare, Rng &rng)
{
    std::vector<SplitPart> part(triples.size(), SplitPart::Train);
    std::vector<qint32> entityUses(size_t(entityCount), 0);
    std::vector<qint64> relationUses(size_t(relationCount), 0);
    std::vector<bool> isPinned(size_t(relationCount), false);
    for (qint32 r : pinned)
        if (r >= 0 && r < relationCount)
            isPinned[size_t(r)] = true;

    std::vector<qint64> candidates;
    for (size_t i = 0; i < triples.size(); ++i) {
        const Triple &x = triples[i];
        ++entityUses[size_t(x.h)];
        ++entityUses[size_t(x.t)];
        ++relationUses[size_t(x.r)];
        if (!isPinned[size_t(x.r)])
            candidates.push_back(qint64(i));
    }
    // Fisher-Yates with the seeded generator: the order depends on the seed only.
    for (size_t i = candidates.size(); i > 1; --i)
        std::swap(candidates[i - 1], candidates[rng.below(quint32(i))]);

    const auto quota = [&](double share) {
        return qint64(std::llround(std::clamp(share, 0.0, 1.0) * double(triples.size())));
    };
    qint64 wantValid = quota(validShare);
    qint64 wantTest = quota(testShare);
    for (qint64 index : candidates) {
        if (wantValid == 0 && wantTest == 0)
            break;
        const Triple &x = triples[size_t(index)];
        // A self loop uses its entity twice; it may leave only if a third use remains.
        const qint32 needed = x.h == x.t ? 2 : 1;
        if (entityUses[size_t(x.h)] <= needed || entityUses[size_t(x.t)] <= needed ||
            relationUses[size_t(x.r)] <= 1)
            continue;
        --entityUses[size_t(x.h)];
        --entityUses[size_t(x.t)];
        --relationUses[size_t(x.r)];
        if (wantValid > 0) {
            part[size_t(index)] = SplitPart::Valid;
            --wantValid;
        } else {
            part[size_t(index)] = SplitPart::Test;
            --wantTest;
        }
    }
    return part;
}

} // namespace eg::demo
