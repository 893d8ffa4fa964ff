// The TCM regulariser's golden value from the reference (§4, the same case as
// pytorch-metric-learning's test): embeddings [[0,1],[.43,.9],[1,0],[.5,.5]], labels [0,0,1,1],
// m+ = 0.9, m- = 0.5, lambda = 1: L = 0.5179 = 0.1929 + 0.3250.
//
// By hand: normalised rows e0 = (0, 1), e1 = (.4311, .9023), e2 = (1, 0), e3 = (.7071, .7071).
// Positives: s01 = .9023 (not hard), s23 = .7071 (hard: .9 - .7071 = .1929).
// Negatives: s02 = 0, s12 = .4311 (not hard), s03 = .7071 (.2071), s13 = .9428 (.4428);
// mean (.2071 + .4428) / 2 = .3250.

#include "dml/tcm_loss.h"

#include <QTest>

using namespace eg::dml;

class TestTcmGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceExample();
};

void TestTcmGolden::referenceExample()
{
    RowsD e(4, 2);
    e << 0, 1, .43, .9, 1, 0, .5, .5;
    const TcmResult r = tcmLoss(unitRows(e), {0, 0, 1, 1});
    // The reference gives 4 decimals: agree to half a unit in the last one.
    QVERIFY2(std::abs(r.loss - 0.5179) < 5e-5, qPrintable(QString::number(r.loss, 'g', 8)));
    QVERIFY(std::abs(r.positivePart - 0.1929) < 5e-5);
    QVERIFY(std::abs(r.negativePart - 0.3250) < 5e-5);
    QCOMPARE(r.hardPositives, qint64(1));
    QCOMPARE(r.hardNegatives, qint64(2));
}

QTEST_GUILESS_MAIN(TestTcmGolden)
#include "test_tcm_golden.moc"
