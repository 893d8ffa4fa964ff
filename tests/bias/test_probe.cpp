// The attribute probe (core/bias/probe_net.h, core/bias/probe.h): the network's gradient
// against central differences, and the probe on synthetic people whose attribute is, or is
// not, written in their embeddings.

#include "bias/probe.h"
#include "bias/probe_net.h"
#include "bias_test_util.h"
#include "common/error.h"

#include <QTest>
#include <cmath>

using namespace eg;

namespace {

// n people with a binary attribute ("gender": "a" or "b") and, when `written`, the attribute
// in the sign of the first embedding component (|x0| >= 0.2); other components random. A
// share `shareA` of the people have "a". Entities: people 0..n-1, then a (n), b (n + 1),
// "c" (n + 2, the value of one extra person n + 3 when `withOther`).
struct World
{
    Graph graph;
    Model model;
};

World makeWorld(int n, double shareA, bool written, quint64 seed, bool withOther = false)
{
    World w;
    Graph &g = w.graph;
    for (int i = 0; i < n; ++i)
        g.entities.insert("person/" + std::to_string(i));
    const qint32 a = g.entities.insert("a"), b = g.entities.insert("b");
    const qint32 c = g.entities.insert("c");
    g.relations.insert("gender");
    Rng rng(seed);
    w.model = test::randomModel(test::makeSpec(ModelType::TransEDot, 6), n + 4, 1, seed + 1);
    for (qint32 i = 0; i < n; ++i) {
        const bool isA = rng.uniformDouble() < shareA;
        g.train.push_back({i, 0, isA ? a : b});
        if (written)
            w.model.entities(i, 0) = (isA ? 1.0f : -1.0f) * (0.2f + 0.8f * rng.uniform());
    }
    const qint32 other = g.entities.insert("other-person");
    if (withOther)
        g.train.push_back({other, 0, c});
    return w;
}

} // namespace

class TestProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // d loss / d parameters against central differences, every parameter, in double.
    void gradient()
    {
        Rng rng(5);
        const ProbeNet<double> net(5, 7, 3, rng);
        ProbeNet<double>::Mat x(10, 5);
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x.data()[i] = 2.0 * rng.uniformDouble() - 1.0;
        const std::vector<qint32> y{0, 1, 2, 2, 1, 0, 0, 1, 2, 1};
        ProbeNet<double>::Vec grad;
        const double loss = net.loss(x, y, &grad);
        QVERIFY(loss > 0);
        QCOMPARE(grad.size(), net.parameters().size());
        QCOMPARE(grad.size(), (5 + 1) * 7 + (7 + 1) * 3);
        ProbeNet<double> probe = net;
        const double step = 1e-6;
        for (Eigen::Index k = 0; k < grad.size(); ++k) {
            const double keep = probe.parameters()[k];
            probe.parameters()[k] = keep + step;
            const double up = probe.loss(x, y);
            probe.parameters()[k] = keep - step;
            const double down = probe.loss(x, y);
            probe.parameters()[k] = keep;
            const double numeric = (up - down) / (2 * step);
            // Truncation step^2 |f'''| / 6 ~ 1e-13, rounding 1e-16 / 1e-6 = 1e-10 (the loss is
            // O(1)); a wrong term is off by O(0.01) or more. (No pre-activation lies within
            // 1e-6 of the ReLU kink for these seeded values, or the test would say so.)
            QVERIFY2(std::abs(numeric - grad[k]) < 1e-7 + 1e-5 * std::abs(numeric),
                     qPrintable(QStringLiteral("parameter %1: analytic %2, numeric %3")
                                    .arg(k)
                                    .arg(grad[k], 0, 'g', 10)
                                    .arg(numeric, 0, 'g', 10)));
        }
    }

    // A probe must not find what is not there, and must find what is.
    void findsWrittenAttribute_data()
    {
        QTest::addColumn<bool>("written");
        QTest::newRow("written") << true;
        QTest::newRow("not written") << false;
    }
    void findsWrittenAttribute()
    {
        QFETCH(bool, written);
        const World w = makeWorld(400, 0.7, written, 9);
        ProbeOptions o;
        o.relation = 0;
        o.hidden = 32;
        o.seed = 3;
        const ProbeResult r = probeAccuracy(w.model, w.graph, o);
        QCOMPARE(r.testHumans, 80);  // round(0.2 * 400)
        QCOMPARE(r.validHumans, 32); // round(0.1 * 320)
        QCOMPARE(r.trainHumans, 400 - 80 - 32);
        QCOMPARE(r.classes.size(), size_t(2));
        QVERIFY(r.bestEpoch >= 1 && r.bestEpoch <= r.epochs);
        // The majority rate is a share of the 80 held-out people with ~70 % "a".
        QVERIFY(r.majorityRate >= 0.5 && r.majorityRate <= 1.0);
        QCOMPARE(std::round(r.majorityRate * 80), r.majorityRate * 80);
        if (written) {
            // Linearly separable with margin 0.4: every held-out person must be found (a
            // wrong gradient or a broken split would not reach it).
            QVERIFY2(r.accuracy >= 0.95, qPrintable(QString::number(r.accuracy)));
        } else {
            // Pure noise: no better than guessing the majority, give or take sampling noise
            // of 80 people (one standard error ~0.05).
            QVERIFY2(r.accuracy <= r.majorityRate + 0.1,
                     qPrintable(QStringLiteral("%1 vs %2").arg(r.accuracy).arg(r.majorityRate)));
        }
        // Same seed, same result.
        const ProbeResult again = probeAccuracy(w.model, w.graph, o);
        QCOMPARE(again.accuracy, r.accuracy);
        QCOMPARE(again.epochs, r.epochs);
    }

    void skipsPeopleOutsideTheClasses()
    {
        const World w = makeWorld(100, 0.5, true, 4, true);
        ProbeOptions o;
        o.relation = 0;
        o.topValues = 2; // a and b; "c" (one person) is third
        o.hidden = 8;
        o.maxEpochs = 3;
        const ProbeResult r = probeAccuracy(w.model, w.graph, o);
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.trainHumans + r.validHumans + r.testHumans, 100);
        QCOMPARE(r.epochs, 3);
    }

    void errorsAndCancel()
    {
        const World w = makeWorld(50, 0.5, true, 2);
        ProbeOptions o;
        o.relation = 0;
        o.hidden = 4;
        ProbeOptions bad = o;
        bad.testShare = 1.0;
        QVERIFY_THROWS_EXCEPTION(Error, probeAccuracy(w.model, w.graph, bad));
        bad = o;
        bad.relation = 1;
        QVERIFY_THROWS_EXCEPTION(Error, probeAccuracy(w.model, w.graph, bad));
        bad = o;
        bad.topValues = 1;
        QVERIFY_THROWS_EXCEPTION(Error, probeAccuracy(w.model, w.graph, bad));
        const World tiny = makeWorld(3, 0.5, true, 2);
        QVERIFY_THROWS_EXCEPTION(Error, probeAccuracy(tiny.model, tiny.graph, o));
        const ProgressFn stop = [](qint64 done, qint64) {
            return done < 2;
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, probeAccuracy(w.model, w.graph, o, stop));
    }
};

QTEST_GUILESS_MAIN(TestProbe)
#include "test_probe.moc"
