#include "align/align_refine.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace eg {

void sinkhornRefine(SparseScores &s, int iterations, float temperature) {
    const qint32 rows = qint32(s.start.size()) - 1;
    for (float &v : s.value)
        v /= temperature;
    const float lowest = -std::numeric_limits<float>::infinity();
    std::vector<float> colMax(size_t(s.columns)), colSum(size_t(s.columns));
    for (int it = 0; it < iterations; ++it) {
        for (qint32 r = 0; r < rows; ++r) {
            const qint64 b = s.start[size_t(r)], e = s.start[size_t(r) + 1];
            if (b == e)
                continue;
            float top = lowest;
            for (qint64 i = b; i < e; ++i)
                top = std::max(top, s.value[size_t(i)]);
            double sum = 0;
            for (qint64 i = b; i < e; ++i)
                sum += std::exp(double(s.value[size_t(i)] - top));
            const float lse = top + float(std::log(sum));
            for (qint64 i = b; i < e; ++i)
                s.value[size_t(i)] -= lse;
        }
        std::fill(colMax.begin(), colMax.end(), lowest);
        std::fill(colSum.begin(), colSum.end(), 0.0f);
        for (size_t i = 0; i < s.value.size(); ++i)
            colMax[size_t(s.column[i])] = std::max(colMax[size_t(s.column[i])], s.value[i]);
        for (size_t i = 0; i < s.value.size(); ++i)
            colSum[size_t(s.column[i])] += std::exp(s.value[i] - colMax[size_t(s.column[i])]);
        for (size_t i = 0; i < s.value.size(); ++i) {
            const size_t c = size_t(s.column[i]);
            s.value[i] -= colMax[c] + std::log(colSum[c]);
        }
    }
}

} // namespace eg
