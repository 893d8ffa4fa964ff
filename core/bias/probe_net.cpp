// GCC 12 reports -Wmaybe-uninitialized inside Eigen's AVX-512 packet code (a known false
// positive); the same pragma as core/embed/softmax_chunk.cpp.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "bias/probe_net.h"

#include "common/error.h"

#include <cmath>

namespace eg {

template <typename S>
ProbeNet<S>::ProbeNet(int inputs, int hidden, int classes, Rng &rng)
    : m_inputs(inputs)
    , m_hidden(hidden)
    , m_classes(classes)
{
    if (inputs < 1 || hidden < 1 || classes < 2)
        throw Error(Error::tr("a probe needs at least 1 input, 1 hidden unit and 2 classes"));
    m_params = Vec::Zero(qint64(inputs + 1) * hidden + qint64(hidden + 1) * classes);
    auto fill = [&](S *data, qint64 count, int fanIn) {
        const double bound = std::sqrt(6.0 / double(fanIn));
        for (qint64 i = 0; i < count; ++i)
            data[i] = S((2.0 * rng.uniformDouble() - 1.0) * bound);
    };
    fill(m_params.data(), qint64(inputs) * hidden, inputs);
    fill(m_params.data() + qint64(inputs + 1) * hidden, qint64(hidden) * classes, hidden);
}

template <typename S> typename ProbeNet<S>::Mat ProbeNet<S>::logits(const Mat &x) const
{
    const Mat h = ((x * w1()).rowwise() + b1().transpose()).cwiseMax(S(0));
    return (h * w2()).rowwise() + b2().transpose();
}

template <typename S> std::vector<qint32> ProbeNet<S>::predict(const Mat &x) const
{
    const Mat z = logits(x);
    std::vector<qint32> out(size_t(z.rows()));
    for (Eigen::Index i = 0; i < z.rows(); ++i) {
        Eigen::Index best = 0;
        z.row(i).maxCoeff(&best);
        out[size_t(i)] = qint32(best);
    }
    return out;
}

template <typename S>
S ProbeNet<S>::loss(const Mat &x, std::span<const qint32> labels, Vec *gradient) const
{
    const Eigen::Index n = x.rows();
    if (x.cols() != m_inputs || Eigen::Index(labels.size()) != n || n == 0)
        throw Error(Error::tr("probe input of %1 x %2 with %3 labels, expected n x %4")
                        .arg(x.rows())
                        .arg(x.cols())
                        .arg(labels.size())
                        .arg(m_inputs));
    const Mat h = ((x * w1()).rowwise() + b1().transpose()).cwiseMax(S(0));
    Mat p = (h * w2()).rowwise() + b2().transpose(); // logits, then probabilities
    double total = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        const qint32 y = labels[size_t(i)];
        if (y < 0 || y >= m_classes)
            throw Error(Error::tr("probe label %1 outside 0..%2").arg(y).arg(m_classes - 1));
        const S top = p.row(i).maxCoeff();
        p.row(i) = (p.row(i).array() - top).exp();
        const S sum = p.row(i).sum();
        total -= std::log(double(p(i, y))) - std::log(double(sum));
        p.row(i) /= sum;
    }
    if (gradient) {
        // d loss / d logits = (p - onehot) / n, then back through both layers.
        Mat g = p;
        for (Eigen::Index i = 0; i < n; ++i)
            g(i, labels[size_t(i)]) -= S(1);
        g /= S(n);
        gradient->resize(m_params.size());
        S *out = gradient->data();
        Eigen::Map<Mat> dw1(out, m_inputs, m_hidden);
        Eigen::Map<Vec> db1(out + qint64(m_inputs) * m_hidden, m_hidden);
        S *o2 = out + qint64(m_inputs + 1) * m_hidden;
        Eigen::Map<Mat> dw2(o2, m_hidden, m_classes);
        Eigen::Map<Vec> db2(o2 + qint64(m_hidden) * m_classes, m_classes);
        dw2.noalias() = h.transpose() * g;
        db2 = g.colwise().sum().transpose();
        const Mat dh =
            ((g * w2().transpose()).array() * (h.array() > S(0)).template cast<S>()).matrix();
        dw1.noalias() = x.transpose() * dh;
        db1 = dh.colwise().sum().transpose();
    }
    return S(total / double(n));
}

template class ProbeNet<float>;
template class ProbeNet<double>;

} // namespace eg
