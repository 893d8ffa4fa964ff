// The trainer's row kernels and update rules: the native SIMD pack agrees with the portable
// scalar one at every width (masked tails included), and SGD / Adagrad / Adam take the steps
// computed by hand.

#include "embed/kernels_rows.h"
#include "embed/margin_optimizer.h"
#include "margin_test_util.h"

#include <QTest>

using namespace eg;
using namespace eg::margin;

namespace {

template <Cmp C> void comparePacks(int n, quint64 seed)
{
    Rng rng(seed);
    const std::vector<float> q = test::randomRow(rng, n), e = test::randomRow(rng, n);
    // Different summation orders: a float sum of n terms of size <= 2 differs by at most
    // ~n * 2 * 6e-8; 1e-5 * (1 + |s|) covers n <= 200 with room.
    const float a = candidateScore<simd::Scalar, C>(q.data(), e.data(), n);
    const float b = candidateScore<simd::Native, C>(q.data(), e.data(), n);
    QVERIFY2(std::abs(a - b) <= 1e-5f * (1.0f + std::abs(a)),
             qPrintable(QStringLiteral("n %1: %2 vs %3").arg(n).arg(a).arg(b)));

    std::vector<float> e1 = e, e2 = e, g1(size_t(n), 0.5f), g2(size_t(n), 0.5f);
    std::vector<float> s1(size_t(n), 0.1f), s2 = s1;
    const AdagradUpdate<simd::Scalar> o1(0.05f);
    const AdagradUpdate<simd::Native> o2(0.05f);
    const float n1 = updateCandidate<simd::Scalar, C>(e1.data(), s1.data(), nullptr, q.data(),
                                                      g1.data(), 0.7f, a, 0.02f, n, o1);
    const float n2 = updateCandidate<simd::Native, C>(e2.data(), s2.data(), nullptr, q.data(),
                                                      g2.data(), 0.7f, a, 0.02f, n, o2);
    QVERIFY(std::abs(n1 - n2) <= 1e-5f * (1.0f + n1));
    for (int i = 0; i < n; ++i) { // element-wise: equal up to FMA contraction (1 ulp or so)
        QVERIFY(std::abs(e1[size_t(i)] - e2[size_t(i)]) <= 1e-6f);
        QVERIFY(std::abs(g1[size_t(i)] - g2[size_t(i)]) <= 1e-6f);
        QVERIFY(std::abs(s1[size_t(i)] - s2[size_t(i)]) <= 1e-6f);
    }
}

} // namespace

class TestMarginKernels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packsAgree_data();
    void packsAgree();
    void maskedTail();
    void optimizerSteps();
    void vectorMath();
};

void TestMarginKernels::packsAgree_data()
{
    QTest::addColumn<int>("n");
    for (int n : {1, 2, 7, 15, 16, 17, 31, 32, 33, 100, 200})
        QTest::newRow(qPrintable(QString::number(n))) << n;
}

void TestMarginKernels::packsAgree()
{
    QFETCH(int, n);
    comparePacks<Cmp::L1>(n, quint64(n));
    comparePacks<Cmp::L2>(n, quint64(n) + 100);
    comparePacks<Cmp::Dot>(n, quint64(n) + 200);
}

// Guard cells after the row must never be written (masked tail loads and stores).
void TestMarginKernels::maskedTail()
{
    for (int n : {1, 5, 16, 21}) {
        std::vector<float> row(size_t(n) + 16, 1.0f), q(row.size(), 0.0f), gq(row.size(), 0.0f);
        const SgdUpdate<simd::Native> sgd(0.5f);
        // L1, w = 1: dL/de = sign(q - e) = -1, so e = 1 - 0.5 * (-1) = 1.5; gq -= -1.
        updateCandidate<simd::Native, Cmp::L1>(row.data(), nullptr, nullptr, q.data(), gq.data(),
                                               1.0f, -float(n), 0.0f, n, sgd);
        scaleRow<simd::Native>(row.data(), 2.0f, n);
        for (int i = 0; i < n; ++i) {
            QCOMPARE(row[size_t(i)], 3.0f);
            QCOMPARE(gq[size_t(i)], 1.0f);
        }
        for (size_t i = size_t(n); i < row.size(); ++i) {
            QCOMPARE(row[i], 1.0f);
            QCOMPARE(gq[i], 0.0f);
        }
    }
}

// x = 1, g = 0.5 twice, lr 0.1.
//  SGD:     0.95, 0.9
//  Adagrad: G = 0.25 -> 1 - 0.1 * 0.5 / 0.5 = 0.9; G = 0.5 -> 0.9 - 0.05 / sqrt(0.5) = 0.829289
//  Adam:    m^ = 0.5, v^ = 0.25 at both steps (constant gradient) -> 0.9, then 0.8
void TestMarginKernels::optimizerSteps()
{
    using P = simd::Scalar;
    const float g = 0.5f;
    float x = 1.0f;
    float s1 = 0.0f, s2 = 0.0f;
    const SgdUpdate<P> sgd(0.1f);
    x = sgd.apply(x, g, nullptr, nullptr, 0, true);
    x = sgd.apply(x, g, nullptr, nullptr, 0, true);
    QVERIFY(std::abs(x - 0.9f) < 1e-6f);

    x = 1.0f;
    const AdagradUpdate<P> adagrad(0.1f);
    x = adagrad.apply(x, g, &s1, nullptr, 0, true);
    QVERIFY(std::abs(x - 0.9f) < 1e-6f);
    x = adagrad.apply(x, g, &s1, nullptr, 0, true);
    QVERIFY(std::abs(x - 0.8292893f) < 1e-6f);
    QVERIFY(std::abs(s1 - 0.5f) < 1e-7f);

    x = 1.0f;
    s1 = s2 = 0.0f;
    x = AdamUpdate<P>(0.1f, 1.0).apply(x, g, &s1, &s2, 0, true);
    QVERIFY(std::abs(x - 0.9f) < 1e-6f);
    x = AdamUpdate<P>(0.1f, 2.0).apply(x, g, &s1, &s2, 0, true);
    QVERIFY(std::abs(x - 0.8f) < 1e-5f);
    QVERIFY(std::abs(s1 - 0.095f) < 1e-7f);
    QVERIFY(std::abs(s2 - 0.00049975f) < 1e-8f); // 2e-5 relative: float rounding of 1e-3 terms
}

// The native pack's exp (x in [-87, 80]) and log1p (x in [0, 1]) against libm: relative error
// below 1e-6 (their polynomials are accurate to ~3e-8; float rounding adds a few ulps).
// Below the float range exp is 0.
void TestMarginKernels::vectorMath()
{
    using P = simd::Native;
    float in[P::lanes], out[P::lanes];
    double worstExp = 0.0, worstLog = 0.0;
    for (int i = 0; i <= 16700; i += P::lanes) {
        for (int u = 0; u < P::lanes; ++u)
            in[u] = -87.0f + 0.01f * float(i + u);
        P::store(out, P::exp(P::load(in, P::mask(P::lanes))), P::mask(P::lanes));
        for (int u = 0; u < P::lanes; ++u) {
            const double e = std::exp(double(in[u]));
            worstExp = std::max(worstExp, std::abs(out[u] - e) / e);
        }
        for (int u = 0; u < P::lanes; ++u)
            in[u] = float(i + u) / 16700.0f;
        P::store(out, P::log1pUnit(P::load(in, P::mask(P::lanes))), P::mask(P::lanes));
        for (int u = 0; u < P::lanes; ++u) {
            const double l = std::log1p(double(in[u]));
            worstLog = std::max(worstLog, l > 0 ? std::abs(out[u] - l) / l : std::abs(out[u]));
        }
    }
    QVERIFY2(worstExp < 1e-6, qPrintable(QString::number(worstExp)));
    QVERIFY2(worstLog < 1e-6, qPrintable(QString::number(worstLog)));
    in[0] = -200.0f;
    P::store(out, P::exp(P::load(in, P::mask(1))), P::mask(1));
    QCOMPARE(out[0], 0.0f);
}

QTEST_APPLESS_MAIN(TestMarginKernels)
#include "test_margin_kernels.moc"
