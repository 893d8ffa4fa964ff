#pragma once

#include "embed/model.h"
#include "embed/rng.h"
#include "kg/known_triples.h"

#include <span>
#include <vector>

namespace eg::test {

// A seeded model of the given shape. integer: every value in {-2, ..., 2}, so that all float
// arithmetic on it is exact and ties are frequent; else uniform in [-1, 1).
inline Model randomModel(const ModelSpec &spec, qint32 entities, qint32 relations, quint64 seed,
                         bool integer)
{
    Model model;
    model.spec = spec;
    Rng rng(seed);
    auto fill = [&](Matrix &m, qint32 rows) {
        m.resize(rows, spec.width());
        for (qint64 i = 0; i < m.size(); ++i)
            m.data()[i] = integer ? float(int(rng.below(5)) - 2) : 2.0f * rng.uniform() - 1.0f;
    };
    fill(model.entities, entities);
    fill(model.relations, relations);
    if (spec.separateRhs)
        fill(model.relationsRhs, relations);
    return model;
}

inline std::vector<Triple> randomTriples(qint32 entities, qint32 relations, int count,
                                         quint64 seed)
{
    Rng rng(seed, 7);
    std::vector<Triple> out(static_cast<size_t>(count));
    for (Triple &x : out)
        x = {qint32(rng.below(quint32(entities))), qint32(rng.below(quint32(relations))),
             qint32(rng.below(quint32(entities)))};
    return out;
}

// The straightforward evaluator the fast one must agree with exactly: one scoreVectors call per
// candidate, the definitions of eval/candidate_scorer.h, known triples skipped, ties half.
inline double referenceRank(const Model &model, const Triple &x, bool tail,
                            const KnownTriples *known)
{
    const ModelSpec &spec = model.spec;
    const bool rhs = !tail && spec.separateRhs;
    const float *h = model.entities.row(x.h).data(), *t = model.entities.row(x.t).data();
    const float *r = (rhs ? model.relationsRhs : model.relations).row(x.r).data();
    auto score = [&](qint32 c) {
        const float *cv = model.entities.row(c).data();
        if (tail)
            return scoreVectors(spec, h, r, cv);
        if (rhs && spec.type == ModelType::TransEDot)
            return scoreVectors(spec, t, r, cv); // <c, t + r_rhs>
        return scoreVectors(spec, cv, r, t);
    };
    const qint32 answer = tail ? x.t : x.h;
    const float target = score(answer);
    double rank = 1.0;
    for (qint32 c = 0; c < model.entityCount(); ++c) {
        if (c == answer)
            continue;
        if (known && known->contains(tail ? Triple{x.h, x.r, c} : Triple{c, x.r, x.t}))
            continue;
        const float v = score(c);
        if (v > target)
            rank += 1.0;
        else if (v == target)
            rank += 0.5;
    }
    return rank;
}

} // namespace eg::test
