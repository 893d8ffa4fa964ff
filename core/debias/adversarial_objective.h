#pragma once

#include "debias/mlp_filter.h"

#include <span>
#include <vector>

// The arithmetic of Bose & Hamilton's adversarial filters (debias/adversarial.h), separate from
// the training loop so that tests can check every gradient in double precision. Instantiated for
// float and double in adversarial_objective.cpp.
namespace eg::adversarial {

template <typename S>
using Mat = typename TwoLayerMlp<S>::Mat;
template <typename S>
using Vec = typename TwoLayerMlp<S>::Vec;
template <typename S>
using Caches = std::vector<typename TwoLayerMlp<S>::Cache>;

// The compositional encoder on a batch of rows: out = (1/|F|) sum_{f in filters} f(x).
// `caches` receives one cache per filter for composeBackward.
template <typename S>
void composeForward(std::span<const TwoLayerMlp<S> *const> filters, const Mat<S> &x,
                    Mat<S> &out, Caches<S> &caches);

// Given d loss / d out, adds d loss / d (filter k's parameters) to *gradients[k] and
// d loss / d x to dx (sized like x, not cleared).
template <typename S>
void composeBackward(std::span<const TwoLayerMlp<S> *const> filters, const Mat<S> &x,
                     const Caches<S> &caches, const Mat<S> &dOut,
                     std::span<Vec<S> *const> gradients, Mat<S> &dx);

// What a discriminator saw in one call.
struct DiscriminatorCount
{
    qint64 rows = 0;
    qint64 correct = 0; // arg-max logit == label
};

// Mean softmax cross-entropy of discriminator d on the rows `rows` of f (repeats allowed) with
// the class labels `labels` (same length, in 0..d.outputs()-1):
//     L = -(1/m) sum_i log softmax(d(f[rows[i]]))[labels[i]].
// Returns L (0 when rows is empty). Adds scale * dL/d(d's parameters) to *dParams and
// scale * dL/df to the rows of *dF, each when given. Counts into *count when given.
template <typename S>
S discriminatorLoss(const TwoLayerMlp<S> &d, const Mat<S> &f, std::span<const qint32> rows,
                    std::span<const qint32> labels, S scale, Vec<S> *dParams, Mat<S> *dF,
                    DiscriminatorCount *count = nullptr);

} // namespace eg::adversarial
