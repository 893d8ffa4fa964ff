#pragma once

#include "embed/model.h"
#include "eval/l1_kernel.h"
#include "kg/triple.h"

#include <span>
#include <vector>

namespace eg {

// Which entity of a query triple is hidden and ranked.
enum class PredictSide { Head, Tail };

// The canonical scores the ranking is defined on. Tail prediction (h, r, ?) scores candidate c
// as scoreVectors(h, r, c) = Model::score(h, r, c). Head prediction (?, r, t) scores it as
// scoreVectors(c, r', t), where r' is relationsRhs[r] when spec.separateRhs and relations[r]
// otherwise; except TransEDot with separateRhs, which scores <c, t + r_rhs> as PyTorch-BigGraph
// does (computed as scoreVectors(t, r_rhs, c), the same sum).
//
// CandidateScorer scores every entity as the hidden one for a block of queries at once, fast:
//  - TransE L1: an abs-difference kernel over entity panels (eval/l1_kernel.h), float sums;
//  - TransE L2: ||q||^2 - 2 q.c + ||c||^2 with one Eigen GEMM per block, clamped at 0;
//  - TransEDot, DistMult, ComplEx: <q, c> with one Eigen GEMM per block, where q folds the
//    head (or tail) and the relation into one vector (ComplEx: the complex product).
// The fast values are "keys": ordered like the canonical scores, but only approximately equal
// to them (float sums in another order). For TransE L2 the key is minus the squared distance;
// for TransEDot head prediction without separateRhs it leaves out the constant <r, t>. band()
// bounds the difference rigorously, so a ranker can settle every comparison either by the keys
// or, inside the band, by recomputing canonical scores: ranks then equal those of the
// canonical scores exactly, ties included.
// Memory: one re-laid copy of the entity matrix (L1 panels, or column-major for the GEMM).
class CandidateScorer
{
public:
    // Keeps a reference to `model`, which must outlive the scorer. Validates the shapes.
    explicit CandidateScorer(const Model &model);

    const Model &model() const { return m_model; }
    qint32 candidateCount() const { return m_model.entityCount(); }

    // Queries folded into vectors, for one side.
    struct Block
    {
        PredictSide side = PredictSide::Tail;
        std::span<const Triple> queries;
        Matrix q;                  // queries x width
        std::vector<float> qNorm2; // TransE L2: ||q||^2 per query
        std::vector<float> offset; // score = key + offset (TransEDot head without rhs table)
    };
    Block prepare(PredictSide side, std::span<const Triple> queries) const;

    // out[k * stride + j] = key of candidate first + j for query k; j < count, stride >= count.
    void keys(const Block &block, qint32 first, qint32 count, float *out, qint64 stride) const;
    // The fast scores themselves (the keys turned back into scores), all candidates:
    // out[k * candidateCount() + c].
    void scores(const Block &block, float *out) const;

    // The canonical score (see above): what eg::scoreVectors returns.
    float canonicalScore(PredictSide side, const Triple &query, qint32 candidate) const;
    // The key of `candidate` from the embeddings in double precision (error ~1e-16 relative).
    double exactKey(PredictSide side, const Triple &query, qint32 candidate) const;
    // Half-width of the uncertain window around the answer's exact key (the answer being the
    // query's tail or head, per side): for every candidate c, key_c - exactKey(answer) > band
    // implies canonical_c > canonical_answer (strictly), and key_c - exactKey(answer) < -band
    // implies canonical_c < canonical_answer. Also |key_answer - exactKey(answer)| <= band.
    double band(PredictSide side, const Triple &query) const;

    // Preferred block shape (queries per block, candidates per chunk) for this model.
    int blockQueries() const;
    qint32 chunkCandidates() const;

private:
    const float *relationRow(PredictSide side, qint32 r) const;
    bool usesL1Kernel() const;

    const Model &m_model;
    detail::AlignedFloats m_panels; // TransE L1 only
    // The entity matrix column-major, for the GEMM types: Eigen computes a row-major block of
    // keys as (entity chunk) x (queries)^T, and packs a column-major chunk by plain copies.
    Eigen::MatrixXf m_entitiesByColumn;
    std::vector<float> m_entityNorm2; // TransE L2 only
    double m_maxL2 = 0.0;             // largest entity L2 norm
};

} // namespace eg
