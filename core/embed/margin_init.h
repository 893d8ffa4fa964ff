#pragma once

#include "embed/train.h"

namespace eg::margin {

// Rng streams of a margin run besides the per-thread ones (0 .. threads - 1).
inline constexpr quint64 initStream = 0x696e6974;    // "init"
inline constexpr quint64 shuffleStream = 0x73687566; // "shuf"

// The seeded starting point of the margin / self-adversarial trainer: every value uniform in
// [-a, a] with a = config.initScale, or by default
//   Margin           a = 6 / sqrt(dim)           (Bordes et al. 2013)
//   SelfAdversarial  a = (margin + 2) / dim      (Sun et al. 2019: (gamma + epsilon) / dim)
// Margin runs then scale the relation rows to unit length (Bordes et al.), and the entity rows
// too when config.normalizeEntities.
Model initialMarginModel(const TrainConfig &config, qint32 entityCount, qint32 relationCount);

} // namespace eg::margin
