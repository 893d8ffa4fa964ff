#pragma once

#include "embed/kernels_simd.h"
#include "embed/train.h"

#include <algorithm>
#include <cmath>

namespace eg::margin {

struct LossSettings
{
    LossType type = LossType::Margin;
    float margin = 1.0f;      // gamma
    float temperature = 1.0f; // SelfAdversarial: alpha in p = softmax(alpha * score)
};

// log(1 + exp(x)) without overflow; also gives sigmoid(x).
inline float softplus(float x, float &sigmoid)
{
    const float e = std::exp(-std::fabs(x));
    sigmoid = x >= 0.0f ? 1.0f / (1.0f + e) : e / (1.0f + e);
    return std::max(x, 0.0f) + std::log1p(e);
}

inline double marginLoss(float gamma, const float *scores, int k, float *weights, bool &active)
{
    double loss = 0.0;
    int violations = 0;
    for (int i = 1; i <= k; ++i) {
        const float v = gamma - scores[0] + scores[i];
        if (v > 0.0f) {
            loss += v;
            weights[i] = 1.0f;
            ++violations;
        } else {
            weights[i] = 0.0f;
            if (std::isnan(v)) // keep a diverged model visible in the loss
                loss = NAN;
        }
    }
    weights[0] = -float(violations);
    active = violations > 0;
    return loss;
}

// Loss of one positive against its K negatives, from the model scores (higher = more
// plausible): scores[0] is the positive, scores[1..K] the negatives. Writes dLoss/dscore to
// weights[0..K] and returns the loss (NaN once a score is NaN or infinite).
//   Margin           sum_k max(0, gamma - s_0 + s_k)          (d = -s: gamma + d_pos - d_neg)
//   SelfAdversarial  -log sig(gamma + s_0) - sum_k p_k log sig(-gamma - s_k),
//                    p = softmax(alpha * s_1..K) held constant (no gradient through p)
// `active` is set to false when every weight is zero (nothing to update). The
// self-adversarial terms run on the SIMD pack P (vector exp and log1p).
template <class P>
double lossAndWeights(const LossSettings &settings, const float *scores, int k, float *weights,
                      bool &active)
{
    if (settings.type == LossType::Margin)
        return marginLoss(settings.margin, scores, k, weights, active);
    active = true;
    const float gamma = settings.margin, alpha = settings.temperature;
    // Positive: -log sig(gamma + s0) = softplus(-gamma - s0); d/ds0 = -sig(-gamma - s0).
    float sig = 0.0f;
    double loss = softplus(-gamma - scores[0], sig);
    weights[0] = -sig;
    // Negatives: p = softmax(alpha s), first unnormalised into weights[].
    const float *s = scores + 1;
    float *w = weights + 1;
    const auto valpha = P::set(alpha), vgamma = P::set(gamma), one = P::set(1.0f);
    auto top = P::set(-INFINITY), check = P::zero();
    for (int i = 0; i < k; i += P::lanes) {
        const auto m = P::mask(k - i);
        const auto x = P::load(s + i, m);
        top = P::blend(m, top, P::max(top, P::mul(valpha, x)));
        check = P::add(check, x); // NaN or infinite once any score is
    }
    if (!std::isfinite(P::sum(check) + scores[0])) {
        std::fill(weights, weights + k + 1, 0.0f);
        active = false;
        return NAN;
    }
    const auto vtop = P::set(P::maxOf(top));
    auto z = P::zero();
    for (int i = 0; i < k; i += P::lanes) {
        const auto m = P::mask(k - i);
        const auto ex = P::exp(P::sub(P::mul(valpha, P::load(s + i, m)), vtop));
        P::store(w + i, ex, m);
        z = P::add(z, P::blend(m, P::zero(), ex));
    }
    const auto invZ = P::set(1.0f / P::sum(z));
    // -log sig(-gamma - s) = softplus(gamma + s); d/ds = sig(gamma + s).
    auto negative = P::zero();
    for (int i = 0; i < k; i += P::lanes) {
        const auto m = P::mask(k - i);
        const auto x = P::add(vgamma, P::load(s + i, m));
        const auto e = P::exp(P::sub(P::zero(), P::abs(x)));
        const auto sp = P::add(P::max(x, P::zero()), P::log1pUnit(e));
        const auto inv = P::div(one, P::add(one, e));
        const auto sg = P::selectNonNegative(x, inv, P::mul(e, inv));
        const auto p = P::mul(P::load(w + i, m), invZ);
        negative = P::add(negative, P::blend(m, P::zero(), P::mul(p, sp)));
        P::store(w + i, P::mul(p, sg), m);
    }
    return loss + double(P::sum(negative));
}

} // namespace eg::margin
