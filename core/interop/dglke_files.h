#pragma once

#include "embed/model.h"
#include "interop/operator_model.h"
#include "kg/vocabulary.h"

#include <QString>
#include <optional>

namespace eg {

// DGL-KE's saved models (dglke_train --save_path): <dataset>_<model>_entity.npy,
// <dataset>_<model>_relation.npy, config.json ("model", "gamma", "emb_size", "dataset", ...),
// and the name maps entities.tsv / relations.tsv (`id<TAB>name`) of the data folder.
enum class DglKeModel { TransE_l1, TransE_l2, DistMult, ComplEx, RotatE };
QString dglkeModelName(DglKeModel model); // "TransE_l1", ... as DGL-KE spells them
std::optional<DglKeModel> parseDglKeModel(const QString &name);

struct DglKeImportOptions {
    std::optional<DglKeModel> model; // default: config.json "model", else the one *_entity.npy
    std::optional<double> gamma;     // default: config.json "gamma", else 12 (DGL-KE's default)
    QString dataset;                 // file prefix; default: config.json "dataset", else found
    QString entityNames;             // default: <folder>/entities.tsv
    QString relationNames;           // default: <folder>/relations.tsv
};

// The model as DGL-KE scores it (python/dglke/models/pytorch/score_fun.py), both sides:
//   TransE_l1 / _l2   gamma - ||h + r - t||_1 / _2
//   DistMult          sum h r t
//   ComplEx           Re <h, r, conj t>, vectors [re | im]
//   RotatE            gamma - sum_k |h_k rho_k - t_k|, rho_k = exp(i theta_k pi / emb_init),
//                     emb_init = (gamma + 2) / d, d = relation width (entities are 2d wide)
// as a PBG-scored model: dynamic relations, tail prediction lhs operator r, head prediction
// rhs operator (-r for TransE, r for DistMult, conj(r) for ComplEx and RotatE; for RotatE
// |c rho - t| = |c - t conj(rho)| since |rho| = 1, equal up to float rounding), offset gamma.
// TransE, DistMult and ComplEx convert exactly to engine models (operator_convert.h); RotatE
// uses the generic paths. meta records the files, the model name and gamma.
KeyedOperatorModel readDglKe(const QString &folder, const DglKeImportOptions &options = {});

// Writes an engine model the way DGL-KE saves one: <dataset>_<model>_entity.npy,
// _relation.npy ('<f4'), entities.tsv, relations.tsv and config.json with model, gamma,
// emb_size, dataset. TransE (p = 1, 2), DistMult and ComplEx only, without separateRhs (DGL-KE
// has one relation table); gamma is written for TransE (it does not change ranks or bias
// measures). Throws eg::Error for other models or write failures.
void writeDglKe(const QString &folder, const QString &dataset, const Model &model,
                const Vocabulary &entities, const Vocabulary &relations, double gamma = 12.0);

} // namespace eg
