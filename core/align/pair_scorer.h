#pragma once

#include <Eigen/Core>
#include <QtGlobal>
#include <cmath>

namespace eg {

// The match score of a candidate pair from the two top-layer vectors, the names' n-gram
// TF-IDF cosine and the cross-graph attention's evidence mass (a learned combination of
// structure and name evidence):
//   logit = u1 . (hA * hB) + u2 . (hA - hB)^2 + uName * cosine + uMass * mass + bias
// (elementwise products and squares). P(match) = sigmoid(logit).
struct PairScorer {
    static float logit(const Eigen::VectorXf &hA, const Eigen::VectorXf &hB, float cosine,
                       float mass, const Eigen::Ref<const Eigen::VectorXf> &u1,
                       const Eigen::Ref<const Eigen::VectorXf> &u2, float uName, float uMass,
                       float bias);

    // Adds dlogit * dlogit/d(...) to the given gradients.
    static void backward(const Eigen::VectorXf &hA, const Eigen::VectorXf &hB, float cosine,
                         float mass, const Eigen::Ref<const Eigen::VectorXf> &u1,
                         const Eigen::Ref<const Eigen::VectorXf> &u2, float uMass, float dlogit,
                         Eigen::VectorXf &dhA, Eigen::VectorXf &dhB,
                         Eigen::Ref<Eigen::VectorXf> du1, Eigen::Ref<Eigen::VectorXf> du2,
                         float &duName, float &duMass, float &dMass, float &dBias);
};

enum class AlignLoss {
    BinaryCrossEntropy, // -[y log sigmoid(l) + (1 - y) log(1 - sigmoid(l))]
    Margin,             // per negative: max(0, margin - l_pos + l_neg)
};

// Binary cross-entropy on a logit, numerically stable; `dlogit` = sigmoid(l) - y.
float bceLoss(float logit, bool positive, float &dlogit);
// Margin ranking on two logits; gradients with respect to both.
float marginLoss(float positive, float negative, float margin, float &dPositive, float &dNegative);

inline float sigmoid(float x) {
    return x >= 0 ? 1.0f / (1.0f + std::exp(-x)) : std::exp(x) / (1.0f + std::exp(x));
}

} // namespace eg
