#include "align/collective_layer.h"

#include <cmath>

namespace eg {

using Eigen::MatrixXf;
using Eigen::VectorXf;

void CollectiveLayer::crossAttention(const MatrixXf &za, const MatrixXf &zb, float epsilon,
                                     VectorXf &alphaA, VectorXf &alphaB, CrossCache &cache) {
    const qsizetype p = za.rows(), q = zb.rows();
    cache.distance.resize(p, q);
    cache.weight.resize(p, q);
    if (p == 0 || q == 0) {
        alphaA = VectorXf::Constant(p, p ? 1.0f / float(p) : 0.0f);
        alphaB = VectorXf::Constant(q, q ? 1.0f / float(q) : 0.0f);
        cache.total = 0;
        cache.mass = 0;
        return;
    }
    const float eps2 = epsilon * epsilon;
    for (qsizetype j = 0; j < q; ++j)
        for (qsizetype i = 0; i < p; ++i)
            cache.distance(i, j) = std::sqrt((za.row(i) - zb.row(j)).squaredNorm() + eps2);
    const float shift = cache.distance.minCoeff();
    cache.weight = (-(cache.distance.array() - shift)).exp().matrix();
    cache.total = double(cache.weight.sum());
    cache.mass = float(std::log(cache.total)) - shift;
    cache.shift = shift;
    alphaA = cache.weight.rowwise().sum() / float(cache.total);
    alphaB = cache.weight.colwise().sum().transpose() / float(cache.total);
}

void CollectiveLayer::selfAttention(const CollectiveSide &side, const ConstMatrixRef &attention,
                                    float slope, VectorXf &score, VectorXf &beta) {
    const qsizetype p = side.neighbours.rows(), h = side.centre.size();
    score.resize(p);
    beta.resize(p);
    if (p == 0)
        return;
    // Scaled dot product: [c ; z_p] has 2H entries of order one or more, so an unscaled score
    // saturates the softmax long before the attention vectors have learned anything.
    const float scale = 1.0f / std::sqrt(float(2 * h));
    for (qsizetype i = 0; i < p; ++i) {
        const auto a = attention.col(side.attention[size_t(i)]);
        score(i) = scale *
                   (a.head(h).dot(side.centre) + a.tail(h).dot(side.neighbours.row(i).transpose()));
    }
    for (qsizetype i = 0; i < p; ++i)
        beta(i) = score(i) > 0 ? score(i) : slope * score(i);
    const float top = beta.maxCoeff();
    beta = (beta.array() - top).exp().matrix();
    beta /= beta.sum();
}

namespace {

void combine(const CollectiveSide &side, const ConstVectorRef &bias, CollectiveState &st) {
    const qsizetype p = side.neighbours.rows(), h = side.centre.size();
    st.pooled = VectorXf::Zero(h);
    if (p > 0) {
        st.gamma = st.alpha.cwiseProduct(st.beta);
        const float sum = st.gamma.sum();
        st.gamma = sum > 0 ? VectorXf(st.gamma / sum) : VectorXf::Constant(p, 1.0f / float(p));
        st.pooled = side.neighbours.transpose() * st.gamma;
    } else {
        st.gamma.resize(0);
    }
    st.h.resize(2 * h);
    st.h.head(h) = side.centre;
    st.h.tail(h) = st.pooled;
    st.h = (st.h + bias).array().tanh().matrix();
}

// Backward of combine() and self-attention for one side; returns dL/dalpha. `dBetaExtra`:
// dL/dbeta from the weighted evidence mass, or empty.
VectorXf backSide(const CollectiveSide &side, const ConstMatrixRef &attention,
                  const AttentionSwitches &sw, const CollectiveState &st, const VectorXf &dh,
                  CollectiveGrad &grad, MatrixRef dAttention, VectorRef dBias,
                  const VectorXf &dBetaExtra) {
    const qsizetype p = side.neighbours.rows(), h = side.centre.size();
    const VectorXf dpre = dh.cwiseProduct((1.0f - st.h.array().square()).matrix());
    dBias += dpre;
    grad.centre = dpre.head(h);
    grad.neighbours = MatrixXf::Zero(p, h);
    VectorXf dAlpha = VectorXf::Zero(p);
    if (p == 0)
        return dAlpha;
    const VectorXf dPooled = dpre.tail(h);
    // pooled = sum gamma_p z_p
    const VectorXf dGamma = side.neighbours * dPooled;
    grad.neighbours = st.gamma * dPooled.transpose();
    // gamma = m / sum m, m = alpha * beta
    const float msum = st.alpha.cwiseProduct(st.beta).sum();
    VectorXf dBeta = dBetaExtra.size() == p ? dBetaExtra : VectorXf(VectorXf::Zero(p));
    if (msum > 0) {
        const VectorXf dm = (dGamma.array() - st.gamma.dot(dGamma)).matrix() / msum;
        dAlpha = dm.cwiseProduct(st.beta);
        dBeta += dm.cwiseProduct(st.alpha);
    }
    if (!sw.self)
        return dAlpha;
    const VectorXf de = st.beta.cwiseProduct((dBeta.array() - st.beta.dot(dBeta)).matrix());
    const float scale = 1.0f / std::sqrt(float(2 * h));
    for (qsizetype i = 0; i < p; ++i) {
        const float ds = scale * de(i) * (st.score(i) > 0 ? 1.0f : sw.slope);
        const qint32 col = side.attention[size_t(i)];
        const auto a = attention.col(col);
        dAttention.col(col).head(h) += ds * side.centre;
        dAttention.col(col).tail(h) += ds * side.neighbours.row(i).transpose();
        grad.centre += ds * a.head(h);
        grad.neighbours.row(i) += ds * a.tail(h).transpose();
    }
    return dAlpha;
}

} // namespace

void CollectiveLayer::forward(const CollectiveSide &a, const CollectiveSide &b,
                              const ConstMatrixRef &attention, const ConstVectorRef &bias,
                              const AttentionSwitches &sw, CollectiveState &sa, CollectiveState &sb,
                              CrossCache &cache) {
    const qsizetype p = a.neighbours.rows(), q = b.neighbours.rows();
    cache.weighted = 0;
    if (sw.cross) {
        crossAttention(a.neighbours, b.neighbours, sw.epsilon, sa.alpha, sb.alpha, cache);
    } else {
        sa.alpha = VectorXf::Constant(p, p ? 1.0f / float(p) : 0.0f);
        sb.alpha = VectorXf::Constant(q, q ? 1.0f / float(q) : 0.0f);
        cache.total = 0;
        cache.mass = 0;
    }
    for (auto [side, st] : {std::pair{&a, &sa}, std::pair{&b, &sb}}) {
        const qsizetype n = side->neighbours.rows();
        if (sw.self) {
            selfAttention(*side, attention, sw.slope, st->score, st->beta);
        } else {
            st->score = VectorXf::Zero(n);
            st->beta = VectorXf::Constant(n, n ? 1.0f / float(n) : 0.0f);
        }
        combine(*side, bias, *st);
    }
    // Evidence weighted by self-attention: pairs of neighbours reached through discriminating
    // relations count more. P Q makes it log sum E again when beta is uniform.
    if (sw.cross && sw.self && p > 0 && q > 0 && cache.total > 0) {
        cache.weighted = double(sa.beta.dot(cache.weight * sb.beta));
        cache.mass =
            float(std::log(cache.weighted) + std::log(double(p) * double(q))) - cache.shift;
    }
}

void CollectiveLayer::backward(const CollectiveSide &a, const CollectiveSide &b,
                               const ConstMatrixRef &attention, const AttentionSwitches &sw,
                               const CollectiveState &sa, const CollectiveState &sb,
                               const CrossCache &cache, const VectorXf &dhA, const VectorXf &dhB,
                               float dMass, CollectiveGrad &ga, CollectiveGrad &gb,
                               MatrixRef dAttention, VectorRef dBias) {
    const qsizetype p = a.neighbours.rows(), q = b.neighbours.rows();
    const bool weighted = cache.weighted > 0;
    const float t = float(cache.weighted);
    VectorXf dBetaA, dBetaB;
    if (weighted) { // mass = log(P Q) + log T - shift, T = beta^T W beta' (W: shifted E)
        dBetaA = dMass * (cache.weight * sb.beta) / t;
        dBetaB = dMass * (cache.weight.transpose() * sa.beta) / t;
    }
    const VectorXf dAlphaA = backSide(a, attention, sw, sa, dhA, ga, dAttention, dBias, dBetaA);
    const VectorXf dAlphaB = backSide(b, attention, sw, sb, dhB, gb, dAttention, dBias, dBetaB);
    if (!sw.cross || p == 0 || q == 0 || !(cache.total > 0))
        return;
    // alpha_p = R_p / S, alpha'_q = C_q / S, R = row sums, C = column sums, S = total.
    const float s = float(cache.total);
    const VectorXf rows = cache.weight.rowwise().sum();
    const VectorXf cols = cache.weight.colwise().sum().transpose();
    // Unweighted mass = log S (unshifted), so dmass/dE_pq = 1 / S for every pair; weighted:
    // beta_p beta'_q / T.
    const float dS =
        -(dAlphaA.dot(rows) + dAlphaB.dot(cols)) / (s * s) + (weighted ? 0.0f : dMass / s);
    for (qsizetype j = 0; j < q; ++j)
        for (qsizetype i = 0; i < p; ++i) {
            const float dE = dAlphaA(i) / s + dAlphaB(j) / s + dS +
                             (weighted ? dMass * sa.beta(i) * sb.beta(j) / t : 0.0f);
            const float dD = -cache.weight(i, j) * dE;
            const float scale = dD / cache.distance(i, j);
            const auto diff = (a.neighbours.row(i) - b.neighbours.row(j)) * scale;
            ga.neighbours.row(i) += diff;
            gb.neighbours.row(j) -= diff;
        }
}

} // namespace eg
