#pragma once

#include "embed/model.h"

#include <Eigen/Core>

#include <vector>

namespace eg::detail {

// Candidates per panel of the L1 kernel (two 16-float vectors).
constexpr int kL1Panel = 32;

using AlignedFloats = std::vector<float, Eigen::aligned_allocator<float>>;

// The entity matrix re-laid as panels of kL1Panel candidates: panel p holds width x kL1Panel
// floats, element (i, lane) = entity (kL1Panel * p + lane), component i. Rows past the last
// entity are zero. Candidates sit in vector lanes, so no horizontal sums are needed.
AlignedFloats makeL1Panels(const Matrix &entities);

// out[k * stride + j] = -sum_i |queries[k * width + i] - entity(first + j)_i| for k < queryCount
// and j < count. `first` is a multiple of kL1Panel. Every (query, candidate) pair is summed in
// float in the order i = 0, 1, ..., width - 1, whichever lane it lands in.
void l1Keys(const float *queries, int queryCount, int width, const float *panels, qint32 first,
            qint32 count, float *out, qint64 stride);

} // namespace eg::detail
