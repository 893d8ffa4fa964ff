#include "dml/mlp.h"

#include "common/error.h"

#include <cmath>

namespace eg::dml {

template <typename T> MlpParameters<T> MlpParameters<T>::zerosLike() const
{
    MlpParameters zeros = *this;
    zeros.setZero();
    return zeros;
}

template <typename T> void MlpParameters<T>::setZero()
{
    for (auto &w : weights)
        w.setZero();
    for (auto &b : biases)
        b.setZero();
}

template <typename T> MlpParameters<T> &MlpParameters<T>::operator+=(const MlpParameters &other)
{
    for (size_t l = 0; l < weights.size(); ++l) {
        weights[l] += other.weights[l];
        biases[l] += other.biases[l];
    }
    return *this;
}

namespace {

// Standard normal by Box-Muller.
double normal(Rng &rng)
{
    const double u = std::max(rng.uniformDouble(), 1e-300);
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * rng.uniformDouble());
}

} // namespace

template <typename T>
Mlp<T>::Mlp(const std::vector<int> &widths, Rng &rng)
    : m_widths(widths)
{
    if (widths.size() < 2)
        throw Error(Error::tr("MLP: need at least an input and an output width"));
    for (int width : widths) {
        if (width < 1)
            throw Error(Error::tr("MLP: layer widths must be positive, got %1").arg(width));
    }
    for (size_t l = 0; l + 1 < widths.size(); ++l) {
        Rows<T> w(widths[l], widths[l + 1]);
        const double scale = std::sqrt(2.0 / widths[l]);
        for (Eigen::Index k = 0; k < w.size(); ++k)
            w.data()[k] = T(scale * normal(rng));
        m_parameters.weights.push_back(std::move(w));
        m_parameters.biases.push_back(RowVector<T>::Zero(widths[l + 1]));
    }
}

template <typename T> void Mlp<T>::forward(const Rows<T> &batch, MlpCache<T> &cache) const
{
    const size_t layers = m_parameters.weights.size();
    cache.inputs.resize(layers);
    cache.inputs[0] = batch;
    for (size_t l = 0; l < layers; ++l) {
        Rows<T> &out = l + 1 < layers ? cache.inputs[l + 1] : cache.raw;
        out.noalias() = cache.inputs[l] * m_parameters.weights[l];
        out.rowwise() += m_parameters.biases[l];
        if (l + 1 < layers)
            out = out.cwiseMax(T(0));
    }
    cache.norms = cache.raw.rowwise().norm().cwiseMax(T(1e-12));
    cache.unit = cache.norms.cwiseInverse().asDiagonal() * cache.raw;
}

template <typename T> Rows<T> Mlp<T>::embed(const Rows<T> &batch) const
{
    MlpCache<T> cache;
    forward(batch, cache);
    return std::move(cache.unit);
}

template <typename T>
void Mlp<T>::backward(const MlpCache<T> &cache, const Rows<T> &gradUnit,
                      MlpParameters<T> &gradients) const
{
    // Through the normalisation, row by row.
    const Eigen::Matrix<T, Eigen::Dynamic, 1> along =
        (gradUnit.array() * cache.unit.array()).rowwise().sum();
    Rows<T> grad =
        cache.norms.cwiseInverse().asDiagonal() * (gradUnit - along.asDiagonal() * cache.unit);
    for (size_t l = m_parameters.weights.size(); l-- > 0;) {
        gradients.weights[l].noalias() += cache.inputs[l].transpose() * grad;
        gradients.biases[l] += grad.colwise().sum();
        if (l == 0)
            break;
        Rows<T> below = grad * m_parameters.weights[l].transpose();
        // ReLU: the layer's output is positive exactly where its input was.
        grad = (cache.inputs[l].array() > T(0)).select(below, T(0));
    }
}

template struct MlpParameters<float>;
template struct MlpParameters<double>;
template class Mlp<float>;
template class Mlp<double>;

} // namespace eg::dml
