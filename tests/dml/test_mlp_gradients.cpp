// The MLP's backward pass (through ReLU layers and the output normalisation) and the whole
// training objective (network + ArcFace or Proxy-Anchor + TCM), against central finite
// differences in double precision (tolerances in finite_difference.h).

#include "dml/arcface_loss.h"
#include "dml/mlp.h"
#include "dml/proxy_anchor_loss.h"
#include "dml/tcm_loss.h"
#include "finite_difference.h"

#include <QTest>

using namespace eg;
using namespace eg::dml;
using namespace eg::test;

namespace {

RowsD randomRows(Rng &rng, qint64 rows, qint64 cols)
{
    RowsD m(rows, cols);
    for (qint64 k = 0; k < m.size(); ++k)
        m.data()[k] = 2.0 * rng.uniformDouble() - 1.0;
    return m;
}

// Smallest |pre-activation| of the hidden layers: FD steps of 1e-6 change a pre-activation by
// well under 1e-4, so no ReLU kink is crossed when this is above 1e-4.
double closestToKink(const Mlp<double> &net, const RowsD &x)
{
    RowsD a = x;
    double closest = 1e9;
    const auto &p = net.parameters();
    for (size_t l = 0; l + 1 < p.weights.size(); ++l) {
        RowsD h = a * p.weights[l];
        h.rowwise() += p.biases[l];
        closest = std::min(closest, h.cwiseAbs().minCoeff());
        a = h.cwiseMax(0.0);
    }
    return closest;
}

} // namespace

class TestMlpGradients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forwardShapesAndUnitRows();
    void backwardMatchesFiniteDifferences_data();
    void backwardMatchesFiniteDifferences();
    void trainingObjective_data();
    void trainingObjective();
    void floatMatchesDouble();
};

void TestMlpGradients::forwardShapesAndUnitRows()
{
    Rng rng(5);
    Mlp<double> net({6, 5, 4}, rng);
    net.parameters().biases[0].setConstant(0.5); // keep hidden units alive for every row
    const RowsD x = randomRows(rng, 3, 6);
    const RowsD u = net.embed(x);
    QCOMPARE(u.rows(), 3);
    QCOMPARE(u.cols(), 4);
    for (int i = 0; i < 3; ++i)
        QVERIFY(std::abs(u.row(i).norm() - 1.0) < 1e-12);
    // Hand-made one-layer net: W = [[1, 0], [0, 2]], b = [0, 1]; x = (3, 1) -> (3, 3) -> unit
    // (1, 1) / sqrt 2.
    Rng unused(1);
    Mlp<double> tiny({2, 2}, unused);
    tiny.parameters().weights[0] << 1, 0, 0, 2;
    tiny.parameters().biases[0] << 0, 1;
    RowsD one(1, 2);
    one << 3, 1;
    const RowsD out = tiny.embed(one);
    QVERIFY(std::abs(out(0, 0) - std::sqrt(0.5)) < 1e-15 &&
            std::abs(out(0, 1) - std::sqrt(0.5)) < 1e-15);
}

void TestMlpGradients::backwardMatchesFiniteDifferences_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<std::vector<int>>("widths");
    QTest::newRow("one hidden") << quint64(1) << std::vector<int>{7, 6, 4};
    QTest::newRow("two hidden") << quint64(2) << std::vector<int>{5, 8, 6, 3};
    QTest::newRow("linear") << quint64(3) << std::vector<int>{4, 3};
}

void TestMlpGradients::backwardMatchesFiniteDifferences()
{
    QFETCH(quint64, seed);
    QFETCH(std::vector<int>, widths);
    Rng rng(seed);
    Mlp<double> net(widths, rng);
    for (auto &b : net.parameters().biases) // nonzero biases, so their gradients are tested
        b = randomRows(rng, 1, b.cols()) * 0.3;
    const RowsD x = randomRows(rng, 5, widths.front());
    QVERIFY(closestToKink(net, x) > 1e-4);
    // A linear functional of the unit outputs, L = sum G .* u, so dL/du = G.
    const RowsD g = randomRows(rng, 5, widths.back());
    MlpCache<double> cache;
    net.forward(x, cache);
    MlpParameters<double> grads = net.parameters().zerosLike();
    net.backward(cache, g, grads);
    auto loss = [&] {
        return (net.embed(x).array() * g.array()).sum();
    };
    for (size_t l = 0; l < widths.size() - 1; ++l) {
        const double we = worstGradientError(net.parameters().weights[l], grads.weights[l], loss);
        const double be = worstGradientError(net.parameters().biases[l], grads.biases[l], loss);
        QVERIFY2(we < FdTolerance, qPrintable(QStringLiteral("layer %1 W %2").arg(l).arg(we)));
        QVERIFY2(be < FdTolerance, qPrintable(QStringLiteral("layer %1 b %2").arg(l).arg(be)));
    }
    // backward() adds: a second call doubles the gradient.
    MlpParameters<double> twice = grads;
    net.backward(cache, g, twice);
    QVERIFY((twice.weights[0] - 2.0 * grads.weights[0]).cwiseAbs().maxCoeff() < 1e-12);
}

void TestMlpGradients::trainingObjective_data()
{
    QTest::addColumn<bool>("arcFace");
    QTest::newRow("ArcFace + TCM") << true;
    QTest::newRow("Proxy-Anchor + TCM") << false;
}

void TestMlpGradients::trainingObjective()
{
    QFETCH(bool, arcFace);
    // What the trainer does in one step, in double: embed, base loss + TCM on the unit rows,
    // backward of the summed embedding gradient. Checked for every parameter and the class
    // vectors.
    Rng rng(11);
    Mlp<double> net({6, 7, 4}, rng);
    const RowsD x = randomRows(rng, 8, 6);
    QVERIFY(closestToKink(net, x) > 1e-4);
    RowsD classes = randomRows(rng, 3, 4);
    const std::vector<qint32> labels{0, 0, 0, 1, 1, 1, 2, 2};
    const TcmParams tcm{0.6, 0.1, 1.0, 1.0}; // margins that some pairs violate at init
    auto objective = [&](LossResult *out) {
        const RowsD unit = net.embed(x);
        LossResult base = arcFace ? arcFaceLoss(unit, labels, classes, {8.0, 0.3})
                                  : proxyAnchorLoss(unit, labels, classes, {8.0, 0.1});
        const TcmResult reg = tcmLoss(unit, labels, tcm);
        if (out) {
            *out = base;
            out->loss += reg.loss;
            out->gradEmbeddings += reg.gradEmbeddings;
        }
        return base.loss + reg.loss;
    };
    LossResult total;
    objective(&total);
    MlpCache<double> cache;
    net.forward(x, cache);
    const RowsD s = cache.unit * cache.unit.transpose();
    for (int a = 0; a < 8; ++a)
        for (int b = a + 1; b < 8; ++b)
            QVERIFY(std::abs(s(a, b) - tcm.positiveMargin) > 1e-4 &&
                    std::abs(s(a, b) - tcm.negativeMargin) > 1e-4);
    MlpParameters<double> grads = net.parameters().zerosLike();
    net.backward(cache, total.gradEmbeddings, grads);
    auto loss = [&] {
        return objective(nullptr);
    };
    for (size_t l = 0; l < 2; ++l) {
        QVERIFY(worstGradientError(net.parameters().weights[l], grads.weights[l], loss) <
                FdTolerance);
        QVERIFY(worstGradientError(net.parameters().biases[l], grads.biases[l], loss) <
                FdTolerance);
    }
    QVERIFY(worstGradientError(classes, total.gradWeights, loss) < FdTolerance);
}

void TestMlpGradients::floatMatchesDouble()
{
    // The float network used for training computes the same as its double twin, to float
    // rounding (relative 1e-5 for these sizes: ~10 roundings of 6e-8 per output).
    Rng rng(21);
    const Mlp<float> net({12, 9, 5}, rng);
    const Mlp<double> twin = net.cast<double>();
    const RowsD x = randomRows(rng, 4, 12);
    const RowsD ud = twin.embed(x);
    const Rows<float> uf = net.embed(x.cast<float>());
    QVERIFY((uf.cast<double>() - ud).cwiseAbs().maxCoeff() < 1e-5);
}

QTEST_GUILESS_MAIN(TestMlpGradients)
#include "test_mlp_gradients.moc"
