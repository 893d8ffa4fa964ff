#pragma once

// The trainer step for a chunk of positives that share one draw of negatives (as DGL-KE and
// PyTorch-BigGraph do). Each positive keeps its own corruption side and its own loss; only the
// candidate rows are shared. A shared negative row is read once for the whole chunk and moves
// once, by the sum of its gradients over the chunk, which divides the memory traffic of the
// negatives (the cost of many-negative training) by the chunk size.
//
// A shared negative that equals a positive's own replaced entity is not a negative for that
// positive: it gets the score `excludedScore`, so it carries no weight and no loss. So does
// every pair flagged in `excluded` (margin_filter.h: negatives that make a known triple).

#include "embed/margin_step.h"

#include <algorithm>
#include <vector>

namespace eg::margin {

inline constexpr float excludedScore = -1e30f;

struct ChunkScratch
{
    ChunkScratch(int width, int negatives, int chunk)
        : queries(size_t(width) * size_t(chunk))
        , gQueries(size_t(width) * size_t(chunk))
        , gNegative(size_t(width))
        , gEntity(size_t(width))
        , gRelation(size_t(width))
        , constants(size_t(chunk))
        , scores(size_t(negatives + 1) * size_t(chunk))
        , weights(size_t(negatives + 1) * size_t(chunk))
    {}
    std::vector<float> queries, gQueries, gNegative, gEntity, gRelation, constants, scores, weights;
};

// Positives pos[0..b), corruption sides headSide[0..b), shared negatives[0..k), and
// optionally excluded[i * k + j] = 1 for pairs that are no negatives. Returns the summed loss
// of the positives.
template <class P, Cmp C, class Opt>
double chunkStep(const StepSettings &settings, const Tables &tab, ChunkScratch &s, const Opt &opt,
                 const Triple *pos, const quint8 *headSide, int b, const qint32 *negatives, int k,
                 const quint8 *excluded = nullptr)
{
    const int w = tab.width;
    const size_t stride = size_t(k) + 1; // scores / weights per positive
    const auto rowEnt = [&](qint32 id) {
        return rowOf(tab.entities, id, w);
    };
    const auto trueId = [&](int i) {
        return headSide[i] ? pos[i].h : pos[i].t;
    };

    // Queries and the positives' scores.
    for (int i = 0; i < b; ++i) {
        const Triple &x = pos[i];
        float *q = s.queries.data() + size_t(i) * w;
        s.constants[size_t(i)] = makeQuery(settings.spec, headSide[i] != 0, rowEnt(x.h),
                                           rowOf(tab.relations, x.r, w), rowEnt(x.t), q);
        s.scores[size_t(i) * stride] =
            candidateScore<P, C>(q, rowEnt(trueId(i)), w) + s.constants[size_t(i)];
    }
    // Every (positive, negative) pair, negative by negative, four positives at a time.
    const auto queryOf = [&](int i) {
        return s.queries.data() + size_t(i) * w;
    };
    for (int j = 0; j < k; ++j) {
        if (j + 2 < k)
            simd::prefetchRow(rowEnt(negatives[j + 2]), 4 * w);
        const float *e = rowEnt(negatives[j]);
        float f[4];
        for (int i = 0; i < b;) {
            const int q = b - i >= 4 ? 4 : 1;
            const float *qs[4] = {queryOf(i), q > 1 ? queryOf(i + 1) : nullptr,
                                  q > 1 ? queryOf(i + 2) : nullptr,
                                  q > 1 ? queryOf(i + 3) : nullptr};
            if (q == 4)
                candidateScores<P, C, 4>(qs, e, w, f);
            else
                candidateScores<P, C, 1>(qs, e, w, f);
            for (int u = 0; u < q; ++u, ++i) {
                const bool out = excluded ? excluded[size_t(i) * size_t(k) + size_t(j)] != 0
                                          : negatives[j] == trueId(i);
                s.scores[size_t(i) * stride + size_t(j) + 1] =
                    out ? excludedScore : f[u] + s.constants[size_t(i)];
            }
        }
    }
    double loss = 0.0;
    bool anyActive = false;
    for (int i = 0; i < b; ++i) {
        bool active = false;
        loss += lossAndWeights<P>(settings.loss, s.scores.data() + size_t(i) * stride, k,
                                  s.weights.data() + size_t(i) * stride, active);
        anyActive = anyActive || active;
    }
    const float lambda = settings.regularization;
    if (!anyActive && lambda == 0.0f)
        return loss;

    // Shared negatives: gradients summed over the chunk, one update per row.
    std::fill(s.gQueries.begin(), s.gQueries.end(), 0.0f);
    for (int j = 0; j < k; ++j) {
        if (Opt::states > 0 && j + 2 < k)
            simd::prefetchRow(rowOf(tab.entityState1, negatives[j + 2], w), 4 * w);
        float *e = rowEnt(negatives[j]);
        bool touched = false;
        for (int i = 0; i < b;) {
            const int q = b - i >= 4 ? 4 : 1;
            float ws[4], fs[4];
            const float *qs[4];
            float *gqs[4];
            bool any = false;
            for (int u = 0; u < q; ++u) {
                const size_t at = size_t(i + u) * stride + size_t(j) + 1;
                ws[u] = s.weights[at];
                fs[u] = s.scores[at] - s.constants[size_t(i + u)];
                qs[u] = queryOf(i + u);
                gqs[u] = s.gQueries.data() + size_t(i + u) * w;
                any = any || ws[u] != 0.0f;
            }
            if (any) {
                if (!touched)
                    std::fill(s.gNegative.begin(), s.gNegative.end(), 0.0f);
                touched = true;
                if (q == 4)
                    accumulatePairs<P, C, 4>(qs, e, s.gNegative.data(), gqs, ws, fs, w);
                else
                    accumulatePairs<P, C, 1>(qs, e, s.gNegative.data(), gqs, ws, fs, w);
            }
            i += q;
        }
        if (!touched)
            continue;
        const float norm = applyRow<P>(e, rowOf(tab.entityState1, negatives[j], w),
                                       rowOf(tab.entityState2, negatives[j], w), s.gNegative.data(),
                                       1.0f, 0.0f, w, opt);
        if (settings.normalize)
            normalizeRow<P>(e, norm, w);
    }

    // Each positive: its true candidate, then its two fixed rows.
    for (int i = 0; i < b; ++i) {
        const Triple &x = pos[i];
        const bool head = headSide[i] != 0;
        const float *wi = s.weights.data() + size_t(i) * stride;
        float *q = s.queries.data() + size_t(i) * w, *gq = s.gQueries.data() + size_t(i) * w;
        float gc = 0.0f;
        for (size_t j = 0; j < stride; ++j)
            gc += wi[j];
        if (lambda > 0.0f) {
            for (const float *row : {rowEnt(x.h), rowOf(tab.relations, x.r, w), rowEnt(x.t)})
                loss += double(lambda) * candidateScore<P, Cmp::Dot>(row, row, w);
        } else if (gc == 0.0f && wi[0] == 0.0f) {
            continue; // nothing moves for this positive (gq is still 0 then)
        }
        const qint32 id = trueId(i);
        float *e = rowEnt(id);
        const float norm = updateCandidate<P, C>(
            e, rowOf(tab.entityState1, id, w), rowOf(tab.entityState2, id, w), q, gq, wi[0],
            s.scores[size_t(i) * stride] - s.constants[size_t(i)], 2.0f * lambda, w, opt);
        if (settings.normalize)
            normalizeRow<P>(e, norm, w);
        float *h = rowEnt(x.h), *r = rowOf(tab.relations, x.r, w), *t = rowEnt(x.t);
        backprop(settings.spec, head, h, r, t, gq, gc, s.gEntity.data(), s.gRelation.data());
        const qint32 fixedId = head ? x.t : x.h;
        float *fixed = head ? t : h;
        const float fixedNorm = applyRow<P>(fixed, rowOf(tab.entityState1, fixedId, w),
                                            rowOf(tab.entityState2, fixedId, w), s.gEntity.data(),
                                            1.0f, 2.0f * lambda, w, opt);
        if (settings.normalize)
            normalizeRow<P>(fixed, fixedNorm, w);
        applyRow<P>(r, rowOf(tab.relationState1, x.r, w), rowOf(tab.relationState2, x.r, w),
                    s.gRelation.data(), 1.0f, 2.0f * lambda, w, opt);
    }
    return loss;
}

} // namespace eg::margin
