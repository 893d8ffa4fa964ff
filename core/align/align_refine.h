#pragma once

#include <QtGlobal>
#include <vector>

namespace eg {

// A sparse score matrix in rows: row r holds entries start[r] .. start[r+1]-1, each with a
// column and a value.
struct SparseScores {
    std::vector<qint64> start{0};
    std::vector<qint32> column;
    std::vector<float> value;
    qint32 columns = 0;
};

// Sinkhorn refinement towards a one-to-one assignment (the test links of DBP15K pair each
// graph-1 test entity with exactly one graph-2 test entity): starting from log M = value /
// temperature, `iterations` times subtract each row's log-sum-exp, then each column's. The
// result (in place) is log of a matrix whose rows and columns are close to summing to 1, so
// exp(value) reads as the probability that the pair is in the assignment. A column without
// entries is left alone.
void sinkhornRefine(SparseScores &scores, int iterations, float temperature = 1.0f);

} // namespace eg
