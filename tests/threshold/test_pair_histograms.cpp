// Pair histograms and the curves read off them, against the brute-force definitions
// (tests/threshold/brute_force_opis.h): exact pair counts per class, TPR / TNR / utility at every
// bin edge that no pair distance comes near (see clearEdges), the calibration range within one
// bin, independence from threads and block size, and input errors.

#include "common/error.h"
#include "threshold/utility_curves.h"
#include "threshold_fixtures.h"

#include <QTest>
#include <limits>

using namespace eg;
using namespace eg::test;

Q_DECLARE_METATYPE(eg::DistanceKind)

class TestPairHistograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesBruteForce_data();
    void matchesBruteForce();
    void calibrationRangeWithinOneBin();
    void independentOfThreadsAndBlocks();
    void edgeRuleIsClosedAbove();
    void rejectsBadInput();
    void cancels();
};

void TestPairHistograms::matchesBruteForce_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("dim");
    QTest::addColumn<int>("classes");
    QTest::addColumn<DistanceKind>("kind");
    QTest::addColumn<int>("bins");
    QTest::addColumn<double>("beta");
    QTest::newRow("seed1 n40 L2") << quint64(1) << 40 << 5 << 3 << DistanceKind::L2Normalised << 256
                                  << 1.0;
    QTest::newRow("seed2 n75 cos")
        << quint64(2) << 75 << 8 << 4 << DistanceKind::Cosine << 256 << 1.0;
    QTest::newRow("seed3 n120 L2 beta2")
        << quint64(3) << 120 << 3 << 6 << DistanceKind::L2Normalised << 512 << 2.0;
    QTest::newRow("seed4 n97 cos beta.5")
        << quint64(4) << 97 << 16 << 5 << DistanceKind::Cosine << 100 << 0.5;
    QTest::newRow("seed5 n30 L2 2cls")
        << quint64(5) << 30 << 2 << 2 << DistanceKind::L2Normalised << 64 << 1.0;
}

void TestPairHistograms::matchesBruteForce()
{
    QFETCH(quint64, seed);
    QFETCH(int, n);
    QFETCH(int, dim);
    QFETCH(int, classes);
    QFETCH(DistanceKind, kind);
    QFETCH(int, bins);
    QFETCH(double, beta);
    const Labelled data = randomLabelled(seed, n, dim, classes);
    PairHistogramOptions options;
    options.distance = kind;
    options.bins = bins;
    options.blockRows = 16;
    const PairHistograms histograms = buildPairHistograms(data.embeddings, data.labels, options);
    const brute::Pairs pairs = brute::allPairs(data.embeddings, data.labels, kind);

    QCOMPARE(histograms.classLabels, pairs.classLabels);
    for (int c = 0; c < classes; ++c) {
        QCOMPARE(histograms.positivePairs(c), qint64(pairs.positive[size_t(c)].size()));
        QCOMPARE(histograms.negativePairs(c), qint64(pairs.negative[size_t(c)].size()));
    }

    const std::vector<double> edges = clearEdges(histograms, pairs, kind);
    // Most edges are clear (else the comparison below would prove little).
    QVERIFY2(edges.size() >= size_t(bins) * 8 / 10, qPrintable(QString::number(edges.size())));
    // Expected difference 0 up to double rounding (~1e-15): at a clear edge both sides are the
    // same ratio of the same integers. 1e-6 is the bound the specification asks for.
    constexpr double Tolerance = 1e-6;
    for (PooledCurve pooled : {PooledCurve::AllPairs, PooledCurve::MeanOfClasses}) {
        const UtilityCurves curves = utilityCurves(histograms, edges, {beta, pooled});
        for (size_t p = 0; p < edges.size(); ++p) {
            const double d = edges[p];
            double meanUtility = 0.0;
            for (int c = 0; c < classes; ++c) {
                const ClassCurve &curve = curves.classes[size_t(c)];
                QVERIFY(curve.eligible);
                const double tpr = brute::shareAtOrBelow(pairs.positive[size_t(c)], d);
                const double tnr = 1.0 - brute::shareAtOrBelow(pairs.negative[size_t(c)], d);
                const double u =
                    brute::utility(pairs.positive[size_t(c)], pairs.negative[size_t(c)], d, beta);
                QVERIFY(std::abs(curve.tpr[p] - tpr) < Tolerance);
                QVERIFY(std::abs(curve.tnr[p] - tnr) < Tolerance);
                QVERIFY(std::abs(curve.utility[p] - u) < Tolerance);
                meanUtility += u / classes;
            }
            const double pooledUtility =
                pooled == PooledCurve::AllPairs
                    ? brute::utility(pairs.allPositive, pairs.allNegative, d, beta)
                    : meanUtility;
            QVERIFY(std::abs(curves.pooledUtility[p] - pooledUtility) < Tolerance);
        }
    }
}

void TestPairHistograms::calibrationRangeWithinOneBin()
{
    const Labelled data = randomLabelled(11, 150, 6, 5);
    PairHistogramOptions options;
    options.bins = 1024;
    const PairHistograms histograms = buildPairHistograms(data.embeddings, data.labels, options);
    const brute::Pairs pairs =
        brute::allPairs(data.embeddings, data.labels, DistanceKind::L2Normalised);
    const CalibrationRange range = calibrationRange(histograms, 1e-2, 1e-1);
    // The histogram quantile lies in the bin of the exact order statistic; the float distance
    // may lie across an edge from the exact one by the rounding margin.
    const double allowed = histograms.binWidth() + 1e-4;
    QVERIFY(std::abs(range.low - brute::farQuantile(pairs.allNegative, 1e-2)) <= allowed);
    QVERIFY(std::abs(range.high - brute::farQuantile(pairs.allNegative, 1e-1)) <= allowed);
    QVERIFY(range.low < range.high);
}

void TestPairHistograms::independentOfThreadsAndBlocks()
{
    const Labelled data = randomLabelled(21, 301, 12, 7);
    auto build = [&](int threads, int blockRows) {
        PairHistogramOptions options;
        options.threads = threads;
        options.blockRows = blockRows;
        return buildPairHistograms(data.embeddings, data.labels, options);
    };
    // The same blocks on any number of threads: identical counts (each block's products are
    // computed the same way, per-thread histograms are merged by exact integer sums).
    const PairHistograms one = build(1, 16);
    for (int threads : {2, 3, 5}) {
        const PairHistograms many = build(threads, 16);
        QVERIFY(one.positive == many.positive && one.negative == many.negative);
    }
    // Other block sizes may round a product differently in the last bit (Eigen picks other
    // kernels for other shapes), which can move a pair lying within an ulp of an edge into the
    // next bin, but every pair is still counted once per class.
    for (int blockRows : {1, 7, 1000}) {
        const PairHistograms other = build(2, blockRows);
        for (int c = 0; c < one.classCount(); ++c) {
            QCOMPARE(other.positivePairs(c), one.positivePairs(c));
            QCOMPARE(other.negativePairs(c), one.negativePairs(c));
        }
    }
    // 301 items in 7 classes (43 each): 7 * C(43, 2) positive pairs, 43 * 258 negatives each.
    qint64 positives = 0;
    for (int k = 0; k < one.classCount(); ++k) {
        positives += one.positivePairs(k);
        QCOMPARE(one.negativePairs(k), qint64(43 * 258));
    }
    QCOMPARE(positives, qint64(7 * 43 * 42 / 2));
}

void TestPairHistograms::edgeRuleIsClosedAbove()
{
    // Three unit vectors at exact cosines 1 (same point), 0 and -1: cosine distances 0, 1, 2
    // (and 1 again for the pair across), all exactly on edges of 4 bins (h = 0.5).
    Matrix e(3, 2);
    e << 1, 0, 0, 1, -1, 0;
    PairHistogramOptions options;
    options.distance = DistanceKind::Cosine;
    options.bins = 4;
    const PairHistograms h = buildPairHistograms(e, {1, 2, 1}, options);
    // Pair (0,2) same class at distance 2 -> last bin; pairs (0,1) and (1,2) negatives at 1 ->
    // bin 1 = (0.5, 1].
    QCOMPARE(std::vector<qint64>(h.positiveRow(0), h.positiveRow(0) + 4),
             (std::vector<qint64>{0, 0, 0, 1}));
    QCOMPARE(std::vector<qint64>(h.negativeRow(0), h.negativeRow(0) + 4),
             (std::vector<qint64>{0, 2, 0, 0}));
    QCOMPARE(std::vector<qint64>(h.negativeRow(1), h.negativeRow(1) + 4),
             (std::vector<qint64>{0, 2, 0, 0}));
    const UtilityCurves curves = utilityCurves(h, {0.5, 1.0, 1.5, 2.0});
    // Negatives at exactly 1: accepted (<= d) from d = 1 on, so TNR drops to 0 at the edge 1.
    QCOMPARE(curves.classes[0].tnr, (std::vector<double>{1.0, 0.0, 0.0, 0.0}));
    QCOMPARE(curves.classes[0].tpr, (std::vector<double>{0.0, 0.0, 0.0, 1.0}));
    QVERIFY(!curves.classes[1].eligible); // a class of one has no positive pair
}

void TestPairHistograms::rejectsBadInput()
{
    Matrix e(3, 2);
    e << 1, 0, 0, 0, 0, 1;
    QVERIFY_THROWS_EXCEPTION(Error, buildPairHistograms(e, {1, 2, 1})); // zero row
    e(1, 0) = 1;
    QVERIFY_THROWS_EXCEPTION(Error, buildPairHistograms(e, {1, 2})); // label count
    PairHistogramOptions noBins;
    noBins.bins = 0;
    QVERIFY_THROWS_EXCEPTION(Error, buildPairHistograms(e, {1, 2, 1}, noBins));
    try {
        e(2, 1) = std::numeric_limits<float>::quiet_NaN();
        buildPairHistograms(e, {1, 2, 1});
        QFAIL("no error for a NaN");
    } catch (const Error &error) {
        QVERIFY(error.message().contains(u"row 2"));
    }
    const PairHistograms single = buildPairHistograms(Matrix::Identity(3, 3), {4, 4, 4});
    QVERIFY_THROWS_EXCEPTION(Error, calibrationRange(single, 1e-2, 1e-1)); // no negatives
}

void TestPairHistograms::cancels()
{
    const Labelled data = randomLabelled(31, 400, 8, 4);
    PairHistogramOptions options;
    options.blockRows = 8;
    // Asked to stop at the first report (made before any work) or at any later one (the last
    // report comes after the work): eg::Cancelled either way, whatever the thread timing.
    const ProgressFn stopAtOnce = [](qint64, qint64) {
        return false;
    };
    QVERIFY_THROWS_EXCEPTION(
        Cancelled, buildPairHistograms(data.embeddings, data.labels, options, stopAtOnce));
    const ProgressFn stopOnceStarted = [](qint64 done, qint64) {
        return done == 0;
    };
    QVERIFY_THROWS_EXCEPTION(
        Cancelled, buildPairHistograms(data.embeddings, data.labels, options, stopOnceStarted));
    qint64 last = -1, total = 0;
    bool backwards = false;
    const ProgressFn record = [&](qint64 done, qint64 all) {
        backwards = backwards || done < last;
        last = done;
        total = all;
        return true;
    };
    buildPairHistograms(data.embeddings, data.labels, options, record);
    QVERIFY(!backwards);
    QCOMPARE(total, qint64(400 * 399 / 2)); // progress counts pairs
    QCOMPARE(last, total);
}

QTEST_GUILESS_MAIN(TestPairHistograms)
#include "test_pair_histograms.moc"
