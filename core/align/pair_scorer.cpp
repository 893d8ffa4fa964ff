#include "align/pair_scorer.h"

#include <cmath>

namespace eg {

float PairScorer::logit(const Eigen::VectorXf &hA, const Eigen::VectorXf &hB, float cosine,
                        float mass, const Eigen::Ref<const Eigen::VectorXf> &u1,
                        const Eigen::Ref<const Eigen::VectorXf> &u2, float uName, float uMass,
                        float bias) {
    return u1.dot(hA.cwiseProduct(hB)) + u2.dot((hA - hB).cwiseAbs2()) + uName * cosine +
           uMass * mass + bias;
}

void PairScorer::backward(const Eigen::VectorXf &hA, const Eigen::VectorXf &hB, float cosine,
                          float mass, const Eigen::Ref<const Eigen::VectorXf> &u1,
                          const Eigen::Ref<const Eigen::VectorXf> &u2, float uMass, float dlogit,
                          Eigen::VectorXf &dhA, Eigen::VectorXf &dhB,
                          Eigen::Ref<Eigen::VectorXf> du1, Eigen::Ref<Eigen::VectorXf> du2,
                          float &duName, float &duMass, float &dMass, float &dBias) {
    const Eigen::VectorXf diff = hA - hB;
    dhA += dlogit * (u1.cwiseProduct(hB) + 2.0f * u2.cwiseProduct(diff));
    dhB += dlogit * (u1.cwiseProduct(hA) - 2.0f * u2.cwiseProduct(diff));
    du1 += dlogit * hA.cwiseProduct(hB);
    du2 += dlogit * diff.cwiseAbs2();
    duName += dlogit * cosine;
    duMass += dlogit * mass;
    dMass += dlogit * uMass;
    dBias += dlogit;
}

float bceLoss(float logit, bool positive, float &dlogit) {
    // softplus(-l) for positives, softplus(l) for negatives.
    const float x = positive ? -logit : logit;
    const float loss = x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x));
    dlogit = sigmoid(logit) - (positive ? 1.0f : 0.0f);
    return loss;
}

float marginLoss(float positive, float negative, float margin, float &dPositive, float &dNegative) {
    const float loss = margin - positive + negative;
    if (loss <= 0) {
        dPositive = dNegative = 0;
        return 0;
    }
    dPositive = -1;
    dNegative = 1;
    return loss;
}

} // namespace eg
