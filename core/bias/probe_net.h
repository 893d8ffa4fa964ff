#pragma once

#include "embed/rng.h"

#include <Eigen/Core>
#include <span>
#include <vector>

namespace eg {

// The attribute probe of Fisher et al. (EMNLP 2020, §4.3): a feed-forward classifier with one
// hidden ReLU layer and a softmax output, trained with mean cross-entropy.
//   hidden = relu(x W1 + b1),  logits = hidden W2 + b2,  p = softmax(logits)
//   loss   = -(1/n) sum_rows log p[label]
// All parameters live in one flat vector (W1 row-major inputs x hidden, b1, W2 row-major
// hidden x classes, b2) so an optimiser and a finite-difference test can walk them as one.
// S is float (training) or double (gradient tests).
template <typename S> class ProbeNet
{
public:
    using Mat = Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    using Vec = Eigen::Matrix<S, Eigen::Dynamic, 1>;

    ProbeNet() = default;
    // He-uniform initialisation of the weights (bound sqrt(6 / fan_in)), zero biases.
    ProbeNet(int inputs, int hidden, int classes, Rng &rng);

    int inputs() const { return m_inputs; }
    int hidden() const { return m_hidden; }
    int classes() const { return m_classes; }

    Vec &parameters() { return m_params; }
    const Vec &parameters() const { return m_params; }

    // Mean cross-entropy of the rows of x (n x inputs) with labels in 0..classes-1. When
    // `gradient` is given it is resized to the parameter count and receives d loss / d params.
    S loss(const Mat &x, std::span<const qint32> labels, Vec *gradient = nullptr) const;
    // The logits, n x classes.
    Mat logits(const Mat &x) const;
    // The arg-max class of each row.
    std::vector<qint32> predict(const Mat &x) const;

private:
    using MapM = Eigen::Map<const Mat>;
    using MapV = Eigen::Map<const Vec>;
    MapM w1() const { return MapM(m_params.data(), m_inputs, m_hidden); }
    MapV b1() const { return MapV(m_params.data() + qint64(m_inputs) * m_hidden, m_hidden); }
    const S *w2Data() const { return m_params.data() + qint64(m_inputs + 1) * m_hidden; }
    MapM w2() const { return MapM(w2Data(), m_hidden, m_classes); }
    MapV b2() const { return MapV(w2Data() + qint64(m_hidden) * m_classes, m_classes); }

    int m_inputs = 0;
    int m_hidden = 0;
    int m_classes = 0;
    Vec m_params;
};

extern template class ProbeNet<float>;
extern template class ProbeNet<double>;

} // namespace eg
