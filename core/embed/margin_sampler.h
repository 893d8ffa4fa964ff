#pragma once

#include "embed/rng.h"
#include "embed/train.h"
#include "kg/known_triples.h"

#include <span>
#include <vector>

namespace eg::margin {

// Per relation, the probability of corrupting the head as a 32-bit threshold (the head is
// replaced when the top 32 bits of a draw are below it). Uniform: 1/2 everywhere. Bernoulli
// (Wang et al. 2014): tph / (tph + hpt), where tph is the mean number of tails per (h, r) pair
// and hpt the mean number of heads per (r, t) pair of the relation in `triples`; a relation
// without triples gets 1/2.
std::vector<quint32> headThresholds(std::span<const Triple> triples, qint32 relationCount,
                                    Corruption corruption);

// Draws, for each positive, the side to corrupt (headSide[i] = 1: the head is replaced) and
// `negatives` entities into out[i * negatives ...], uniformly, each different from the entity
// it replaces (needs entityCount >= 2). With `known`, an entity that makes a known triple is
// drawn again (up to 16 times; then the last draw stays, so a side with nearly every entity
// known cannot stall the run).
void drawNegatives(Rng &rng, std::span<const Triple> positives, const quint32 *thresholds,
                   qint32 entityCount, int negatives, quint8 *headSide, qint32 *out,
                   const KnownTriples *known = nullptr);

// For positives that share their negatives (margin_chunk.h): a side per positive as above and
// `negatives` entities drawn uniformly for the whole group into out[0 .. negatives).
void drawSharedNegatives(Rng &rng, std::span<const Triple> positives, const quint32 *thresholds,
                         qint32 entityCount, int negatives, quint8 *headSide, qint32 *out);

} // namespace eg::margin
