#include "eval/ranking.h"

#include "common/error.h"
#include "eval/block_ranker.h"
#include "eval/candidate_scorer.h"
#include "eval/metrics.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace eg {

namespace {

void checkInputs(const Model &model, std::span<const Triple> queries)
{
    if (!model.entities.allFinite() || !model.relations.allFinite() ||
        !model.relationsRhs.allFinite())
        throw Error(Error::tr("the model has embeddings that are not finite numbers"));
    const qint32 ne = model.entityCount(), nr = model.relationCount();
    for (size_t k = 0; k < queries.size(); ++k) {
        const Triple &x = queries[k];
        if (x.h < 0 || x.h >= ne || x.t < 0 || x.t >= ne || x.r < 0 || x.r >= nr)
            throw Error(Error::tr("query triple %1 (%2, %3, %4) is outside the model "
                                  "(%5 entities, %6 relations)")
                            .arg(k + 1)
                            .arg(x.h)
                            .arg(x.r)
                            .arg(x.t)
                            .arg(ne)
                            .arg(nr));
    }
}

// Work is cut into blocks of queries of one side; threads take blocks from a shared counter.
struct Schedule
{
    qint64 queries = 0;
    qint64 perBlock = 1;
    qint64 blocksPerSide = 0;
    qint64 items() const { return 2 * blocksPerSide; }
};

} // namespace

EvalResult evaluate(const Model &model, std::span<const Triple> queries,
                    const KnownTriples *known, const EvalOptions &options,
                    const ProgressFn &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (options.filtered && !known)
        throw Error(Error::tr("filtered ranking needs the known triples"));
    const KnownTriples *filter = options.filtered ? known : nullptr;
    const CandidateScorer scorer(model);
    checkInputs(model, queries);

    const qint64 nq = qint64(queries.size());
    std::vector<double> tailRanks(static_cast<size_t>(nq));
    std::vector<double> headRanks(static_cast<size_t>(nq));
    Schedule plan;
    plan.queries = nq;
    plan.perBlock = scorer.blockQueries();
    plan.blocksPerSide = (nq + plan.perBlock - 1) / plan.perBlock;

    int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    threads = int(std::clamp<qint64>(threads, 1, std::max<qint64>(1, plan.items())));

    Progress report(progress, 2 * nq);
    report.report(0);

    std::atomic<qint64> next{0}, done{0};
    std::atomic<bool> stop{false};
    std::mutex failureMutex;
    std::exception_ptr failure;

    auto runItems = [&](bool caller) {
        detail::AlignedFloats buffer;
        while (!stop.load(std::memory_order_relaxed)) {
            const qint64 item = next.fetch_add(1);
            if (item >= plan.items())
                return;
            const bool tail = item < plan.blocksPerSide;
            const qint64 start = (item % plan.blocksPerSide) * plan.perBlock;
            const qint64 count = std::min(plan.perBlock, nq - start);
            double *ranks = (tail ? tailRanks : headRanks).data() + start;
            detail::rankBlock(scorer, tail ? PredictSide::Tail : PredictSide::Head,
                              queries.subspan(size_t(start), size_t(count)), filter, ranks,
                              buffer);
            const qint64 total = done.fetch_add(count) + count;
            if (caller)
                report.report(total); // may throw eg::Cancelled
        }
    };
    auto worker = [&] {
        try {
            runItems(false);
        } catch (...) {
            const std::lock_guard<std::mutex> lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            stop = true;
        }
    };

    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(worker);
    try {
        runItems(true);
    } catch (...) {
        stop = true;
        for (std::thread &thread : pool)
            thread.join();
        throw;
    }
    for (std::thread &thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
    report.report(done.load());

    // Metrics, summed in query order so any thread count gives the same bits.
    EvalResult result;
    MetricsAccumulator tailAcc, headAcc;
    std::vector<MetricsAccumulator> relTail, relHead;
    if (options.perRelation) {
        relTail.resize(size_t(model.relationCount()));
        relHead.resize(size_t(model.relationCount()));
    }
    for (qint64 k = 0; k < nq; ++k) {
        tailAcc.add(tailRanks[size_t(k)]);
        headAcc.add(headRanks[size_t(k)]);
        if (options.perRelation) {
            const size_t r = size_t(queries[size_t(k)].r);
            relTail[r].add(tailRanks[size_t(k)]);
            relHead[r].add(headRanks[size_t(k)]);
        }
    }
    MetricsAccumulator overall;
    overall.add(headAcc);
    overall.add(tailAcc);
    result.overall = overall.metrics();
    result.head = headAcc.metrics();
    result.tail = tailAcc.metrics();
    for (size_t r = 0; r < relTail.size(); ++r) {
        if (relTail[r].count() == 0)
            continue;
        RelationMetrics m;
        m.relation = qint32(r);
        m.head = relHead[r].metrics();
        m.tail = relTail[r].metrics();
        result.perRelation.push_back(m);
    }
    if (options.keepRanks) {
        result.headRanks = std::move(headRanks);
        result.tailRanks = std::move(tailRanks);
    }
    result.seconds = double(timer.nsecsElapsed()) * 1e-9;
    return result;
}

} // namespace eg
