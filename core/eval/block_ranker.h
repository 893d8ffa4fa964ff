#pragma once

#include "eval/candidate_scorer.h"
#include "kg/known_triples.h"

#include <span>

namespace eg::detail {

// Realistic ranks of the hidden entity (tail or head, per `side`) of every query, against all
// entities: 1 + #(canonical score greater) + #(other canonical scores equal) / 2, skipping
// every candidate c other than the answer with (h, r, c) (resp. (c, r, t)) in `known` when
// known is not null. Candidates are scored in chunks with CandidateScorer::keys; comparisons
// the keys cannot settle (inside CandidateScorer::band of the answer) are settled with
// canonical scores, so the ranks are exactly those of the canonical scores.
// `buffer` is scratch space, reused between calls. ranks[k] is written for each query k.
void rankBlock(const CandidateScorer &scorer, PredictSide side, std::span<const Triple> queries,
               const KnownTriples *known, double *ranks, AlignedFloats &buffer);

} // namespace eg::detail
