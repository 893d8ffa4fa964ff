#pragma once

// ArcFace (additive angular margin) over learnable class weight vectors.
//
// With unit embeddings e_i, class weights w_c normalised to unit length and cos_ic = e_i . w_c,
// the target logit is s cos(theta + m) (theta = acos cos_iy) and the others s cos_ic; the loss is
// the mean softmax cross-entropy. cos(theta + m) = c cos m - sqrt(1 - c^2) sin m. Where
// theta + m would pass pi (c < cos(pi - m)) the usual monotone fallback c - m sin m is used, so
// the target logit keeps falling as the angle grows. c is kept inside [-1 + 1e-7, 1 - 1e-7]
// (where it is clamped, its derivative is 0).
//
// Gradient: dL/dlogit = (softmax - onehot) / B; dL/dcos = s dL/dlogit, times dphi/dc =
// cos m + sin m c / sqrt(1 - c^2) (fallback: 1) on the target; then dL/de = G w-hat,
// dL/dw-hat = G^T e, and through the weight normalisation dL/dw = (g - (g . w-hat) w-hat) / |w|.

#include "dml/loss_result.h"

#include <vector>

namespace eg::dml {

struct ArcFaceParams
{
    double scale = 16.0; // s
    double margin = 0.3; // m, radians
};

// `classes` are row indices of `weights` (one per embedding row). Throws eg::Error on a size
// mismatch or a class outside the weight rows.
LossResult arcFaceLoss(const RowsD &unit, const std::vector<qint32> &classes, const RowsD &weights,
                       const ArcFaceParams &params = {});

} // namespace eg::dml
