#include "eval/l1_kernel.h"

#include "eval/vec16.h"

#include <algorithm>

namespace eg::detail {

namespace {

// R queries against one panel of 32 candidates. 2R accumulators stay in registers; each
// step loads two panel vectors and broadcasts one query component per query.
template<int R>
void tile(const float *q, int width, const float *panel, float *out, qint64 stride, int valid)
{
    F16 lo[R], hi[R];
    for (int r = 0; r < R; ++r) {
        lo[r] = F16{};
        hi[r] = F16{};
    }
    for (int i = 0; i < width; ++i) {
        const F16 a = load16(panel + i * kL1Panel);
        const F16 b = load16(panel + i * kL1Panel + 16);
        for (int r = 0; r < R; ++r) {
            const float s = q[r * width + i];
            lo[r] = accumulate16(lo[r], abs16(a - s));
            hi[r] = accumulate16(hi[r], abs16(b - s));
        }
    }
    for (int r = 0; r < R; ++r) {
        float *row = out + r * stride;
        if (valid == kL1Panel) {
            store16(row, -lo[r]);
            store16(row + 16, -hi[r]);
        } else {
            float tmp[kL1Panel];
            store16(tmp, -lo[r]);
            store16(tmp + 16, -hi[r]);
            std::copy(tmp, tmp + valid, row);
        }
    }
}

constexpr int kTile = 8;

template<int R>
void rest(const float *q, int width, const float *panel, float *out, qint64 stride, int valid,
          int left)
{
    if constexpr (R > 0) {
        if (left == R)
            tile<R>(q, width, panel, out, stride, valid);
        else
            rest<R - 1>(q, width, panel, out, stride, valid, left);
    }
}

} // namespace

AlignedFloats makeL1Panels(const Matrix &entities)
{
    const qint64 rows = entities.rows();
    const int width = int(entities.cols());
    const qint64 panels = (rows + kL1Panel - 1) / kL1Panel;
    AlignedFloats out(size_t(panels * width * kL1Panel), 0.0f);
    for (qint64 e = 0; e < rows; ++e) {
        float *panel = out.data() + (e / kL1Panel) * width * kL1Panel + e % kL1Panel;
        const float *row = entities.row(e).data();
        for (int i = 0; i < width; ++i)
            panel[i * kL1Panel] = row[i];
    }
    return out;
}

void l1Keys(const float *queries, int queryCount, int width, const float *panels, qint32 first,
            qint32 count, float *out, qint64 stride)
{
    const qint64 panelFloats = qint64(width) * kL1Panel;
    for (qint32 j = 0; j < count; j += kL1Panel) {
        const float *panel = panels + (qint64(first) + j) / kL1Panel * panelFloats;
        const int valid = int(std::min<qint32>(kL1Panel, count - j));
        int k = 0;
        for (; k + kTile <= queryCount; k += kTile)
            tile<kTile>(queries + qint64(k) * width, width, panel, out + k * stride + j, stride,
                        valid);
        if (k < queryCount)
            rest<kTile - 1>(queries + qint64(k) * width, width, panel, out + k * stride + j,
                            stride, valid, queryCount - k);
    }
}

} // namespace eg::detail
