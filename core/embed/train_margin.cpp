#include "embed/train_margin.h"

#include "common/error.h"
#include "embed/margin_chunk.h"
#include "embed/margin_filter.h"
#include "embed/margin_init.h"
#include "embed/margin_optimizer.h"
#include "embed/margin_sampler.h"
#include "embed/margin_step.h"

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <cmath>
#include <exception>
#include <memory>
#include <thread>

namespace eg {

namespace {

using namespace margin;

// What every thread of a run reads; written by the calling thread only between epochs.
struct Shared
{
    const TrainConfig *config = nullptr;
    StepSettings settings;
    Tables tables;
    std::vector<Triple> order; // the triples, shuffled slice by slice as the epochs go
    qint64 offset = 0;         // this epoch's rotation of the slices over `order`
    std::vector<quint32> thresholds;
    std::unique_ptr<KnownTriples> known; // when negatives are filtered
    qint32 entityCount = 0;
    int threads = 1;
    int batches = 1;
    int chunk = 1; // positives sharing negatives (1 = each its own)
    int epoch = 0; // 1-based
    std::atomic<bool> stop{false}; // leave the current epoch's slice early
    std::atomic<bool> quit{false}; // set before `start`: the workers leave instead of training
    std::atomic<qint64> done{0}; // positives over all epochs, for progress
};

// Positives whose negatives are drawn in one go, ahead of their steps.
int chunkFor(int negatives)
{
    return std::clamp(16384 / std::max(negatives, 1), 1, 256);
}

struct Worker
{
    Worker(int index, const TrainConfig &config, int chunk)
        : rng(config.seed, quint64(index))
        , scratch(config.model.width(), config.negatives)
        , sides(size_t(chunk > 1 ? chunk : chunkFor(config.negatives)))
        , negatives(chunk > 1 ? size_t(config.negatives) : sides.size() * size_t(config.negatives))
    {
        if (chunk > 1) {
            shared = std::make_unique<ChunkScratch>(config.model.width(), config.negatives, chunk);
            excluded.resize(size_t(chunk) * size_t(config.negatives));
        }
        positives.resize(sides.size());
        picks.resize(sides.size());
    }
    Rng rng;
    Scratch scratch;
    std::unique_ptr<ChunkScratch> shared; // when positives share negatives
    std::vector<quint8> sides;
    std::vector<qint32> negatives;
    std::vector<Triple> positives; // the chunk being trained, in shuffled order
    std::vector<qint64> picks;     // its Fisher-Yates picks
    std::vector<quint8> excluded;  // shared negatives left out, per positive (filtering)
    std::unique_ptr<NegativeIndex> index; // scratch of markKnownNegatives
    double loss = 0.0;                          // this epoch
};

float learningRate(const TrainConfig &config, double epochsDone)
{
    if (config.warmupEpochs <= 0.0f || epochsDone >= config.warmupEpochs)
        return config.learningRate;
    return float(config.learningRate * epochsDone / config.warmupEpochs);
}

using SliceFn = void (*)(Shared &, Worker &, int, Progress *);

// Lazy Fisher-Yates over a thread's slice [p, end) of the epoch's order: position p takes a
// uniform pick among [p, end). The picks of a chunk are drawn first and their triples
// prefetched; then the swaps run and the chunk's positives are copied out (the slice may wrap
// around the end of the order). Positions are rotated by the epoch's offset.
void takeChunk(Shared &sh, Worker &wk, qint64 p, qint64 end, int count)
{
    const qint64 n = qint64(sh.order.size());
    const auto at = [&](qint64 v) {
        return v + sh.offset < n ? v + sh.offset : v + sh.offset - n;
    };
    for (int i = 0; i < count; ++i) {
        const qint64 pick = at(p + i + qint64(wk.rng.below(quint32(end - p - i))));
        wk.picks[size_t(i)] = pick;
        __builtin_prefetch(sh.order.data() + pick, 1, 3);
    }
    for (int i = 0; i < count; ++i) {
        Triple &here = sh.order[size_t(at(p + i))];
        std::swap(here, sh.order[size_t(wk.picks[size_t(i)])]);
        wk.positives[size_t(i)] = here;
    }
}

// One thread's share of an epoch. Thread 0 (the caller's) reports progress and may throw
// eg::Cancelled; the others stop at the next batch once `stop` is set.
template <class P, Cmp C, template <class> class Opt>
void runSlice(Shared &sh, Worker &wk, int thread, Progress *progress)
{
    const qint64 n = qint64(sh.order.size());
    const qint64 begin = n * thread / sh.threads, end = n * (thread + 1) / sh.threads;
    const int k = sh.config->negatives, w = sh.tables.width;
    const qint64 chunk = qint64(wk.sides.size());
    const Triple *pos = wk.positives.data();
    wk.loss = 0.0;
    for (int b = 0; b < sh.batches; ++b) {
        if (sh.stop.load(std::memory_order_relaxed))
            return;
        const qint64 first = begin + (end - begin) * b / sh.batches;
        const qint64 last = begin + (end - begin) * (b + 1) / sh.batches;
        const double batch = double(sh.epoch - 1) * sh.batches + b; // 0-based, global
        const Opt<P> opt(learningRate(*sh.config, (batch + 1) / sh.batches), batch + 1);
        for (qint64 c0 = first; c0 < last; c0 += chunk) {
            const int count = int(std::min(last - c0, chunk));
            takeChunk(sh, wk, c0, end, count);
            if (wk.shared) {
                drawSharedNegatives(wk.rng, {pos, size_t(count)}, sh.thresholds.data(),
                                    sh.entityCount, k, wk.sides.data(), wk.negatives.data());
                if (sh.known)
                    markKnownNegatives(*sh.known, pos, wk.sides.data(), count, wk.negatives.data(),
                                       k, wk.excluded.data(), *wk.index);
                wk.loss += chunkStep<P, C>(sh.settings, sh.tables, *wk.shared, opt, pos,
                                           wk.sides.data(), count, wk.negatives.data(), k,
                                           sh.known ? wk.excluded.data() : nullptr);
                continue;
            }
            drawNegatives(wk.rng, {pos, size_t(count)}, sh.thresholds.data(), sh.entityCount, k,
                          wk.sides.data(), wk.negatives.data(), sh.known.get());
            for (int i = 0; i < count; ++i) {
                if (i + 2 < count) { // the rows of the positive after next
                    const Triple &y = pos[i + 2];
                    simd::prefetchRow(rowOf(sh.tables.entities, y.h, w), 4 * w);
                    simd::prefetchRow(rowOf(sh.tables.entities, y.t, w), 4 * w);
                    simd::prefetchRow(rowOf(sh.tables.relations, y.r, w), 4 * w);
                    for (int j = 0; j < std::min(k, 2); ++j)
                        simd::prefetchRow(
                            rowOf(sh.tables.entities, wk.negatives[size_t((i + 2) * k + j)], w),
                            4 * w);
                }
                wk.loss += step<P, C>(sh.settings, sh.tables, wk.scratch, opt, pos[i],
                                      wk.sides[size_t(i)] != 0, &wk.negatives[size_t(i * k)], k);
            }
        }
        const qint64 done = sh.done.fetch_add(last - first, std::memory_order_relaxed);
        if (progress)
            progress->report(done + (last - first));
    }
}

template <class P, Cmp C> SliceFn sliceFor(OptimizerType optimizer)
{
    switch (optimizer) {
    case OptimizerType::Sgd:
        return &runSlice<P, C, SgdUpdate>;
    case OptimizerType::Adagrad:
        return &runSlice<P, C, AdagradUpdate>;
    case OptimizerType::Adam:
        return &runSlice<P, C, AdamUpdate>;
    }
    return nullptr;
}

SliceFn sliceFor(const ModelSpec &spec, OptimizerType optimizer)
{
    using P = simd::Native;
    switch (comparator(spec)) {
    case Cmp::L1:
        return sliceFor<P, Cmp::L1>(optimizer);
    case Cmp::L2:
        return sliceFor<P, Cmp::L2>(optimizer);
    case Cmp::Dot:
        return sliceFor<P, Cmp::Dot>(optimizer);
    }
    return nullptr;
}

int optimizerStates(OptimizerType optimizer)
{
    return optimizer == OptimizerType::Sgd ? 0 : (optimizer == OptimizerType::Adagrad ? 1 : 2);
}

} // namespace

int marginChunk(const TrainConfig &config, const MarginOptions &options)
{
    if (options.chunk > 0)
        return options.chunk;
    return config.negatives < 16 ? 1 : 32;
}

Model trainMargin(std::span<const Triple> triples, qint32 entityCount, qint32 relationCount,
                  const TrainConfig &config, const ProgressFn &progressFn, const EpochFn &onEpoch,
                  const Model *initial, const MarginOptions &options)
{
    validateMargin(config);
    if (options.chunk < 0 || options.chunk > 4096)
        throw Error(Error::tr("the negative-sharing chunk must be between 0 and 4096 "
                              "(got %1)")
                        .arg(options.chunk));
    if (triples.empty())
        throw Error(Error::tr("no training triples"));
    if (entityCount < 2)
        throw Error(Error::tr("negative sampling needs at least 2 entities"));
    if (triples.size() >= (size_t(1) << 31))
        throw Error(Error::tr("the margin trainer takes fewer than 2^31 triples"));

    Model model = initial ? *initial : initialMarginModel(config, entityCount, relationCount);
    const int width = config.model.width();
    const int states = optimizerStates(config.optimizer);
    std::vector<float> entityState(size_t(states) * size_t(model.entities.size()), 0.0f);
    std::vector<float> relationState(size_t(states) * size_t(model.relations.size()), 0.0f);

    Shared sh;
    sh.config = &config;
    sh.settings.spec = config.model;
    sh.settings.loss = {config.loss, config.margin, config.adversarialTemperature};
    sh.settings.regularization = config.regularization;
    sh.settings.normalize = config.loss == LossType::Margin && config.normalizeEntities;
    sh.tables.entities = model.entities.data();
    sh.tables.relations = model.relations.data();
    sh.tables.width = width;
    if (states >= 1) {
        sh.tables.entityState1 = entityState.data();
        sh.tables.relationState1 = relationState.data();
    }
    if (states >= 2) {
        sh.tables.entityState2 = entityState.data() + model.entities.size();
        sh.tables.relationState2 = relationState.data() + model.relations.size();
    }
    sh.order.assign(triples.begin(), triples.end());
    sh.thresholds = headThresholds(triples, relationCount, config.corruption);
    sh.entityCount = entityCount;
    sh.chunk = marginChunk(config, options);
    if (options.filterNegatives.value_or(config.loss == LossType::SelfAdversarial))
        sh.known = std::make_unique<KnownTriples>(std::initializer_list{triples});
    const qint64 n = qint64(triples.size());
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    sh.threads = int(std::clamp<qint64>(config.threads > 0 ? config.threads : cores, 1, n));
    const qint64 batches = config.batchSize > 0 ? (n + config.batchSize - 1) / config.batchSize
                                                : config.batchesPerEpoch;
    sh.batches = int(std::clamp<qint64>(batches, 1, std::max<qint64>(1, n / sh.threads)));
    const SliceFn slice = sliceFor(config.model, config.optimizer);

    std::vector<std::unique_ptr<Worker>> workers;
    for (int i = 0; i < sh.threads; ++i) {
        workers.push_back(std::make_unique<Worker>(i, config, sh.chunk));
        if (sh.known && sh.chunk > 1)
            workers.back()->index = std::make_unique<NegativeIndex>(entityCount);
    }
    Progress progress(progressFn, qint64(config.epochs) * n);

    // Two rendezvous per epoch: `start` after the calling thread has prepared the epoch (or
    // set `stop`), `end` when every slice is done. Rows are only read between them.
    std::barrier start(sh.threads), end(sh.threads);
    std::vector<std::thread> pool;
    try {
        for (int i = 1; i < sh.threads; ++i) {
            pool.emplace_back([&, i] {
                for (;;) {
                    start.arrive_and_wait();
                    // Only `quit` ends a worker here: `stop` may already be set by the
                    // calling thread's cancelled slice of this very epoch, and the worker must
                    // still meet it at `end`.
                    if (sh.quit.load())
                        return;
                    slice(sh, *workers[size_t(i)], i, nullptr);
                    end.arrive_and_wait();
                }
            });
        }
    } catch (...) { // no more threads: release the ones that started, then report
        sh.stop.store(true);
        sh.quit.store(true);
        for (int missing = sh.threads - 1 - int(pool.size()); missing > 0; --missing)
            start.arrive_and_drop();
        start.arrive_and_wait();
        for (std::thread &thread : pool)
            thread.join();
        throw;
    }

    std::exception_ptr failure;
    bool finished = false;
    // One global shuffle up front; each epoch then rotates the slices by a random offset and
    // every thread shuffles its slice as it trains it (takeChunk), so no thread waits for a
    // serial shuffle between epochs. With one thread this is a uniform shuffle per epoch.
    Rng shuffler(config.seed, shuffleStream);
    shuffleInPlace(std::span(sh.order), shuffler);
    for (int epoch = 1;; ++epoch) {
        const bool go = epoch <= config.epochs && !failure && !finished;
        if (go) {
            sh.epoch = epoch;
            sh.offset = epoch == 1 ? 0 : qint64(shuffler.below(quint32(n)));
        } else {
            sh.stop.store(true);
            sh.quit.store(true);
        }
        QElapsedTimer timer;
        timer.start();
        start.arrive_and_wait();
        if (!go)
            break;
        try {
            slice(sh, *workers[0], 0, &progress);
        } catch (...) {
            failure = std::current_exception();
            sh.stop.store(true);
        }
        end.arrive_and_wait();
        if (failure)
            continue;
        try {
            EpochStats stats;
            stats.epoch = epoch;
            stats.seconds = double(timer.nsecsElapsed()) * 1e-9;
            stats.positives = n;
            for (const auto &worker : workers)
                stats.loss += worker->loss;
            stats.loss /= double(n);
            if (!std::isfinite(stats.loss)) {
                throw Error(Error::tr("training diverged at epoch %1 (loss %2): lower the "
                                      "learning rate (now %3) or the initial scale")
                                .arg(epoch)
                                .arg(stats.loss)
                                .arg(double(config.learningRate)));
            }
            if (onEpoch && !onEpoch(stats, model))
                finished = true;
        } catch (...) {
            failure = std::current_exception();
        }
    }
    for (std::thread &thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
    progress.force(qint64(config.epochs) * n);
    return model;
}

void validateMargin(const TrainConfig &config)
{
    const auto fail = [](const QString &message) {
        throw Error(message);
    };
    if (config.loss != LossType::Margin && config.loss != LossType::SelfAdversarial)
        fail(Error::tr("the margin trainer handles the margin and self-adversarial losses"));
    if (config.model.separateRhs)
        fail(Error::tr("separateRhs (a second relation table for head prediction) needs "
                       "the softmax loss"));
    if (config.batchNegatives != 0)
        fail(Error::tr("batchNegatives is a softmax setting: the margin and "
                       "self-adversarial losses use `negatives` uniform negatives per "
                       "positive (set batchNegatives to 0)"));
    if (config.negatives < 1 || config.negatives > 65536)
        fail(Error::tr("negatives must be between 1 and 65536 for the %1 loss (got %2)")
                 .arg(config.loss == LossType::Margin ? QStringLiteral("margin")
                                                      : QStringLiteral("self-adversarial"))
                 .arg(config.negatives));
    if (config.loss == LossType::Margin && !(config.margin > 0.0f))
        fail(Error::tr("margin must be positive for the margin loss (got %1)")
                 .arg(double(config.margin)));
}

} // namespace eg
