// Corruption of the margin trainer (margin_sampler.h): Bernoulli head probabilities computed by
// hand, and the negatives drawn: never the replaced entity, sides and entities in the right
// proportions, reproducible from the seed.

#include "embed/margin_sampler.h"

#include <QTest>

using namespace eg;

class TestMarginSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bernoulliThresholds();
    void uniformThresholds();
    void drawnNegatives();
};

// r0: (0,0,1) (0,0,2) (0,0,3): tph = 3 / 1, hpt = 3 / 3 = 1 -> P(head) = 3/4.
// r1: (1,1,0) (2,1,0):         tph = 2 / 2 = 1, hpt = 2 / 1 -> P(head) = 1/3.
// r2: no triples -> 1/2.
void TestMarginSampler::bernoulliThresholds()
{
    const std::vector<Triple> triples{{0, 0, 1}, {0, 0, 2}, {1, 1, 0}, {0, 0, 3}, {2, 1, 0}};
    const std::vector<quint32> t = margin::headThresholds(triples, 3, Corruption::Bernoulli);
    QCOMPARE(t.size(), size_t(3));
    QCOMPARE(t[0], quint32(3221225472u)); // 0.75 * 2^32
    QCOMPARE(t[1], quint32(1431655765u)); // floor(2^32 / 3)
    QCOMPARE(t[2], quint32(2147483648u));
}

void TestMarginSampler::uniformThresholds()
{
    const std::vector<Triple> triples{{0, 0, 1}, {0, 0, 2}};
    for (quint32 x : margin::headThresholds(triples, 2, Corruption::Uniform))
        QCOMPARE(x, quint32(2147483648u));
}

void TestMarginSampler::drawnNegatives()
{
    const int n = 4000, k = 3, entities = 5;
    std::vector<Triple> positives;
    for (int i = 0; i < n; ++i)
        positives.push_back({i % entities, 0, (i + 1) % entities});
    const std::vector<quint32> thresholds{3221225472u}; // P(head) = 3/4
    std::vector<quint8> sides(n);
    std::vector<qint32> negatives(size_t(n) * k);
    Rng rng(42, 3);
    margin::drawNegatives(rng, positives, thresholds.data(), entities, k, sides.data(),
                          negatives.data());

    int heads = 0;
    std::vector<int> counts(entities, 0);
    for (int i = 0; i < n; ++i) {
        heads += sides[size_t(i)];
        const qint32 replaced = sides[size_t(i)] ? positives[size_t(i)].h : positives[size_t(i)].t;
        for (int j = 0; j < k; ++j) {
            const qint32 e = negatives[size_t(i * k + j)];
            QVERIFY(e >= 0 && e < entities);
            QVERIFY(e != replaced);
            ++counts[size_t(e)];
        }
    }
    // Binomial(4000, 3/4): sd 27; 5 sd = 137 draws = 0.034 of n.
    QVERIFY2(std::abs(heads / double(n) - 0.75) < 0.034, qPrintable(QString::number(heads)));
    // Each entity is excluded on 1/5 of the positives and drawn with probability 1/4 on the
    // rest: expected n * k / 5 = 2400 each; sd ~ 45, allow 5 sd.
    for (int c : counts)
        QVERIFY2(std::abs(c - 2400) < 225, qPrintable(QString::number(c)));

    // Same stream, same draws.
    std::vector<quint8> sides2(n);
    std::vector<qint32> negatives2(negatives.size());
    Rng rng2(42, 3);
    margin::drawNegatives(rng2, positives, thresholds.data(), entities, k, sides2.data(),
                          negatives2.data());
    QVERIFY(sides == sides2);
    QVERIFY(negatives == negatives2);
}

QTEST_APPLESS_MAIN(TestMarginSampler)
#include "test_margin_sampler.moc"
