// The metric-learning losses: hand-computed values, and their analytic gradients (with
// respect to the unit embeddings and to the raw class vectors / proxies) against central
// finite differences in double precision (tolerances in finite_difference.h).

#include "common/error.h"
#include "dml/arcface_loss.h"
#include "dml/proxy_anchor_loss.h"
#include "dml/tcm_loss.h"
#include "embed/rng.h"
#include "finite_difference.h"

#include <QTest>
#include <cmath>
#include <numbers>

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

std::vector<qint32> cyclicLabels(int n, int classes)
{
    std::vector<qint32> labels;
    for (int i = 0; i < n; ++i)
        labels.push_back(i % classes);
    return labels;
}

} // namespace

class TestLosses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arcFaceHandValue();
    void arcFaceGradient_data();
    void arcFaceGradient();
    void proxyAnchorHandValue();
    void proxyAnchorGradient_data();
    void proxyAnchorGradient();
    void tcmGradient_data();
    void tcmGradient();
    void tcmNoViolations();
    void rejectsBadInput();
};

void TestLosses::arcFaceHandValue()
{
    // e at 30 degrees, w0 = x axis (its class), w1 = y axis; s = 2, m = 0.5:
    // target logit 2 cos(pi/6 + 0.5) = 2 * 0.5202960, other 2 cos(60 deg) = 1.0;
    // loss = log(e^1.0405920 + e^1.0) - 1.0405920 = 0.6730571.
    RowsD e(1, 2);
    e << std::cos(std::numbers::pi / 6), 0.5;
    RowsD w(2, 2);
    w << 3, 0, 0, 0.5; // raw lengths do not matter
    const LossResult r = arcFaceLoss(e, {0}, w, {2.0, 0.5});
    QVERIFY(std::abs(r.loss - 0.6730571) < 1e-7); // the hand value's 7 digits
    // Margin 0 and scale 1 reduce to plain softmax over cosines: log(e^c0 + e^c1) - c0.
    const LossResult plain = arcFaceLoss(e, {0}, w, {1.0, 0.0});
    const double c0 = std::cos(std::numbers::pi / 6);
    QVERIFY(std::abs(plain.loss - (std::log(std::exp(c0) + std::exp(0.5)) - c0)) < 1e-12);
}

void TestLosses::arcFaceGradient_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("margin");
    QTest::addColumn<bool>("fallback");
    QTest::newRow("s16 m.3") << quint64(1) << 16.0 << 0.3 << false;
    QTest::newRow("s4 m.5") << quint64(2) << 4.0 << 0.5 << false;
    QTest::newRow("s8 m0") << quint64(3) << 8.0 << 0.0 << false;
    QTest::newRow("fallback region") << quint64(4) << 8.0 << 0.5 << true;
}

void TestLosses::arcFaceGradient()
{
    QFETCH(quint64, seed);
    QFETCH(double, scale);
    QFETCH(double, margin);
    QFETCH(bool, fallback);
    Rng rng(seed);
    RowsD e = unitRows(randomRows(rng, 6, 5)); // the loss is meant for unit embeddings
    RowsD w = randomRows(rng, 3, 5);
    const std::vector<qint32> classes = cyclicLabels(6, 3);
    if (fallback) {
        // Row 0 points away from its class vector: cos = -0.96 < cos(pi - 0.5) = -0.878
        // (unit row -0.96 w-hat + 0.28 u, u a unit vector orthogonal to w-hat).
        const Eigen::RowVectorXd wHat = w.row(0).normalized();
        Eigen::RowVectorXd u = e.row(1) - e.row(1).dot(wHat) * wHat;
        u.normalize();
        e.row(0) = -0.96 * wHat + 0.28 * u;
        QVERIFY(e.row(0).dot(wHat) < std::cos(std::numbers::pi - margin));
    }
    const ArcFaceParams params{scale, margin};
    const LossResult r = arcFaceLoss(e, classes, w, params);
    auto loss = [&] {
        return arcFaceLoss(e, classes, w, params).loss;
    };
    const double ee = worstGradientError(e, r.gradEmbeddings, loss);
    const double we = worstGradientError(w, r.gradWeights, loss);
    QVERIFY2(ee < FdTolerance, qPrintable(QString::number(ee)));
    QVERIFY2(we < FdTolerance, qPrintable(QString::number(we)));
}

void TestLosses::proxyAnchorHandValue()
{
    // One item of class 0 on proxy 0, proxy 1 orthogonal; alpha 1, delta 0:
    // positive term log(1 + e^-1) = 0.3132617 (one class present), negative term
    // (log 1 + log(1 + e^0)) / 2 = 0.3465736; total 0.6598353.
    RowsD e(1, 2);
    e << 1, 0;
    RowsD p(2, 2);
    p << 2, 0, 0, 1;
    const LossResult r = proxyAnchorLoss(e, {0}, p, {1.0, 0.0});
    QVERIFY(std::abs(r.loss - 0.6598353) < 1e-7);
}

void TestLosses::proxyAnchorGradient_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("delta");
    QTest::addColumn<int>("proxies");
    QTest::newRow("alpha32 all present") << quint64(1) << 32.0 << 0.1 << 3;
    QTest::newRow("alpha8 absent classes") << quint64(2) << 8.0 << 0.2 << 5;
}

void TestLosses::proxyAnchorGradient()
{
    QFETCH(quint64, seed);
    QFETCH(double, alpha);
    QFETCH(double, delta);
    QFETCH(int, proxies);
    Rng rng(seed);
    RowsD e = randomRows(rng, 6, 4);
    RowsD p = randomRows(rng, proxies, 4);
    const std::vector<qint32> classes = cyclicLabels(6, 3); // proxies 3, 4 have no positives
    const ProxyAnchorParams params{alpha, delta};
    const LossResult r = proxyAnchorLoss(e, classes, p, params);
    auto loss = [&] {
        return proxyAnchorLoss(e, classes, p, params).loss;
    };
    const double ee = worstGradientError(e, r.gradEmbeddings, loss);
    const double pe = worstGradientError(p, r.gradWeights, loss);
    QVERIFY2(ee < FdTolerance, qPrintable(QString::number(ee)));
    QVERIFY2(pe < FdTolerance, qPrintable(QString::number(pe)));
}

void TestLosses::tcmGradient_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<double>("mPos");
    QTest::addColumn<double>("mNeg");
    QTest::addColumn<double>("wPos");
    QTest::addColumn<double>("wNeg");
    QTest::newRow("defaults") << quint64(1) << 0.9 << 0.5 << 1.0 << 1.0;
    QTest::newRow("weights") << quint64(2) << 0.8 << 0.2 << 0.5 << 2.0;
    QTest::newRow("loose") << quint64(3) << 0.5 << -0.2 << 1.0 << 1.0;
}

void TestLosses::tcmGradient()
{
    QFETCH(quint64, seed);
    QFETCH(double, mPos);
    QFETCH(double, mNeg);
    QFETCH(double, wPos);
    QFETCH(double, wNeg);
    Rng rng(seed);
    // Raw rows of 3 classes; the loss of the normalised rows, checked against FD with respect
    // to the raw rows: this covers dL/de (tcmLoss) and the reference's chain through the
    // normalisation, ds/de_a = (e_b - s e_a) / |raw a| (throughNormalisation).
    RowsD raw = randomRows(rng, 9, 3);
    for (int i = 0; i < 9; ++i)
        raw(i, i % 3) += 1.2; // cluster a little so some positives are tight
    const std::vector<qint32> labels = cyclicLabels(9, 3);
    const TcmParams params{mPos, mNeg, wPos, wNeg};
    Eigen::VectorXd norms;
    const RowsD unit = unitRows(raw, &norms);
    // The loss is piecewise linear in s with kinks at the margins; FD is valid when no pair
    // sits within 1e-4 of one (a step of 1e-6 moves s by < 1e-5).
    const RowsD s = unit * unit.transpose();
    for (int a = 0; a < 9; ++a)
        for (int b = a + 1; b < 9; ++b)
            QVERIFY(std::abs(s(a, b) - mPos) > 1e-4 && std::abs(s(a, b) - mNeg) > 1e-4);
    const TcmResult r = tcmLoss(unit, labels, params);
    QVERIFY(r.hardPositives > 0 && r.hardNegatives > 0); // both terms exercised
    auto loss = [&] {
        return tcmLoss(unitRows(raw), labels, params).loss;
    };
    const RowsD analytic = throughNormalisation(unit, norms, r.gradEmbeddings);
    const double error = worstGradientError(raw, analytic, loss);
    QVERIFY2(error < FdTolerance, qPrintable(QString::number(error)));
    // And directly with respect to the unit rows taken as free variables.
    RowsD free = unit;
    auto freeLoss = [&] {
        return tcmLoss(free, labels, params).loss;
    };
    QVERIFY(worstGradientError(free, r.gradEmbeddings, freeLoss) < FdTolerance);
}

void TestLosses::tcmNoViolations()
{
    // Two tight classes far apart: no hard pair, loss and gradient exactly 0.
    RowsD e(4, 2);
    e << 1, 0, 0.99, 0.1411, 0, 1, 0.1411, 0.99;
    const TcmResult r = tcmLoss(unitRows(e), {0, 0, 1, 1});
    QCOMPARE(r.loss, 0.0);
    QCOMPARE(r.hardPositives, qint64(0));
    QCOMPARE(r.hardNegatives, qint64(0));
    QVERIFY(r.gradEmbeddings.isZero(0.0));
}

void TestLosses::rejectsBadInput()
{
    RowsD e(2, 3);
    e.setOnes();
    RowsD w(2, 3);
    w.setOnes();
    QVERIFY_THROWS_EXCEPTION(Error, arcFaceLoss(e, {0}, w));
    QVERIFY_THROWS_EXCEPTION(Error, arcFaceLoss(e, {0, 2}, w));
    QVERIFY_THROWS_EXCEPTION(Error, proxyAnchorLoss(e, {0, 1}, RowsD::Ones(2, 4)));
    QVERIFY_THROWS_EXCEPTION(Error, tcmLoss(e, {0, 1, 1}));
}

QTEST_GUILESS_MAIN(TestLosses)
#include "test_losses.moc"
