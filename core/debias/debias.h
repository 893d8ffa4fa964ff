#pragma once

#include "debias/adversarial.h"
#include "debias/attribute_eval.h"
#include "debias/kl_term.h"
#include "debias/whitelist.h"
#include "embed/model.h"
#include "embed/train.h"
#include "jobs/progress.h"
#include "kg/graph.h"

#include <QString>
#include <optional>
#include <vector>

// One entry point for the debiased trainers of the bias workbench (issue 3; kg-bias.md §4-5,
// docs/debiasing.md), for the CLI (`equigraph-cli compare`) and the GUI:
//
//   DebiasConfig config;
//   config.method = DebiasMethod::KlAttr;
//   config.train = findTrainPreset("fisher-pbg")->config;       // softmax, TransEDot ...
//   config.sensitive = {{gender, 1.0f, 2}, {religion, 100.0f, 30}};
//   config.whitelist = readWhitelist("docs/fb15k-whitelist.txt");
//   config.targetRelation = profession;                          // checks `profession` entries
//   DebiasResult result = trainDebiased(graph, config, progress, onEpoch);
//   result.model                      // graph-sized: evaluate and measure bias on it
//
// trainDebiased runs on the calling thread (wrap it in eg::runAsync for a QFuture).
namespace eg {

enum class DebiasMethod {
    Basic,      // the plain softmax trainer (the baseline)
    Kl,         // + the KL term on the sensitive relations (Fisher et al. §4.1)
    KlAttr,     // + attribute embeddings with the whitelist (Fisher et al. §4.2)
    Adversarial // Bose & Hamilton's filters (eg::trainAdversarial), one per sensitive relation
};

QString debiasMethodName(DebiasMethod method); // "basic", "kl", "kl-attr", "adversarial"
std::optional<DebiasMethod> parseDebiasMethod(const QString &name);
QString debiasMethodTitle(DebiasMethod method); // "Basic", "KL", "KL + Attr", "Bose & Hamilton"

struct DebiasConfig {
    DebiasMethod method = DebiasMethod::KlAttr;
    // Link-prediction settings; must be the softmax trainer's (LossType::Softmax; TransEDot,
    // DistMult or ComplEx).
    TrainConfig train;
    // The sensitive relations: KL weight w_j, top-M values and target G_j for Kl / KlAttr;
    // relation and topValues for the attribute rows (KlAttr) and the filters (Adversarial).
    std::vector<KlRelation> sensitive;
    KlReduction reduction = KlReduction::Sum;
    Whitelist whitelist;        // KlAttr only
    qint32 targetRelation = -1; // when >= 0, `profession` entries must be its values
    // Adversarial only: gamma, hidden sizes, steps ... (base and attributes are filled from
    // train and sensitive).
    AdversarialConfig adversarial;
};

struct DebiasResult {
    DebiasMethod method = DebiasMethod::Basic;
    Model model; // graph-sized (Adversarial: the filtered encoder, AdversarialModel::filtered())
    std::vector<EpochStats> epochs;
    double secondsPerEpoch = 0.0; // mean over the epochs run

    // KlAttr: the attribute rows (one per relation and top value) and what they stand for.
    Matrix attributes;
    std::vector<std::pair<qint32, qint32>> attributeValues; // (relation, value entity)
    qint64 twinTriples = 0;                // sensitive triples trained through the twin relations
    qint64 whitelistedTriples = 0;         // training triples scored with attribute vectors
    std::vector<QString> whitelistUnknown; // whitelist keys the graph does not have
    // KlAttr: what link prediction needs to score whitelisted triples with the attribute
    // vectors, as the model was trained (eg::evaluateWithAttributes). Empty for the others.
    AttributeScoring scoring;

    // Kl / KlAttr: mean KL per sensitive relation at the end (0 = the target exactly).
    std::vector<double> finalKl;
};

// Trains with the chosen method on graph.train. `progress` counts positives over all epochs;
// `onEpoch` gets each epoch's stats and the graph-sized model (for KlAttr a copy without the
// attribute rows, Adversarial the filtered model). Throws eg::Error on an invalid setting
// (naming it), eg::Cancelled when progress says stop.
DebiasResult trainDebiased(const Graph &graph, const DebiasConfig &config,
                           const ProgressFn &progress = {}, const EpochFn &onEpoch = {});

// Fisher et al.'s settings for a graph: the sensitive relations found by name among gender
// (M = 2, w = 1), religion, ethnicity, nationality (M = 30, w = 100), those present only.
std::vector<KlRelation> defaultSensitiveRelations(const Graph &graph);

} // namespace eg
