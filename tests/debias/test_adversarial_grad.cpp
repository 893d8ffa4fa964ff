// Bose & Hamilton's filters and discriminators (core/debias/mlp_filter.h,
// adversarial_objective.h): every analytic gradient against central differences in double
// precision, and the discriminator's loss on hand-computed fixtures.

#include "debias/adversarial_objective.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace eg;
using Mlp = TwoLayerMlp<double>;
using Mat = Mlp::Mat;
using Vec = Mlp::Vec;

namespace {

// Central differences have truncation error O(h^2) (~1e-12 here) and rounding error
// O(eps / h) (~1e-10); 1e-6 relative (absolute below 1) leaves a wide margin, while a wrong
// factor or a missing term (errors of order 1e-2 or more) still fails. A leaky-ReLU kink within
// h of a pre-activation would spoil one difference; with uniform random inputs that has
// probability ~1e-5 per entry, and the seeds are fixed.
constexpr double kStep = 1e-6;
constexpr double kTolerance = 1e-6;

Mat randomMatrix(qint64 rows, qint64 cols, Rng &rng, double scale = 1.0)
{
    Mat m(rows, cols);
    for (qint64 i = 0; i < m.size(); ++i)
        m.data()[i] = scale * (2.0 * rng.uniformDouble() - 1.0);
    return m;
}

// Compares `analytic` with the central differences of f over the entries of `values`.
void checkGradient(double *values, qint64 count, const double *analytic,
                   const std::function<double()> &f, const char *what)
{
    for (qint64 k = 0; k < count; ++k) {
        const double keep = values[k];
        values[k] = keep + kStep;
        const double up = f();
        values[k] = keep - kStep;
        const double down = f();
        values[k] = keep;
        const double numeric = (up - down) / (2.0 * kStep);
        if (std::abs(numeric - analytic[k]) > kTolerance * std::max(1.0, std::abs(numeric)))
            QFAIL(qPrintable(QStringLiteral("%1[%2]: analytic %3, numeric %4")
                                 .arg(QLatin1String(what))
                                 .arg(k)
                                 .arg(analytic[k], 0, 'g', 12)
                                 .arg(numeric, 0, 'g', 12)));
    }
}

} // namespace

class TestAdversarialGrad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mlp_data()
    {
        QTest::addColumn<int>("inputs");
        QTest::addColumn<int>("hidden");
        QTest::addColumn<int>("outputs");
        QTest::addColumn<int>("rows");
        QTest::newRow("filter 4-8-4, 5 rows") << 4 << 8 << 4 << 5;
        QTest::newRow("discriminator 6-3-2, 7 rows") << 6 << 3 << 2 << 7;
        QTest::newRow("one row, one hidden unit") << 3 << 1 << 3 << 1;
    }

    // J = sum(U .* mlp(x)): d J / d parameters and d J / d x.
    void mlp()
    {
        QFETCH(int, inputs);
        QFETCH(int, hidden);
        QFETCH(int, outputs);
        QFETCH(int, rows);
        Rng rng(7, quint64(inputs * 100 + hidden));
        Mlp net(inputs, hidden, outputs, rng);
        for (qint64 k = 0; k < net.parameterCount(); ++k) // non-zero biases too
            net.parameters()[k] += 0.1 * (2.0 * rng.uniformDouble() - 1.0);
        Mat x = randomMatrix(rows, inputs, rng);
        const Mat u = randomMatrix(rows, outputs, rng);
        const auto objective = [&] {
            Mat out;
            net.forward(x, out);
            return (out.array() * u.array()).sum();
        };
        Mlp::Cache cache;
        Mat out;
        net.forward(x, out, &cache);
        Vec grad = Vec::Zero(net.parameterCount());
        Mat dx = Mat::Zero(rows, inputs);
        net.backward(x, cache, u, grad, &dx);
        checkGradient(net.parameters().data(), net.parameterCount(), grad.data(), objective,
                      "parameters");
        checkGradient(x.data(), x.size(), dx.data(), objective, "x");
    }

    // Zero weights: every logit is 0, so the loss is log(classes) whatever the labels, and
    // d L / d b2 = (1/m) sum_i (1/C - onehot_i): for labels {0, 0, 1} and C = 2,
    // (1/3) * ((0.5 - 1) + (0.5 - 1) + 0.5) = -1/6 for class 0 and +1/6 for class 1.
    void discriminatorHandComputed()
    {
        Rng rng(1);
        Mlp d(2, 3, 2, rng);
        d.parameters().setZero();
        const Mat f = randomMatrix(4, 2, rng);
        const std::vector<qint32> rows = {0, 3, 3};
        const std::vector<qint32> labels = {0, 0, 1};
        Vec grad = Vec::Zero(d.parameterCount());
        adversarial::DiscriminatorCount count;
        const double loss =
            adversarial::discriminatorLoss<double>(d, f, rows, labels, 1.0, &grad, nullptr, &count);
        QVERIFY(std::abs(loss - std::log(2.0)) < 1e-15); // three equal terms, averaged
        const qint64 b2 = d.parameterCount() - 2;
        QVERIFY(std::abs(grad[b2] + 1.0 / 6.0) < 1e-15);
        QVERIFY(std::abs(grad[b2 + 1] - 1.0 / 6.0) < 1e-15);
        QCOMPARE(count.rows, qint64(3));
        QCOMPARE(count.correct, qint64(2)); // ties pick class 0: right for the two 0 labels
        QCOMPARE(adversarial::discriminatorLoss<double>(d, f, {}, {}, 1.0, &grad, nullptr), 0.0);
    }

    void discriminator_data()
    {
        QTest::addColumn<int>("classes");
        QTest::addColumn<double>("scale");
        QTest::newRow("binary") << 2 << 1.0;
        QTest::newRow("five classes, scaled by -gamma B") << 5 << -30.0;
    }

    // scale * L_D against its parameters and the rows of f (repeated rows add up).
    void discriminator()
    {
        QFETCH(int, classes);
        QFETCH(double, scale);
        Rng rng(11, quint64(classes));
        const int width = 4;
        Mlp d(width, 6, classes, rng);
        Mat f = randomMatrix(6, width, rng);
        const std::vector<qint32> rows = {0, 2, 2, 5, 1};
        std::vector<qint32> labels;
        for (size_t i = 0; i < rows.size(); ++i)
            labels.push_back(qint32(rng.below(quint32(classes))));
        const auto objective = [&] {
            return scale * adversarial::discriminatorLoss<double>(d, f, rows, labels, 1.0,
                                                                  nullptr, nullptr);
        };
        Vec grad = Vec::Zero(d.parameterCount());
        Mat dF = Mat::Zero(f.rows(), f.cols());
        adversarial::discriminatorLoss<double>(d, f, rows, labels, scale, &grad, &dF);
        checkGradient(d.parameters().data(), d.parameterCount(), grad.data(), objective,
                      "discriminator");
        checkGradient(f.data(), f.size(), dF.data(), objective, "f");
        for (qint64 c = 0; c < f.cols(); ++c) // rows 3 and 4 are not shown to it
            QCOMPARE(dF(3, c) + dF(4, c), 0.0);
    }

    void encoder_data()
    {
        QTest::addColumn<int>("filters");
        QTest::addColumn<double>("gamma");
        QTest::newRow("single filter, no adversary") << 1 << 0.0;
        QTest::newRow("single filter, gamma 10") << 1 << 10.0;
        QTest::newRow("three filters averaged, gamma 2") << 3 << 2.0;
    }

    // The encoder's objective on a batch, as the trainer builds it:
    //   J = sum(U .* C(x)) - gamma * sum_k L_D,k(C(x)[rows_k]),  C(x) = mean_k f_k(x),
    // where U stands for the link-prediction gradient d L_LP / d C(x). Checked against every
    // filter parameter and every entry of x.
    void encoder()
    {
        QFETCH(int, filters);
        QFETCH(double, gamma);
        Rng rng(23, quint64(filters));
        const int width = 3, n = 5;
        std::vector<Mlp> nets, discriminators;
        std::vector<std::vector<qint32>> rows, labels;
        for (int k = 0; k < filters; ++k) {
            nets.emplace_back(width, 4, width, rng);
            discriminators.emplace_back(width, 5, 2 + k, rng);
            rows.push_back({0, qint32(k % n), 4});
            labels.push_back({0, qint32(1 + k) % (2 + k), 1});
        }
        std::vector<const Mlp *> chosen;
        for (const Mlp &net : nets)
            chosen.push_back(&net);
        Mat x = randomMatrix(n, width, rng);
        const Mat u = randomMatrix(n, width, rng);
        const auto objective = [&] {
            Mat out;
            adversarial::Caches<double> caches;
            adversarial::composeForward<double>(chosen, x, out, caches);
            double j = (out.array() * u.array()).sum();
            for (int k = 0; k < filters; ++k)
                j -= gamma * adversarial::discriminatorLoss<double>(
                                 discriminators[size_t(k)], out, rows[size_t(k)],
                                 labels[size_t(k)], 1.0, nullptr, nullptr);
            return j;
        };
        Mat out;
        adversarial::Caches<double> caches;
        adversarial::composeForward<double>(chosen, x, out, caches);
        Mat dOut = u;
        for (int k = 0; k < filters; ++k)
            adversarial::discriminatorLoss<double>(discriminators[size_t(k)], out,
                                                   rows[size_t(k)], labels[size_t(k)], -gamma,
                                                   nullptr, &dOut);
        std::vector<Vec> grads{size_t(filters)};
        std::vector<Vec *> gradPointers;
        for (int k = 0; k < filters; ++k) {
            grads[size_t(k)] = Vec::Zero(nets[size_t(k)].parameterCount());
            gradPointers.push_back(&grads[size_t(k)]);
        }
        Mat dx = Mat::Zero(n, width);
        adversarial::composeBackward<double>(chosen, x, caches, dOut, gradPointers, dx);
        for (int k = 0; k < filters; ++k)
            checkGradient(nets[size_t(k)].parameters().data(), nets[size_t(k)].parameterCount(),
                          grads[size_t(k)].data(), objective, "filter");
        checkGradient(x.data(), x.size(), dx.data(), objective, "x");
    }
};

QTEST_GUILESS_MAIN(TestAdversarialGrad)
#include "test_adversarial_grad.moc"
