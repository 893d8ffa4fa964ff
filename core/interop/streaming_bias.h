#pragma once

#include "bias/profession_bias.h"
#include "interop/mapped_embeddings.h"
#include "interop/vector_scorer.h"

namespace eg {

// Per-profession bias B_p (bias/profession_bias.h, Fisher et al.) streamed over the humans in
// chunks, with bounded memory, for any VectorScorer and entity rows from any RowSource (in
// memory, memory-mapped, HDF5 hyperslabs):
//   d_j = alpha * (dg(e_j, r_s, e_a)/de_j - mean_{b in B} dg(e_j, r_s, e_b)/de_j)
//   B_p = mean_j g(e_j + d_j, r_p, e_p) - g(e_j, r_p, e_p)
// Affine scorers (dot forms): B_p = <mean_j d_j, dg/dh(., r_p, e_p)>, one pass accumulating
// mean_j d_j. Others: every (human, profession) pair, O(J x P x width).
// Memory: chunk x width floats for the rows and as many doubles for the steps, plus
// threads x P doubles; never a J x width matrix. Sums are formed per block of 256 humans and
// added in block order, so the result does not depend on the thread count.
struct StreamingBiasOptions {
    float alpha = 0.01f;
    qint64 chunk = 1 << 16; // humans whose rows are fetched at once
    int threads = 0;        // 0 = QThread::idealThreadCount()
};

// humans ascending (they are fetched in order); professions any order (B_p in that order).
// Progress: humans twice (steps, then scores; the affine form reports the second pass at once),
// from progressBase. Throws eg::Error for ids outside the rows or relations.
std::vector<double> streamingProfessionBias(const VectorScorer &scorer, const RowSource &rows,
                                            std::span<const qint32> humans, qint32 sensitive,
                                            qint32 valueA, std::span<const qint32> valuesB,
                                            qint32 target, std::span<const qint32> professions,
                                            const StreamingBiasOptions &options, Progress &report,
                                            qint64 progressBase = 0);

// professionBias for a PBG-scored model (the model must have the graph's ids: one row per
// entity and relation, e.g. after keys were matched), computed by streamingProfessionBias with
// options.form choosing the score side. Same result structure as professionBias.
ProfessionBiasResult professionBiasOperator(const OperatorModel &model, const Graph &graph,
                                            const ProfessionBiasOptions &options,
                                            const ProgressFn &progress = {});

} // namespace eg
