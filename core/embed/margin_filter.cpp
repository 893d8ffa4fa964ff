#include "embed/margin_filter.h"

#include <algorithm>
#include <cstring>

namespace eg::margin {

void markKnownNegatives(const KnownTriples &known, const Triple *pos, const quint8 *headSide,
                        int b, const qint32 *negatives, int k, quint8 *excluded,
                        NegativeIndex &index)
{
    std::memset(excluded, 0, size_t(b) * size_t(k));
    index.next.resize(size_t(k));
    for (int j = 0; j < k; ++j) {
        qint32 &first = index.first[size_t(negatives[j])];
        index.next[size_t(j)] = first;
        first = j;
    }
    for (int i = 0; i < b; ++i) {
        const Triple &x = pos[i];
        const std::span<const qint32> truths =
            headSide[i] ? known.heads(x.r, x.t) : known.tails(x.h, x.r);
        quint8 *row = excluded + size_t(i) * size_t(k);
        if (truths.size() > 16 * size_t(k)) { // huge sets: k searches beat |truths| look-ups
            for (int j = 0; j < k; ++j)
                row[j] = std::binary_search(truths.begin(), truths.end(), negatives[j]) ? 1 : 0;
            continue;
        }
        for (qint32 e : truths)
            for (qint32 j = index.first[size_t(e)]; j >= 0; j = index.next[size_t(j)])
                row[j] = 1;
    }
    for (int j = 0; j < k; ++j)
        index.first[size_t(negatives[j])] = -1;
}

} // namespace eg::margin
