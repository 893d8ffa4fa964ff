#pragma once

// A small fully connected network for metric learning: ReLU hidden layers, a linear last layer
// and L2 normalisation of the output, so every embedding has unit length. Row-major batches:
// one sample per row. Instantiated for float (training) and double (gradient checks).

#include "embed/rng.h"

#include <Eigen/Core>
#include <vector>

namespace eg::dml {

template <typename T>
using Rows = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
template <typename T> using RowVector = Eigen::Matrix<T, 1, Eigen::Dynamic>;

// Weights and biases of every layer (also used for their gradients). Layer l maps a batch
// A (rows x in) to A W[l] + b[l] (rows x out).
template <typename T> struct MlpParameters
{
    std::vector<Rows<T>> weights;     // in x out
    std::vector<RowVector<T>> biases; // 1 x out

    // The same shapes filled with zeros.
    MlpParameters zerosLike() const;
    void setZero();
    MlpParameters &operator+=(const MlpParameters &other);
};

// What forward() keeps for backward(): the input of every layer, the raw output and its norms.
template <typename T> struct MlpCache
{
    std::vector<Rows<T>> inputs; // inputs[0] = the batch, inputs[l] = ReLU output of layer l-1
    Rows<T> raw;                 // last layer output before normalisation
    Eigen::Matrix<T, Eigen::Dynamic, 1> norms;
    Rows<T> unit; // raw rows scaled to unit length: the embeddings
};

template <typename T> class Mlp
{
public:
    Mlp() = default;
    // Layer widths, e.g. {784, 256, 64}; He-normal weights (std sqrt(2 / in)), zero biases.
    Mlp(const std::vector<int> &widths, Rng &rng);

    const std::vector<int> &widths() const { return m_widths; }
    int inputWidth() const { return m_widths.front(); }
    int outputWidth() const { return m_widths.back(); }
    MlpParameters<T> &parameters() { return m_parameters; }
    const MlpParameters<T> &parameters() const { return m_parameters; }

    // Unit-length embeddings of `batch` (rows x inputWidth); the cache feeds backward().
    void forward(const Rows<T> &batch, MlpCache<T> &cache) const;
    Rows<T> embed(const Rows<T> &batch) const;

    // Adds to `gradients` the gradient of a loss whose gradient with respect to the unit
    // embeddings is `gradUnit` (rows x outputWidth). Through the normalisation u = z / |z|:
    // dL/dz = (g - (g . u) u) / |z|.
    void backward(const MlpCache<T> &cache, const Rows<T> &gradUnit,
                  MlpParameters<T> &gradients) const;

    // The same network in another scalar type.
    template <typename U> Mlp<U> cast() const
    {
        Mlp<U> other;
        other.m_widths = m_widths;
        for (size_t l = 0; l < m_parameters.weights.size(); ++l) {
            other.m_parameters.weights.push_back(m_parameters.weights[l].template cast<U>());
            other.m_parameters.biases.push_back(m_parameters.biases[l].template cast<U>());
        }
        return other;
    }

private:
    template <typename U> friend class Mlp;

    std::vector<int> m_widths;
    MlpParameters<T> m_parameters;
};

extern template struct MlpParameters<float>;
extern template struct MlpParameters<double>;
extern template class Mlp<float>;
extern template class Mlp<double>;

} // namespace eg::dml
