#include "eval/metrics.h"

#include <QTest>

#include <vector>

using namespace eg;

using Ranks = std::vector<double>;

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromRanks_data()
    {
        QTest::addColumn<Ranks>("ranks");
        QTest::addColumn<double>("mrr");
        QTest::addColumn<double>("mr");
        QTest::addColumn<double>("hits1");
        QTest::addColumn<double>("hits3");
        QTest::addColumn<double>("hits10");
        // 1/1 + 1/2 + 1/4 + 1/10.5 + 1/20 = 1.8952380952...; 10.5 is not a hit at 10.
        QTest::newRow("mixed") << Ranks{1, 2, 4, 10.5, 20} << (1.8 + 2.0 / 21.0) / 5.0
                               << 37.5 / 5.0 << 0.2 << 0.4 << 0.6;
        // Ties: 1.5 is no hit at 1 but a hit at 3; 3.5 is no hit at 3.
        QTest::newRow("half ranks")
            << Ranks{1.5, 3.5, 3} << (2.0 / 3.0 + 2.0 / 7.0 + 1.0 / 3.0) / 3.0 << 8.0 / 3.0 << 0.0
            << 2.0 / 3.0 << 1.0;
        QTest::newRow("all first") << Ranks{1, 1, 1, 1} << 1.0 << 1.0 << 1.0 << 1.0 << 1.0;
        QTest::newRow("boundaries") << Ranks{3, 10, 11} << (1.0 / 3 + 0.1 + 1.0 / 11) / 3.0
                                    << 8.0 << 0.0 << 1.0 / 3.0 << 2.0 / 3.0;
    }
    void fromRanks()
    {
        QFETCH(Ranks, ranks);
        QFETCH(double, mrr);
        QFETCH(double, mr);
        QFETCH(double, hits1);
        QFETCH(double, hits3);
        QFETCH(double, hits10);
        const RankingMetrics m = metricsFromRanks(ranks);
        QCOMPARE(m.count, qint64(ranks.size()));
        // A handful of double additions and one division: qFuzzyCompare's 1e-12 is ample.
        QCOMPARE(m.mrr, mrr);
        QCOMPARE(m.meanRank, mr);
        QCOMPARE(m.hits1, hits1);
        QCOMPARE(m.hits3, hits3);
        QCOMPARE(m.hits10, hits10);
    }

    void empty()
    {
        const RankingMetrics m = metricsFromRanks({});
        QCOMPARE(m.count, qint64(0));
        QCOMPARE(m.mrr, 0.0);
        QCOMPARE(m.meanRank, 0.0);
        QCOMPARE(m.hits10, 0.0);
    }

    void pooling()
    {
        // Two accumulators merged give the metrics of all ranks together.
        MetricsAccumulator a, b, all;
        for (double r : {1.0, 2.0, 7.5}) {
            a.add(r);
            all.add(r);
        }
        for (double r : {4.0, 12.0}) {
            b.add(r);
            all.add(r);
        }
        a.add(b);
        QCOMPARE(a.count(), qint64(5));
        QCOMPARE(a.metrics().mrr, all.metrics().mrr);
        QCOMPARE(a.metrics().meanRank, 26.5 / 5.0);
        QCOMPARE(a.metrics().hits3, 0.4);
        QCOMPARE(a.metrics().hits10, 0.8);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"
