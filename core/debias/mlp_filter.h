#pragma once

#include "embed/rng.h"

#include <Eigen/Core>
#include <QtGlobal>

namespace eg {

// A two-layer perceptron on row batches, the building block of Bose & Hamilton's filters and
// discriminators (debias/adversarial.h):
//   pre = x W1 + b1,   act = leaky(pre) (slope kLeakySlope below 0),   out = act W2 + b2.
// x is n x inputs (one sample per row). All parameters live in one flat vector, W1 row-major
// (inputs x hidden), b1, W2 row-major (hidden x outputs), b2, so that Adam and a
// finite-difference test walk them as one. S = float (training) or double (gradient tests).
template <typename S>
class TwoLayerMlp
{
public:
    using Mat = Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    using Vec = Eigen::Matrix<S, Eigen::Dynamic, 1>;
    static constexpr S kLeakySlope = S(0.2);

    // What backward() needs from forward().
    struct Cache
    {
        Mat pre; // n x hidden, before the activation
        Mat act; // n x hidden, after it
    };

    TwoLayerMlp() = default;
    // Uniform weights with bound sqrt(6 / (fan_in + fan_out)) (Glorot), zero biases.
    TwoLayerMlp(int inputs, int hidden, int outputs, Rng &rng);

    int inputs() const { return m_inputs; }
    int hidden() const { return m_hidden; }
    int outputs() const { return m_outputs; }
    qint64 parameterCount() const { return qint64(m_params.size()); }
    Vec &parameters() { return m_params; }
    const Vec &parameters() const { return m_params; }

    // out = the network applied to every row of x; fills `cache` when given.
    void forward(const Mat &x, Mat &out, Cache *cache = nullptr) const;
    // Given d loss / d out for the rows of x (and forward's cache), adds d loss / d parameters
    // to `gradient` (sized parameterCount(), not cleared) and, when dx is given, *adds*
    // d loss / d x to it (sized like x).
    void backward(const Mat &x, const Cache &cache, const Mat &dOut, Vec &gradient,
                  Mat *dx = nullptr) const;

private:
    using MapM = Eigen::Map<const Mat>;
    using MapV = Eigen::Map<const Eigen::Matrix<S, 1, Eigen::Dynamic>>;
    qint64 w2Offset() const { return qint64(m_inputs + 1) * m_hidden; }

    int m_inputs = 0;
    int m_hidden = 0;
    int m_outputs = 0;
    Vec m_params;
};

extern template class TwoLayerMlp<float>;
extern template class TwoLayerMlp<double>;

using MlpFilter = TwoLayerMlp<float>;

} // namespace eg
