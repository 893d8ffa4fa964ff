#include "debias/mlp_filter.h"

#include <cmath>

namespace eg {

template <typename S>
TwoLayerMlp<S>::TwoLayerMlp(int inputs, int hidden, int outputs, Rng &rng)
    : m_inputs(inputs), m_hidden(hidden), m_outputs(outputs)
{
    m_params = Vec::Zero(w2Offset() + qint64(hidden + 1) * outputs);
    const auto fill = [&](qint64 from, qint64 count, int fanIn, int fanOut) {
        const double bound = std::sqrt(6.0 / double(fanIn + fanOut));
        for (qint64 i = 0; i < count; ++i)
            m_params[from + i] = S((2.0 * rng.uniformDouble() - 1.0) * bound);
    };
    fill(0, qint64(inputs) * hidden, inputs, hidden);
    fill(w2Offset(), qint64(hidden) * outputs, hidden, outputs);
}

template <typename S>
void TwoLayerMlp<S>::forward(const Mat &x, Mat &out, Cache *cache) const
{
    const MapM w1(m_params.data(), m_inputs, m_hidden);
    const MapV b1(m_params.data() + qint64(m_inputs) * m_hidden, m_hidden);
    const MapM w2(m_params.data() + w2Offset(), m_hidden, m_outputs);
    const MapV b2(m_params.data() + w2Offset() + qint64(m_hidden) * m_outputs, m_outputs);
    Cache local;
    Cache &c = cache ? *cache : local;
    c.pre.noalias() = x * w1;
    c.pre.rowwise() += b1;
    c.act = c.pre.unaryExpr([](S v) { return v > S(0) ? v : kLeakySlope * v; });
    out.noalias() = c.act * w2;
    out.rowwise() += b2;
}

template <typename S>
void TwoLayerMlp<S>::backward(const Mat &x, const Cache &cache, const Mat &dOut, Vec &gradient,
                              Mat *dx) const
{
    const MapM w1(m_params.data(), m_inputs, m_hidden);
    const MapM w2(m_params.data() + w2Offset(), m_hidden, m_outputs);
    using MapMutM = Eigen::Map<Mat>;
    using MapMutV = Eigen::Map<Eigen::Matrix<S, 1, Eigen::Dynamic>>;
    S *g = gradient.data();
    MapMutM(g + w2Offset(), m_hidden, m_outputs).noalias() += cache.act.transpose() * dOut;
    MapMutV(g + w2Offset() + qint64(m_hidden) * m_outputs, m_outputs) += dOut.colwise().sum();
    Mat dPre = dOut * w2.transpose();
    dPre.array() *= cache.pre.unaryExpr([](S v) { return v > S(0) ? S(1) : kLeakySlope; })
                        .array();
    MapMutM(g, m_inputs, m_hidden).noalias() += x.transpose() * dPre;
    MapMutV(g + qint64(m_inputs) * m_hidden, m_hidden) += dPre.colwise().sum();
    if (dx)
        dx->noalias() += dPre * w1.transpose();
}

template class TwoLayerMlp<float>;
template class TwoLayerMlp<double>;

} // namespace eg
