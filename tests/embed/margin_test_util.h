#pragma once

// Shared helpers of the margin trainer tests: an independent double-precision scorer (written
// from the formulas in model.h, not from the trainer's code) and random rows.

#include "embed/model.h"
#include "embed/rng.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace eg::test {

inline double referenceScore(const ModelSpec &spec, const double *h, const double *r,
                             const double *t)
{
    const int n = spec.dim;
    double s = 0.0;
    switch (spec.type) {
    case ModelType::TransE:
        for (int i = 0; i < n; ++i) {
            const double d = h[i] + r[i] - t[i];
            s += spec.norm == 1 ? std::abs(d) : d * d;
        }
        return spec.norm == 1 ? -s : -std::sqrt(s);
    case ModelType::TransEDot:
        for (int i = 0; i < n; ++i)
            s += (h[i] + r[i]) * t[i];
        return s;
    case ModelType::DistMult:
        for (int i = 0; i < n; ++i)
            s += h[i] * r[i] * t[i];
        return s;
    case ModelType::ComplEx: // Re sum h r conj(t)
        for (int i = 0; i < n; ++i) {
            const double hr = h[i], hi = h[n + i], rr = r[i], ri = r[n + i];
            const double tr = t[i], ti = t[n + i];
            s += (hr * rr - hi * ri) * tr + (hr * ri + hi * rr) * ti;
        }
        return s;
    }
    return 0.0;
}

// Values uniform in [-1, 1] from a seeded generator.
inline std::vector<float> randomRow(Rng &rng, int width)
{
    std::vector<float> row(static_cast<size_t>(width));
    for (float &x : row)
        x = 2.0f * rng.uniform() - 1.0f;
    return row;
}

inline std::vector<double> toDouble(const float *x, int n)
{
    return std::vector<double>(x, x + n);
}

// Smallest |h_i + r_i - t_i| over the components: L1 finite differences are exact only when
// no component crosses zero within the step.
inline double smallestGap(const float *h, const float *r, const float *t, int n)
{
    double gap = 1e9;
    for (int i = 0; i < n; ++i)
        gap = std::min(gap, std::abs(double(h[i]) + r[i] - t[i]));
    return gap;
}

} // namespace eg::test
