#include "debias/adversarial_objective.h"

#include <cmath>

namespace eg::adversarial {

template <typename S>
void composeForward(std::span<const TwoLayerMlp<S> *const> filters, const Mat<S> &x,
                    Mat<S> &out, Caches<S> &caches)
{
    caches.resize(filters.size());
    if (filters.size() == 1) {
        filters[0]->forward(x, out, &caches[0]);
        return;
    }
    out.setZero(x.rows(), filters.empty() ? x.cols() : filters[0]->outputs());
    Mat<S> one;
    const S share = S(1) / S(filters.size());
    for (size_t k = 0; k < filters.size(); ++k) {
        filters[k]->forward(x, one, &caches[k]);
        out += share * one;
    }
}

template <typename S>
void composeBackward(std::span<const TwoLayerMlp<S> *const> filters, const Mat<S> &x,
                     const Caches<S> &caches, const Mat<S> &dOut,
                     std::span<Vec<S> *const> gradients, Mat<S> &dx)
{
    if (filters.size() == 1) {
        filters[0]->backward(x, caches[0], dOut, *gradients[0], &dx);
        return;
    }
    const Mat<S> share = dOut / S(filters.size());
    for (size_t k = 0; k < filters.size(); ++k)
        filters[k]->backward(x, caches[k], share, *gradients[k], &dx);
}

template <typename S>
S discriminatorLoss(const TwoLayerMlp<S> &d, const Mat<S> &f, std::span<const qint32> rows,
                    std::span<const qint32> labels, S scale, Vec<S> *dParams, Mat<S> *dF,
                    DiscriminatorCount *count)
{
    const qint64 m = qint64(rows.size());
    if (m == 0)
        return S(0);
    Mat<S> x(m, f.cols());
    for (qint64 i = 0; i < m; ++i)
        x.row(i) = f.row(rows[size_t(i)]);
    typename TwoLayerMlp<S>::Cache cache;
    Mat<S> logits;
    d.forward(x, logits, &cache);
    double loss = 0.0;
    qint64 correct = 0;
    // logits becomes d L / d logits = (softmax - onehot) / m, row by row.
    for (qint64 i = 0; i < m; ++i) {
        auto row = logits.row(i);
        const qint32 label = labels[size_t(i)];
        Eigen::Index best = 0;
        const S top = row.maxCoeff(&best);
        correct += best == label ? 1 : 0;
        row.array() = (row.array() - top).exp();
        const S sum = row.sum();
        loss -= std::log(double(row[label] / sum));
        row /= sum;
        row[label] -= S(1);
    }
    if (count) {
        count->rows += m;
        count->correct += correct;
    }
    if (dParams || dF) {
        logits *= scale / S(m);
        Vec<S> scratch;
        Vec<S> &grad = dParams ? *dParams : (scratch = Vec<S>::Zero(d.parameterCount()));
        Mat<S> dx;
        if (dF)
            dx.setZero(m, f.cols());
        d.backward(x, cache, logits, grad, dF ? &dx : nullptr);
        if (dF)
            for (qint64 i = 0; i < m; ++i)
                dF->row(rows[size_t(i)]) += dx.row(i);
    }
    return S(loss / double(m));
}

#define EG_INSTANTIATE(S)                                                                       \
    template void composeForward<S>(std::span<const TwoLayerMlp<S> *const>, const Mat<S> &,     \
                                    Mat<S> &, Caches<S> &);                                     \
    template void composeBackward<S>(std::span<const TwoLayerMlp<S> *const>, const Mat<S> &,    \
                                     const Caches<S> &, const Mat<S> &,                         \
                                     std::span<Vec<S> *const>, Mat<S> &);                       \
    template S discriminatorLoss<S>(const TwoLayerMlp<S> &, const Mat<S> &,                     \
                                    std::span<const qint32>, std::span<const qint32>, S,        \
                                    Vec<S> *, Mat<S> *, DiscriminatorCount *);
EG_INSTANTIATE(float)
EG_INSTANTIATE(double)
#undef EG_INSTANTIATE

} // namespace eg::adversarial
