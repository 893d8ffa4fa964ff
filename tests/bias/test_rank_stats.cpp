// Average ranks and Spearman's correlation with ties (core/bias/rank_stats.h).

#include "bias/rank_stats.h"
#include "common/error.h"

#include <QTest>
#include <cmath>

using namespace eg;

using Doubles = std::vector<double>;
Q_DECLARE_METATYPE(Doubles)

class TestRankStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void averageRanks_data()
    {
        QTest::addColumn<Doubles>("values");
        QTest::addColumn<Doubles>("ranks");
        QTest::newRow("distinct") << Doubles{3, 1, 2} << Doubles{3, 1, 2};
        QTest::newRow("pair tie") << Doubles{10, 20, 20, 30} << Doubles{1, 2.5, 2.5, 4};
        QTest::newRow("all equal") << Doubles{7, 7, 7} << Doubles{2, 2, 2};
        // Sorted: -1 (idx 3), 0 0 0 (idx 0, 2, 4: ranks 2..4 -> 3), 5 (idx 1).
        QTest::newRow("triple tie") << Doubles{0, 5, 0, -1, 0} << Doubles{3, 5, 3, 1, 3};
        QTest::newRow("empty") << Doubles{} << Doubles{};
    }
    void averageRanks()
    {
        QFETCH(Doubles, values);
        QFETCH(Doubles, ranks);
        QCOMPARE(eg::averageRanks(values), ranks); // halves are exact in binary
    }

    void spearman_data()
    {
        QTest::addColumn<Doubles>("a");
        QTest::addColumn<Doubles>("b");
        QTest::addColumn<double>("rho");
        // Ranks a = (1, 2.5, 2.5, 4, 5), b = (2, 1, 3.5, 3.5, 5), both of mean 3.
        // Deviations (-2, -.5, -.5, 1, 2) and (-1, -2, .5, .5, 2): sum of products 7.25,
        // sums of squares 9.5 and 9.5 -> rho = 7.25 / 9.5 = 0.7631579. (The no-ties formula
        // 1 - 6 sum d^2 / (n (n^2 - 1)) would give 1 - 27 / 120 = 0.775.)
        QTest::newRow("ties") << Doubles{1, 2, 2, 3, 5} << Doubles{2, 1, 3, 3, 4} << 7.25 / 9.5;
        QTest::newRow("monotone, not linear")
            << Doubles{1, 2, 3, 4} << Doubles{1, 8, 27, 64} << 1.0;
        QTest::newRow("reversed") << Doubles{1, 2, 3} << Doubles{0.3, 0.2, 0.1} << -1.0;
        QTest::newRow("constant") << Doubles{1, 2, 3} << Doubles{4, 4, 4} << std::nan("");
        QTest::newRow("one value") << Doubles{1} << Doubles{2} << std::nan("");
    }
    void spearman()
    {
        QFETCH(Doubles, a);
        QFETCH(Doubles, b);
        QFETCH(double, rho);
        const double got = eg::spearman(a, b);
        if (std::isnan(rho))
            QVERIFY(std::isnan(got));
        else
            QVERIFY2(std::abs(got - rho) < 1e-12, qPrintable(QString::number(got, 'g', 17)));
        // Symmetric.
        const double back = eg::spearman(b, a);
        QVERIFY(std::isnan(rho) ? std::isnan(back) : std::abs(back - got) < 1e-15);
    }

    void lengthMismatch()
    {
        QVERIFY_THROWS_EXCEPTION(Error, eg::spearman(Doubles{1, 2}, Doubles{1, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestRankStats)
#include "test_rank_stats.moc"
