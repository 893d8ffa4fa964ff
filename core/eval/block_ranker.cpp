#include "eval/block_ranker.h"

#include "eval/vec16.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace eg::detail {

namespace {

// Float window ends rounded outwards, so the float window contains the exact one.
float roundDown(double x)
{
    float f = float(x);
    if (double(f) > x)
        f = std::nextafter(f, -INFINITY);
    return f;
}

float roundUp(double x)
{
    float f = float(x);
    if (double(f) < x)
        f = std::nextafter(f, INFINITY);
    return f;
}

struct QueryState
{
    qint32 answer = 0;
    float canonical = 0.0f; // canonical score of the answer
    float lo = 0.0f, hi = 0.0f; // keys outside [lo, hi] are settled without recomputation
    qint64 greater = 0;
    qint64 equal = 0;
    std::span<const qint32> known; // sorted; may contain the answer
    size_t cursor = 0;             // first known entry not yet passed
};

// Counts over a run of keys: keys above the window, and keys at or above its lower end.
void countKeys(const float *keys, qint32 count, float lo, float hi, qint32 &above,
               qint32 &atLeastLo)
{
    I16 a = {}, b = {};
    qint32 j = 0;
    for (; j + 16 <= count; j += 16) {
        const F16 v = load16(keys + j);
        a -= v > hi; // comparisons give -1 for true
        b -= v >= lo;
    }
    above = sum16(a);
    atLeastLo = sum16(b);
    for (; j < count; ++j) {
        above += keys[j] > hi;
        atLeastLo += keys[j] >= lo;
    }
}

// Keys inside the window are rare (the answer's own, and near-ties): find them group by group.
constexpr qint32 kScanGroup = 64;

} // namespace

void rankBlock(const CandidateScorer &scorer, PredictSide side, std::span<const Triple> queries,
               const KnownTriples *known, double *ranks, AlignedFloats &buffer)
{
    const bool tail = side == PredictSide::Tail;
    const qint32 candidates = scorer.candidateCount();
    const qint32 chunk = scorer.chunkCandidates();
    const size_t nq = queries.size();
    if (nq == 0)
        return;

    std::vector<QueryState> states(nq);
    for (size_t k = 0; k < nq; ++k) {
        const Triple &x = queries[k];
        QueryState &s = states[k];
        s.answer = tail ? x.t : x.h;
        s.canonical = scorer.canonicalScore(side, x, s.answer);
        const double key = scorer.exactKey(side, x, s.answer);
        const double band = scorer.band(side, x);
        s.lo = roundDown(key - band);
        s.hi = roundUp(key + band);
        if (known)
            s.known = tail ? known->tails(x.h, x.r) : known->heads(x.r, x.t);
    }

    const CandidateScorer::Block block = scorer.prepare(side, queries);
    buffer.resize(nq * size_t(chunk));
    for (qint32 first = 0; first < candidates; first += chunk) {
        const qint32 count = std::min(chunk, candidates - first);
        const qint32 end = first + count;
        scorer.keys(block, first, count, buffer.data(), chunk);
        for (size_t k = 0; k < nq; ++k) {
            QueryState &s = states[k];
            const float *row = buffer.data() + k * size_t(chunk);
            qint32 above = 0, atLeastLo = 0;
            countKeys(row, count, s.lo, s.hi, above, atLeastLo);
            s.greater += above;

            // Known candidates in this chunk drop out (the answer itself stays).
            while (s.cursor < s.known.size() && s.known[s.cursor] < end) {
                const qint32 c = s.known[s.cursor++];
                if (c >= first && c != s.answer && row[c - first] > s.hi)
                    --s.greater;
            }
            // The answer's own key lies in the window by the error bound; never count it.
            if (s.answer >= first && s.answer < end && row[s.answer - first] > s.hi)
                --s.greater;

            if (atLeastLo == above)
                continue; // nothing in the window
            for (qint32 g = 0; g < count; g += kScanGroup) {
                const qint32 len = std::min(kScanGroup, count - g);
                countKeys(row + g, len, s.lo, s.hi, above, atLeastLo);
                if (atLeastLo == above)
                    continue;
                for (qint32 j = g; j < g + len; ++j) {
                    if (row[j] < s.lo || row[j] > s.hi)
                        continue;
                    const qint32 c = first + j;
                    if (c == s.answer || std::binary_search(s.known.begin(), s.known.end(), c))
                        continue;
                    const float v = scorer.canonicalScore(side, queries[k], c);
                    if (v > s.canonical)
                        ++s.greater;
                    else if (v == s.canonical)
                        ++s.equal;
                }
            }
        }
    }
    for (size_t k = 0; k < nq; ++k)
        ranks[k] = 1.0 + double(states[k].greater) + 0.5 * double(states[k].equal);
}

} // namespace eg::detail
