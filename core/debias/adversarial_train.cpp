#include "debias/adversarial.h"

#include "common/error.h"
#include "debias/adversarial_labels.h"
#include "debias/adversarial_objective.h"
#include "dml/adam.h"
#include "embed/optim_adagrad.h"
#include "embed/softmax_chunk.h"
#include "embed/softmax_setup.h"

#include <QElapsedTimer>

#include <atomic>
#include <cmath>
#include <exception>
#include <mutex>
#include <thread>

namespace eg {
namespace {

using adversarial::Mat;
using adversarial::Vec;

constexpr int kDefaultChunk = 50; // as the softmax trainer: positives per chunk

void check(bool ok, const QString &message)
{
    if (!ok)
        throw Error(Error::tr("adversarial filters: %1").arg(message));
}

void validateConfig(const AdversarialConfig &c)
{
    check(c.base.loss == LossType::Softmax, Error::tr("the base loss must be softmax"));
    check(!c.attributes.empty(), Error::tr("needs at least one sensitive attribute"));
    check(std::isfinite(c.gamma) && c.gamma >= 0.0f, Error::tr("gamma must be >= 0"));
    check(c.filterHidden >= 0 && c.discriminatorHidden >= 0,
          Error::tr("hidden sizes must not be negative"));
    check(c.discriminatorSteps >= 0, Error::tr("discriminator steps must be >= 0"));
    check(std::isfinite(c.filterLearningRate) && c.filterLearningRate > 0.0f &&
              std::isfinite(c.discriminatorLearningRate) && c.discriminatorLearningRate > 0.0f,
          Error::tr("learning rates must be positive"));
}

struct Tally
{
    double loss = 0.0; // summed over the batches that used the attribute
    qint64 batches = 0;
    qint64 rows = 0;
    qint64 correct = 0;
};

struct Worker
{
    softmax::ChunkWorkspace<float> workspace;
    softmax::BatchGradients<float> grads;
    std::vector<std::vector<qint32>> tailNegatives, headNegatives; // per chunk
    std::vector<qint32> slotOf, touched; // entity -> row of x (-1), row of x -> entity
    Matrix table;                        // C-ENC of the touched entities, at their own rows
    Mat<float> x, f, dF, dX;             // raw rows, filtered rows and their gradients
    adversarial::Caches<float> caches;
    std::vector<MlpFilter> filters, discriminators; // this batch's snapshot
    std::vector<Vec<float>> filterGrads;
    Vec<float> discriminatorGrad;
    std::vector<std::vector<qint32>> rows, labels; // per attribute: people's rows of f, classes
    std::vector<int> subset;
    double linkLoss = 0.0;
    std::vector<Tally> tally;
};

class Trainer
{
public:
    Trainer(const Graph &graph, const AdversarialConfig &c, AdversarialModel &out, int threads)
        : m_config(c), m_base(c.base), m_out(out), m_model(out.model),
          m_order(graph.train.begin(), graph.train.end()), m_threads(threads)
    {
        const qint64 n = qint64(m_order.size());
        m_batchSize = m_base.batchSize > 0
                          ? m_base.batchSize
                          : int((n + m_base.batchesPerEpoch - 1) / m_base.batchesPerEpoch);
        m_batchSize = int(std::min<qint64>(std::max(m_batchSize, 1), n));
        m_batches = (n + m_batchSize - 1) / m_batchSize;
        m_chunk = m_base.batchNegatives > 0 ? m_base.batchNegatives : kDefaultChunk;
        m_settings.spec = m_base.model;
        m_settings.batchNegatives = m_base.batchNegatives > 0;
        m_settings.regularization = m_base.regularization;
        const int w = m_base.model.width();
        const size_t k = c.attributes.size();
        for (const AdversarialAttribute &a : c.attributes) {
            m_labels.push_back(adversarial::attributeLabels(graph, a, c.labelSplits));
            out.classes.push_back(m_labels.back().classes);
        }
        Rng rng(m_base.seed, 0xF117E5ull);
        const int fh = c.filterHidden > 0 ? c.filterHidden : 2 * w;
        const int dh = c.discriminatorHidden > 0 ? c.discriminatorHidden : 2 * w;
        dml::AdamSettings fs, ds;
        fs.learningRate = c.filterLearningRate;
        ds.learningRate = c.discriminatorLearningRate;
        for (size_t a = 0; a < k; ++a) {
            out.filters.emplace_back(w, fh, w, rng);
            out.discriminators.emplace_back(w, dh, int(m_labels[a].classes.size()), rng);
            m_filterAdam.emplace_back(fs);
            m_filterAdam.back().addBlock(out.filters.back().parameterCount());
            m_discAdam.emplace_back(ds);
            m_discAdam.back().addBlock(out.discriminators.back().parameterCount());
        }
        m_workers.resize(size_t(threads));
        for (Worker &wk : m_workers) {
            wk.grads.entities.resize(m_model.entityCount(), w);
            wk.grads.relations.resize(m_model.relationCount(), w);
            if (m_base.model.separateRhs)
                wk.grads.relationsRhs.resize(m_model.relationCount(), w);
            wk.slotOf.assign(size_t(m_model.entityCount()), -1);
            wk.table.resize(m_model.entityCount(), w);
            wk.filters = out.filters;
            wk.discriminators = out.discriminators;
            wk.filterGrads.resize(k);
            wk.rows.resize(k);
            wk.labels.resize(k);
        }
        m_entityState.reset(m_model.entityCount());
        m_relationState.reset(m_model.relationCount(), w);
        m_relationRhsState.reset(m_base.model.separateRhs ? m_model.relationCount() : 0, w);
    }

    qint64 positives() const { return qint64(m_order.size()); }

    // Trains one epoch (0-based) and returns its record. Throws what a worker threw.
    AdversarialEpoch runEpoch(int epoch, Progress &progress)
    {
        Rng shuffle(m_base.seed, (1ull << 63) | quint64(epoch));
        shuffleInPlace(std::span(m_order), shuffle);
        m_epoch = epoch;
        m_next = 0;
        m_done = 0;
        m_stop = false;
        m_failure = nullptr;
        for (Worker &wk : m_workers) {
            wk.linkLoss = 0.0;
            wk.tally.assign(m_config.attributes.size(), Tally{});
        }
        std::vector<std::thread> others;
        for (int t = 1; t < m_threads; ++t)
            others.emplace_back([this, t, &progress] { run(t, progress); });
        run(0, progress); // the calling thread is worker 0, the only one that reports progress
        for (std::thread &th : others)
            th.join();
        if (m_failure)
            std::rethrow_exception(m_failure);
        AdversarialEpoch record;
        record.epoch = epoch + 1;
        for (size_t a = 0; a < m_config.attributes.size(); ++a) {
            Tally sum;
            for (const Worker &wk : m_workers) {
                sum.loss += wk.tally[a].loss;
                sum.batches += wk.tally[a].batches;
                sum.rows += wk.tally[a].rows;
                sum.correct += wk.tally[a].correct;
            }
            record.discriminatorLoss.push_back(sum.batches ? sum.loss / double(sum.batches) : 0);
            record.discriminatorAccuracy.push_back(
                sum.rows ? double(sum.correct) / double(sum.rows) : 0.0);
        }
        for (const Worker &wk : m_workers)
            record.linkLoss += wk.linkLoss;
        record.linkLoss /= double(positives());
        return record;
    }

private:
    std::span<const Triple> batch(qint64 b) const
    {
        const qint64 from = b * m_batchSize;
        const qint64 to = std::min<qint64>(from + m_batchSize, positives());
        return std::span<const Triple>(m_order).subspan(size_t(from), size_t(to - from));
    }

    float learningRate(qint64 b) const
    {
        const double warm = double(m_base.warmupEpochs) * double(m_batches);
        const double step = double(m_epoch) * double(m_batches) + double(b) + 1.0;
        return warm > 0.0 && step < warm ? float(m_base.learningRate * step / warm)
                                         : m_base.learningRate;
    }

    void fail(std::exception_ptr e)
    {
        std::lock_guard lock(m_mutex);
        if (!m_failure)
            m_failure = e;
        m_stop = true;
    }

    void run(int t, Progress &progress)
    {
        Worker &wk = m_workers[size_t(t)];
        try {
            while (!m_stop) {
                const qint64 b = m_next.fetch_add(1);
                if (b >= m_batches)
                    break;
                trainBatch(wk, b);
                m_done += qint64(batch(b).size());
                if (t == 0)
                    progress.report(qint64(m_epoch) * positives() + m_done.load());
            }
        } catch (...) {
            fail(std::current_exception());
        }
    }

    // The attributes of this batch: all, or a random non-empty subset (each in with p = 1/2).
    void chooseSubset(Worker &wk, qint64 b)
    {
        const int k = int(m_config.attributes.size());
        wk.subset.clear();
        Rng rng(m_base.seed, (quint64(m_epoch) << 40) ^ quint64(b) ^ 0x5B5Bull << 56);
        while (wk.subset.empty()) {
            for (int a = 0; a < k; ++a)
                if (!m_config.sampleMask || k == 1 || (rng.next() >> 63))
                    wk.subset.push_back(a);
        }
    }

    // The chunks' uniform negatives (the softmax trainer's scheme) and the touched entities.
    void gatherRows(Worker &wk, qint64 b, std::span<const Triple> triples, int chunks)
    {
        wk.tailNegatives.resize(size_t(chunks));
        wk.headNegatives.resize(size_t(chunks));
        const quint32 entities = quint32(m_model.entityCount());
        wk.touched.clear();
        const auto touch = [&wk](qint32 id) {
            if (wk.slotOf[size_t(id)] < 0) {
                wk.slotOf[size_t(id)] = qint32(wk.touched.size());
                wk.touched.push_back(id);
            }
        };
        for (const Triple &x : triples) {
            touch(x.h);
            touch(x.t);
        }
        for (int c = 0; c < chunks; ++c) {
            Rng rng(m_base.seed, (quint64(m_epoch) * 0x9E3779B97F4A7C15ull + quint64(b)) *
                                         0xC2B2AE3D27D4EB4Full +
                                     quint64(c));
            for (auto *list : {&wk.tailNegatives[size_t(c)], &wk.headNegatives[size_t(c)]}) {
                list->resize(size_t(m_base.negatives));
                for (qint32 &id : *list) {
                    id = qint32(rng.below(entities));
                    touch(id);
                }
            }
        }
        const int w = m_base.model.width();
        wk.x.resize(qint64(wk.touched.size()), w);
        for (size_t i = 0; i < wk.touched.size(); ++i)
            wk.x.row(qint64(i)) = m_model.entities.row(wk.touched[i]);
    }

    void snapshot(Worker &wk)
    {
        std::lock_guard lock(m_netMutex);
        for (int a : wk.subset) {
            wk.filters[size_t(a)].parameters() = m_out.filters[size_t(a)].parameters();
            wk.discriminators[size_t(a)].parameters() =
                m_out.discriminators[size_t(a)].parameters();
        }
    }

    void trainBatch(Worker &wk, qint64 b)
    {
        const std::span<const Triple> triples = batch(b);
        const int chunks = int((qint64(triples.size()) + m_chunk - 1) / m_chunk);
        chooseSubset(wk, b);
        snapshot(wk);
        gatherRows(wk, b, triples, chunks);
        const qint64 n = qint64(wk.touched.size());

        // Link prediction on C-ENC of every touched entity.
        std::vector<const MlpFilter *> chosen;
        std::vector<Vec<float> *> grads;
        for (int a : wk.subset) {
            chosen.push_back(&wk.filters[size_t(a)]);
            wk.filterGrads[size_t(a)].setZero(chosen.back()->parameterCount());
            grads.push_back(&wk.filterGrads[size_t(a)]);
        }
        adversarial::composeForward<float>(chosen, wk.x, wk.f, wk.caches);
        for (qint64 i = 0; i < n; ++i)
            wk.table.row(wk.touched[size_t(i)]) = wk.f.row(i);
        softmax::Tables<float> tables;
        tables.entities = &wk.table;
        tables.relations = &m_model.relations;
        tables.relationsRhs = m_base.model.separateRhs ? &m_model.relationsRhs : nullptr;
        double link = 0.0;
        for (int c = 0; c < chunks; ++c) {
            const size_t from = size_t(c) * size_t(m_chunk);
            const auto chunk =
                triples.subspan(from, std::min(size_t(m_chunk), triples.size() - from));
            link += softmax::chunkLoss<float>(m_settings, tables, chunk,
                                              wk.tailNegatives[size_t(c)],
                                              wk.headNegatives[size_t(c)], wk.workspace, wk.grads);
        }
        wk.dF.setZero(n, wk.f.cols());
        for (qint64 i = 0; i < n; ++i)
            if (const float *g = wk.grads.entities.find(wk.touched[size_t(i)]))
                wk.dF.row(i) = Eigen::Map<const Eigen::RowVectorXf>(g, wk.f.cols());

        // The adversarial term: - gamma * B * L_D,k on the batch's labelled heads and tails.
        const float scale = -m_config.gamma * float(triples.size());
        double penalty = 0.0;
        for (int a : wk.subset) {
            auto &rows = wk.rows[size_t(a)];
            auto &labels = wk.labels[size_t(a)];
            rows.clear();
            labels.clear();
            const std::vector<qint32> &label = m_labels[size_t(a)].label;
            for (const Triple &x : triples)
                for (qint32 id : {x.h, x.t})
                    if (label[size_t(id)] >= 0) {
                        rows.push_back(wk.slotOf[size_t(id)]);
                        labels.push_back(label[size_t(id)]);
                    }
            adversarial::DiscriminatorCount count;
            const float ld = adversarial::discriminatorLoss<float>(
                wk.discriminators[size_t(a)], wk.f, rows, labels, scale, nullptr,
                m_config.gamma > 0.0f ? &wk.dF : nullptr, &count);
            penalty += double(scale) * double(ld);
            Tally &tally = wk.tally[size_t(a)];
            tally.loss += ld;
            tally.batches += rows.empty() ? 0 : 1;
            tally.rows += count.rows;
            tally.correct += count.correct;
        }
        if (!std::isfinite(link) || !std::isfinite(penalty))
            throw Error(Error::tr("adversarial training diverged at epoch %1 (link loss %2, "
                                  "adversarial term %3 in batch %4); try a lower gamma or "
                                  "learning rate")
                            .arg(m_epoch + 1)
                            .arg(link)
                            .arg(penalty)
                            .arg(b + 1));
        wk.linkLoss += link;

        // Back through the filters to the raw rows, then the optimiser steps.
        wk.dX.setZero(n, wk.x.cols());
        adversarial::composeBackward<float>(chosen, wk.x, wk.caches, wk.dF, grads, wk.dX);
        applyEmbeddings(wk, learningRate(b));
        for (qint32 id : wk.touched)
            wk.slotOf[size_t(id)] = -1;
        {
            std::lock_guard lock(m_netMutex);
            for (int a : wk.subset) {
                m_filterAdam[size_t(a)].beginStep();
                m_filterAdam[size_t(a)].update(0, m_out.filters[size_t(a)].parameters().data(),
                                               wk.filterGrads[size_t(a)].data());
            }
        }
        trainDiscriminators(wk);
    }

    void applyEmbeddings(Worker &wk, float lr)
    {
        const int w = m_base.model.width();
        for (size_t i = 0; i < wk.touched.size(); ++i)
            m_entityState.update(wk.touched[i], m_model.entities.row(wk.touched[i]).data(),
                                 wk.dX.row(qint64(i)).data(), w, lr);
        const auto &g = wk.grads;
        for (size_t s = 0; s < g.relations.rows().size(); ++s) {
            const qint32 r = g.relations.rows()[s];
            m_relationState.update(r, m_model.relations.row(r).data(),
                                   g.relations.slotData(qint32(s)), lr);
        }
        for (size_t s = 0; s < g.relationsRhs.rows().size(); ++s) {
            const qint32 r = g.relationsRhs.rows()[s];
            m_relationRhsState.update(r, m_model.relationsRhs.row(r).data(),
                                      g.relationsRhs.slotData(qint32(s)), lr);
        }
        wk.grads.clear();
    }

    // Bose's D steps: each discriminator of the subset learns on the batch's fixed C-ENC rows.
    void trainDiscriminators(Worker &wk)
    {
        for (int step = 0; step < m_config.discriminatorSteps; ++step) {
            for (int a : wk.subset) {
                if (wk.rows[size_t(a)].empty())
                    continue;
                MlpFilter &local = wk.discriminators[size_t(a)];
                wk.discriminatorGrad.setZero(local.parameterCount());
                adversarial::discriminatorLoss<float>(local, wk.f, wk.rows[size_t(a)],
                                                      wk.labels[size_t(a)], 1.0f,
                                                      &wk.discriminatorGrad, nullptr);
                std::lock_guard lock(m_netMutex);
                MlpFilter &shared = m_out.discriminators[size_t(a)];
                m_discAdam[size_t(a)].beginStep();
                m_discAdam[size_t(a)].update(0, shared.parameters().data(),
                                             wk.discriminatorGrad.data());
                local.parameters() = shared.parameters();
            }
        }
    }

    const AdversarialConfig &m_config;
    const TrainConfig &m_base;
    AdversarialModel &m_out;
    Model &m_model;
    std::vector<Triple> m_order;
    int m_threads = 1;
    int m_batchSize = 1;
    qint64 m_batches = 0;
    int m_chunk = kDefaultChunk;
    softmax::ChunkSettings m_settings;
    std::vector<adversarial::AttributeLabels> m_labels;
    std::vector<dml::Adam> m_filterAdam, m_discAdam;
    std::vector<Worker> m_workers;
    RowAdagrad m_entityState;
    ElementAdagrad m_relationState, m_relationRhsState;

    int m_epoch = 0;
    std::atomic<qint64> m_next{0}, m_done{0};
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex, m_netMutex;
    std::exception_ptr m_failure;
};

} // namespace

AdversarialModel trainAdversarial(const Graph &graph, const AdversarialConfig &config,
                                  const ProgressFn &progress, const EpochFn &onEpoch)
{
    validateConfig(config);
    const TrainConfig &base = config.base;
    softmax::validateInputs(graph.train, graph.entityCount(), graph.relationCount(), base,
                            nullptr, SoftmaxOptions{});
    AdversarialModel out;
    out.attributes = config.attributes;
    out.model = softmax::initialModel(graph.entityCount(), graph.relationCount(), base);
    out.model.spec = base.model;
    int threads = base.threads > 0 ? base.threads : int(std::thread::hardware_concurrency());
    threads = std::max(threads, 1);

    Trainer trainer(graph, config, out, threads);
    Progress report(progress, qint64(base.epochs) * trainer.positives());
    report.setStride(std::max<qint64>(1, trainer.positives() / 100));
    for (int epoch = 0; epoch < base.epochs; ++epoch) {
        QElapsedTimer timer;
        timer.start();
        AdversarialEpoch record = trainer.runEpoch(epoch, report);
        record.seconds = double(timer.nsecsElapsed()) * 1e-9;
        out.history.push_back(record);
        report.force(qint64(epoch + 1) * trainer.positives());
        if (onEpoch) {
            EpochStats stats;
            stats.epoch = record.epoch;
            stats.loss = record.linkLoss;
            stats.seconds = record.seconds;
            stats.positives = trainer.positives();
            if (!onEpoch(stats, out.filtered()))
                break;
        }
    }
    return out;
}

} // namespace eg
