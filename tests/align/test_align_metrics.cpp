#include "align/align_metrics.h"
#include "align/align_refine.h"

#include <QTest>
#include <cmath>

using namespace eg;

// Hand-computed examples; 1e-9 tolerance for double sums of a few terms.
class TestAlignMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ranks_data() {
        QTest::addColumn<QList<qint64>>("ranks");
        QTest::addColumn<double>("hits1");
        QTest::addColumn<double>("hits10");
        QTest::addColumn<double>("mrr");
        // (1 + 1/3 + 1 + 1/12) / 4 = 0.6041667
        QTest::newRow("mixed") << QList<qint64>{1, 3, 1, 12} << 0.5 << 0.75 << 29.0 / 48.0;
        QTest::newRow("all first") << QList<qint64>{1, 1} << 1.0 << 1.0 << 1.0;
        QTest::newRow("rank 10 and 11")
            << QList<qint64>{10, 11} << 0.0 << 0.5 << (0.1 + 1.0 / 11) / 2;
    }
    void ranks() {
        QFETCH(QList<qint64>, ranks);
        QFETCH(double, hits1);
        QFETCH(double, hits10);
        QFETCH(double, mrr);
        const RankMetrics m = rankMetrics(std::vector<qint64>(ranks.begin(), ranks.end()));
        QCOMPARE(m.count, qint64(ranks.size()));
        QVERIFY(std::abs(m.hits1 - hits1) < 1e-9);
        QVERIFY(std::abs(m.hits10 - hits10) < 1e-9);
        QVERIFY(std::abs(m.mrr - mrr) < 1e-9);
    }

    // Six decisions, four reference links (one never scored).
    // threshold: accepted, true  -> precision, recall
    //   0.9: 1, 1 -> 1.0, 0.25;  0.8: 2, 1 -> 0.5, 0.25;  0.7 (two pairs): 4, 2 -> 0.5, 0.5;
    //   0.4: 5, 3 -> 0.6, 0.75;  0.2: 6, 3 -> 0.5, 0.75.
    // PRAUC = 0.25 * 1 + 0 + 0.25 * 0.5 + 0.25 * 0.6 + 0 = 0.525.
    // At 0.5: 4 accepted, 2 true: P = R = F1 = 0.5. Best F1 at 0.4: 2 * .6 * .75 / 1.35 = 2/3.
    void precisionRecall() {
        const std::vector<ScoredPair> pairs = {{0.7f, false}, {0.9f, true}, {0.2f, false},
                                               {0.8f, false}, {0.7f, true}, {0.4f, true}};
        const PrMetrics m = prMetrics(pairs, 4, 0.5f, 0.95);
        QCOMPARE(m.curve.size(), size_t(5));
        QVERIFY(std::abs(m.curve[2].precision - 0.5) < 1e-9);
        QVERIFY(std::abs(m.curve[3].recall - 0.75) < 1e-9);
        QVERIFY(std::abs(m.prauc - 0.525) < 1e-9);
        QVERIFY(std::abs(m.recallAtPrecision - 0.25) < 1e-9);
        QCOMPARE(m.accepted, 4);
        QVERIFY(std::abs(m.precision - 0.5) < 1e-9);
        QVERIFY(std::abs(m.recall - 0.5) < 1e-9);
        QVERIFY(std::abs(m.f1 - 0.5) < 1e-9);
        QVERIFY(std::abs(m.bestF1 - 2.0 / 3.0) < 1e-9);
        QCOMPARE(m.bestF1Threshold, 0.4f);
        // A looser precision floor reaches further down the list.
        QVERIFY(std::abs(prMetrics(pairs, 4, 0.5f, 0.5).recallAtPrecision - 0.75) < 1e-9);
        // Nothing accepted: precision 1 by convention, recall 0.
        const PrMetrics none = prMetrics(pairs, 4, 0.95f);
        QCOMPARE(none.accepted, 0);
        QCOMPARE(none.precision, 1.0);
        QCOMPARE(none.recall, 0.0);
    }

    void perfectRanking() {
        const PrMetrics m = prMetrics({{0.9f, true}, {0.8f, true}, {0.1f, false}}, 2);
        QVERIFY(std::abs(m.prauc - 1) < 1e-9);
        QVERIFY(std::abs(m.recallAtPrecision - 1) < 1e-9);
    }

    // Sinkhorn: rows and columns of exp(result) sum to ~1; a 2x2 with a clear assignment keeps it.
    void sinkhorn() {
        SparseScores s;
        s.columns = 2;
        s.start = {0, 2, 4};
        s.column = {0, 1, 0, 1};
        s.value = {2.0f, 1.0f, 1.5f, 0.0f}; // row 1 prefers column 0 too, but less than row 0
        sinkhornRefine(s, 50);
        const double r0 = std::exp(s.value[0]) + std::exp(s.value[1]);
        const double c0 = std::exp(s.value[0]) + std::exp(s.value[2]);
        const double c1 = std::exp(s.value[1]) + std::exp(s.value[3]);
        QVERIFY(std::abs(r0 - 1) < 1e-4);
        QVERIFY(std::abs(c0 - 1) < 1e-4 && std::abs(c1 - 1) < 1e-4);
        // A 2x2 doubly stochastic matrix is [[p, 1-p], [1-p, p]] and the scaling keeps the
        // cross ratio: p^2 / (1-p)^2 = e^(2 + 0 - 1 - 1.5) = e^-0.5, so p = 1 / (1 + e^0.25)
        // = 0.4378235. Row 0 preferred column 0, but the assignment (1 + 1.5 > 2 + 0) gives
        // column 0 to row 1.
        QVERIFY(std::abs(std::exp(s.value[0]) - 1 / (1 + std::exp(0.25))) < 1e-4);
        QVERIFY(s.value[1] > s.value[0]);
        QVERIFY(s.value[2] > s.value[3]);
    }
};

QTEST_GUILESS_MAIN(TestAlignMetrics)
#include "test_align_metrics.moc"
