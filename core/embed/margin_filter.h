#pragma once

#include "kg/known_triples.h"

#include <vector>

namespace eg::margin {

// Where each entity sits among a chunk's shared negatives: first[e] = a position j with
// negatives[j] == e (or -1), next[j] = the following one. Sized once per thread; only the
// negatives' entries are written and reset, so a chunk costs O(negatives).
struct NegativeIndex
{
    explicit NegativeIndex(qint32 entityCount)
        : first(size_t(entityCount), -1)
    {
    }
    std::vector<qint32> first, next;
};

// Filtered negatives for positives that share them (margin_chunk.h): sets
// excluded[i * k + j] = 1 when replacing the side headSide[i] of pos[i] by negatives[j] gives a
// triple of `known` (the positive itself included), else 0. The cost follows the known sets,
// which are short for most (h, r) and (r, t); a set longer than 16 k is searched the other way.
void markKnownNegatives(const KnownTriples &known, const Triple *pos, const quint8 *headSide,
                        int b, const qint32 *negatives, int k, quint8 *excluded,
                        NegativeIndex &index);

} // namespace eg::margin
