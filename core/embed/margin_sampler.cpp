#include "embed/margin_sampler.h"

#include <algorithm>
#include <cmath>

namespace eg::margin {

namespace {

// Distinct (relation, entity) pairs per relation, from keys (relation << 32 | entity).
std::vector<qint64> distinctPerRelation(std::vector<quint64> &keys, qint32 relationCount)
{
    std::sort(keys.begin(), keys.end());
    std::vector<qint64> counts(size_t(relationCount), 0);
    for (size_t i = 0; i < keys.size(); ++i) {
        if (i == 0 || keys[i] != keys[i - 1])
            ++counts[size_t(keys[i] >> 32)];
    }
    return counts;
}

} // namespace

std::vector<quint32> headThresholds(std::span<const Triple> triples, qint32 relationCount,
                                    Corruption corruption)
{
    std::vector<quint32> thresholds(size_t(relationCount), 0x80000000u);
    if (corruption == Corruption::Uniform)
        return thresholds;

    std::vector<quint64> headKeys, tailKeys;
    headKeys.reserve(triples.size());
    tailKeys.reserve(triples.size());
    std::vector<qint64> perRelation(size_t(relationCount), 0);
    for (const Triple &x : triples) {
        headKeys.push_back(quint64(quint32(x.r)) << 32 | quint32(x.h));
        tailKeys.push_back(quint64(quint32(x.r)) << 32 | quint32(x.t));
        ++perRelation[size_t(x.r)];
    }
    const std::vector<qint64> heads = distinctPerRelation(headKeys, relationCount);
    const std::vector<qint64> tails = distinctPerRelation(tailKeys, relationCount);
    for (qint32 r = 0; r < relationCount; ++r) {
        if (perRelation[size_t(r)] == 0)
            continue;
        const double n = double(perRelation[size_t(r)]);
        const double tph = n / double(heads[size_t(r)]); // tails per distinct (h, r)
        const double hpt = n / double(tails[size_t(r)]); // heads per distinct (r, t)
        const double p = tph / (tph + hpt);
        thresholds[size_t(r)] = quint32(std::min(4294967295.0, std::floor(p * 4294967296.0)));
    }
    return thresholds;
}

void drawNegatives(Rng &rng, std::span<const Triple> positives, const quint32 *thresholds,
                   qint32 entityCount, int negatives, quint8 *headSide, qint32 *out,
                   const KnownTriples *known)
{
    const quint32 bound = quint32(entityCount);
    for (size_t i = 0; i < positives.size(); ++i) {
        const Triple &x = positives[i];
        const bool head = quint32(rng.next() >> 32) < thresholds[x.r];
        headSide[i] = head ? 1 : 0;
        const qint32 replaced = head ? x.h : x.t;
        std::span<const qint32> truths;
        if (known)
            truths = head ? known->heads(x.r, x.t) : known->tails(x.h, x.r);
        qint32 *o = out + i * size_t(negatives);
        for (int k = 0; k < negatives; ++k) {
            qint32 e = qint32(rng.below(bound));
            while (e == replaced)
                e = qint32(rng.below(bound));
            for (int attempt = 0;
                 attempt < 16 && std::binary_search(truths.begin(), truths.end(), e); ++attempt) {
                do
                    e = qint32(rng.below(bound));
                while (e == replaced);
            }
            o[k] = e;
        }
    }
}

void drawSharedNegatives(Rng &rng, std::span<const Triple> positives, const quint32 *thresholds,
                         qint32 entityCount, int negatives, quint8 *headSide, qint32 *out)
{
    for (size_t i = 0; i < positives.size(); ++i)
        headSide[i] = quint32(rng.next() >> 32) < thresholds[positives[i].r] ? 1 : 0;
    for (int k = 0; k < negatives; ++k)
        out[k] = qint32(rng.below(quint32(entityCount)));
}

} // namespace eg::margin
