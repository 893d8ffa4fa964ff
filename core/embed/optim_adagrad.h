#pragma once

#include <Eigen/Core>
#include <QtGlobal>

#include <cmath>
#include <vector>

namespace eg {

// Adagrad with one accumulator per table row (PyTorch-BigGraph's choice for embedding tables:
// a quarter of the memory of element-wise state is not needed, one float per row is):
//   a_row += mean_k g_k^2,   x_k -= lr * g_k / (sqrt(a_row) + eps).
class RowAdagrad
{
public:
    void reset(qint64 rows) { m_sum.assign(size_t(rows), 0.0f); }

    void update(qint32 row, float *x, const float *g, int width, float lr)
    {
        // Eigen's reduction is vectorised; a plain loop sum is not (the compiler may not
        // reorder float additions), which made this the trainer's second hot spot.
        const float squares = Eigen::Map<const Eigen::VectorXf>(g, width).squaredNorm();
        float &a = m_sum[size_t(row)];
        a += squares / float(width);
        const float step = lr / (std::sqrt(a) + kEpsilon);
        for (int k = 0; k < width; ++k)
            x[k] -= step * g[k];
    }

    const std::vector<float> &state() const { return m_sum; }

private:
    static constexpr float kEpsilon = 1e-10f;
    std::vector<float> m_sum;
};

// Classic element-wise Adagrad (used for the small relation tables):
//   a_k += g_k^2,   x_k -= lr * g_k / (sqrt(a_k) + eps).
class ElementAdagrad
{
public:
    void reset(qint64 rows, int width)
    {
        m_sum.assign(size_t(rows) * size_t(width), 0.0f);
        m_width = width;
    }

    void update(qint32 row, float *x, const float *g, float lr)
    {
        float *a = m_sum.data() + size_t(row) * size_t(m_width);
        for (int k = 0; k < m_width; ++k) {
            a[k] += g[k] * g[k];
            x[k] -= lr * g[k] / (std::sqrt(a[k]) + kEpsilon);
        }
    }

private:
    static constexpr float kEpsilon = 1e-10f;
    std::vector<float> m_sum;
    int m_width = 0;
};

} // namespace eg
