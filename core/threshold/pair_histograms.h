#pragma once

// Per-class histograms of positive and negative pair distances, the one pass over all pairs
// that every threshold-consistency figure is read from.
//
// Pairs are unordered pairs of distinct items. For class c, the positive pairs are the pairs
// inside c and the negative pairs are the pairs with exactly one member in c (so each
// negative pair is counted once in each of its two classes).
//
// Bins: `bins` equal bins over [0, MaxPairDistance]; bin k holds the distances in
// (k h, (k + 1) h] with h = MaxPairDistance / bins, and bin 0 also holds 0. With this closed
// upper edge, the pairs with distance <= k h are exactly the pairs in bins 0 .. k - 1, so every
// rate read at a bin edge is an exact count of the (float-computed) distances.

#include "embed/model.h"
#include "jobs/progress.h"
#include "threshold/distance.h"

#include <vector>

namespace eg {

struct PairHistogramOptions
{
    DistanceKind distance = DistanceKind::L2Normalised;
    int bins = 4096;
    int threads = 2;     // <= 0: all hardware threads
    int blockRows = 128; // rows per block of the similarity product (fewer if a block would
                         // exceed 64 MiB)
};

// A plain value: built once by buildPairHistograms, then only read.
struct PairHistograms
{
    DistanceKind distance = DistanceKind::L2Normalised;
    int bins = 0;
    std::vector<qint32> classLabels; // label of class index c, ascending
    std::vector<qint64> classSizes;  // items per class
    std::vector<qint64> positive;    // classes x bins, row-major: pairs inside class c
    std::vector<qint64> negative;    // classes x bins: pairs with exactly one member in c

    int classCount() const { return int(classLabels.size()); }
    double binWidth() const { return bins > 0 ? MaxPairDistance / bins : 0.0; }
    // The upper edge of bin k (edge(0) = h, edge(bins - 1) = MaxPairDistance); edge(-1) = 0.
    double edge(int k) const { return (k + 1) * binWidth(); }
    const qint64 *positiveRow(int c) const { return positive.data() + qint64(c) * bins; }
    const qint64 *negativeRow(int c) const { return negative.data() + qint64(c) * bins; }
    qint64 positivePairs(int c) const;
    qint64 negativePairs(int c) const;
};

// The bin of a distance under the rule above (clamped to [0, bins - 1]).
inline int distanceBin(float d, float inverseWidth, int bins)
{
    const int k = int(std::ceil(d * inverseWidth)) - 1;
    return k < 0 ? 0 : (k >= bins ? bins - 1 : k);
}

// Builds the histograms from `embeddings` (one row per item, any length; rows are normalised
// here) and one integer label per row. The similarity matrix is never held whole: blocks of
// `blockRows` rows are multiplied (Eigen GEMM) against the rows from the block's first row on,
// on `threads` threads with their own histograms, merged at the end. Progress counts pairs.
// Throws eg::Error on a size mismatch, fewer than two items, bins < 1, or a zero or non-finite
// row; eg::Cancelled when `progress` says stop.
PairHistograms buildPairHistograms(const Matrix &embeddings, const std::vector<qint32> &labels,
                                   const PairHistogramOptions &options = {},
                                   const ProgressFn &progress = {});

// Class index of every item (labels mapped to 0 .. classes - 1 in ascending label order) and
// the distinct labels. Shared by the histogram and retrieval code.
struct ClassIndex
{
    std::vector<qint32> labels; // distinct labels, ascending
    std::vector<qint32> ofItem; // class index per item
    std::vector<qint64> sizes;  // items per class
};
ClassIndex indexClasses(const std::vector<qint32> &labels);

} // namespace eg
