#pragma once

#include "bias/sensitive.h"
#include "debias/mlp_filter.h"
#include "embed/model.h"
#include "embed/train.h"
#include "jobs/progress.h"
#include "kg/graph.h"

#include <QString>

#include <span>
#include <vector>

// The adversarial-filter baseline of Bose & Hamilton (ICML 2019), kg-bias.md §5, as Fisher et
// al. (EMNLP 2020) ran it against KL debiasing: one filter f_k per sensitive attribute (a
// two-layer MLP on the entity vector) and one discriminator D_k per attribute (a two-layer MLP
// with a softmax over the attribute's classes: binary cross-entropy for two values). The
// link-prediction model scores the *filtered* entity vectors, the compositional encoder
//     C-ENC(e, S) = (1/|S|) sum_{k in S} f_k(e)           for every entity, head, tail, negative,
// and the encoder (entity and relation tables and the filters) minimises
//     L_LP(batch) - gamma * B * sum_{k in S} L_D,k
// where L_LP is the softmax trainer's loss summed over the batch's B positives (both sides) and
// L_D,k the mean cross-entropy of D_k on the batch's labelled heads and tails (C-ENC vectors);
// so gamma weighs the discriminators' mean loss against the mean loss per positive. After each
// encoder step every D_k in S takes `discriminatorSteps` Adam steps on the same, fixed, C-ENC
// vectors. S is all attributes, or (sampleMask, Bose's code) a random non-empty subset per
// batch, each attribute in with probability 1/2. docs/debiasing.md, "Adversarial filters (Bose
// & Hamilton)", explains why this has its own loop rather than a SoftmaxHooks::batchLoss.
namespace eg {

// One sensitive attribute: its relation and how its people are labelled. People are the
// distinct heads of `relation` in `labelSplits`; the classes are the `topValues` most frequent
// tails there (by distinct heads, eg::relationValues); a person's label is its most frequent
// value among the classes; people with none are not shown to the discriminator.
struct AdversarialAttribute
{
    qint32 relation = -1; // e.g. eg::findRelation(graph, "person/gender")
    qint32 topValues = 2; // classes (2 for gender; Fisher's M = 30 for the others)
};

struct AdversarialConfig
{
    // The link-prediction settings, as for eg::trainSoftmax: loss must be Softmax and the model
    // TransEDot, DistMult or ComplEx (presets "fisher-pbg" / "demo"). Embeddings and relations
    // use the softmax trainer's Adagrad and warm-up; threads, seed, epochs as given there.
    TrainConfig base;
    std::vector<AdversarialAttribute> attributes; // one filter + one discriminator each (>= 1)
    unsigned labelSplits = SplitTrain;            // where people and labels come from
    float gamma = 10.0f;                          // Fisher et al. ran Bose with gamma = 10
    int filterHidden = 0;        // hidden units of each filter; 0 = 2 * model width
    int discriminatorHidden = 0; // hidden units of each discriminator; 0 = 2 * model width
    int discriminatorSteps = 5;  // D steps per batch (Bose's code: 5)
    float filterLearningRate = 1e-3f;        // Adam (beta 0.9 / 0.999) for the filters
    float discriminatorLearningRate = 1e-3f; // Adam for the discriminators
    bool sampleMask = true; // random attribute subset per batch (ignored with one attribute)
};

// One epoch's record.
struct AdversarialEpoch
{
    int epoch = 0;                               // 1-based
    double seconds = 0.0;                        // wall time
    double linkLoss = 0.0;                       // mean link-prediction loss per positive
    // Per attribute, measured at each encoder step (before that batch's D steps) on the
    // batch's C-ENC vectors of labelled people, over the batches whose subset held it: D_k's
    // mean cross-entropy (averaged over batches) and its accuracy (pooled over people).
    std::vector<double> discriminatorLoss;
    std::vector<double> discriminatorAccuracy;
};

// The trained encoder, filters and discriminators.
struct AdversarialModel
{
    Model model;                                // raw (unfiltered) entity and relation tables
    std::vector<AdversarialAttribute> attributes;
    std::vector<MlpFilter> filters;             // f_k, in the order of `attributes`
    std::vector<MlpFilter> discriminators;      // D_k: width -> hidden -> classes (logits)
    std::vector<std::vector<qint32>> classes;   // per attribute: class -> value entity id
    std::vector<AdversarialEpoch> history;

    // The model to evaluate and to measure bias on (Bose evaluates the filtered encoder):
    // every entity row replaced by C-ENC(e, S), relations unchanged. `subset` lists attribute
    // indices (into `attributes`); empty = all of them (the fully fair encoder).
    Model filtered(std::span<const int> subset = {}) const;
};

// Trains on graph.train. `progress` counts positives over all epochs (called on the calling
// thread; returning false throws eg::Cancelled). `onEpoch` gets the epoch's stats and the
// *filtered* model (all attributes); returning false stops early (a normal end). Throws
// eg::Error on an invalid setting (naming it), an attribute with fewer than two classes or no
// labelled people, or a NaN/infinite loss ("adversarial training diverged at epoch N ...").
// With base.threads == 1 and a fixed seed the run is reproducible bit for bit.
AdversarialModel trainAdversarial(const Graph &graph, const AdversarialConfig &config,
                                  const ProgressFn &progress = {}, const EpochFn &onEpoch = {});

} // namespace eg
