#include "threshold/pair_histograms.h"

#include "common/error.h"
#include "threshold/row_blocks.h"

#include <algorithm>
#include <numeric>

namespace eg {

qint64 PairHistograms::positivePairs(int c) const
{
    const qint64 *row = positiveRow(c);
    return std::accumulate(row, row + bins, qint64(0));
}

qint64 PairHistograms::negativePairs(int c) const
{
    const qint64 *row = negativeRow(c);
    return std::accumulate(row, row + bins, qint64(0));
}

ClassIndex indexClasses(const std::vector<qint32> &labels)
{
    ClassIndex index;
    index.labels = labels;
    std::sort(index.labels.begin(), index.labels.end());
    index.labels.erase(std::unique(index.labels.begin(), index.labels.end()), index.labels.end());
    index.sizes.assign(index.labels.size(), 0);
    index.ofItem.resize(labels.size());
    for (size_t i = 0; i < labels.size(); ++i) {
        const auto at = std::lower_bound(index.labels.begin(), index.labels.end(), labels[i]);
        index.ofItem[i] = qint32(at - index.labels.begin());
        ++index.sizes[size_t(index.ofItem[i])];
    }
    return index;
}

namespace {

// Bins of the distances of row `i` to the rows j > i, from the similarities `s` of row i to
// rows first .. n - 1 (s[0] is row `first`).
template <DistanceKind Kind>
void binRow(const float *s, qint64 count, float inverseWidth, int bins, int *out)
{
    for (qint64 j = 0; j < count; ++j)
        out[j] = distanceBin(distanceFromCosine(s[j], Kind), inverseWidth, bins);
}

struct ThreadState
{
    Matrix similarities;
    std::vector<int> binOf;
    std::vector<qint64> positive, negative;
};

} // namespace

PairHistograms buildPairHistograms(const Matrix &embeddings, const std::vector<qint32> &labels,
                                   const PairHistogramOptions &options, const ProgressFn &progress)
{
    const qint64 n = embeddings.rows();
    if (qint64(labels.size()) != n)
        throw Error(Error::tr("pair histograms: %1 embedding rows but %2 labels")
                        .arg(n)
                        .arg(labels.size()));
    if (n < 2)
        throw Error(Error::tr("pair histograms: need at least two items, got %1").arg(n));
    if (options.bins < 1)
        throw Error(
            Error::tr("pair histograms: bin count must be positive, got %1").arg(options.bins));

    const Matrix unit = normalisedRows(embeddings);
    const ClassIndex classes = indexClasses(labels);
    const int classCount = int(classes.labels.size());
    const int bins = options.bins;
    const qint64 cells = qint64(classCount) * bins;
    const float inverseWidth = float(bins / MaxPairDistance);
    const qint32 *classOf = classes.ofItem.data();

    RowBlockPlan plan;
    plan.rows = n;
    plan.blockRows = boundedBlockRows(options.blockRows, n);
    plan.threads = resolvedThreads(options.threads);
    std::vector<ThreadState> states(static_cast<size_t>(plan.threads));

    auto work = [&](qint64 begin, qint64 end, int thread) {
        ThreadState &state = states[size_t(thread)];
        if (state.positive.empty()) {
            state.positive.assign(size_t(cells), 0);
            state.negative.assign(size_t(cells), 0);
            state.binOf.resize(size_t(n));
        }
        const qint64 cols = n - begin;
        state.similarities.resize(end - begin, cols);
        state.similarities.noalias() =
            unit.middleRows(begin, end - begin) * unit.middleRows(begin, cols).transpose();
        qint64 *positive = state.positive.data();
        qint64 *negative = state.negative.data();
        int *binOf = state.binOf.data();
        for (qint64 i = begin; i < end; ++i) {
            // Row i against rows i + 1 .. n - 1: columns (i + 1 - begin) .. cols - 1.
            const float *s = state.similarities.row(i - begin).data() + (i + 1 - begin);
            const qint64 count = n - i - 1;
            if (options.distance == DistanceKind::Cosine)
                binRow<DistanceKind::Cosine>(s, count, inverseWidth, bins, binOf);
            else
                binRow<DistanceKind::L2Normalised>(s, count, inverseWidth, bins, binOf);
            const qint32 ci = classOf[i];
            qint64 *ownPositive = positive + qint64(ci) * bins;
            qint64 *ownNegative = negative + qint64(ci) * bins;
            const qint32 *other = classOf + i + 1;
            for (qint64 j = 0; j < count; ++j) {
                const int k = binOf[j];
                const qint32 cj = other[j];
                const bool same = cj == ci;
                qint64 *target = same ? ownPositive : negative + qint64(cj) * bins;
                ++target[k];
                ownNegative[k] += same ? 0 : 1;
            }
        }
    };
    auto cost = [n](qint64 begin, qint64 end) {
        // Pairs (i, j), j > i, for i in [begin, end).
        return (end - begin) * (2 * n - begin - end - 1) / 2;
    };
    forEachRowBlock(plan, work, cost, progress);

    PairHistograms result;
    result.distance = options.distance;
    result.bins = bins;
    result.classLabels = classes.labels;
    result.classSizes = classes.sizes;
    result.positive.assign(size_t(cells), 0);
    result.negative.assign(size_t(cells), 0);
    for (const ThreadState &state : states) {
        if (state.positive.empty())
            continue;
        for (qint64 c = 0; c < cells; ++c) {
            result.positive[size_t(c)] += state.positive[size_t(c)];
            result.negative[size_t(c)] += state.negative[size_t(c)];
        }
    }
    return result;
}

} // namespace eg
