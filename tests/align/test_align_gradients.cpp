#include "align/align_model.h"
#include "align/collective_layer.h"
#include "align/neighbour_sampler.h"
#include "align/pair_scorer.h"
#include "embed/rng.h"

#include <QTest>
#include <functional>

using namespace eg;
using Eigen::MatrixXf;
using Eigen::VectorXf;

namespace {

// Central differences in float: step 5e-3 keeps the truncation error (~h^2/6 * f''' ~ 1e-5)
// and the rounding error (~1e-7 * |L| / h ~ 1e-4 for |L| ~ 5) both below the tolerance
// 2e-3 + 2e-2 * |g|, while a wrong sign, factor or missing term is off by far more.
constexpr float kStep = 5e-3f;

bool close(float analytic, float numeric) {
    return std::abs(analytic - numeric) <= 2e-3f + 2e-2f * std::abs(numeric);
}

// Checks dL/dx for every entry of x against central differences of `loss`.
void checkAll(float *x, qsizetype n, float *analytic, const std::function<float()> &loss,
              const char *what) {
    for (qsizetype i = 0; i < n; ++i) {
        const float keep = x[i];
        x[i] = keep + kStep;
        const float up = loss();
        x[i] = keep - kStep;
        const float down = loss();
        x[i] = keep;
        const float numeric = (up - down) / (2 * kStep);
        if (!close(analytic[i], numeric))
            QFAIL(qPrintable(QStringLiteral("%1[%2]: analytic %3, numeric %4")
                                 .arg(QLatin1String(what))
                                 .arg(i)
                                 .arg(analytic[i])
                                 .arg(numeric)));
    }
}

MatrixXf random(qsizetype r, qsizetype c, Rng &rng, float scale = 1.0f) {
    MatrixXf m(r, c);
    for (qsizetype i = 0; i < m.size(); ++i)
        m.data()[i] = (2 * rng.uniform() - 1) * scale;
    return m;
}

} // namespace

class TestAlignGradients : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void collective_data() {
        QTest::addColumn<bool>("cross");
        QTest::addColumn<bool>("self");
        QTest::addColumn<int>("p");
        QTest::addColumn<int>("q");
        QTest::addColumn<float>("sharpness"); // scale of the attention vectors
        QTest::newRow("full 3x4") << true << true << 3 << 4 << 1.0f;
        // Attention vectors 4x larger: beta far from uniform, so the evidence weighted by
        // beta and its gradient through the softmax carry weight.
        QTest::newRow("full 3x4, sharp self-attention") << true << true << 3 << 4 << 4.0f;
        QTest::newRow("no cross") << false << true << 3 << 4 << 1.0f;
        QTest::newRow("no self") << true << false << 3 << 4 << 1.0f;
        QTest::newRow("neither") << false << false << 2 << 3 << 1.0f;
        QTest::newRow("one neighbour") << true << true << 1 << 2 << 1.0f;
        QTest::newRow("no neighbours on A") << true << true << 0 << 3 << 1.0f;
    }
    void collective() {
        QFETCH(bool, cross);
        QFETCH(bool, self);
        QFETCH(int, p);
        QFETCH(int, q);
        QFETCH(float, sharpness);
        Rng rng(17);
        const int h = 3, columns = 5;
        CollectiveSide a, b;
        a.centre = random(h, 1, rng);
        b.centre = random(h, 1, rng);
        a.neighbours = random(p, h, rng);
        b.neighbours = random(q, h, rng);
        for (int i = 0; i < p; ++i)
            a.attention.push_back(qint32(rng.below(columns)));
        for (int i = 0; i < q; ++i)
            b.attention.push_back(qint32(rng.below(columns)));
        MatrixXf att = random(2 * h, columns, rng, sharpness);
        VectorXf bias = random(2 * h, 1, rng, 0.3f);
        const VectorXf wA = random(2 * h, 1, rng), wB = random(2 * h, 1, rng);
        const float wMass = 0.8f; // the loss also reads the evidence mass
        AttentionSwitches sw;
        sw.cross = cross;
        sw.self = self;
        const auto loss = [&]() {
            CollectiveState sa, sb;
            CrossCache cache;
            CollectiveLayer::forward(a, b, att, bias, sw, sa, sb, cache);
            return wA.dot(sa.h) + wB.dot(sb.h) + wMass * cache.mass;
        };
        CollectiveState sa, sb;
        CrossCache cache;
        CollectiveLayer::forward(a, b, att, bias, sw, sa, sb, cache);
        CollectiveGrad ga, gb;
        MatrixXf dAtt = MatrixXf::Zero(att.rows(), att.cols());
        VectorXf dBias = VectorXf::Zero(bias.size());
        CollectiveLayer::backward(a, b, att, sw, sa, sb, cache, wA, wB, wMass, ga, gb, dAtt, dBias);
        checkAll(a.centre.data(), h, ga.centre.data(), loss, "centre A");
        checkAll(b.centre.data(), h, gb.centre.data(), loss, "centre B");
        checkAll(a.neighbours.data(), a.neighbours.size(), ga.neighbours.data(), loss, "z A");
        checkAll(b.neighbours.data(), b.neighbours.size(), gb.neighbours.data(), loss, "z B");
        checkAll(att.data(), att.size(), dAtt.data(), loss, "attention");
        checkAll(bias.data(), bias.size(), dBias.data(), loss, "bias");
    }

    void scorer() {
        Rng rng(5);
        VectorXf hA = random(4, 1, rng), hB = random(4, 1, rng);
        VectorXf u1 = random(4, 1, rng), u2 = random(4, 1, rng);
        float uName = 0.7f, uMass = -0.6f, bias = -0.2f, cosine = 0.4f, mass = 1.3f;
        const auto loss = [&]() {
            return 1.5f * PairScorer::logit(hA, hB, cosine, mass, u1, u2, uName, uMass, bias);
        };
        VectorXf dhA = VectorXf::Zero(4), dhB = VectorXf::Zero(4), du1 = VectorXf::Zero(4),
                 du2 = VectorXf::Zero(4);
        float duName = 0, duMass = 0, dMass = 0, dBias = 0;
        PairScorer::backward(hA, hB, cosine, mass, u1, u2, uMass, 1.5f, dhA, dhB, du1, du2, duName,
                             duMass, dMass, dBias);
        checkAll(hA.data(), 4, dhA.data(), loss, "hA");
        checkAll(hB.data(), 4, dhB.data(), loss, "hB");
        checkAll(u1.data(), 4, du1.data(), loss, "u1");
        checkAll(u2.data(), 4, du2.data(), loss, "u2");
        checkAll(&uName, 1, &duName, loss, "uName");
        checkAll(&uMass, 1, &duMass, loss, "uMass");
        checkAll(&mass, 1, &dMass, loss, "mass");
        checkAll(&bias, 1, &dBias, loss, "bias");
    }

    void losses_data() {
        QTest::addColumn<float>("logit");
        QTest::addColumn<bool>("positive");
        QTest::newRow("positive, confident") << 3.0f << true;
        QTest::newRow("positive, wrong") << -2.0f << true;
        QTest::newRow("negative, near zero") << 0.1f << false;
        QTest::newRow("negative, large logit") << 30.0f << false;
    }
    void losses() {
        QFETCH(float, logit);
        QFETCH(bool, positive);
        float d = 0, unused = 0;
        bceLoss(logit, positive, d);
        checkAll(
            &logit, 1, &d, [&]() { return bceLoss(logit, positive, unused); }, "bce");
        // BCE values: softplus(-3) = 0.0485874, softplus(30) = 30 (no overflow).
        if (logit == 3.0f)
            QVERIFY(std::abs(bceLoss(logit, true, unused) - 0.0485874f) < 1e-5f);
        if (logit == 30.0f)
            QVERIFY(std::abs(bceLoss(logit, false, unused) - 30.0f) < 1e-4f);
    }

    void margin() {
        float pos = 0.2f, neg = 0.5f, dp = 0, dn = 0, a = 0, b = 0;
        QCOMPARE(marginLoss(pos, neg, 1.0f, dp, dn), 1.3f);
        checkAll(
            &pos, 1, &dp, [&]() { return marginLoss(pos, neg, 1.0f, a, b); }, "positive");
        checkAll(
            &neg, 1, &dn, [&]() { return marginLoss(pos, neg, 1.0f, a, b); }, "negative");
        pos = 3;
        QCOMPARE(marginLoss(pos, neg, 1.0f, dp, dn), 0.0f);
        QCOMPARE(dp, 0.0f);
    }

    // Layer 1, layer 2 and the scorer together: every parameter of the flat vector.
    void encoder_data() {
        QTest::addColumn<bool>("cross");
        QTest::addColumn<bool>("self");
        QTest::newRow("full") << true << true;
        QTest::newRow("no cross") << false << true;
        QTest::newRow("no self") << true << false;
    }
    void encoder() {
        QFETCH(bool, cross);
        QFETCH(bool, self);
        // Two graphs of 4 entities; relation classes 0..1.
        Graph g1, g2;
        for (const char *k : {"a", "b", "c", "d"}) {
            g1.entities.insert(k);
            g2.entities.insert(k);
        }
        g1.relations.insert("r");
        g1.relations.insert("s");
        g2.relations.insert("r");
        g1.train = {{0, 0, 1}, {0, 1, 2}, {3, 0, 0}, {1, 1, 2}};
        g2.train = {{0, 0, 1}, {2, 0, 0}, {3, 0, 1}};
        EncoderInput in;
        in.offset = 4;
        Rng rng(23);
        const int d = 5, h = 3;
        in.x = random(8, d, rng);
        NeighbourSampler s1(g1, {0, 1}), s2(g2, {1});
        in.neighbours[0] = s1.sample(10, SamplingMode::All, rng);
        in.neighbours[1] = s2.sample(10, SamplingMode::All, rng);
        in.aggregate();
        const ParamLayout layout(d, h, 4);
        VectorXf params = initialParameters(layout, 3);
        for (qint64 i = layout.att; i < layout.total; ++i) // non-zero scorer and attention
            params(i) = 2 * rng.uniform() - 1;
        AttentionSwitches sw;
        sw.cross = cross;
        sw.self = self;
        const AlignEncoder encoder(layout, sw);
        const std::vector<std::pair<qint32, qint32>> pairs = {{0, 4}, {1, 5}, {0, 6}};
        const bool labels[] = {true, false, false};
        const float cosines[] = {0.9f, 0.2f, 0.5f};
        const auto loss = [&]() {
            EncodedSet set;
            std::vector<qint32> centres{0, 1, 4, 5, 6};
            encoder.encode(params, in, centres, set);
            float total = 0, unused = 0;
            PairWork work;
            for (size_t i = 0; i < pairs.size(); ++i)
                total += bceLoss(encoder.forwardPair(params, in, set, pairs[i].first,
                                                     pairs[i].second, cosines[i], work),
                                 labels[i], unused);
            return total;
        };
        EncodedSet set;
        encoder.encode(params, in, {0, 1, 4, 5, 6}, set, 2);
        EncoderGrad grad;
        grad.reset(qsizetype(set.ids.size()), h, layout.total);
        for (size_t i = 0; i < pairs.size(); ++i) {
            PairWork work;
            float dl = 0;
            bceLoss(encoder.forwardPair(params, in, set, pairs[i].first, pairs[i].second,
                                        cosines[i], work),
                    labels[i], dl);
            encoder.backwardPair(params, set, work, dl, grad);
        }
        encoder.backwardEncode(params, in, set, grad);
        checkAll(params.data(), params.size(), grad.params.data(), loss, "params");
    }
};

QTEST_GUILESS_MAIN(TestAlignGradients)
#include "test_align_gradients.moc"
