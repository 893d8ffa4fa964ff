#pragma once

#include <Eigen/Core>
#include <QtGlobal>
#include <vector>

namespace eg {

using ConstMatrixRef = Eigen::Ref<const Eigen::MatrixXf>;
using ConstVectorRef = Eigen::Ref<const Eigen::VectorXf>;
using MatrixRef = Eigen::Ref<Eigen::MatrixXf>;
using VectorRef = Eigen::Ref<Eigen::VectorXf>;

// The collective (top) layer of the CG-MuAlign encoder for one candidate pair (spec §2).
// Each side has a centre vector c = W_self h_i (H values) and its neighbours' transformed
// vectors z_p = W_dir h_p (rows of a P x H matrix), each neighbour with a row of the
// self-attention table (relation class * 2 + 1 for incoming edges).
//
//  cross-graph attention: D_pq = sqrt(|z_p - z_q|^2 + eps^2), E_pq = exp(-D_pq),
//      alpha_p = sum_q E_pq / sum_pq E_pq (rows of side A), alpha'_q = sum_p E_pq / sum_pq E_pq
//      (columns, side B). With a side without neighbours, or cross = false: uniform 1/P.
//  self-attention: s_p = a_r(p) . [c ; z_p] / sqrt(2H), beta = softmax_p(LeakyReLU(s_p));
//      self = false: uniform. a_r is column r of the attention table (2H values: centre part,
//      then neighbour). The 1 / sqrt(2H) of scaled dot-product attention keeps the scores of
//      order one: unscaled, they grew to a spread of ~10-20 and beta to one neighbour.
//  evidence: mass = log(P Q sum_pq beta_p beta'_q E_pq), a soft count of neighbour pairs that
//      match, each pair counted by the self-attention of both of its neighbours, so a match
//      through a relation that does not discriminate (a shared country, a gender) counts less.
//      With uniform beta (self = false) it is log sum_pq E_pq. 0 when cross is off or a side
//      has no neighbours; the scorer takes it as an input.
//  combined: gamma_p = alpha_p beta_p / sum_k alpha_k beta_k (so sum_p gamma_p = 1),
//      pooled = sum_p gamma_p z_p (zero without neighbours), h = tanh([c ; pooled] + b).
// eps (1e-3 by default) keeps the distance differentiable when z_p = z_q.
struct AttentionSwitches {
    bool cross = true;
    bool self = true;
    float slope = 0.2f; // LeakyReLU slope for negative inputs
    float epsilon = 1e-3f;
};

struct CollectiveSide {
    Eigen::VectorXf centre;        // H
    Eigen::MatrixXf neighbours;    // P x H
    std::vector<qint32> attention; // P columns of the attention table
};

// Forward results of one side, kept for the backward pass and for explanations.
struct CollectiveState {
    Eigen::VectorXf alpha, beta, gamma, score; // P each (score: before LeakyReLU)
    Eigen::VectorXf pooled;                    // H
    Eigen::VectorXf h;                         // 2H
};

struct CrossCache {
    Eigen::MatrixXf distance, weight; // P x Q: D and E (E shifted by min D, which cancels)
    double total = 0;                 // sum of the shifted E
    float mass = 0;                   // the evidence mass (0 without cross attention)
    float shift = 0;                  // min D
    double weighted = 0;              // sum_pq beta_p beta'_q (shifted E)_pq; 0 when not used
};

struct CollectiveGrad {
    Eigen::VectorXf centre;     // dL/dc
    Eigen::MatrixXf neighbours; // dL/dz, P x H
};

class CollectiveLayer {
public:
    // `attention`: 2H x columns; `bias`: 2H.
    static void forward(const CollectiveSide &a, const CollectiveSide &b,
                        const ConstMatrixRef &attention, const ConstVectorRef &bias,
                        const AttentionSwitches &switches, CollectiveState &stateA,
                        CollectiveState &stateB, CrossCache &cache);

    // Given dL/dh of both sides, the gradients of both inputs; adds dL/d(attention columns) to
    // dAttention and dL/dbias to dBias.
    static void backward(const CollectiveSide &a, const CollectiveSide &b,
                         const ConstMatrixRef &attention, const AttentionSwitches &switches,
                         const CollectiveState &stateA, const CollectiveState &stateB,
                         const CrossCache &cache, const Eigen::VectorXf &dhA,
                         const Eigen::VectorXf &dhB, float dMass, CollectiveGrad &gradA,
                         CollectiveGrad &gradB, MatrixRef dAttention, VectorRef dBias);

    // Cross-graph attention alone (exposed for tests).
    static void crossAttention(const Eigen::MatrixXf &za, const Eigen::MatrixXf &zb, float epsilon,
                               Eigen::VectorXf &alphaA, Eigen::VectorXf &alphaB, CrossCache &cache);
    // Self-attention alone: score (before LeakyReLU) and beta.
    static void selfAttention(const CollectiveSide &side, const ConstMatrixRef &attention,
                              float slope, Eigen::VectorXf &score, Eigen::VectorXf &beta);
};

} // namespace eg
