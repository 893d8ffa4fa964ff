#include "embed/train_softmax.h"

#include "common/error.h"
#include "embed/optim_adagrad.h"
#include "embed/rng.h"
#include "embed/softmax_chunk.h"
#include "embed/softmax_setup.h"

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <cmath>
#include <exception>
#include <mutex>
#include <thread>

namespace eg {
namespace {

using softmax::BatchGradients;
using softmax::ChunkWorkspace;

constexpr int kDefaultChunk = 50; // positives per chunk when batchNegatives == 0

// The hook's view of a worker's batch gradients.
class HookGradients final : public SoftmaxGradients
{
public:
    HookGradients(BatchGradients<float> &g, const Model &m) : m_g(g), m_model(m) {}
    float *entity(qint32 row) override
    {
        checkRow(row, m_model.entities.rows());
        return m_g.entities.row(row);
    }
    float *relation(qint32 row) override
    {
        checkRow(row, m_model.relations.rows());
        return m_g.relations.row(row);
    }
    float *relationRhs(qint32 row) override
    {
        checkRow(row, m_model.relationsRhs.rows());
        return m_g.relationsRhs.row(row);
    }

private:
    static void checkRow(qint32 row, qint64 rows)
    {
        if (row < 0 || row >= rows)
            throw Error(Error::tr("softmax hook: gradient row %1 out of range").arg(row));
    }
    BatchGradients<float> &m_g;
    const Model &m_model;
};

struct Worker
{
    ChunkWorkspace<float> workspace;
    BatchGradients<float> grads;
    std::vector<qint32> tailNegatives, headNegatives;
    std::vector<float> sum; // Synchronous: a row summed over the workers
    double loss = 0.0;      // this epoch
    double batchLoss = 0.0; // Synchronous: this worker's share of the current batch
};

class Trainer
{
public:
    Trainer(std::span<const Triple> triples, const TrainConfig &c, const SoftmaxOptions &o,
            Model &model, int threads)
        : m_config(c), m_options(o), m_model(model), m_order(triples.begin(), triples.end()),
          m_threads(threads)
    {
        const qint64 n = qint64(m_order.size());
        m_batchSize = c.batchSize > 0 ? c.batchSize : int((n + c.batchesPerEpoch - 1) /
                                                          c.batchesPerEpoch);
        m_batchSize = int(std::min<qint64>(std::max(m_batchSize, 1), n));
        m_batches = (n + m_batchSize - 1) / m_batchSize;
        m_chunk = c.batchNegatives > 0 ? c.batchNegatives : kDefaultChunk;
        m_sampled = o.sampledEntities > 0 ? o.sampledEntities : model.entityCount();
        m_settings.spec = c.model;
        m_settings.batchNegatives = c.batchNegatives > 0;
        m_settings.regularizer = o.regularizer;
        m_settings.regularization = c.regularization;
        m_settings.extraRows = o.hooks.extraRows;
        m_settings.composites = o.hooks.composites.get();
        m_tables.entities = &model.entities;
        m_tables.relations = &model.relations;
        m_tables.relationsRhs = c.model.separateRhs ? &model.relationsRhs : nullptr;
        const int w = c.model.width();
        m_workers.resize(size_t(threads));
        for (Worker &wk : m_workers) {
            wk.grads.entities.resize(model.entityCount(), w);
            wk.grads.relations.resize(model.relationCount(), w);
            if (c.model.separateRhs)
                wk.grads.relationsRhs.resize(model.relationCount(), w);
            wk.sum.resize(size_t(w));
        }
        m_entityState.reset(model.entityCount());
        m_relationState.reset(model.relationCount(), w);
        m_relationRhsState.reset(c.model.separateRhs ? model.relationCount() : 0, w);
    }

    qint64 positives() const { return qint64(m_order.size()); }

    // Trains one epoch (0-based); returns the summed loss. Throws what a worker threw.
    double runEpoch(int epoch, Progress &progress)
    {
        Rng shuffle(m_config.seed, (1ull << 63) | quint64(epoch));
        shuffleInPlace(std::span(m_order), shuffle);
        m_epoch = epoch;
        m_next = 0;
        m_done = 0;
        m_stop = false;
        m_failure = nullptr;
        for (Worker &wk : m_workers)
            wk.loss = 0.0;
        std::barrier sync(m_threads);
        auto body = [&](int t) {
            if (m_options.parallel == SoftmaxParallel::Synchronous)
                runSynchronous(t, sync, progress);
            else
                runHogwild(t, progress);
        };
        std::vector<std::thread> others;
        for (int t = 1; t < m_threads; ++t)
            others.emplace_back(body, t);
        body(0); // the calling thread is worker 0 and the only one that reports progress
        for (std::thread &th : others)
            th.join();
        if (m_failure)
            std::rethrow_exception(m_failure);
        double loss = 0.0;
        for (const Worker &wk : m_workers)
            loss += wk.loss;
        return loss;
    }

private:
    std::span<const Triple> batch(qint64 b) const
    {
        const qint64 from = b * m_batchSize;
        const qint64 to = std::min<qint64>(from + m_batchSize, positives());
        return std::span<const Triple>(m_order).subspan(size_t(from), size_t(to - from));
    }

    // Loss of the chunks c = first, first + step, ... of batch b, gradients into wk.grads.
    double computeChunks(Worker &wk, qint64 b, int first, int step)
    {
        const std::span<const Triple> triples = batch(b);
        const int chunks = int((qint64(triples.size()) + m_chunk - 1) / m_chunk);
        double loss = 0.0;
        for (int c = first; c < chunks; c += step) {
            Rng rng(m_config.seed, (quint64(m_epoch) * 0x9E3779B97F4A7C15ull + quint64(b)) *
                                           0xC2B2AE3D27D4EB4Full +
                                       quint64(c));
            wk.tailNegatives.resize(size_t(m_config.negatives));
            wk.headNegatives.resize(size_t(m_config.negatives));
            for (qint32 &id : wk.tailNegatives)
                id = qint32(rng.below(quint32(m_sampled)));
            for (qint32 &id : wk.headNegatives)
                id = qint32(rng.below(quint32(m_sampled)));
            const size_t from = size_t(c) * size_t(m_chunk);
            const auto chunk =
                triples.subspan(from, std::min(size_t(m_chunk), triples.size() - from));
            loss += softmax::chunkLoss(m_settings, m_tables, chunk, wk.tailNegatives,
                                       wk.headNegatives, wk.workspace, wk.grads);
        }
        return loss;
    }

    double hookLoss(int t, qint64 b, Worker &wk)
    {
        if (!m_options.hooks.batchLoss)
            return 0.0;
        HookGradients view(wk.grads, m_model);
        return m_options.hooks.batchLoss(t, batch(b), m_model, view);
    }

    float learningRate(qint64 b) const
    {
        const double warm = double(m_config.warmupEpochs) * double(m_batches);
        const double step = double(m_epoch) * double(m_batches) + double(b) + 1.0;
        return warm > 0.0 && step < warm ? float(m_config.learningRate * step / warm)
                                         : m_config.learningRate;
    }

    void fail(std::exception_ptr e)
    {
        std::lock_guard lock(m_mutex);
        if (!m_failure)
            m_failure = e;
        m_stop = true;
    }

    void diverged(qint64 b, double loss)
    {
        fail(std::make_exception_ptr(
            Error(Error::tr("training diverged at epoch %1 (loss %2 in batch %3); try a "
                            "lower learning rate or stronger regularization")
                      .arg(m_epoch + 1)
                      .arg(loss)
                      .arg(b + 1))));
    }

    void report(Progress &progress)
    {
        progress.report(qint64(m_epoch) * positives() + m_done.load());
    }

    void runHogwild(int t, Progress &progress)
    {
        Worker &wk = m_workers[size_t(t)];
        try {
            while (!m_stop) {
                const qint64 b = m_next.fetch_add(1);
                if (b >= m_batches)
                    break;
                double loss = computeChunks(wk, b, 0, 1);
                loss += hookLoss(t, b, wk);
                if (!std::isfinite(loss)) {
                    diverged(b, loss);
                    break;
                }
                apply(wk.grads, learningRate(b));
                wk.grads.clear();
                wk.loss += loss;
                m_done += qint64(batch(b).size());
                if (t == 0)
                    report(progress);
            }
        } catch (...) {
            fail(std::current_exception());
        }
    }

    // Every worker walks every batch: its share of the chunks, a barrier, its share of the
    // rows to update (each row once, summed over the workers in a fixed order), a barrier.
    void runSynchronous(int t, std::barrier<> &sync, Progress &progress)
    {
        Worker &wk = m_workers[size_t(t)];
        for (qint64 b = 0; b < m_batches; ++b) {
            try {
                wk.batchLoss = computeChunks(wk, b, t, m_threads);
                if (t == 0)
                    wk.batchLoss += hookLoss(t, b, wk);
            } catch (...) {
                fail(std::current_exception());
            }
            sync.arrive_and_wait(); // the batch's gradients are complete
            double loss = 0.0;
            for (const Worker &other : m_workers)
                loss += other.batchLoss;
            if (m_stop) // set before the barrier, so every worker sees it here
                return;
            if (!std::isfinite(loss)) {
                if (t == 0)
                    diverged(b, loss);
                return;
            }
            applyShare(t, learningRate(b));
            sync.arrive_and_wait(); // every row is updated
            wk.grads.clear();
            if (t == 0) {
                wk.loss += loss;
                m_done += qint64(batch(b).size());
                try {
                    report(progress);
                } catch (...) {
                    fail(std::current_exception()); // seen by all after the next barrier
                }
            }
        }
    }

    void apply(const BatchGradients<float> &g, float lr)
    {
        const int w = m_config.model.width();
        const auto &e = g.entities.rows();
        for (size_t s = 0; s < e.size(); ++s)
            m_entityState.update(e[s], m_model.entities.row(e[s]).data(),
                                 g.entities.slotData(qint32(s)), w, lr);
        const auto &r = g.relations.rows();
        for (size_t s = 0; s < r.size(); ++s)
            m_relationState.update(r[s], m_model.relations.row(r[s]).data(),
                                   g.relations.slotData(qint32(s)), lr);
        const auto &q = g.relationsRhs.rows();
        for (size_t s = 0; s < q.size(); ++s)
            m_relationRhsState.update(q[s], m_model.relationsRhs.row(q[s]).data(),
                                      g.relationsRhs.slotData(qint32(s)), lr);
    }

    // Synchronous: worker t updates the rows it touched that no lower worker touched.
    template <typename Select, typename Update>
    void applyTable(int t, Select select, Update update)
    {
        Worker &wk = m_workers[size_t(t)];
        const softmax::RowGradients<float> &own = select(wk.grads);
        const int w = own.width();
        for (qint32 row : own.rows()) {
            bool owner = true;
            for (int u = 0; u < t && owner; ++u)
                owner = select(m_workers[size_t(u)].grads).find(row) == nullptr;
            if (!owner)
                continue;
            std::fill(wk.sum.begin(), wk.sum.end(), 0.0f);
            for (int u = t; u < m_threads; ++u)
                if (const float *g = select(m_workers[size_t(u)].grads).find(row))
                    for (int k = 0; k < w; ++k)
                        wk.sum[size_t(k)] += g[k];
            update(row, wk.sum.data());
        }
    }

    void applyShare(int t, float lr)
    {
        const int w = m_config.model.width();
        applyTable(t, [](BatchGradients<float> &g) -> auto & { return g.entities; },
                   [&](qint32 row, const float *g) {
                       m_entityState.update(row, m_model.entities.row(row).data(), g, w, lr);
                   });
        applyTable(t, [](BatchGradients<float> &g) -> auto & { return g.relations; },
                   [&](qint32 row, const float *g) {
                       m_relationState.update(row, m_model.relations.row(row).data(), g, lr);
                   });
        if (m_config.model.separateRhs)
            applyTable(t, [](BatchGradients<float> &g) -> auto & { return g.relationsRhs; },
                       [&](qint32 row, const float *g) {
                           m_relationRhsState.update(row, m_model.relationsRhs.row(row).data(),
                                                     g, lr);
                       });
    }

    const TrainConfig &m_config;
    const SoftmaxOptions &m_options;
    Model &m_model;
    std::vector<Triple> m_order;
    int m_threads = 1;
    int m_batchSize = 1;
    qint64 m_batches = 0;
    int m_chunk = kDefaultChunk;
    qint32 m_sampled = 0;
    softmax::ChunkSettings m_settings;
    softmax::Tables<float> m_tables;
    std::vector<Worker> m_workers;
    RowAdagrad m_entityState;
    ElementAdagrad m_relationState, m_relationRhsState;

    int m_epoch = 0;
    std::atomic<qint64> m_next{0}, m_done{0};
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::exception_ptr m_failure;
};

} // namespace

Model trainSoftmax(std::span<const Triple> triples, qint32 entityCount, qint32 relationCount,
                   const TrainConfig &config, const ProgressFn &progress, const EpochFn &onEpoch,
                   const Model *initial, const SoftmaxOptions &options)
{
    softmax::validateInputs(triples, entityCount, relationCount, config, initial, options);
    Model model = initial ? *initial : softmax::initialModel(entityCount, relationCount, config);
    model.spec = config.model;
    int threads = config.threads > 0 ? config.threads : int(std::thread::hardware_concurrency());
    threads = std::max(threads, 1);

    Trainer trainer(triples, config, options, model, threads);
    Progress report(progress, qint64(config.epochs) * trainer.positives());
    report.setStride(std::max<qint64>(1, trainer.positives() / 100));
    for (int epoch = 0; epoch < config.epochs; ++epoch) {
        QElapsedTimer timer;
        timer.start();
        const double loss = trainer.runEpoch(epoch, report);
        EpochStats stats;
        stats.epoch = epoch + 1;
        stats.loss = loss / double(trainer.positives());
        stats.seconds = double(timer.nsecsElapsed()) * 1e-9;
        stats.positives = trainer.positives();
        report.force(qint64(epoch + 1) * trainer.positives());
        if (onEpoch && !onEpoch(stats, model))
            break;
    }
    return model;
}

} // namespace eg
