#pragma once

// Central finite differences for the gradient checks of tests/dml.
//
// Everything runs in double. With step h = 1e-6 the central difference has truncation error
// ~ h^2 |f'''| / 6 (|f'''| <= ~1e4 for the losses here with scales up to 16, so <= 2e-9) and
// rounding error ~ 1e-16 |f| / h = 1e-10 |f|; comparing with tolerance 1e-6 * max(1, |g|)
// leaves a margin of more than 100 over both, while a wrong factor or a missing term
// gives errors of order |g| itself.

#include <Eigen/Core>
#include <algorithm>
#include <cmath>

namespace eg::test {

inline constexpr double FdStep = 1e-6;
inline constexpr double FdTolerance = 1e-6;

// The largest |numeric - analytic| / max(1, |analytic|) over the entries of `x`, where
// `loss()` evaluates the loss at the current value of `x` (changed in place and restored).
template <typename Matrix, typename Loss>
double worstGradientError(Matrix &x, const Matrix &analytic, const Loss &loss)
{
    double worst = 0.0;
    for (Eigen::Index k = 0; k < x.size(); ++k) {
        const double keep = x.data()[k];
        x.data()[k] = keep + FdStep;
        const double up = loss();
        x.data()[k] = keep - FdStep;
        const double down = loss();
        x.data()[k] = keep;
        const double numeric = (up - down) / (2.0 * FdStep);
        const double a = analytic.data()[k];
        worst = std::max(worst, std::abs(numeric - a) / std::max(1.0, std::abs(a)));
    }
    return worst;
}

} // namespace eg::test
