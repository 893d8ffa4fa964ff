#pragma once

#include "embed/model.h"
#include "jobs/progress.h"
#include "kg/triple.h"

#include <functional>
#include <span>

namespace eg {

// Which objective a run minimises.
enum class LossType {
    Margin,          // max(0, margin + d(pos) - d(neg)) per (pos, neg) pair (classic TransE)
    SelfAdversarial, // -log sigma(margin + g(pos)) - sum_k p_k log sigma(-margin - g(neg_k)),
                     // p = softmax(temperature * g(neg)) held constant (Sun et al. 2019)
    Softmax,         // cross-entropy of the positive among itself and shared negatives (PBG)
};
enum class OptimizerType { Sgd, Adagrad, Adam };
enum class Corruption {
    Uniform,  // replace head or tail with probability 1/2
    Bernoulli // replace head with probability tph / (tph + hpt) of the relation (Wang et al. 2014)
};

struct TrainConfig
{
    ModelSpec model;
    LossType loss = LossType::Margin;
    OptimizerType optimizer = OptimizerType::Sgd;
    Corruption corruption = Corruption::Uniform;

    int epochs = 100;
    int batchesPerEpoch = 100; // used when batchSize == 0
    int batchSize = 0;         // positives per batch; 0 = triples / batchesPerEpoch
    int negatives = 1;         // uniform negatives per positive (Softmax: per batch chunk, shared)
    int batchNegatives = 0;    // Softmax: other positives' entities used as negatives (PBG)

    float learningRate = 0.01f;
    float margin = 1.0f;                 // Margin: gamma; SelfAdversarial: gamma in the sigmoid
    float adversarialTemperature = 1.0f; // SelfAdversarial only
    float regularization = 0.0f;         // weight of the model's regulariser (0 = none)
    float warmupEpochs = 0.0f;           // linear learning-rate warm-up length (Softmax / PBG: 1)
    bool normalizeEntities = true;       // Margin + TransE: entity rows renormalised to norm 1

    int threads = 0;    // 0 = every core. With 1 thread and a fixed seed a run is reproducible
    quint64 seed = 1;   // bit for bit.
    float initScale = 0.0f; // 0 = the model's default initialisation
};

struct EpochStats
{
    int epoch = 0;          // 1-based
    double loss = 0.0;      // mean loss per positive over the epoch
    double seconds = 0.0;   // wall time of the epoch
    qint64 positives = 0;   // positive triples processed
};

// Called after every epoch with the model as it stands; return false to stop early (a normal
// end, not a cancellation). Runs on the calling thread.
using EpochFn = std::function<bool(const EpochStats &, const Model &)>;

// Trains a model on `triples` (ids < entityCount / relationCount). Starts from `initial` when
// given (same spec and shapes), else from the seeded default initialisation. Progress counts
// positives over all epochs. Throws eg::Error when the loss becomes NaN or infinite ("training
// diverged at epoch N ...") or the configuration is invalid, eg::Cancelled when asked to stop.
Model train(std::span<const Triple> triples, qint32 entityCount, qint32 relationCount,
            const TrainConfig &config, const ProgressFn &progress = {},
            const EpochFn &onEpoch = {}, const Model *initial = nullptr);

// Throws eg::Error naming the first invalid setting.
void validate(const TrainConfig &config);

} // namespace eg
