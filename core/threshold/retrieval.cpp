#include "threshold/retrieval.h"

#include "common/error.h"
#include "threshold/distance.h"
#include "threshold/pair_histograms.h"
#include "threshold/row_blocks.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace eg {

namespace {

// Sort key of candidate j with similarity s: ascending keys = descending similarity, then
// ascending index. The float's bits are mapped to an unsigned integer of the same order.
inline quint64 rankKey(float s, qint64 j)
{
    quint32 bits;
    std::memcpy(&bits, &s, sizeof bits);
    const quint32 ascending = (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
    return (quint64(~ascending) << 32) | quint64(j);
}

struct ThreadState
{
    Matrix similarities;
    std::vector<quint64> candidates;
    std::vector<double> recall, map; // sums per class
};

} // namespace

RetrievalResult retrievalMetrics(const Matrix &embeddings, const std::vector<qint32> &labels,
                                 const RetrievalOptions &options, const ProgressFn &progress)
{
    const qint64 n = embeddings.rows();
    if (qint64(labels.size()) != n)
        throw Error(Error::tr("retrieval metrics: %1 embedding rows but %2 labels")
                        .arg(n)
                        .arg(labels.size()));
    const ClassIndex classes = indexClasses(labels);
    const size_t classCount = classes.labels.size();
    qint64 queries = 0;
    for (qint64 size : classes.sizes)
        queries += size >= 2 ? size : 0;
    if (queries == 0)
        throw Error(Error::tr("retrieval metrics: no class has two or more items"));
    const Matrix unit = normalisedRows(embeddings);

    RowBlockPlan plan;
    plan.rows = n;
    plan.blockRows = boundedBlockRows(options.blockRows, n);
    plan.threads = resolvedThreads(options.threads);
    std::vector<ThreadState> states(static_cast<size_t>(plan.threads));

    auto work = [&](qint64 begin, qint64 end, int thread) {
        ThreadState &state = states[size_t(thread)];
        if (state.recall.empty()) {
            state.recall.assign(classCount, 0.0);
            state.map.assign(classCount, 0.0);
            state.candidates.reserve(size_t(n));
        }
        state.similarities.resize(end - begin, n);
        state.similarities.noalias() = unit.middleRows(begin, end - begin) * unit.transpose();
        for (qint64 i = begin; i < end; ++i) {
            const qint32 c = classes.ofItem[size_t(i)];
            const qint64 r = classes.sizes[size_t(c)] - 1;
            if (r < 1)
                continue;
            const float *s = state.similarities.row(i - begin).data();
            std::vector<quint64> &candidates = state.candidates;
            candidates.clear();
            for (qint64 j = 0; j < n; ++j) {
                if (j != i)
                    candidates.push_back(rankKey(s[j], j));
            }
            std::nth_element(candidates.begin(), candidates.begin() + (r - 1), candidates.end());
            std::sort(candidates.begin(), candidates.begin() + r);
            auto itemOf = [](quint64 key) {
                return size_t(key & 0xFFFFFFFFu);
            };
            qint64 hits = 0;
            double precisionSum = 0.0;
            for (qint64 k = 0; k < r; ++k) {
                if (classes.ofItem[itemOf(candidates[size_t(k)])] == c) {
                    ++hits;
                    precisionSum += double(hits) / double(k + 1);
                }
            }
            state.recall[size_t(c)] += classes.ofItem[itemOf(candidates[0])] == c ? 1.0 : 0.0;
            state.map[size_t(c)] += precisionSum / double(r);
        }
    };
    auto cost = [](qint64 begin, qint64 end) {
        return end - begin;
    };
    forEachRowBlock(plan, work, cost, progress);

    RetrievalResult result;
    result.queries = queries;
    result.classLabels = classes.labels;
    result.classRecallAt1.assign(classCount, std::numeric_limits<double>::quiet_NaN());
    result.classMapAtR.assign(classCount, std::numeric_limits<double>::quiet_NaN());
    double recall = 0.0, map = 0.0;
    for (size_t c = 0; c < classCount; ++c) {
        if (classes.sizes[c] < 2)
            continue;
        double classRecall = 0.0, classMap = 0.0;
        for (const ThreadState &state : states) {
            if (state.recall.empty())
                continue;
            classRecall += state.recall[c];
            classMap += state.map[c];
        }
        recall += classRecall;
        map += classMap;
        result.classRecallAt1[c] = classRecall / double(classes.sizes[c]);
        result.classMapAtR[c] = classMap / double(classes.sizes[c]);
    }
    result.recallAt1 = recall / double(queries);
    result.mapAtR = map / double(queries);
    return result;
}

} // namespace eg
