// The softmax trainer end to end on a tiny synthetic graph: reproducibility, learning,
// divergence, cancellation, early stop, the per-batch hook and input validation.

#include "common/error.h"
#include "embed/rng.h"
#include "embed/train_softmax.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <cstring>
#include <vector>

using namespace eg;

namespace {

// 60 entities: heads 0..29 and, per relation r, a block of 10 tails 30 + 10 r ..; relation r
// links head h to tail 30 + 10 r + (h + r) mod 10. A structure every model type here can fit
// (dot-form TransE cannot fit a head with several relations into one block: its relation term
// <r, t> does not depend on the head). 3 relations, 90 triples.
constexpr qint64 kTriples = 90;

std::vector<Triple> tinyGraph()
{
    std::vector<Triple> out;
    for (qint32 r = 0; r < 3; ++r)
        for (qint32 h = 0; h < 30; ++h)
            out.push_back({h, r, 30 + 10 * r + (h + r) % 10});
    return out;
}

TrainConfig tinyConfig(ModelType type = ModelType::TransEDot, bool separateRhs = true)
{
    TrainConfig c;
    c.model.type = type;
    c.model.dim = 16;
    c.model.separateRhs = separateRhs;
    c.loss = LossType::Softmax;
    c.optimizer = OptimizerType::Adagrad;
    c.epochs = 5;
    c.batchSize = 40;
    c.batchNegatives = 10;
    c.negatives = 20;
    c.learningRate = 0.1f;
    c.warmupEpochs = 1.0f;
    c.regularization = 1e-3f;
    c.threads = 1;
    c.seed = 7;
    return c;
}

bool bitEqual(const Matrix &a, const Matrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           std::memcmp(a.data(), b.data(), size_t(a.size()) * sizeof(float)) == 0;
}

bool bitEqual(const Model &a, const Model &b)
{
    return bitEqual(a.entities, b.entities) && bitEqual(a.relations, b.relations) &&
           bitEqual(a.relationsRhs, b.relationsRhs);
}

// Mean reciprocal rank of the true tail among all entities (raw, tail side only).
double tailMrr(const Model &m, const std::vector<Triple> &triples)
{
    double sum = 0.0;
    for (const Triple &x : triples) {
        const float s = m.score(x.h, x.r, x.t);
        int rank = 1;
        for (qint32 c = 0; c < m.entityCount(); ++c)
            rank += c != x.t && m.score(x.h, x.r, c) > s;
        sum += 1.0 / rank;
    }
    return sum / double(triples.size());
}

} // namespace

class TestSoftmaxTrain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reproducibleWithOneThread()
    {
        const auto triples = tinyGraph();
        const TrainConfig c = tinyConfig();
        const Model a = trainSoftmax(triples, 60, 3, c);
        const Model b = trainSoftmax(triples, 60, 3, c);
        QVERIFY(bitEqual(a, b));
        QCOMPARE(a.relationsRhs.rows(), 3);
        // Synchronous with one worker does the same arithmetic in the same order.
        SoftmaxOptions sync;
        sync.parallel = SoftmaxParallel::Synchronous;
        QVERIFY(bitEqual(a, trainSoftmax(triples, 60, 3, c, {}, {}, nullptr, sync)));
        // ... and the comparison can fail: another seed gives another model.
        TrainConfig other = c;
        other.seed = 8;
        QVERIFY(!bitEqual(a, trainSoftmax(triples, 60, 3, other)));
    }

    // Synchronous: each row's gradient is summed over the workers in a fixed order, so a fixed
    // thread count reproduces too.
    void synchronousReproducibleWithTwoThreads()
    {
        const auto triples = tinyGraph();
        TrainConfig c = tinyConfig();
        c.threads = 2;
        SoftmaxOptions sync;
        sync.parallel = SoftmaxParallel::Synchronous;
        const Model a = trainSoftmax(triples, 60, 3, c, {}, {}, nullptr, sync);
        const Model b = trainSoftmax(triples, 60, 3, c, {}, {}, nullptr, sync);
        QVERIFY(bitEqual(a, b));
    }

    void learns_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("separateRhs");
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("parallel");
        const int hog = int(SoftmaxParallel::Hogwild), sync = int(SoftmaxParallel::Synchronous);
        QTest::newRow("transe-dot rhs") << int(ModelType::TransEDot) << true << 1 << hog;
        QTest::newRow("transe-dot") << int(ModelType::TransEDot) << false << 1 << hog;
        QTest::newRow("distmult") << int(ModelType::DistMult) << false << 1 << hog;
        QTest::newRow("complex rhs") << int(ModelType::ComplEx) << true << 1 << hog;
        QTest::newRow("transe-dot hogwild x2") << int(ModelType::TransEDot) << true << 2 << hog;
        QTest::newRow("transe-dot sync x2") << int(ModelType::TransEDot) << true << 2 << sync;
    }

    // The loss falls and the model ranks the training tails far better than chance (chance MRR
    // over 60 entities ~ 0.08; all four reach 1.0 by epoch 40 with these settings).
    void learns()
    {
        QFETCH(int, type);
        QFETCH(bool, separateRhs);
        QFETCH(int, threads);
        QFETCH(int, parallel);
        const auto triples = tinyGraph();
        TrainConfig c = tinyConfig(ModelType(type), separateRhs);
        c.epochs = 60;
        c.threads = threads;
        SoftmaxOptions o;
        o.parallel = SoftmaxParallel(parallel);
        std::vector<double> losses;
        const Model m = trainSoftmax(
            triples, 60, 3, c, {},
            [&](const EpochStats &s, const Model &) {
                losses.push_back(s.loss);
                return std::isfinite(s.loss) && s.positives == kTriples;
            },
            nullptr, o);
        QCOMPARE(int(losses.size()), 60);
        QVERIFY2(losses.back() < 0.5 * losses.front(),
                 qPrintable(QStringLiteral("%1 -> %2").arg(losses.front()).arg(losses.back())));
        const double mrr = tailMrr(m, triples);
        QVERIFY2(mrr > 0.9, qPrintable(QString::number(mrr)));
    }

    void divergenceIsAnError()
    {
        TrainConfig c = tinyConfig();
        c.learningRate = 1e30f; // Adagrad steps of ~1e30 per coordinate: scores overflow
        c.warmupEpochs = 0.0f;
        try {
            trainSoftmax(tinyGraph(), 60, 3, c);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("training diverged at epoch 1")),
                     qPrintable(e.message()));
        }
    }

    void cancellation_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("parallel");
        QTest::newRow("1 thread") << 1 << int(SoftmaxParallel::Hogwild);
        QTest::newRow("hogwild x2") << 2 << int(SoftmaxParallel::Hogwild);
        QTest::newRow("sync x2") << 2 << int(SoftmaxParallel::Synchronous);
    }

    void cancellation()
    {
        QFETCH(int, threads);
        QFETCH(int, parallel);
        TrainConfig c = tinyConfig();
        c.epochs = 1000;
        c.threads = threads;
        SoftmaxOptions o;
        o.parallel = SoftmaxParallel(parallel);
        int calls = 0, epochs = 0;
        const auto progress = [&](qint64 done, qint64 total) {
            [&] { QCOMPARE(total, 1000 * kTriples); }();
            ++calls;
            return done < 3 * kTriples; // stop at the end of the third epoch at the latest
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 trainSoftmax(tinyGraph(), 60, 3, c, progress,
                                              [&](const EpochStats &, const Model &) {
                                                  ++epochs;
                                                  return true;
                                              },
                                              nullptr, o));
        QVERIFY(calls > 0);
        QVERIFY(epochs >= 2 && epochs <= 4);
    }

    void epochCallbackStopsEarly()
    {
        TrainConfig c = tinyConfig();
        c.epochs = 50;
        int epochs = 0;
        trainSoftmax(tinyGraph(), 60, 3, c, {}, [&](const EpochStats &s, const Model &) {
            ++epochs;
            return s.epoch < 3;
        });
        QCOMPARE(epochs, 3);
    }

    // The hook runs once per batch, its loss is counted, its gradient moves only its rows:
    // here weight * |e_0|^2 with a large weight pins entity 0 near zero.
    void hookAddsLossAndGradient()
    {
        const auto triples = tinyGraph();
        TrainConfig c = tinyConfig();
        c.epochs = 20;
        std::atomic<int> calls = 0;
        SoftmaxOptions o;
        o.hooks.batchLoss = [&](int worker, std::span<const Triple> batch, const Model &m,
                                SoftmaxGradients &g) {
            ++calls;
            if (worker != 0 || (batch.size() != 40 && batch.size() != 10))
                throw Error(QStringLiteral("unexpected batch"));
            float *row = g.entity(0);
            double loss = 0.0;
            for (int k = 0; k < m.spec.width(); ++k) {
                loss += 100.0 * double(m.entities(0, k)) * m.entities(0, k);
                row[k] += 200.0f * m.entities(0, k);
            }
            return loss;
        };
        double hooked = 0.0, plain = 0.0;
        const Model with = trainSoftmax(
            triples, 60, 3, c, {},
            [&](const EpochStats &s, const Model &) {
                hooked = s.loss;
                return true;
            },
            nullptr, o);
        QCOMPARE(calls.load(), 20 * 3); // batches of 40, 40, 10
        const Model without = trainSoftmax(triples, 60, 3, c, {},
                                           [&](const EpochStats &s, const Model &) {
                                               plain = s.loss;
                                               return true;
                                           });
        QVERIFY(with.entities.row(0).norm() < 0.1f * without.entities.row(0).norm());
        QVERIFY(hooked != plain);
        // The other rows keep learning normally.
        QVERIFY(with.entities.row(5).norm() > 0.5f * without.entities.row(5).norm());
    }

    void hookErrorsPropagate()
    {
        SoftmaxOptions o;
        o.hooks.batchLoss = [](int, std::span<const Triple>, const Model &, SoftmaxGradients &g) {
            g.relationRhs(99); // out of range
            return 0.0;
        };
        QVERIFY_THROWS_EXCEPTION(Error, trainSoftmax(tinyGraph(), 60, 3, tinyConfig(), {}, {},
                                                     nullptr, o));
    }

    void sampledEntitiesLimitsNegatives()
    {
        // Entities 60..69 never occur and are never sampled: they must keep their initial value.
        TrainConfig c = tinyConfig();
        SoftmaxOptions o;
        o.sampledEntities = 60;
        c.epochs = 0;
        const Model init = trainSoftmax(tinyGraph(), 70, 3, c, {}, {}, nullptr, o);
        c.epochs = 3;
        const Model m = trainSoftmax(tinyGraph(), 70, 3, c, {}, {}, &init, o);
        QVERIFY(bitEqual(Matrix(m.entities.bottomRows(10)), Matrix(init.entities.bottomRows(10))));
        QVERIFY(!bitEqual(Matrix(m.entities.topRows(60)), Matrix(init.entities.topRows(60))));
    }

    // Attribute-style composite heads: row 60 (never sampled, in no triple) is added to the head
    // of every relation-0 positive, so it trains; an out-of-range extra row is an error.
    void extraRowsTrainTheAddedRows()
    {
        TrainConfig c = tinyConfig();
        SoftmaxOptions o;
        o.sampledEntities = 60;
        c.epochs = 0;
        const Model init = trainSoftmax(tinyGraph(), 61, 3, c, {}, {}, nullptr, o);
        c.epochs = 3;
        std::atomic<int> calls = 0;
        o.hooks.extraRows = [&](const Triple &x, std::vector<qint32> &head,
                                std::vector<qint32> &tail) {
            ++calls;
            if (x.r == 0)
                head.push_back(60);
            Q_UNUSED(tail);
        };
        const Model m = trainSoftmax(tinyGraph(), 61, 3, c, {}, {}, &init, o);
        QCOMPARE(calls.load(), 3 * int(kTriples));
        QVERIFY(!bitEqual(Matrix(m.entities.row(60)), Matrix(init.entities.row(60))));

        o.hooks.extraRows = [](const Triple &, std::vector<qint32> &, std::vector<qint32> &tail) {
            tail.push_back(61);
        };
        QVERIFY_THROWS_EXCEPTION(Error, trainSoftmax(tinyGraph(), 61, 3, c, {}, {}, &init, o));
    }

    void invalidInput_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("words");
        QTest::newRow("distance transe") << 0 << QStringLiteral("not supported");
        QTest::newRow("id out of range") << 1 << QStringLiteral("out of range");
        QTest::newRow("no negatives") << 2 << QStringLiteral("negatives");
        QTest::newRow("bad initial model") << 3 << QStringLiteral("initial model");
        QTest::newRow("zero learning rate") << 4 << QStringLiteral("learning rate");
    }

    void invalidInput()
    {
        QFETCH(int, fault);
        QFETCH(QString, words);
        auto triples = tinyGraph();
        TrainConfig c = tinyConfig();
        Model initial;
        const Model *init = nullptr;
        switch (fault) {
        case 0: c.model.type = ModelType::TransE; break;
        case 1: triples[17].t = 60; break;
        case 2: c.negatives = 0; c.batchNegatives = 0; break;
        case 3: initial.spec = c.model; init = &initial; break;
        case 4: c.learningRate = 0.0f; break;
        }
        try {
            trainSoftmax(triples, 60, 3, c, {}, {}, init);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(words), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSoftmaxTrain)
#include "test_softmax_train.moc"
