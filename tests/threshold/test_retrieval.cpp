// Recall@1 and MAP@R on a hand-made circle of points whose rankings are worked out by hand in
// the comments, plus a singleton distractor, a perfect clustering and input errors.

#include "common/error.h"
#include "threshold/retrieval.h"

#include <QTest>
#include <cmath>
#include <numbers>

using namespace eg;

namespace {

// Unit vectors at the given angles (degrees): similarity = cos(angle between), so items rank
// by angular distance.
Matrix onCircle(const std::vector<double> &degrees)
{
    Matrix e(qint64(degrees.size()), 2);
    for (size_t i = 0; i < degrees.size(); ++i) {
        const double a = degrees[i] * std::numbers::pi / 180.0;
        e(qint64(i), 0) = float(std::cos(a));
        e(qint64(i), 1) = float(std::sin(a));
    }
    return e;
}

} // namespace

class TestRetrieval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handMade_data();
    void handMade();
    void rejectsBadInput();
};

void TestRetrieval::handMade_data()
{
    QTest::addColumn<std::vector<double>>("degrees");
    QTest::addColumn<std::vector<qint32>>("labels");
    QTest::addColumn<double>("recall");
    QTest::addColumn<double>("map");
    QTest::addColumn<double>("recallB");
    QTest::addColumn<double>("mapB");

    // Class A (0) at 0, 10, 100 degrees; class B (1) at 25, 90, 210. R = 2 for everyone.
    // Query -> two nearest (angular distance), AP@2, hit@1:
    //   A0(0):   A1 10, B0 25       AP 1/2 * (1/1)       = 0.5   hit
    //   A1(10):  A0 10, B0 15       0.5                          hit
    //   A2(100): B1 10, B0 75       0                            miss
    //   B0(25):  A1 15, A0 25       0                            miss
    //   B1(90):  A2 10, B0 65       1/2 * (1/2)          = 0.25  miss
    //   B2(210): A2 110, B1 120     0.25                         miss
    // Recall@1 = 2/6, MAP@R = 1.5/6 = 0.25; class B: recall 0, MAP 0.5/3.
    QTest::newRow("two classes") << std::vector<double>{0, 10, 100, 25, 90, 210}
                                 << std::vector<qint32>{0, 0, 0, 1, 1, 1} << 2.0 / 6 << 0.25 << 0.0
                                 << 0.5 / 3;
    // A singleton class C (7) at 300 degrees is no query but a distractor: it is B2's nearest
    // (90 degrees away, A2 is 110), so B2 retrieves C, A2: AP 0. Every other query keeps its
    // two nearest (C is 60+ degrees from all of them, farther than their second). MAP@R =
    // 1.25/6, class B MAP 0.25/3; the query count stays 6.
    QTest::newRow("with distractor")
        << std::vector<double>{0, 10, 100, 25, 90, 210, 300}
        << std::vector<qint32>{0, 0, 0, 1, 1, 1, 7} << 2.0 / 6 << 1.25 / 6 << 0.0 << 0.25 / 3;
    // Two tight clusters far apart: everything perfect.
    QTest::newRow("perfect") << std::vector<double>{0, 5, 10, 180, 185}
                             << std::vector<qint32>{4, 4, 4, 9, 9} << 1.0 << 1.0 << 1.0 << 1.0;
}

void TestRetrieval::handMade()
{
    QFETCH(std::vector<double>, degrees);
    QFETCH(std::vector<qint32>, labels);
    QFETCH(double, recall);
    QFETCH(double, map);
    QFETCH(double, recallB);
    QFETCH(double, mapB);
    RetrievalOptions options;
    options.blockRows = 2; // several blocks on two threads
    const RetrievalResult result = retrievalMetrics(onCircle(degrees), labels, options);
    // Exact counts divided once: 1e-12 leaves room for the sums of fractions only.
    QVERIFY(std::abs(result.recallAt1 - recall) < 1e-12);
    QVERIFY(std::abs(result.mapAtR - map) < 1e-12);
    QVERIFY(std::abs(result.classRecallAt1[1] - recallB) < 1e-12);
    QVERIFY(std::abs(result.classMapAtR[1] - mapB) < 1e-12);
    const qint64 queries = labels.back() == 7 ? 6 : qint64(labels.size());
    QCOMPARE(result.queries, queries);
    if (labels.back() == 7)
        QVERIFY(std::isnan(result.classRecallAt1[2]));
}

void TestRetrieval::rejectsBadInput()
{
    const Matrix e = onCircle({0, 90, 180});
    QVERIFY_THROWS_EXCEPTION(Error, retrievalMetrics(e, {1, 2}));
    QVERIFY_THROWS_EXCEPTION(Error, retrievalMetrics(e, {1, 2, 3})); // no class of two
    Matrix zero = e;
    zero.row(1).setZero();
    QVERIFY_THROWS_EXCEPTION(Error, retrievalMetrics(zero, {1, 1, 1}));
}

QTEST_GUILESS_MAIN(TestRetrieval)
#include "test_retrieval.moc"
