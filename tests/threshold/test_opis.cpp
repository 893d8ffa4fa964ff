// OPIS and eps-OPIS: exactly 0 when every class has the same distances; equal to the
// brute-force definitions (tests/threshold/brute_force_opis.h) over the clear bin edges of the
// calibration range; the worst group; parameters and errors.

#include "common/error.h"
#include "threshold/opis.h"
#include "threshold_fixtures.h"

#include <QTest>

using namespace eg;
using namespace eg::test;

Q_DECLARE_METATYPE(eg::DistanceKind)
Q_DECLARE_METATYPE(eg::PooledCurve)

namespace {

// `classes` classes of `perClass` items with integer coordinates, built so that relabelling
// class c as c' (and moving its coordinates accordingly) maps the set onto itself: every class
// has the same multiset of positive and of negative distances. Item (c, k): 2 on class
// coordinate c, 1 on shared coordinates k and k+1 (mod perClass), k+1 on a private coordinate.
// Within a class the dot products vary with |k - k'| and the norms with k; across classes
// they are 2, 1 or 0 by the shared coordinates.
Labelled symmetricClasses(int classes, int perClass)
{
    Labelled data;
    const int width = classes + perClass + classes * perClass;
    data.embeddings = Matrix::Zero(classes * perClass, width);
    for (int c = 0; c < classes; ++c) {
        for (int k = 0; k < perClass; ++k) {
            const int row = c * perClass + k;
            data.embeddings(row, c) = 2.0f;
            data.embeddings(row, classes + k) = 1.0f;
            data.embeddings(row, classes + (k + 1) % perClass) = 1.0f;
            data.embeddings(row, classes + perClass + c * perClass + k) = float(k + 1);
            data.labels.push_back(c);
        }
    }
    return data;
}

} // namespace

class TestOpis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zeroWhenClassesAlike_data();
    void zeroWhenClassesAlike();
    void matchesBruteForce_data();
    void matchesBruteForce();
    void defaultsAndGrid();
    void worstGroupSize();
    void rejectsBadParameters();
};

void TestOpis::zeroWhenClassesAlike_data()
{
    QTest::addColumn<DistanceKind>("kind");
    QTest::addColumn<PooledCurve>("pooled");
    QTest::addColumn<int>("classes");
    QTest::newRow("L2 pooled 10") << DistanceKind::L2Normalised << PooledCurve::AllPairs << 10;
    QTest::newRow("cos pooled 4") << DistanceKind::Cosine << PooledCurve::AllPairs << 4;
    QTest::newRow("L2 mean 6") << DistanceKind::L2Normalised << PooledCurve::MeanOfClasses << 6;
}

void TestOpis::zeroWhenClassesAlike()
{
    QFETCH(DistanceKind, kind);
    QFETCH(PooledCurve, pooled);
    QFETCH(int, classes);
    const Labelled data = symmetricClasses(classes, 9);
    PairHistogramOptions histogramOptions;
    histogramOptions.distance = kind;
    const PairHistograms h = buildPairHistograms(data.embeddings, data.labels, histogramOptions);
    // The premise: identical histograms for every class.
    for (int c = 1; c < classes; ++c) {
        QVERIFY(std::equal(h.positiveRow(0), h.positiveRow(0) + h.bins, h.positiveRow(c)));
        QVERIFY(std::equal(h.negativeRow(0), h.negativeRow(0) + h.bins, h.negativeRow(c)));
    }
    OpisOptions options;
    options.utility.pooled = pooled;
    const OpisResult result = computeOpis(h, options);
    // Identical counts give identical rates up to one rounding of a ratio (1e-16), squared.
    QVERIFY(result.opis <= 1e-24);
    QVERIFY(result.epsOpis <= 1e-24);
    QVERIFY(result.range.low < result.range.high);
    QCOMPARE(result.eligibleClasses, classes);
}

void TestOpis::matchesBruteForce_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("classes");
    QTest::addColumn<DistanceKind>("kind");
    QTest::addColumn<PooledCurve>("pooled");
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("epsilon");
    QTest::newRow("s1 n200 c10 L2") << quint64(1) << 200 << 10 << DistanceKind::L2Normalised
                                    << PooledCurve::AllPairs << 1.0 << 0.1;
    QTest::newRow("s2 n150 c5 cos")
        << quint64(2) << 150 << 5 << DistanceKind::Cosine << PooledCurve::AllPairs << 1.0 << 0.1;
    QTest::newRow("s3 n180 c6 L2 mean eps.3")
        << quint64(3) << 180 << 6 << DistanceKind::L2Normalised << PooledCurve::MeanOfClasses << 1.0
        << 0.3;
    QTest::newRow("s4 n120 c4 cos beta2 eps.5")
        << quint64(4) << 120 << 4 << DistanceKind::Cosine << PooledCurve::AllPairs << 2.0 << 0.5;
}

void TestOpis::matchesBruteForce()
{
    QFETCH(quint64, seed);
    QFETCH(int, n);
    QFETCH(int, classes);
    QFETCH(DistanceKind, kind);
    QFETCH(PooledCurve, pooled);
    QFETCH(double, beta);
    QFETCH(double, epsilon);
    // Cluster the data a little (per-class offset) so classes differ and OPIS is not tiny.
    Labelled data = randomLabelled(seed, n, 6, classes);
    for (int i = 0; i < n; ++i)
        data.embeddings(i, (data.labels[size_t(i)] / 3) % 6) += 1.5f;
    PairHistogramOptions histogramOptions;
    histogramOptions.distance = kind;
    histogramOptions.bins = 2048;
    const PairHistograms h = buildPairHistograms(data.embeddings, data.labels, histogramOptions);
    const brute::Pairs pairs = brute::allPairs(data.embeddings, data.labels, kind);

    OpisOptions options;
    options.utility = {beta, pooled};
    options.epsilon = epsilon;
    const CalibrationRange range = calibrationRange(h, options.farLow, options.farHigh);
    const std::vector<double> edges = clearEdges(h, pairs, kind, range.low, range.high);
    QVERIFY2(edges.size() >= 10, qPrintable(QString::number(edges.size())));

    const OpisResult result = computeOpisAt(h, edges, options);
    const brute::Opis expected = brute::opis(pairs, edges, beta, pooled, epsilon);
    // Same counts at every threshold (clear edges), so only summation order differs: 1e-12.
    QVERIFY2(std::abs(result.opis - expected.opis) < 1e-12,
             qPrintable(QStringLiteral("%1 vs %2").arg(result.opis).arg(expected.opis)));
    QVERIFY2(std::abs(result.epsOpis - expected.epsOpis) < 1e-12,
             qPrintable(QStringLiteral("%1 vs %2").arg(result.epsOpis).arg(expected.epsOpis)));
    QCOMPARE(result.worstClasses, expected.worst);
    QVERIFY(result.opis > 1e-4); // the classes do differ, so the comparison is not 0 == 0
}

void TestOpis::defaultsAndGrid()
{
    const Labelled data = randomLabelled(7, 300, 5, 10);
    const OpisResult result = computeOpis(data.embeddings, data.labels);
    QCOMPARE(result.curves.thresholds.size(), size_t(101));
    QCOMPARE(result.curves.thresholds.front(), result.range.low);
    QCOMPARE(result.curves.thresholds.back(), result.range.high);
    QCOMPARE(result.worstClasses.size(), size_t(1)); // ceil(0.1 * 10)
    // OPIS is the mean of the per-class deviations.
    double sum = 0.0;
    for (double deviation : result.classDeviation)
        sum += deviation;
    QVERIFY(std::abs(result.opis - sum / 10.0) < 1e-15);
    // The worst class has the lowest mean utility.
    const int worst = result.worstClasses[0];
    for (double meanUtility : result.classMeanUtility)
        QVERIFY(result.classMeanUtility[size_t(worst)] <= meanUtility);
}

void TestOpis::worstGroupSize()
{
    const Labelled data = randomLabelled(8, 120, 5, 4);
    const PairHistograms h = buildPairHistograms(data.embeddings, data.labels);
    OpisOptions options;
    options.epsilon = 0.26; // ceil(1.04) = 2
    QCOMPARE(computeOpis(h, options).worstClasses.size(), size_t(2));
    options.epsilon = 0.9; // ceil(3.6) = 4, kept to T - 1 = 3
    QCOMPARE(computeOpis(h, options).worstClasses.size(), size_t(3));
    options.epsilon = 0.01; // at least one class
    QCOMPARE(computeOpis(h, options).worstClasses.size(), size_t(1));
}

void TestOpis::rejectsBadParameters()
{
    const Labelled data = randomLabelled(9, 60, 4, 3);
    const PairHistograms h = buildPairHistograms(data.embeddings, data.labels);
    OpisOptions options;
    options.epsilon = 1.0;
    QVERIFY_THROWS_EXCEPTION(Error, computeOpis(h, options));
    options = {};
    options.farLow = 0.2;
    QVERIFY_THROWS_EXCEPTION(Error, computeOpis(h, options));
    options = {};
    options.thresholds = 1;
    QVERIFY_THROWS_EXCEPTION(Error, computeOpis(h, options));
    // One class with positives, the other a singleton: fewer than two eligible classes.
    Matrix e(3, 2);
    e << 1, 0, 0.8f, 0.6f, 0, 1;
    QVERIFY_THROWS_EXCEPTION(Error, computeOpis(e, {1, 1, 2}));
}

QTEST_GUILESS_MAIN(TestOpis)
#include "test_opis.moc"
