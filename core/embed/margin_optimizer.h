#pragma once

// Element-wise update rules of the margin / self-adversarial trainer, as policies over a SIMD
// pack (kernels_simd.h). Every update is sparse: only the rows a positive touches move, and
// their optimizer state (s1, s2: rows of the same shape as the embeddings) moves with them.
// `apply` returns the new value of x[i..] for loss gradient g (state rows unused by SGD may be
// null).

#include "embed/kernels_simd.h"

#include <cmath>

namespace eg::margin {

template <class P> struct SgdUpdate
{
    static constexpr int states = 0;
    explicit SgdUpdate(float learningRate, double = 0.0)
        : m_lr(P::set(learningRate))
    {}
    typename P::V apply(typename P::V x, typename P::V g, float *, float *, int,
                        typename P::M) const
    {
        return P::fnmadd(m_lr, g, x);
    }

private:
    typename P::V m_lr;
};

// Adagrad (Duchi et al. 2011): G += g^2, x -= lr g / (sqrt(G) + eps), per element.
template <class P> struct AdagradUpdate
{
    static constexpr int states = 1;
    static constexpr float epsilon = 1e-10f;
    explicit AdagradUpdate(float learningRate, double = 0.0)
        : m_lr(P::set(learningRate))
        , m_eps(P::set(epsilon))
    {}
    typename P::V apply(typename P::V x, typename P::V g, float *s1, float *, int i,
                        typename P::M m) const
    {
        const auto acc = P::fmadd(g, g, P::load(s1 + i, m));
        P::store(s1 + i, acc, m);
        return P::fnmadd(m_lr, P::div(g, P::add(P::sqrt(acc), m_eps)), x);
    }

private:
    typename P::V m_lr, m_eps;
};

// Adam (Kingma & Ba 2015) applied lazily to the touched rows ("sparse Adam"); `step` is the
// 1-based global batch number, used for the bias corrections.
template <class P> struct AdamUpdate
{
    static constexpr int states = 2;
    static constexpr float beta1 = 0.9f, beta2 = 0.999f, epsilon = 1e-8f;
    AdamUpdate(float learningRate, double step)
    {
        const double c1 = 1.0 - std::pow(double(beta1), step);
        const double c2 = 1.0 - std::pow(double(beta2), step);
        m_lr = P::set(float(learningRate * std::sqrt(c2) / c1));
        m_eps = P::set(float(epsilon * std::sqrt(c2)));
        m_b1 = P::set(beta1);
        m_b2 = P::set(beta2);
        m_1b1 = P::set(1.0f - beta1);
        m_1b2 = P::set(1.0f - beta2);
    }
    typename P::V apply(typename P::V x, typename P::V g, float *s1, float *s2, int i,
                        typename P::M m) const
    {
        const auto mom = P::fmadd(m_b1, P::load(s1 + i, m), P::mul(m_1b1, g));
        const auto var = P::fmadd(m_b2, P::load(s2 + i, m), P::mul(m_1b2, P::mul(g, g)));
        P::store(s1 + i, mom, m);
        P::store(s2 + i, var, m);
        return P::fnmadd(m_lr, P::div(mom, P::add(P::sqrt(var), m_eps)), x);
    }

private:
    typename P::V m_lr, m_eps, m_b1, m_b2, m_1b1, m_1b2;
};

} // namespace eg::margin
