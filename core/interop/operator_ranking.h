#pragma once

#include "eval/ranking.h"
#include "interop/operator_model.h"

#include <QString>

namespace eg {

// Link-prediction ranking for PBG-scored models (the generic path; models with an engine form
// are faster and exact through eval::evaluate after toEngineModel).
//
// Ranks are realistic ranks as in eval/ranking.h: 1 + #(greater) + #(other equal) / 2, both
// sides, filtered against `known` when options.base.filtered. Scores are float32 and computed
// in blocks of queries against all candidates with one matrix product per block (dot, cos,
// l2, squared_l2; l1 and complex_l1 by loops), the answer's score taken from the same product,
// so a candidate and the answer are always compared on equal footing. Scores equal the
// definitions of operator_model.h up to float rounding (the product sums in another order).
//
// sampledCandidates = k > 0 ranks each answer against k entities drawn once, uniformly without
// replacement (options.seed), instead of all of them: the "sampled" evaluation for graphs too
// large to rank exhaustively. Candidates that are the answer or filtered are skipped; the rank
// is 1 + #(greater) + #(equal)/2 among the rest of the sample, so it is NOT comparable with an
// exhaustive rank (it estimates rank / N * k). The result is labelled "sampled k".
// Memory: exhaustive ranking of a cos model copies the normalised entity table; dot and the
// distances read the table in place (it may be memory-mapped). Threads as eval::evaluate.
struct OperatorEvalOptions {
    EvalOptions base;
    qint32 sampledCandidates = 0;
    quint64 seed = 1;
};

struct OperatorEvalResult {
    EvalResult result;
    qint32 sampledCandidates = 0; // 0: exhaustive
    bool filtered = true;
    // "filtered" / "raw", or "sampled 1000 (filtered)".
    QString label() const;
};

OperatorEvalResult evaluateOperatorModel(const OperatorModel &model,
                                         std::span<const Triple> queries, const KnownTriples *known,
                                         const OperatorEvalOptions &options = {},
                                         const ProgressFn &progress = {});

} // namespace eg
