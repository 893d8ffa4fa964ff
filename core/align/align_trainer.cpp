#include "align/align_trainer.h"

#include "align/name_index.h"
#include "align/parallel.h"
#include "common/error.h"
#include "embed/rng.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace eg {

namespace {

struct Example {
    qint32 a = 0, b = 0; // global ids
    bool positive = false;
    qint32 group = 0; // index of the positive of the same target link (margin loss)
};

// Hard-negative pools: for each training link, the most name-similar entities of the other
// graph (global ids), excluding the partner.
void hardPools(const AlignFeatures &f, int pool, std::vector<std::vector<qint32>> out[2],
               int threads) {
    const auto &links = f.data().trainLinks;
    for (int side = 0; side < 2; ++side) {
        const int other = 1 - side;
        const qint32 n = other == 0 ? f.offset() : f.entityCount() - f.offset();
        std::vector<qint32> all(static_cast<size_t>(n));
        std::iota(all.begin(), all.end(), 0);
        const NameIndex index(f.tfidf(), other, all);
        out[side].assign(links.size(), {});
        parallelSlices(qint64(links.size()), threads, [&](int, qint64 begin, qint64 end) {
            std::vector<float> scratch;
            for (qint64 k = begin; k < end; ++k) {
                const AlignLink &l = links[size_t(k)];
                const qint32 self = side == 0 ? l.first : l.second;
                const qint32 partner = side == 0 ? l.second : l.first;
                const auto best = index.topK(
                    f.tfidf().vector(side, self), pool, [&](qint32 e) { return e == partner; },
                    scratch);
                for (const Candidate &c : best)
                    out[side][size_t(k)].push_back(other == 0 ? c.entity : f.offset() + c.entity);
            }
        });
    }
}

struct Adam {
    Eigen::VectorXf m, v;
    qint64 step = 0;
    void update(Eigen::VectorXf &params, const Eigen::VectorXf &grad, float lr) {
        if (m.size() != params.size()) {
            m = Eigen::VectorXf::Zero(params.size());
            v = Eigen::VectorXf::Zero(params.size());
        }
        ++step;
        const float b1 = 0.9f, b2 = 0.999f;
        m = b1 * m + (1 - b1) * grad;
        v = b2 * v + (1 - b2) * grad.cwiseAbs2();
        const float c1 = 1 - std::pow(b1, float(step)), c2 = 1 - std::pow(b2, float(step));
        params.array() -= lr * (m.array() / c1) / ((v.array() / c2).sqrt() + 1e-8f);
    }
};

} // namespace

float learningRateAt(const AlignTrainOptions &o, qint64 step, qint64 steps) {
    const double start = double(steps) * (1 - o.decayShare);
    if (!(o.decayShare > 0) || double(step) <= start)
        return o.learningRate;
    const double left = 1 - (double(step) - start) / (double(steps) - start);
    return o.learningRate * float(std::max(0.02, left));
}

AlignModel trainAlignment(const AlignFeatures &f, const AlignTrainOptions &o,
                          const ProgressFn &progressFn, AlignTrainReport *report) {
    const auto &links = f.data().trainLinks;
    if (links.empty())
        throw Error(Error::tr("alignment training needs training links"));
    if (o.epochs < 0 || o.batchLinks < 1 || o.negatives < 0 || o.hidden < 1 ||
        !(o.anchorShare >= 0 && o.anchorShare < 1) || !(o.decayShare >= 0 && o.decayShare <= 1))
        throw Error(Error::tr("alignment training: options out of range"));
    QElapsedTimer timer;
    timer.start();
    AlignModel model;
    model.options = o;
    model.layout = ParamLayout(f.inputDim(), o.hidden, f.attentionColumns());
    model.params = initialParameters(model.layout, o.seed);
    const AlignEncoder encoder(model.layout, o.attention);
    const int threads = std::max(o.threads, 1);

    std::vector<std::vector<qint32>> pools[2];
    hardPools(f, o.hardPool, pools, threads);

    const qint64 targetsPerEpoch =
        std::max<qint64>(1, qint64(std::llround(double(links.size()) * (1 - o.anchorShare))));
    const qint64 batchesPerEpoch = (targetsPerEpoch + o.batchLinks - 1) / o.batchLinks;
    Progress progress(progressFn, batchesPerEpoch * o.epochs);
    Rng rng(o.seed, 1);
    Adam adam;
    std::vector<EncoderGrad> grads(static_cast<size_t>(threads));
    std::vector<PairWork> work;
    std::vector<float> dlogit;
    AlignTrainReport local;
    qint64 batchesDone = 0;

    for (int epoch = 0; epoch < o.epochs; ++epoch) {
        std::vector<size_t> order(links.size());
        std::iota(order.begin(), order.end(), 0);
        for (size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[rng.below(quint32(i))]);
        std::vector<bool> visible(links.size(), true);
        std::vector<size_t> targets(order.begin(), order.begin() + targetsPerEpoch);
        for (const size_t k : targets)
            visible[k] = false;
        std::vector<bool> anchorEntity(size_t(f.entityCount()), false);
        for (size_t k = 0; k < links.size(); ++k)
            if (visible[k]) {
                anchorEntity[size_t(links[k].first)] = true;
                anchorEntity[size_t(f.offset() + links[k].second)] = true;
            }
        const EncoderInput input = f.input(visible, o.sampleCap, o.sampling, rng);
        double lossSum = 0;
        qint64 lossPairs = 0;

        for (qint64 start = 0; start < qint64(targets.size()); start += o.batchLinks) {
            const qint64 stop = std::min<qint64>(start + o.batchLinks, qint64(targets.size()));
            std::vector<Example> examples;
            for (qint64 t = start; t < stop; ++t) {
                const size_t k = targets[size_t(t)];
                const qint32 a = links[k].first, b = f.offset() + links[k].second;
                const qint32 group = qint32(examples.size());
                examples.push_back({a, b, true, group});
                for (int side = 0; side < 2; ++side) {
                    // side 0: replace b by a graph-2 entity; side 1: replace a.
                    const auto &pool = pools[side][k];
                    const qint32 lo = side == 0 ? f.offset() : 0;
                    const qint32 count = side == 0 ? f.entityCount() - f.offset() : f.offset();
                    const qint32 gold = side == 0 ? b : a;
                    for (int n = 0, tries = 0; n < o.negatives && tries < 20 * o.negatives;
                         ++tries) {
                        qint32 x;
                        if (n < qint32(std::lround(o.hardShare * o.negatives)) && !pool.empty())
                            x = pool[rng.below(quint32(pool.size()))];
                        else
                            x = lo + qint32(rng.below(quint32(count)));
                        if (x == gold || anchorEntity[size_t(x)])
                            continue;
                        examples.push_back(side == 0 ? Example{a, x, false, group}
                                                     : Example{x, b, false, group});
                        ++n;
                    }
                }
            }
            std::vector<qint32> centres;
            for (const Example &e : examples) {
                centres.push_back(e.a);
                centres.push_back(e.b);
            }
            EncodedSet set;
            encoder.encode(model.params, input, centres, set, threads);
            work.resize(examples.size());
            dlogit.assign(examples.size(), 0.0f);
            parallelSlices(qint64(examples.size()), threads, [&](int, qint64 b, qint64 e) {
                for (qint64 i = b; i < e; ++i) {
                    const Example &x = examples[size_t(i)];
                    const float cosine = f.tfidf().cosine(x.a, x.b - f.offset());
                    encoder.forwardPair(model.params, input, set, x.a, x.b, cosine,
                                        work[size_t(i)]);
                }
            });
            // Losses (mean over the batch's pairs, or over its negatives for the margin).
            const float scale = 1.0f / float(examples.size());
            for (size_t i = 0; i < examples.size(); ++i) {
                const Example &x = examples[i];
                if (o.loss == AlignLoss::BinaryCrossEntropy) {
                    float d = 0;
                    lossSum += bceLoss(work[i].logit, x.positive, d);
                    dlogit[i] += d * scale;
                } else if (!x.positive) {
                    float dp = 0, dn = 0;
                    lossSum +=
                        marginLoss(work[size_t(x.group)].logit, work[i].logit, o.margin, dp, dn);
                    dlogit[size_t(x.group)] += dp * scale;
                    dlogit[i] += dn * scale;
                }
            }
            lossPairs += qint64(examples.size());
            for (EncoderGrad &g : grads)
                g.reset(qsizetype(set.ids.size()), o.hidden, model.layout.total);
            parallelSlices(qint64(examples.size()), threads, [&](int t, qint64 b, qint64 e) {
                for (qint64 i = b; i < e; ++i)
                    if (dlogit[size_t(i)] != 0)
                        encoder.backwardPair(model.params, set, work[size_t(i)], dlogit[size_t(i)],
                                             grads[size_t(t)]);
            });
            for (size_t t = 1; t < grads.size(); ++t) {
                grads[0].dzs += grads[t].dzs;
                grads[0].dzf += grads[t].dzf;
                grads[0].dzi += grads[t].dzi;
                grads[0].params += grads[t].params;
            }
            encoder.backwardEncode(model.params, input, set, grads[0]);
            adam.update(model.params, grads[0].params,
                        learningRateAt(o, batchesDone, batchesPerEpoch * o.epochs));
            progress.report(++batchesDone);
        }
        local.epochLoss.push_back(lossPairs ? lossSum / double(lossPairs) : 0.0);
        local.pairs += lossPairs;
    }
    progress.force(batchesDone);
    local.seconds = double(timer.nsecsElapsed()) * 1e-9;
    if (report)
        *report = std::move(local);
    return model;
}

} // namespace eg
