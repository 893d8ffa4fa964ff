#pragma once

#include "embed/model.h"
#include "embed/train_softmax.h"
#include "kg/graph.h"

#include <span>
#include <vector>

namespace eg {

// The KL debiasing term of Fisher et al. (EMNLP 2020, §4.1; kg-bias.md §4), as a batch hook of
// the softmax trainer (SoftmaxHooks::batchLoss).
//
// For each sensitive relation j with values v_1..v_M (its M most frequent tails in train) and
// target distribution G_j (uniform 1/M unless given), and each human p (an entity with a
// triple of any sensitive relation in train) that occurs as head or tail of a batch triple:
//   S_{p,j,m} = g(e_p, r_j, e_{v_m})                (tail-prediction score, Model::relations)
//   q_{p,j}   = softmax_m S_{p,j,m}
//   KL_{p,j}  = sum_m G_m log(G_m / q_m)
//   L_KL      = sum_j w_j sum_{p in batch} KL_{p,j}            (reduction Sum, the default)
//            or sum_j w_j (1/P) sum_{p in batch} KL_{p,j}       (reduction Mean, Fisher's 1/P)
// Sum matches the trainer, whose link-prediction loss is summed over the batch's positives: a
// human's KL then weighs like one positive whatever the batch size. Only the humans' rows get
// a gradient (d KL / d S_m = q_m - G_m, times dg/dh): relation and value rows stay frozen
// during the KL step, as the paper says.
struct KlRelation {
    qint32 relation = -1;
    float weight = 1.0f;
    qint32 topValues = 30;      // M (2 for gender)
    std::vector<double> target; // G over the top values in frequency order; empty = uniform
};

enum class KlReduction { Sum, Mean };

class KlTerm {
public:
    // Resolves the top values of each relation from graph.train and the humans (heads of any
    // of the relations in train). Throws eg::Error when a relation is out of range or has fewer
    // than two values, a weight is negative or not finite, or a target has the wrong length,
    // a negative entry or does not sum to 1 (within 1e-6).
    KlTerm(const Graph &graph, std::vector<KlRelation> relations,
           KlReduction reduction = KlReduction::Sum);

    // The batch hook: adds d L_KL / d e_p to gradients.entity(p) for the humans of the batch
    // and returns L_KL. Thread-safe (no shared mutable state).
    double batchLoss(std::span<const Triple> batch, const Model &model,
                     SoftmaxGradients &gradients) const;

    // L_KL and its gradient for an explicit list of distinct humans (tests, analysis).
    // `gradient`, when given, is resized to humans.size() x width and receives d L / d e_p.
    double loss(std::span<const qint32> humans, const Model &model,
                Matrix *gradient = nullptr) const;

    // Mean KL_{p,j} over all humans, per relation (how far the model is from the target).
    std::vector<double> meanKl(const Model &model) const;

    const std::vector<KlRelation> &relations() const { return m_relations; }
    const std::vector<std::vector<qint32>> &values() const { return m_values; }
    const std::vector<qint32> &humans() const { return m_humans; }
    bool isHuman(qint32 entity) const {
        return entity >= 0 && size_t(entity) < m_isHuman.size() && m_isHuman[size_t(entity)];
    }

    // batchLoss wrapped as SoftmaxHooks::batchLoss (the term must outlive the training).
    decltype(SoftmaxHooks::batchLoss) hook() const;

private:
    // KL of one human summed over relations with weights; adds scale * gradient to grad.
    double humanLoss(const Model &model, qint32 human, float scale, float *grad,
                     std::vector<double> &scores) const;

    // Sum over humans of the weighted KL (unscaled); gradient rows = scale * d/de_p.
    double blockLoss(const Model &model, std::span<const qint32> humans, float scale,
                     Matrix *gradient) const;

    std::vector<KlRelation> m_relations;
    std::vector<std::vector<qint32>> m_values; // per relation, the top values
    std::vector<std::vector<double>> m_target; // per relation, G
    std::vector<qint32> m_humans;
    std::vector<char> m_isHuman;
    KlReduction m_reduction;
};

} // namespace eg
