// The grouped bar plot (ui/plots/groupedbarplot.h) on hand-made values: which bars are drawn,
// where the value axis goes, and the zero line for values of both signs.
#include "plots/groupedbarplot.h"

#include <QTest>
#include <cmath>

using namespace eg;

class TestGroupedBarPlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsWhatIsThere_data()
    {
        QTest::addColumn<std::vector<double>>("first");
        QTest::addColumn<std::vector<double>>("second");
        QTest::addColumn<int>("bars");
        QTest::addColumn<bool>("zeroLine");
        const double none = std::nan("");
        QTest::newRow("all there") << std::vector<double>{3.35, 3.13} << std::vector<double>{0.16, 0.0}
                                   << 4 << false;
        QTest::newRow("a missing value") << std::vector<double>{3.35, none}
                                         << std::vector<double>{0.16, 0.01} << 3 << false;
        QTest::newRow("both signs") << std::vector<double>{3.35, -0.25}
                                    << std::vector<double>{0.16, 0.01} << 4 << true;
    }

    void drawsWhatIsThere()
    {
        QFETCH(std::vector<double>, first);
        QFETCH(std::vector<double>, second);
        QFETCH(int, bars);
        QFETCH(bool, zeroLine);
        GroupedBarPlot plot;
        plot.resize(400, 300);
        plot.setBars({QStringLiteral("gender"), QStringLiteral("religion")},
                     {{QStringLiteral("Basic"), first, 0}, {QStringLiteral("KL + Attr"), second, 1}});
        QCOMPARE(plot.barCount(), bars);
        QCOMPARE(plot.drawnValues(1), second); // the second series has every value here
        std::vector<double> drawn;
        for (double v : first)
            if (std::isfinite(v))
                drawn.push_back(v);
        QCOMPARE(plot.drawnValues(0), drawn);
        QVERIFY(plot.drawnValues(2).empty()); // no third series
        // Every bar inside the value axis; the axis starts at 0 when nothing is negative.
        const QCPRange range = plot.yAxis->range();
        for (const std::vector<double> *s : {&first, &second})
            for (double v : *s)
                if (std::isfinite(v))
                    QVERIFY(range.contains(v));
        QCOMPARE(range.lower < 0, zeroLine);
        QCOMPARE(plot.yAxis->grid()->zeroLinePen().style() != Qt::NoPen, zeroLine);
        QCOMPARE(plot.legend->itemCount(), 2);
        plot.grab(); // paints without trouble
    }

    void clearRemovesEverything()
    {
        GroupedBarPlot plot;
        plot.setBars({QStringLiteral("gender")}, {{QStringLiteral("Basic"), {1.0}, 0}});
        QCOMPARE(plot.barCount(), 1);
        plot.clearBars();
        QCOMPARE(plot.barCount(), 0);
        QVERIFY(plot.categories().isEmpty());
        QCOMPARE(plot.plottableCount(), 0);
    }
};

QTEST_MAIN(TestGroupedBarPlot)
#include "tst_groupedbarplot.moc"
