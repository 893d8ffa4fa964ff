#pragma once

// Seeded random labelled embeddings and the bin edges at which the histogram method is exact.

#include "brute_force_opis.h"
#include "embed/rng.h"
#include "threshold/pair_histograms.h"

#include <vector>

namespace eg::test {

struct Labelled
{
    Matrix embeddings;
    std::vector<qint32> labels;
};

// n rows of `dim` values uniform in [-1, 1); labels 3 c + 5 for c = i mod classes, then shuffled
// (non-contiguous label values exercise the label -> class mapping).
inline Labelled randomLabelled(quint64 seed, int n, int dim, int classes)
{
    Rng rng(seed);
    Labelled data;
    data.embeddings.resize(n, dim);
    for (qint64 k = 0; k < data.embeddings.size(); ++k)
        data.embeddings.data()[k] = 2.0f * rng.uniform() - 1.0f;
    for (int i = 0; i < n; ++i)
        data.labels.push_back(3 * (i % classes) + 5);
    for (int i = n - 1; i > 0; --i)
        std::swap(data.labels[size_t(i)], data.labels[rng.below(quint32(i + 1))]);
    return data;
}

// How far the engine's float distance may lie from the double one (rows of dim <= 16): the float
// dot product of two unit vectors sums <= 16 products of magnitude <= 1, so its rounding error
// is below 16 * 2^-24 + normalisation rounding < 2e-6. 1 - s keeps that bound (plus one
// rounding); sqrt(2 - 2 s) divides it by d near distance d (d' = -1/d), plus rounding of the
// square root. The margins below are at least twice these bounds.
inline double distanceMargin(double d, DistanceKind kind)
{
    return kind == DistanceKind::Cosine ? 4e-6 : 8e-6 / std::max(d, 1e-3) + 2e-6;
}

// The bin edges k h (k >= 1) that no pair distance comes within distanceMargin of. At such an
// edge the histogram's count of distances <= edge equals the exact count: a pair is in bins
// 0 .. k - 1 iff its float distance is <= k h, and that is the same side of the edge as its
// exact distance because the two differ by less than the margin.
inline std::vector<double> clearEdges(const PairHistograms &histograms, const brute::Pairs &pairs,
                                      DistanceKind kind, double low = 0.0,
                                      double high = MaxPairDistance)
{
    std::vector<double> all = pairs.allPositive;
    all.insert(all.end(), pairs.allNegative.begin(), pairs.allNegative.end());
    std::sort(all.begin(), all.end());
    std::vector<double> edges;
    for (int k = 0; k < histograms.bins; ++k) {
        const double edge = histograms.edge(k);
        if (edge < low || edge > high)
            continue;
        const double margin = distanceMargin(edge, kind);
        const auto near = std::lower_bound(all.begin(), all.end(), edge - margin);
        if (near == all.end() || *near > edge + margin)
            edges.push_back(edge);
    }
    return edges;
}

} // namespace eg::test
