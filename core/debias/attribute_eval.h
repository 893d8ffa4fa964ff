#pragma once

#include "debias/whitelist.h"
#include "embed/model.h"
#include "eval/ranking.h"
#include "jobs/progress.h"
#include "kg/known_triples.h"

#include <span>

namespace eg {

// Link prediction of a "KL + Attr" model under its own scoring rule (Fisher et al., EMNLP 2020,
// §4.2; kg-bias.md §4): a whitelisted triple is scored with each human end's vector plus the
// human's attribute vectors, every other triple with the plain vectors:
//
//   score(h, r, t) = g(e_h + w A_h, r, e_t + w A_t),   w = 1 if the whitelist allows (h, r, t)
//
// where A_e is the sum of entity e's attribute rows (0 for an entity without attributes). The
// rule is applied to every candidate triple of a ranking, so it never looks at the answer:
// ranking (h, r, ?) scores a whitelisted candidate c (say an award category for women) with
// e_h + A_h and a candidate that is not whitelisted with e_h.
//
// The bias measures read the plain vectors (the debiased embedding); this is only for link
// prediction, where the plain vectors rank the whitelisted triples without the attribute
// vectors they were trained with. The trainer applies the same rule to its negatives
// (SoftmaxHooks::composites); on FB15k this rule gives Basic's MRR back (docs/debiasing.md).
struct AttributeScoring {
    Matrix sums;                 // entityCount x width: A_e (rows of zeros for most entities)
    ResolvedWhitelist whitelist; // resolved against the same graph

    bool empty() const { return sums.size() == 0; }
};

// Filtered ranking as eg::evaluate (realistic ranks, canonical scores, both sides), under the
// rule above. Query sides whose every candidate is whitelisted (the relation or the anchor is)
// are ranked with the composite table e + A by eg::evaluate; sides where no candidate changes
// are ranked by eg::evaluate on the plain model; the remaining sides (a human anchor, some
// candidates whitelisted) are corrected candidate by candidate with eg::scoreVectors. With all
// A_e = 0 the result equals eg::evaluate's. options.keepRanks is honoured, perRelation is not.
// Throws eg::Error when the shapes disagree, as eg::evaluate does.
EvalResult evaluateWithAttributes(const Model &model, const AttributeScoring &scoring,
                                  std::span<const Triple> queries, const KnownTriples &known,
                                  const EvalOptions &options = {}, const ProgressFn &progress = {});

} // namespace eg
