// The bias page's plot wrappers (diverging bars, labelled scatter with hover tooltips, paired
// dots, trade-off, training curves, projection), their PNG / PDF / SVG export, and the sweep
// job that feeds the trade-off plot one point at a time.
#include "jobcontroller.h"
#include "pages/bias/sweepjob.h"
#include "plots/divergingbarplot.h"
#include "plots/labelledscatterplot.h"
#include "plots/paireddotplot.h"
#include "plots/plotexport.h"
#include "plots/projectionplot.h"
#include "plots/tradeoffplot.h"
#include "plots/trainingcurveplot.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace eg;

class TestBiasPlots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void divergingBars();
    void scatterToolTips();
    void pairedDots();
    void tradeoffUnavailable();
    void trainingCurves();
    void projectionKeepsEqualScale();
    void exports_data();
    void exports();
    void formatFromSuffix();
    void sweepDeliversPointsOneByOne();
    void sweepCancels();
};

void TestBiasPlots::divergingBars()
{
    DivergingBarPlot plot;
    plot.setBars({{"nurse", -0.1}, {"soprano", -0.05}}, {}, "a", "b"); // any order of data
    // Negative items come most negative first, as a bias table lists them.
    plot.setBars({{"baritone", 0.13}, {"banker", 0.12}}, {{"nun", -0.17}, {"soprano", -0.14}},
                 QStringLiteral("towards male"), QStringLiteral("towards female"));
    QCOMPARE(plot.barCount(), 4);
    // Top to bottom: the largest positive first, the most negative last.
    QCOMPARE(plot.labels(), (QStringList{"baritone", "banker", "soprano", "nun"}));
    QCOMPARE(plot.legend->itemCount(), 2);
    QVERIFY(plot.xAxis->range().contains(0.13) && plot.xAxis->range().contains(-0.17));
    plot.clearBars();
    QCOMPARE(plot.barCount(), 0);
}

void TestBiasPlots::scatterToolTips()
{
    LabelledScatterPlot plot;
    plot.resize(400, 300);
    plot.xAxis->setLabel(QStringLiteral("skew"));
    plot.yAxis->setLabel(QStringLiteral("B_p"));
    plot.setPoints({{-1.0, -0.5, "nurse"}, {0.0, 0.0, "lawyer"}, {1.0, 0.5, "pilot"}});
    plot.setNote(QStringLiteral("Spearman ρ = 1.00"));
    plot.replot(); // lays the axes out at this size
    const QPointF pilot(plot.xAxis->coordToPixel(1.0), plot.yAxis->coordToPixel(0.5));
    const QString tip = plot.toolTipAt(pilot + QPointF(3, -2));
    QVERIFY2(tip.startsWith(QStringLiteral("pilot\n")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("skew: 1")));
    QVERIFY(tip.contains(QStringLiteral("B_p: 0.5")));
    QCOMPARE(plot.toolTipAt(pilot + QPointF(30, 30)), QString()); // nothing within 8 pixels
    QCOMPARE(plot.note(), QStringLiteral("Spearman ρ = 1.00"));
    QCOMPARE(plot.pointCount(), 3);
}

void TestBiasPlots::pairedDots()
{
    PairedDotPlot plot;
    plot.setItems({{"nurse", -0.2, -0.01}, {"pilot", 0.15, 0.02}}, "Basic", "Debiased");
    QCOMPARE(plot.itemCount(), 2);
    QCOMPARE(plot.graph(0)->name(), QStringLiteral("Basic"));
    QCOMPARE(plot.graph(1)->dataCount(), 2);
    QCOMPARE(plot.itemCount(), 2);
    QCOMPARE(plot.itemCount(), plot.graph(0)->dataCount());
    QVERIFY(plot.xAxis->range().contains(-0.2) && plot.xAxis->range().contains(0.15));
    plot.setItems({}, {}, {});
    QCOMPARE(plot.itemCount(), 0);
}

void TestBiasPlots::tradeoffUnavailable()
{
    TradeoffPlot plot;
    QVERIFY(plot.isEnabled());
    plot.setUnavailable(QStringLiteral("the KL trainer is not in the engine yet"));
    QVERIFY(!plot.isEnabled());
    QCOMPARE(plot.unavailableReason(), QStringLiteral("the KL trainer is not in the engine yet"));
    plot.setUnavailable({});
    QVERIFY(plot.isEnabled());
    // Points join in weight order whatever their arrival order.
    plot.addPoint({10, 1.0, 0.66});
    plot.addPoint({1, 2.0, 0.67});
    plot.addPoint({100, 0.2, 0.65});
    QCOMPARE(plot.pointCount(), 3);
    QCOMPARE(plot.points()[0].weight, 1.0);
    QCOMPARE(plot.points()[2].weight, 100.0);
    plot.clearPoints();
    QCOMPARE(plot.pointCount(), 0);
}

void TestBiasPlots::trainingCurves()
{
    TrainingCurvePlot plot;
    plot.setEpochs({{1, 3.0, 0.1, true, 0.1}, {2, 2.0, 0.1, false, 0.0}});
    QCOMPARE(plot.lossPoints(), 2);
    QCOMPARE(plot.mrrPoints(), 1); // epoch 2 had no validation
    plot.addEpoch({3, 1.5, 0.1, true, 0.3});
    QCOMPARE(plot.lossPoints(), 3);
    QCOMPARE(plot.mrrPoints(), 2);
    QVERIFY(plot.yAxis->range().contains(3.0));
    QVERIFY(plot.yAxis2->range().contains(0.3));
    QVERIFY(plot.yAxis2->visible());
}

void TestBiasPlots::projectionKeepsEqualScale()
{
    ProjectionPlot plot;
    plot.resize(600, 300);
    plot.setScene({{QPointF(0, 0), "person", 0, false, 8}, {QPointF(1, 1), "male", 1, false, 8}},
                  {{QPointF(0, 0), QPointF(1, 1), 0, true}});
    plot.replot();
    plot.replot(); // the second pass draws with the ranges fitted after the layout
    const double xPerPixel = plot.xAxis->range().size() / plot.axisRect()->width();
    const double yPerPixel = plot.yAxis->range().size() / plot.axisRect()->height();
    // Equal scale: one unit is as long on both axes, to a pixel's rounding.
    QVERIFY2(std::abs(xPerPixel - yPerPixel) / xPerPixel < 0.02,
             qPrintable(QStringLiteral("%1 vs %2").arg(xPerPixel).arg(yPerPixel)));
    QVERIFY(plot.xAxis->range().contains(1.0) && plot.yAxis->range().contains(1.0));
    QCOMPARE(plot.scenePoints().size(), size_t(2));
}

void TestBiasPlots::exports_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("png") << int(PlotFormat::Png) << QByteArray("\x89PNG\r\n\x1a\n", 8);
    QTest::newRow("pdf") << int(PlotFormat::Pdf) << QByteArray("%PDF-");
    QTest::newRow("svg") << int(PlotFormat::Svg) << QByteArray("<?xml");
}

void TestBiasPlots::exports()
{
    QFETCH(int, format);
    QFETCH(QByteArray, header);
    DivergingBarPlot plot;
    plot.setValueLabel(QStringLiteral("B_p (score units)"));
    plot.setBars({{"baritone", 0.13}}, {{"nun", -0.17}}, "towards male", "towards female");
    QTemporaryDir dir;
    const QString path =
        dir.filePath(QStringLiteral("plot.") + plotFormatSuffix(PlotFormat(format)));
    QVERIFY(savePlot(&plot, path, PlotFormat(format), QSize(400, 300), 2.0));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.size() > 1000, qPrintable(QString::number(bytes.size())));
    QVERIFY(bytes.startsWith(header));
    if (PlotFormat(format) == PlotFormat::Png) {
        const QImage image(path);
        QCOMPARE(image.size(), QSize(800, 600)); // 400 x 300 at scale 2
    }
    if (PlotFormat(format) == PlotFormat::Svg) {
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("baritone")); // text is drawn as text
        QVERIFY(bytes.trimmed().endsWith("</svg>"));
    }
}

void TestBiasPlots::formatFromSuffix()
{
    QCOMPARE(plotFormatFromSuffix(QStringLiteral("a/b.PNG")), PlotFormat::Png);
    QCOMPARE(plotFormatFromSuffix(QStringLiteral("b.svg")), PlotFormat::Svg);
    QCOMPARE(plotFormatFromSuffix(QStringLiteral("b.pdf")), PlotFormat::Pdf);
    QVERIFY(!plotFormatFromSuffix(QStringLiteral("b.jpg")));
}

void TestBiasPlots::sweepDeliversPointsOneByOne()
{
    JobController jobs;
    SweepJob sweep(&jobs);
    TradeoffPlot plot;
    connect(&sweep, &SweepJob::pointReady, &plot, [&plot](const SweepPoint &p) {
        plot.addPoint({p.weight, p.bias, p.mrr});
    });
    // A step that waits for the test's go-ahead, so the test can see points arrive singly.
    std::atomic<int> allowed{1};
    std::atomic<int> done{0};
    const SweepStep step = [&allowed, &done](double weight, const ProgressFn &progress) {
        while (done.load() >= allowed.load()) {
            if (!progress(0, 1))
                throw Cancelled();
            QThread::msleep(2);
        }
        ++done;
        progress(1, 1);
        return SweepPoint{weight, 1.0 / weight, 0.7 - 0.001 * weight};
    };
    QSignalSpy points(&sweep, &SweepJob::pointReady);
    QSignalSpy ended(&sweep, &SweepJob::ended);
    const int id = sweep.start(QStringLiteral("sweep"), {1, 10, 100}, step);
    QVERIFY(id > 0);
    QVERIFY(sweep.isRunning());
    QCOMPARE(sweep.start(QStringLiteral("again"), {1}, step), -1); // one sweep at a time
    QTRY_COMPARE(points.count(), 1);
    QTest::qWait(50);
    QCOMPARE(points.count(), 1); // the second waits for its turn
    QCOMPARE(plot.pointCount(), 1);
    allowed = 3;
    QTRY_COMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).toInt(), 3);
    QCOMPARE(plot.pointCount(), 3);
    QCOMPARE(points.at(1).at(0).value<SweepPoint>().weight, 10.0);
    QVERIFY(!sweep.isRunning());
    QCOMPARE(jobs.model()->at(jobs.model()->rowOf(id)).state, JobState::Finished);
}

void TestBiasPlots::sweepCancels()
{
    JobController jobs;
    SweepJob sweep(&jobs);
    const SweepStep step = [](double weight, const ProgressFn &progress) {
        if (weight > 1) { // the second step runs until cancelled
            while (progress(0, 1))
                QThread::msleep(2);
            throw Cancelled();
        }
        return SweepPoint{weight, 0.0, 0.0};
    };
    QSignalSpy points(&sweep, &SweepJob::pointReady);
    QSignalSpy ended(&sweep, &SweepJob::ended);
    const int id = sweep.start(QStringLiteral("sweep"), {1, 2}, step);
    QTRY_COMPARE(points.count(), 1);
    jobs.cancel(id);
    QTRY_COMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).toInt(), 1); // the point before the cancel is kept
    QCOMPARE(jobs.model()->at(jobs.model()->rowOf(id)).state, JobState::Cancelled);
}

QTEST_MAIN(TestBiasPlots)
#include "tst_biasplots.moc"
