// The per-positive losses of the margin trainer (margin_loss.h): hand-computed values, the
// derivatives dLoss/dscore against central differences, and numerical robustness; every check
// runs the portable pack (libm exp / log1p) and the native one (polynomial exp / log1p), which
// must agree.

#include "embed/margin_loss.h"

#include <QTest>
#include <cmath>
#include <vector>

using namespace eg;
using margin::LossSettings;

namespace {

// The native pack's result, after checking it against the portable pack: the polynomial exp
// and log1p are within ~1e-7 relative of libm, so losses and weights (sums of up to 10 such
// terms) agree to 1e-6 relative.
double lossBoth(const LossSettings &l, const float *s, int k, float *w, bool &active)
{
    std::vector<float> w1(size_t(k) + 1);
    bool active1 = false;
    const double reference = margin::lossAndWeights<simd::Scalar>(l, s, k, w1.data(), active1);
    const double loss = margin::lossAndWeights<simd::Native>(l, s, k, w, active);
    if (std::isnan(reference)) {
        if (!std::isnan(loss))
            qFatal("native loss not NaN");
        return loss;
    }
    if (std::abs(loss - reference) > 1e-6 * (1.0 + std::abs(reference)) || active != active1)
        qFatal("packs disagree on the loss: %g vs %g", loss, reference);
    for (int i = 0; i <= k; ++i)
        if (std::abs(w[i] - w1[size_t(i)]) > 1e-6f * (1.0f + std::abs(w1[size_t(i)])))
            qFatal("packs disagree on weight %d: %g vs %g", i, w[i], w1[size_t(i)]);
    return loss;
}

double logSigmoid(double x)
{
    return x >= 0 ? -std::log1p(std::exp(-x)) : x - std::log1p(std::exp(x));
}

// Double-precision reference with the adversarial weights p frozen at `p` (Sun et al. do not
// back-propagate through p); p empty = compute them from `s`.
double referenceLoss(const LossSettings &l, const std::vector<double> &s, std::vector<double> p)
{
    const size_t k = s.size() - 1;
    double loss = 0.0;
    if (l.type == LossType::Margin) {
        for (size_t i = 1; i <= k; ++i)
            loss += std::max(0.0, l.margin - s[0] + s[i]);
        return loss;
    }
    if (p.empty()) {
        double z = 0.0;
        for (size_t i = 1; i <= k; ++i)
            z += std::exp(l.temperature * s[i]);
        for (size_t i = 1; i <= k; ++i)
            p.push_back(std::exp(l.temperature * s[i]) / z);
    }
    loss = -logSigmoid(l.margin + s[0]);
    for (size_t i = 1; i <= k; ++i)
        loss -= p[i - 1] * logSigmoid(-l.margin - s[i]);
    return loss;
}

std::vector<double> adversarialWeights(const LossSettings &l, const std::vector<double> &s)
{
    double z = 0.0;
    std::vector<double> p;
    for (size_t i = 1; i < s.size(); ++i)
        z += std::exp(l.temperature * s[i]);
    for (size_t i = 1; i < s.size(); ++i)
        p.push_back(std::exp(l.temperature * s[i]) / z);
    return p;
}

} // namespace

class TestMarginLoss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marginByHand();
    void marginInactive();
    void adversarialByHand();
    void derivatives_data();
    void derivatives();
    void extremeScores();
    void nanIsReported();
};

// gamma 1, s0 = -1: pairs with s = -1.5, -3, -0.2 give 0.5, (-1), 1.8.
void TestMarginLoss::marginByHand()
{
    const float s[] = {-1.0f, -1.5f, -3.0f, -0.2f};
    float w[4];
    bool active = false;
    const double loss = lossBoth({LossType::Margin, 1.0f, 1.0f}, s, 3, w, active);
    QVERIFY(std::abs(loss - 2.3) < 1e-6);
    QVERIFY(active);
    QCOMPARE(w[0], -2.0f);
    QCOMPARE(w[1], 1.0f);
    QCOMPARE(w[2], 0.0f);
    QCOMPARE(w[3], 1.0f);
}

void TestMarginLoss::marginInactive()
{
    const float s[] = {0.0f, -5.0f};
    float w[2] = {7.0f, 7.0f};
    bool active = true;
    QCOMPARE(lossBoth({LossType::Margin, 1.0f, 1.0f}, s, 1, w, active), 0.0);
    QVERIFY(!active);
    QCOMPARE(w[0], 0.0f);
    QCOMPARE(w[1], 0.0f);
}

// gamma 0, s = (0, 0): loss = 2 log 2, weights -sig(0) = -1/2 and p sig(0) = 1/2.
// gamma 1, alpha 0 (p = 1/2, 1/2), s = (1, -1, 2):
//   loss = log(1 + e^-2) + (log 2 + log(1 + e^3)) / 2
void TestMarginLoss::adversarialByHand()
{
    float w[3];
    bool active = false;
    const float s1[] = {0.0f, 0.0f};
    QVERIFY(std::abs(lossBoth({LossType::SelfAdversarial, 0.0f, 1.0f}, s1, 1, w, active) -
                     2.0 * std::log(2.0)) < 1e-6);
    QVERIFY(active);
    QCOMPARE(w[0], -0.5f);
    QCOMPARE(w[1], 0.5f);

    const float s2[] = {1.0f, -1.0f, 2.0f};
    const double expected =
        std::log1p(std::exp(-2.0)) + 0.5 * (std::log(2.0) + std::log1p(std::exp(3.0)));
    const double loss = lossBoth({LossType::SelfAdversarial, 1.0f, 0.0f}, s2, 2, w, active);
    QVERIFY(std::abs(loss - expected) < 1e-5);
    // w1 = p sig(gamma + s1) = 0.5 sig(0) = 0.25; w2 = 0.5 sig(3).
    QVERIFY(std::abs(w[1] - 0.25f) < 1e-6f);
    QVERIFY(std::abs(w[2] - 0.5 / (1.0 + std::exp(-3.0))) < 1e-6);
}

void TestMarginLoss::derivatives_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<float>("gamma");
    QTest::addColumn<float>("alpha");
    QTest::addColumn<int>("negatives");
    QTest::newRow("margin 1, 1 negative") << int(LossType::Margin) << 1.0f << 1.0f << 1;
    QTest::newRow("margin 2, 9 negatives") << int(LossType::Margin) << 2.0f << 1.0f << 9;
    QTest::newRow("adv gamma 9 alpha 1") << int(LossType::SelfAdversarial) << 9.0f << 1.0f << 8;
    QTest::newRow("adv gamma 0 alpha 0") << int(LossType::SelfAdversarial) << 0.0f << 0.0f << 5;
    QTest::newRow("adv gamma 3 alpha 2") << int(LossType::SelfAdversarial) << 3.0f << 2.0f << 1;
    QTest::newRow("adv 37 negatives") << int(LossType::SelfAdversarial) << 6.0f << 0.5f << 37;
}

// Central differences with step 1e-3 on scores in [-12, 0]: the margin loss is piecewise linear
// (kinks kept >= 0.01 away) and the log-sigmoid terms have |f'''| < 1, so the truncation error
// is below 1e-6; the float weights carry ~1e-7 relative error. Tolerance 1e-5.
void TestMarginLoss::derivatives()
{
    QFETCH(int, type);
    QFETCH(float, gamma);
    QFETCH(float, alpha);
    QFETCH(int, negatives);
    const LossSettings l{LossType(type), gamma, alpha};
    std::vector<float> s(size_t(negatives) + 1);
    for (int attempt = 0;; ++attempt) { // deterministic scores, away from the hinge
        bool clear = true;
        for (size_t i = 0; i < s.size(); ++i)
            s[i] = -float(std::fmod(3.7 * double(i * 7 + attempt * 13 + 1), 12.0));
        for (size_t i = 1; i < s.size(); ++i)
            clear = clear && std::abs(gamma - s[0] + s[i]) > 0.01f;
        if (clear)
            break;
    }
    std::vector<float> w(s.size());
    bool active = false;
    const double loss = lossBoth(l, s.data(), negatives, w.data(), active);
    std::vector<double> sd(s.begin(), s.end());
    const std::vector<double> p =
        l.type == LossType::SelfAdversarial ? adversarialWeights(l, sd) : std::vector<double>();
    QVERIFY(std::abs(loss - referenceLoss(l, sd, p)) < 1e-5 * (1.0 + std::abs(loss)));
    const double h = 1e-3;
    for (size_t i = 0; i < s.size(); ++i) {
        std::vector<double> up = sd, down = sd;
        up[i] += h;
        down[i] -= h;
        const double numeric = (referenceLoss(l, up, p) - referenceLoss(l, down, p)) / (2 * h);
        QVERIFY2(std::abs(numeric - w[i]) < 1e-5,
                 qPrintable(QStringLiteral("d/ds%1: %2 vs %3").arg(i).arg(w[i]).arg(numeric)));
    }
}

// Scores far from 0 (an untrained L1 distance in dimension 1000 is in the hundreds) must not
// overflow the exponentials.
void TestMarginLoss::extremeScores()
{
    const float s[] = {-800.0f, -900.0f, -10.0f, 50.0f};
    float w[4];
    bool active = false;
    const double loss = lossBoth({LossType::SelfAdversarial, 9.0f, 1.0f}, s, 3, w, active);
    QVERIFY(std::isfinite(loss));
    QVERIFY(loss > 790.0); // the positive term alone is softplus(791)
    for (float x : w)
        QVERIFY(std::isfinite(x));
    QVERIFY(std::abs(w[0] + 1.0f) < 1e-6f); // -sig(-gamma - s0) = -sig(791)
    QVERIFY(std::abs(w[3] - 1.0f) < 1e-6f); // p_3 = 1, sig(59) = 1
}

void TestMarginLoss::nanIsReported()
{
    const float s[] = {0.0f, NAN};
    float w[2];
    bool active = false;
    QVERIFY(std::isnan(lossBoth({LossType::Margin, 1.0f, 1.0f}, s, 1, w, active)));
    QVERIFY(std::isnan(lossBoth({LossType::SelfAdversarial, 1.0f, 1.0f}, s, 1, w, active)));
}

QTEST_APPLESS_MAIN(TestMarginLoss)
#include "test_margin_loss.moc"
