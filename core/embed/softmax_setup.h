#pragma once

#include "embed/train_softmax.h"

// Input checks and the default initialisation of the softmax trainer.
namespace eg::softmax {

// Throws eg::Error ("softmax trainer: ...") naming the first invalid setting or triple.
void validateInputs(std::span<const Triple> triples, qint32 entityCount, qint32 relationCount,
                    const TrainConfig &config, const Model *initial,
                    const SoftmaxOptions &options);

// Entities N(0, initScale^2) (initScale 0: 0.001), relations the identity of their operator
// (TransEDot 0, DistMult 1, ComplEx 1 + 0i), drawn from Rng(config.seed, a fixed stream).
Model initialModel(qint32 entityCount, qint32 relationCount, const TrainConfig &config);

} // namespace eg::softmax
