#pragma once

// Row kernels of the margin / self-adversarial trainer. Every model of model.h is scored as a
// comparison of a "query" vector q (built from the two fixed parts of a triple, see
// margin_query.h) with a candidate entity row e:
//   L1   f(q, e) = -||q - e||_1     (TransE, p = 1)
//   L2   f(q, e) = -||q - e||_2     (TransE, p = 2)
//   Dot  f(q, e) = <q, e>           (TransEDot, DistMult, ComplEx)
// so one kernel per comparator serves the positive and all its negatives on either side.

#include "embed/kernels_simd.h"

#include <cmath>

namespace eg::margin {

enum class Cmp { L1, L2, Dot };

template <class P, Cmp C> inline float candidateScore(const float *q, const float *e, int n)
{
    auto acc = P::zero();
    for (int i = 0; i < n; i += P::lanes) {
        const auto m = P::mask(n - i);
        const auto a = P::load(q + i, m), b = P::load(e + i, m);
        if constexpr (C == Cmp::L1) {
            acc = P::add(acc, P::abs(P::sub(a, b)));
        } else if constexpr (C == Cmp::L2) {
            const auto d = P::sub(a, b);
            acc = P::fmadd(d, d, acc);
        } else {
            acc = P::fmadd(a, b, acc);
        }
    }
    const float s = P::sum(acc);
    if constexpr (C == Cmp::L1)
        return -s;
    else if constexpr (C == Cmp::L2)
        return -std::sqrt(s);
    else
        return s;
}

// Moves candidate row e (optimizer state rows s1, s2) along the loss gradient
//   dL/de = w * df/de + reg2 * e          (w = dL/df, reg2 = 2 * L2 weight)
// and adds w * df/dq to gq. `f` is the candidate's comparison value from candidateScore
// (needed by L2). Returns the squared norm of the updated row.
template <class P, Cmp C, class Opt>
inline float updateCandidate(float *e, float *s1, float *s2, const float *q, float *gq, float w,
                             float f, float reg2, int n, const Opt &opt)
{
    // L2: df/de = (q - e) / ||q - e||, zero at q = e.
    const float coef = C == Cmp::L2 ? (f < 0.0f ? w / -f : 0.0f) : w;
    const auto vw = P::set(coef), vreg = P::set(reg2);
    auto norm = P::zero();
    for (int i = 0; i < n; i += P::lanes) {
        const auto m = P::mask(n - i);
        const auto x = P::load(e + i, m), a = P::load(q + i, m);
        auto g = P::zero(), gqi = P::load(gq + i, m);
        if constexpr (C == Cmp::L1) {
            g = P::mulSign(vw, P::sub(a, x));
            gqi = P::sub(gqi, g);
        } else if constexpr (C == Cmp::L2) {
            g = P::mul(vw, P::sub(a, x));
            gqi = P::sub(gqi, g);
        } else {
            g = P::mul(vw, a);
            gqi = P::fmadd(vw, x, gqi);
        }
        P::store(gq + i, gqi, m);
        const auto y = opt.apply(x, P::fmadd(vreg, x, g), s1, s2, i, m);
        P::store(e + i, y, m);
        norm = P::fmadd(y, y, norm);
    }
    return P::sum(norm);
}

// Scores of Q queries against one candidate e at once (Q independent accumulators hide the
// latency of the additions; e is loaded once): out[u] = f(qs[u], e).
template <class P, Cmp C, int Q>
inline void candidateScores(const float *const *qs, const float *e, int n, float *out)
{
    typename P::V acc[Q];
    for (int u = 0; u < Q; ++u)
        acc[u] = P::zero();
    for (int i = 0; i < n; i += P::lanes) {
        const auto m = P::mask(n - i);
        const auto b = P::load(e + i, m);
        for (int u = 0; u < Q; ++u) {
            const auto a = P::load(qs[u] + i, m);
            if constexpr (C == Cmp::L1) {
                acc[u] = P::add(acc[u], P::abs(P::sub(a, b)));
            } else if constexpr (C == Cmp::L2) {
                const auto d = P::sub(a, b);
                acc[u] = P::fmadd(d, d, acc[u]);
            } else {
                acc[u] = P::fmadd(a, b, acc[u]);
            }
        }
    }
    for (int u = 0; u < Q; ++u) {
        const float s = P::sum(acc[u]);
        out[u] = C == Cmp::L1 ? -s : (C == Cmp::L2 ? -std::sqrt(s) : s);
    }
}

// For a negative e shared by Q queries: adds ws[u] * df(qs[u], e)/de to ge and
// ws[u] * df/dq to gqs[u] (fs[u] = f(qs[u], e), needed by L2). The row itself moves later,
// once, with the sum over every query of its chunk.
template <class P, Cmp C, int Q>
inline void accumulatePairs(const float *const *qs, const float *e, float *ge, float *const *gqs,
                            const float *ws, const float *fs, int n)
{
    typename P::V vw[Q];
    for (int u = 0; u < Q; ++u)
        vw[u] = P::set(C == Cmp::L2 ? (fs[u] < 0.0f ? ws[u] / -fs[u] : 0.0f) : ws[u]);
    for (int i = 0; i < n; i += P::lanes) {
        const auto m = P::mask(n - i);
        const auto x = P::load(e + i, m);
        auto gei = P::load(ge + i, m);
        for (int u = 0; u < Q; ++u) {
            const auto a = P::load(qs[u] + i, m);
            auto gqi = P::load(gqs[u] + i, m);
            if constexpr (C == Cmp::Dot) {
                gei = P::fmadd(vw[u], a, gei);
                gqi = P::fmadd(vw[u], x, gqi);
            } else {
                const auto d = P::sub(a, x);
                const auto g = C == Cmp::L1 ? P::mulSign(vw[u], d) : P::mul(vw[u], d);
                gei = P::add(gei, g);
                gqi = P::sub(gqi, g);
            }
            P::store(gqs[u] + i, gqi, m);
        }
        P::store(ge + i, gei, m);
    }
}

// x moves along dL/dx = gScale * g + reg2 * x. Returns the squared norm of the updated row.
template <class P, class Opt>
inline float applyRow(float *x, float *s1, float *s2, const float *g, float gScale, float reg2,
                      int n, const Opt &opt)
{
    const auto vreg = P::set(reg2), vscale = P::set(gScale);
    auto norm = P::zero();
    for (int i = 0; i < n; i += P::lanes) {
        const auto m = P::mask(n - i);
        const auto xi = P::load(x + i, m);
        const auto gi = P::fmadd(vreg, xi, P::mul(vscale, P::load(g + i, m)));
        const auto y = opt.apply(xi, gi, s1, s2, i, m);
        P::store(x + i, y, m);
        norm = P::fmadd(y, y, norm);
    }
    return P::sum(norm);
}

// TransE's query (margin_query.h) on the pack: q = h + r, or t - r on the head side.
template <class P>
inline void transEQuery(bool headSide, const float *h, const float *r, const float *t, float *q,
                        int n)
{
    for (int i = 0; i < n; i += P::lanes) {
        const auto m = P::mask(n - i);
        const auto rv = P::load(r + i, m);
        P::store(q + i, headSide ? P::sub(P::load(t + i, m), rv) : P::add(P::load(h + i, m), rv),
                 m);
    }
}

// x *= factor.
template <class P> inline void scaleRow(float *x, float factor, int n)
{
    const auto f = P::set(factor);
    for (int i = 0; i < n; i += P::lanes) {
        const auto m = P::mask(n - i);
        P::store(x + i, P::mul(f, P::load(x + i, m)), m);
    }
}

// Renormalises a row of squared norm `squaredNorm` to unit length (rows of length 0 stay).
template <class P> inline void normalizeRow(float *x, float squaredNorm, int n)
{
    if (squaredNorm > 0.0f)
        scaleRow<P>(x, 1.0f / std::sqrt(squaredNorm), n);
}

} // namespace eg::margin
