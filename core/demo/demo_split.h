#pragma once

#include "embed/rng.h"
#include "kg/triple.h"

#include <span>
#include <vector>

namespace eg::demo {

enum class SplitPart : quint8 { Train, Valid, Test };

// Assigns each triple to train, valid or test. Only triples whose relation is not in `pinned`
// may leave train; they are visited in a seeded random order and moved while their head, tail
// and relation still occur in another training triple, until the valid and test quotas
// (round(share * size)) are met. So every entity and relation of valid/test occurs in train.
// Fewer than the quota move when the graph is too sparse. Ids must be < entityCount /
// relationCount.
std::vector<SplitPart> splitTriples(std::span<const Triple> triples, qint32 entityCount,
                                    qint32 relationCount, std::span<const qint32> pinned,
                                    double validShare, double testShare, Rng &rng);

} // namespace eg::demo
