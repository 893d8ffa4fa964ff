#pragma once

#include "embed/model.h"
#include "interop/operator_model.h"

#include <QString>
#include <optional>

namespace eg {

// Between PBG-scored models and the engine's eg::Model. The conversions are exact in the
// matrices (copies, negations, complex conjugates) and give the same score function, so the
// fast engine paths (eval::evaluate, bias::professionBias) apply:
//   dynamic translation + dot          -> TransEDot, separateRhs (lhs, rhs tables)
//   dynamic translation + l2 / l1      -> TransE p = 2 / 1; head table = -rhs (separate
//                                          unless rhs = -lhs exactly)
//   diagonal + dot                     -> DistMult (head table = rhs)
//   complex_diagonal + dot             -> ComplEx (head table = conj(rhs))
//   none + dot                         -> DistMult with all-ones relations
//   standard (non-dynamic) relations: the same with the rhs operator on both sides, except
//   translation + dot (<h, t + r> for tail prediction is no engine type).
// Anything else (linear, affine, cos, squared_l2, complex_l1, bias, mixed operators) has no
// engine form: use operator_ranking.h and streaming_bias.h. An offset (DGL-KE gamma) is only
// dropped when allowOffset: it shifts every score alike, so ranks and the bias measures (score
// differences) do not change.
struct EngineConversion {
    std::optional<Model> model;
    QString reason; // why not, when model is empty
};
// `hint`: the engine spec the model was exported from (PBG checkpoints we write record it);
// with hint->separateRhs false, a TransEDot head table of zeros is dropped again.
EngineConversion toEngineModel(const OperatorModel &model, bool allowOffset = true,
                               const ModelSpec *hint = nullptr);

// An engine model as a dynamic-relations PBG model, scoring alike on both sides, except
// TransEDot without separateRhs: PBG cannot score head prediction as <h + r, t>; the export
// uses a zero rhs translation, <h, t>, which ranks heads identically (the two differ by <r, t>,
// constant per query). TransE L1 becomes comparator l1 (DGL-KE's, not PBG's).
OperatorModel fromEngineModel(const Model &model);

} // namespace eg
