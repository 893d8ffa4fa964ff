#pragma once

// One stochastic step of the margin / self-adversarial trainer: a positive triple, the side
// to corrupt and its K negatives. Rows are read and written in place without locks (Hogwild):
// two threads may touch the same row at once and the later write wins, which costs nothing
// measurable when updates are sparse (Recht et al. 2011).

#include "embed/kernels_rows.h"
#include "embed/margin_loss.h"
#include "embed/margin_query.h"
#include "kg/triple.h"

#include <algorithm>
#include <vector>

namespace eg::margin {

// The embedding tables and their optimizer state (rows of the same shape; null when the
// optimizer keeps none).
struct Tables
{
    float *entities = nullptr;
    float *relations = nullptr;
    int width = 0;
    float *entityState1 = nullptr, *entityState2 = nullptr;
    float *relationState1 = nullptr, *relationState2 = nullptr;
};

struct StepSettings
{
    ModelSpec spec;
    LossSettings loss;
    float regularization = 0.0f; // lambda of lambda (|h|^2 + |r|^2 + |t|^2) on the positive
    bool normalize = false;      // entity rows back to unit length after each update
};

// Per-thread buffers, allocated once.
struct Scratch
{
    Scratch(int width, int negatives)
        : q(size_t(width))
        , gq(size_t(width))
        , gEntity(size_t(width))
        , gRelation(size_t(width))
        , scores(size_t(negatives) + 1)
        , weights(size_t(negatives) + 1)
    {}
    std::vector<float> q, gq, gEntity, gRelation, scores, weights;
};

inline float *rowOf(float *table, qint32 id, int width)
{
    return table ? table + size_t(id) * size_t(width) : nullptr;
}

// Returns the loss of the positive (before the update).
template <class P, Cmp C, class Opt>
double step(const StepSettings &settings, const Tables &tab, Scratch &scratch, const Opt &opt,
            const Triple &x, bool headSide, const qint32 *negatives, int k)
{
    constexpr int ahead = 4; // candidates prefetched ahead of use
    const int w = tab.width;
    float *h = rowOf(tab.entities, x.h, w), *r = rowOf(tab.relations, x.r, w);
    float *t = rowOf(tab.entities, x.t, w);
    float *q = scratch.q.data(), *scores = scratch.scores.data();
    float *weights = scratch.weights.data();
    const qint32 trueId = headSide ? x.h : x.t;
    const auto candidate = [&](int i) {
        return i == 0 ? trueId : negatives[i - 1];
    };

    float c = 0.0f;
    if constexpr (C == Cmp::Dot)
        c = makeQuery(settings.spec, headSide, h, r, t, q);
    else // TransE
        transEQuery<P>(headSide, h, r, t, q, w);
    for (int i = 0; i <= k; ++i) {
        if (i + ahead <= k)
            simd::prefetchRow(rowOf(tab.entities, negatives[i + ahead - 1], w), 4 * w);
        scores[i] = candidateScore<P, C>(q, rowOf(tab.entities, candidate(i), w), w) + c;
    }
    bool active = false;
    double loss = settings.loss.type == LossType::Margin
                      ? marginLoss(settings.loss.margin, scores, k, weights, active)
                      : lossAndWeights<P>(settings.loss, scores, k, weights, active);
    const float lambda = settings.regularization;
    if (lambda > 0.0f) {
        loss += double(lambda) *
                (candidateScore<P, Cmp::Dot>(h, h, w) + candidateScore<P, Cmp::Dot>(r, r, w) +
                 candidateScore<P, Cmp::Dot>(t, t, w));
        active = true;
    }
    if (!active)
        return loss;

    float *gq = scratch.gq.data();
    std::fill(scratch.gq.begin(), scratch.gq.end(), 0.0f);
    float gc = 0.0f;
    for (int i = 0; i <= k; ++i) {
        const float reg2 = i == 0 ? 2.0f * lambda : 0.0f;
        gc += weights[i];
        if (weights[i] == 0.0f && reg2 == 0.0f)
            continue;
        if (Opt::states > 0 && i + ahead <= k) {
            const qint32 next = negatives[i + ahead - 1];
            simd::prefetchRow(rowOf(tab.entityState1, next, w), 4 * w);
            if (Opt::states > 1)
                simd::prefetchRow(rowOf(tab.entityState2, next, w), 4 * w);
        }
        const qint32 id = candidate(i);
        float *e = rowOf(tab.entities, id, w);
        const float norm =
            updateCandidate<P, C>(e, rowOf(tab.entityState1, id, w), rowOf(tab.entityState2, id, w),
                                  q, gq, weights[i], scores[i] - c, reg2, w, opt);
        if (settings.normalize)
            normalizeRow<P>(e, norm, w);
    }

    // The fixed rows: TransE's gradients are +-gq itself (q = h + r or t - r).
    float *gEntity = gq, *gRelation = gq;
    float relationSign = headSide ? -1.0f : 1.0f;
    if constexpr (C == Cmp::Dot) {
        gEntity = scratch.gEntity.data();
        gRelation = scratch.gRelation.data();
        relationSign = 1.0f;
        backprop(settings.spec, headSide, h, r, t, gq, gc, gEntity, gRelation);
    }
    const qint32 fixedId = headSide ? x.t : x.h;
    float *fixed = headSide ? t : h;
    const float norm =
        applyRow<P>(fixed, rowOf(tab.entityState1, fixedId, w), rowOf(tab.entityState2, fixedId, w),
                    gEntity, 1.0f, 2.0f * lambda, w, opt);
    if (settings.normalize)
        normalizeRow<P>(fixed, norm, w);
    applyRow<P>(r, rowOf(tab.relationState1, x.r, w), rowOf(tab.relationState2, x.r, w), gRelation,
                relationSign, 2.0f * lambda, w, opt);
    return loss;
}

} // namespace eg::margin
