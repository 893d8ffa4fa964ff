// P x K batches: distinct classes, K items of each, every item once per pass of its class,
// the same batches for the same seed, and bad settings.

#include "common/error.h"
#include "dml/batch_sampler.h"

#include <QTest>
#include <map>
#include <set>

using namespace eg;
using namespace eg::dml;

class TestBatchSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchesArePxK_data();
    void batchesArePxK();
    void coversEveryItem();
    void seeded();
    void rejectsBadSettings();
};

void TestBatchSampler::batchesArePxK_data()
{
    QTest::addColumn<int>("classes");
    QTest::addColumn<int>("P");
    QTest::addColumn<int>("K");
    QTest::newRow("5 of 5 x 4") << 5 << 5 << 4;
    QTest::newRow("3 of 10 x 7") << 10 << 3 << 7;
    QTest::newRow("K above class size") << 4 << 2 << 30; // classes of 25: wraps around
}

void TestBatchSampler::batchesArePxK()
{
    QFETCH(int, classes);
    QFETCH(int, P);
    QFETCH(int, K);
    std::vector<qint32> labels;
    for (int i = 0; i < 25 * classes; ++i)
        labels.push_back(100 + i % classes);
    ClassBatchSampler sampler(labels, P, K, 1);
    QCOMPARE(sampler.batchSize(), P * K);
    QCOMPARE(sampler.batchesPerEpoch(), std::max<qint64>(1, 25 * classes / (P * K)));
    std::vector<qint64> items;
    for (int b = 0; b < 20; ++b) {
        sampler.next(items);
        QCOMPARE(int(items.size()), P * K);
        std::set<qint32> seen;
        for (int p = 0; p < P; ++p) {
            const qint32 label = labels[size_t(items[size_t(p * K)])];
            QVERIFY(seen.insert(label).second); // P distinct classes
            for (int k = 0; k < K; ++k)         // grouped by class
                QCOMPARE(labels[size_t(items[size_t(p * K + k)])], label);
            if (K <= 25) { // no item twice within a class's K when the class is large enough
                std::set<qint64> distinct(items.begin() + p * K, items.begin() + (p + 1) * K);
                QCOMPARE(int(distinct.size()), K);
            }
        }
    }
}

void TestBatchSampler::coversEveryItem()
{
    // One class of 12 items, P = 1, K = 4: three batches are one shuffled pass.
    const std::vector<qint32> labels(12, 3);
    ClassBatchSampler sampler(labels, 1, 4, 9);
    std::vector<qint64> items;
    std::multiset<qint64> seen;
    for (int b = 0; b < 3; ++b) {
        sampler.next(items);
        seen.insert(items.begin(), items.end());
    }
    for (qint64 i = 0; i < 12; ++i)
        QCOMPARE(seen.count(i), size_t(1));
}

void TestBatchSampler::seeded()
{
    std::vector<qint32> labels;
    for (int i = 0; i < 200; ++i)
        labels.push_back(i % 7);
    ClassBatchSampler a(labels, 3, 5, 42), b(labels, 3, 5, 42), c(labels, 3, 5, 43);
    std::vector<qint64> x, y, z;
    bool differs = false;
    for (int n = 0; n < 10; ++n) {
        a.next(x);
        b.next(y);
        c.next(z);
        QCOMPARE(x, y);
        differs = differs || x != z;
    }
    QVERIFY(differs);
}

void TestBatchSampler::rejectsBadSettings()
{
    const std::vector<qint32> labels{1, 1, 2, 2};
    QVERIFY_THROWS_EXCEPTION(Error, ClassBatchSampler(labels, 3, 2, 1)); // 3 > 2 classes
    QVERIFY_THROWS_EXCEPTION(Error, ClassBatchSampler(labels, 0, 2, 1));
    QVERIFY_THROWS_EXCEPTION(Error, ClassBatchSampler(labels, 2, 0, 1));
}

QTEST_GUILESS_MAIN(TestBatchSampler)
#include "test_batch_sampler.moc"
