#pragma once

#include "embed/model.h"
#include "embed/softmax_grad.h"
#include "embed/train_softmax.h"
#include "kg/triple.h"

#include <Eigen/Core>

#include <span>
#include <vector>

// The arithmetic of the softmax trainer: the loss of one chunk of positives and its gradient.
// Templated on the scalar so that tests can check it in double precision; the trainer uses
// float. Both are instantiated in softmax_chunk.cpp.
namespace eg::softmax {

template <typename S>
using Rows = Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// The parameters a chunk reads (shapes as in eg::Model).
template <typename S>
struct Tables
{
    const Rows<S> *entities = nullptr;
    const Rows<S> *relations = nullptr;
    const Rows<S> *relationsRhs = nullptr; // when spec.separateRhs
};

struct ChunkSettings
{
    ModelSpec spec;               // TransEDot, DistMult or ComplEx
    bool batchNegatives = true;   // the chunk's other true entities are negatives too
    SoftmaxRegularizer regularizer = SoftmaxRegularizer::N3;
    double regularization = 0.0; // weight; 0 = none
    SoftmaxExtraRowsFn extraRows; // optional: rows added to a positive's head / tail vector
    const SoftmaxComposites *composites = nullptr; // optional: the whitelist rule (not owned)
};

// Scratch matrices, kept between chunks to avoid allocations.
template <typename S>
struct ChunkWorkspace
{
    Rows<S> queries, candidates, scores, dQueries, dCandidates;
    std::vector<qint32> ids;
    std::vector<std::vector<qint32>> headExtras, tailExtras; // per positive (extraRows)
    std::vector<S> vector, gradient;                          // one composite row
    // Whitelisted composites (SoftmaxComposites): composite anchors and queries of every
    // positive, composite candidates, the score blocks that use them and their gradients.
    Rows<S> anchors1, queries1, candidatesB, queriesA, blockB, deltas, deltaScores, dQueries1,
        dCandidatesB, dDeltas;
    std::vector<int> compositeRows, compositeColumns, deltaColumns, deltaStart, localRow;
    std::vector<std::pair<int, int>> deltaTerms; // (local row, +1 or -1)
    std::vector<qint32> usedRows;
    std::vector<char> rowIsComposite;
    std::vector<S> relationTerm; // TransEDot head side without separateRhs: <r, A_anchor>
};

// Loss of one chunk: for each positive (h, r, t), the tail side scores the query op(h, r)
// against [the chunk's true tails | tailNegatives] and the head side scores the query made of
// (t, r or r_rhs) against [the chunk's true heads | headNegatives]; each side adds
// -s_pos + log(exp(s_pos) + sum exp(s_neg)) over the candidates that differ from the positive's
// own entity (the chunk's other true entities only when settings.batchNegatives). Adds the
// regulariser of every positive's rows. With settings.extraRows, a positive's head and tail
// vectors are sums of rows (see SoftmaxHooks::extraRows). Adds d loss / d row to `gradients`
// and returns the loss.
template <typename S>
double chunkLoss(const ChunkSettings &settings, const Tables<S> &tables,
                 std::span<const Triple> chunk, std::span<const qint32> tailNegatives,
                 std::span<const qint32> headNegatives, ChunkWorkspace<S> &workspace,
                 BatchGradients<S> &gradients);

extern template double chunkLoss<float>(const ChunkSettings &, const Tables<float> &,
                                        std::span<const Triple>, std::span<const qint32>,
                                        std::span<const qint32>, ChunkWorkspace<float> &,
                                        BatchGradients<float> &);
extern template double chunkLoss<double>(const ChunkSettings &, const Tables<double> &,
                                         std::span<const Triple>, std::span<const qint32>,
                                         std::span<const qint32>, ChunkWorkspace<double> &,
                                         BatchGradients<double> &);

} // namespace eg::softmax
