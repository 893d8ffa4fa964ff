#pragma once

#include "embed/train.h"

#include <optional>

namespace eg {

// The trainer of LossType::Margin and LossType::SelfAdversarial, for every model of model.h
// (separateRhs excepted). eg::train calls it after validate(); the contract is train()'s.
//
// Scheme (docs/training.md): every epoch the triples are shuffled (one seeded permutation) and
// cut into one contiguous slice per thread; each thread walks its slice in batchesPerEpoch
// batches, draws its own negatives for the next few positives with its own eg::Rng(seed,
// thread) and updates the touched rows in place with no locks (Hogwild). A batch is the unit
// of progress and cancellation and Adam's step; the rows move after every positive. With one
// thread and a fixed seed a run is reproducible bit for bit.
//
// normalizeEntities applies to the Margin loss (every model): each entity row an update
// touches is scaled back to unit L2 length, as in Bordes et al. 2013. SelfAdversarial ignores
// it (Sun et al. 2019 train without the constraint).
//
// With many negatives, a chunk of consecutive positives shares one draw of negatives
// (margin_chunk.h): each positive keeps its own side, scores and loss, and a shared negative
// row moves once per chunk by its summed gradient.
struct MarginOptions
{
    // Positives sharing one draw of `negatives` negatives; 1 = each positive draws its own
    // (never the entity it replaces). 0 = automatic: 1 when negatives < 16, else 32.
    int chunk = 0;
    // Leave out negatives that make a training triple (drawn again when each positive draws
    // its own, left out of the loss when shared). Unset = on for SelfAdversarial (as in Sun et
    // al.'s code), off for Margin (the plain Bordes et al. / speed setting).
    std::optional<bool> filterNegatives;
};

// The chunk size a run uses.
int marginChunk(const TrainConfig &config, const MarginOptions &options);

Model trainMargin(std::span<const Triple> triples, qint32 entityCount, qint32 relationCount,
                  const TrainConfig &config, const ProgressFn &progress = {},
                  const EpochFn &onEpoch = {}, const Model *initial = nullptr,
                  const MarginOptions &options = {});

// Throws eg::Error naming the first setting the margin trainer cannot use (on top of the
// checks every loss shares in eg::validate).
void validateMargin(const TrainConfig &config);

} // namespace eg
