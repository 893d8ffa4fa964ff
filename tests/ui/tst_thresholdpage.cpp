// The Thresholds page on the offscreen platform: one curve per class plus the pooled curve, the
// OPIS shown is the engine's, the threshold slider moves the per-class FAR / FRR table, the
// table models pass QAbstractItemModelTester and give hand-computed rates, training base and
// base + TCM runs as a job with live loss (and Cancel), the models land in the session, and the
// exports write their files.
//
// Fixture for the hand-computed rates (the same as tests/cli/tst_cli_threshold.cpp): five unit
// vectors in the plane, 2 histogram bins of width 1, readings interpolate linearly inside a bin.
//   class 0: three items at 0 degrees; class 1: at 50 and 130 degrees.
//   At d = 0.5: TPR_0 = 0.5 (3 pairs at distance 0, all in bin 0), TPR_1 = 0 (its pair is at
//   1.29, bin 1), pooled TPR = 3 * 0.5 / 4 = 0.375; the six negative pairs (3 at 0.845 in bin 0,
//   3 at 1.81 in bin 1) give TNR = 1 - 0.5 * 0.5 = 0.75 for both classes and pooled.
//   So FAR = 0.25 everywhere, FRR_0 = 0.5, FRR_1 = 1, pooled FRR = 0.625.
#include "dml/synthetic_images.h"
#include "enginehooks.h"
#include "jobcontroller.h"
#include "mainwindow.h"
#include "models/thresholdcomparisonmodel.h"
#include "models/thresholdratesmodel.h"
#include "pages/thresholds/thresholdpage.h"
#include "pages/thresholds/thresholdtrainbar.h"
#include "pages/workbenchtabs.h"
#include "plots/embeddingscatterplot.h"
#include "plots/losscurveplot.h"
#include "plots/plotexport.h"
#include "plots/utilitycurveplot.h"
#include "store/reports.h"
#include "store/session.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace eg;

namespace {

ThresholdEntry planeEntry()
{
    ThresholdEntry e;
    e.name = QStringLiteral("plane");
    e.embeddings.resize(5, 2);
    e.embeddings << 1, 0, 1, 0, 1, 0, 0.6427876f, 0.7660444f, -0.6427876f, 0.7660444f;
    e.labels = {0, 0, 0, 1, 1};
    e.classNames = {QStringLiteral("zero"), QStringLiteral("one")};
    ThresholdSettings s;
    s.histograms.bins = 2;
    e.report = analyseThresholds(e.embeddings, e.labels, s);
    return e;
}

// The synthetic test images themselves as embeddings: 10 classes of different spread.
ThresholdEntry syntheticEntry(const QString &name, bool tcm, quint64 seed)
{
    dml::SyntheticImageOptions options;
    options.testPerClass = 60;
    options.trainPerClass = 1;
    options.seed = seed;
    const dml::SyntheticImages data = dml::makeSyntheticImages(options);
    ThresholdEntry e;
    e.name = name;
    e.tcm = tcm;
    e.dataSet = QStringLiteral("synthetic");
    e.embeddings = data.test.images;
    e.labels = data.test.labels;
    e.report = analyseThresholds(e.embeddings, e.labels);
    return e;
}

ThresholdTrainRequest quickRequest(int epochs)
{
    ThresholdTrainRequest r;
    r.source = ThresholdData::Synthetic;
    r.settings.widths = {32, 32, 8};
    r.settings.epochs = epochs;
    r.settings.baseLoss = dml::BaseLoss::ProxyAnchor;
    r.seeds = {3};
    return r;
}

} // namespace

class TestThresholdPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void ratesModelHandComputed_data();
    void ratesModelHandComputed();
    void modelsPassTheTester();
    void plotsOneCurvePerClassAndPooled();
    void opisShownIsTheEngines();
    void sliderUpdatesRatesTable();
    void trainsWithLiveLossIntoSession();
    void cancelsTraining();
    void exportsTablesAndPlots();
    void measuresAFile();
    void isTheMainWindowsWorkbench();
    void screenshot();

private:
    Workspace *m_workspace = nullptr;
    JobController *m_jobs = nullptr;
    ThresholdPage *m_page = nullptr;
};

void TestThresholdPage::init()
{
    m_workspace = new Workspace;
    m_jobs = new JobController;
    m_page = new ThresholdPage(m_workspace, m_jobs);
}

void TestThresholdPage::cleanup()
{
    delete m_page;
    delete m_jobs;
    delete m_workspace;
}

void TestThresholdPage::ratesModelHandComputed_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<double>("far");
    QTest::addColumn<double>("frr");
    QTest::newRow("class zero") << 0 << 0.25 << 0.5;
    QTest::newRow("class one") << 1 << 0.25 << 1.0;
    QTest::newRow("pooled") << 2 << 0.25 << 0.625;
}

void TestThresholdPage::ratesModelHandComputed()
{
    QFETCH(int, row);
    QFETCH(double, far);
    QFETCH(double, frr);
    ThresholdRatesModel model;
    model.setEntry(std::make_shared<const ThresholdEntry>(planeEntry()));
    model.setThreshold(0.5);
    QCOMPARE(model.rowCount(), 3);
    // Ratios of small pair counts, interpolated at a bin midpoint: exact up to double rounding.
    const auto value = [&](int column) {
        return model.data(model.index(row, column), Qt::EditRole).toDouble();
    };
    QVERIFY(std::abs(value(ThresholdRatesModel::FarColumn) - far) < 1e-12);
    QVERIFY(std::abs(value(ThresholdRatesModel::FrrColumn) - frr) < 1e-12);
    if (row == 1) // class one is the worst (utility 0): bold and marked
        QVERIFY(model.data(model.index(row, 0)).toString().contains(QStringLiteral("one (")));
}

void TestThresholdPage::modelsPassTheTester()
{
    ThresholdRatesModel rates;
    QAbstractItemModelTester rateTester(&rates,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    ThresholdComparisonModel comparison;
    QAbstractItemModelTester comparisonTester(
        &comparison, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto a = std::make_shared<const ThresholdEntry>(syntheticEntry(QStringLiteral("a"), false, 1));
    auto b = std::make_shared<const ThresholdEntry>(syntheticEntry(QStringLiteral("b"), true, 2));
    rates.setEntry(a);
    for (double d : {0.0, 0.3, 0.9, 2.0})
        rates.setThreshold(d);
    rates.setEntry(nullptr);
    QCOMPARE(rates.rowCount(), 0);
    comparison.setEntries(a, nullptr);
    comparison.setEntries(a, b);
    QCOMPARE(comparison.rowCount(), int(ThresholdComparisonModel::RowCount));
    const double change = comparison
                              .data(comparison.index(ThresholdComparisonModel::OpisRow,
                                                     ThresholdComparisonModel::ChangeColumn),
                                    Qt::EditRole)
                              .toDouble();
    QCOMPARE(change, (b->report.opis.opis - a->report.opis.opis) / a->report.opis.opis);
}

void TestThresholdPage::plotsOneCurvePerClassAndPooled()
{
    QVERIFY(m_page->curvePlot()->pooledGraph() == nullptr);
    m_page->addEntry(syntheticEntry(QStringLiteral("synthetic"), false, 1));
    const UtilityCurvePlot *plot = m_page->curvePlot();
    QCOMPARE(plot->classCurveCount(), 10);
    QCOMPARE(plot->graphCount(), 11);
    QVERIFY(plot->pooledGraph() != nullptr);
    QVERIFY(plot->pooledGraph()->pen().widthF() > plot->graph(0)->pen().widthF());
    QVERIFY(plot->calibrationBand() != nullptr);
    // The worst class (ceil(0.1 * 10) = 1) is named so in the legend, and drawn widest.
    int worst = 0;
    for (int i = 0; i < plot->classCurveCount(); ++i)
        worst += plot->graph(i)->name().contains(QStringLiteral("worst")) ? 1 : 0;
    QCOMPARE(worst, 1);
    QCOMPARE(m_page->scatterPlot()->classCount(), 10);
    QCOMPARE(m_page->scatterPlot()->pointCount(), 600);
}

void TestThresholdPage::opisShownIsTheEngines()
{
    const ThresholdEntry e = syntheticEntry(QStringLiteral("synthetic"), false, 1);
    m_page->addEntry(e);
    // Computed again, independently of the page, by the engine's own entry point.
    const OpisResult engine = computeOpis(e.embeddings, e.labels);
    const ThresholdComparisonModel *m = m_page->comparisonModel();
    const auto cell = [m](int row, int role) {
        return m->data(m->index(row, ThresholdComparisonModel::FirstColumn), role);
    };
    QCOMPARE(cell(ThresholdComparisonModel::OpisRow, Qt::EditRole).toDouble(), engine.opis);
    QCOMPARE(cell(ThresholdComparisonModel::EpsOpisRow, Qt::EditRole).toDouble(), engine.epsOpis);
    const QString shown = QLocale().toString(engine.opis, 'f', 5);
    QCOMPARE(cell(ThresholdComparisonModel::OpisRow, Qt::DisplayRole).toString(), shown);
    QVERIFY(m_page->opisLabel()->text().contains(shown));
}

void TestThresholdPage::sliderUpdatesRatesTable()
{
    m_page->addEntry(syntheticEntry(QStringLiteral("synthetic"), false, 1));
    ThresholdRatesModel *rates = m_page->ratesModel();
    QSignalSpy changed(rates, &QAbstractItemModel::dataChanged);
    const double before = rates->data(rates->index(0, ThresholdRatesModel::FarColumn),
                                      Qt::EditRole).toDouble();
    QSlider *slider = m_page->slider();
    QVERIFY(slider->isEnabled());
    slider->setValue(slider->value() + 150);
    QCOMPARE(changed.count(), 1);
    const double d = m_page->threshold();
    QCOMPARE(rates->threshold(), d);
    QCOMPARE(m_page->curvePlot()->marker(), d);
    const std::vector<ClassRates> expected = ratesAt(rates->entry()->report.histograms, d);
    for (int row = 0; row < int(expected.size()); ++row) {
        QCOMPARE(rates->data(rates->index(row, ThresholdRatesModel::FarColumn), Qt::EditRole)
                     .toDouble(),
                 expected[size_t(row)].far);
        QCOMPARE(rates->data(rates->index(row, ThresholdRatesModel::FrrColumn), Qt::EditRole)
                     .toDouble(),
                 expected[size_t(row)].frr);
    }
    // A larger threshold accepts more: FAR cannot fall.
    QVERIFY(rates->data(rates->index(0, ThresholdRatesModel::FarColumn), Qt::EditRole)
                .toDouble() > before);
}

void TestThresholdPage::trainsWithLiveLossIntoSession()
{
    QTemporaryDir dir;
    m_workspace->setSession(Session::create(dir.filePath(QStringLiteral("t.equigraph"))));
    QSignalSpy added(m_page, &ThresholdPage::entryAdded);
    const int job = m_page->train(quickRequest(3));
    QVERIFY(job > 0);
    QVERIFY(m_page->isTraining());
    QVERIFY(m_jobs->model()->rowOf(job) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->entryCount(), 2, 120000);
    QTRY_VERIFY(!m_page->isTraining());
    QCOMPARE(m_jobs->model()->at(m_jobs->model()->rowOf(job)).state, JobState::Finished);
    // Live loss: one line per model, one point per epoch.
    QCOMPARE(m_page->lossPlot()->runCount(), 2);
    QCOMPARE(m_page->lossPlot()->pointCount(QStringLiteral("Proxy-Anchor, seed 3")), 3);
    QCOMPARE(m_page->lossPlot()->pointCount(QStringLiteral("Proxy-Anchor + TCM, seed 3")), 3);
    // Base in A, TCM in B; both measured on the five unseen classes.
    const ThresholdComparisonModel *m = m_page->comparisonModel();
    QVERIFY(m->first() && !m->first()->tcm);
    QVERIFY(m->second() && m->second()->tcm);
    QCOMPARE(m_page->curvePlot()->classCurveCount(), 5);
    // Stored in the session as threshold reports with the engine's OPIS.
    const auto reports = store::reports(m_workspace->session(), store::ReportKind::Threshold);
    QCOMPARE(int(reports.size()), 2);
    QCOMPARE(reports[0].payload[QStringLiteral("opis")].toDouble(), m->first()->report.opis.opis);
    QCOMPARE(reports[1].settings[QStringLiteral("training")].toObject()[QStringLiteral("tcm")]
                 .toBool(),
             true);
    m_workspace->closeSession(); // before the temporary folder goes
}

void TestThresholdPage::cancelsTraining()
{
    const int job = m_page->train(quickRequest(100000)); // would take hours
    QVERIFY(job > 0);
    QTRY_VERIFY(m_page->lossPlot()->runCount() > 0); // it has started
    m_page->cancelTraining();
    QTRY_COMPARE_WITH_TIMEOUT(m_jobs->model()->at(m_jobs->model()->rowOf(job)).state,
                              JobState::Cancelled, 30000);
    QTRY_VERIFY(!m_page->isTraining());
    QCOMPARE(m_page->entryCount(), 0);
    QVERIFY(m_page->trainBar()->trainButton()->isEnabled());
}

void TestThresholdPage::exportsTablesAndPlots()
{
    m_page->addEntry(syntheticEntry(QStringLiteral("a"), false, 1));
    m_page->addEntry(syntheticEntry(QStringLiteral("b"), true, 2));
    QTemporaryDir dir;
    const auto lines = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().split('\n').size() : 0;
    };
    const QString rates = dir.filePath(QStringLiteral("rates.csv"));
    QVERIFY(m_page->exportRatesCsv(rates));
    QCOMPARE(lines(rates), 1 + 10 + 1); // header, classes, pooled
    const QString comparison = dir.filePath(QStringLiteral("comparison.csv"));
    QVERIFY(m_page->exportComparisonCsv(comparison));
    QCOMPARE(lines(comparison), 1 + int(ThresholdComparisonModel::RowCount));
    const QString curves = dir.filePath(QStringLiteral("curves.csv"));
    QVERIFY(m_page->exportCurvesCsv(curves));
    QCOMPARE(lines(curves), 1 + 101);
    m_page->resize(1280, 800);
    for (PlotFormat format : {PlotFormat::Png, PlotFormat::Pdf, PlotFormat::Svg}) {
        const QString path =
            dir.filePath(QStringLiteral("curves.") + plotFormatSuffix(format));
        QVERIFY(savePlot(m_page->curvePlot(), path, format, QSize(640, 400)));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
}

void TestThresholdPage::measuresAFile()
{
    // The plane fixture as CSV, measured as a job: the rates at d = 0.5 are not hand-checked
    // here (default 4,096 bins), but the classes and the retrieval figures are the fixture's.
    const QString path = QDir(QDir::tempPath()).filePath(QStringLiteral("tst_thresholdpage.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("0,1,0\n0,1,0\n0,1,0\n1,0.6427876,0.7660444\n1,-0.6427876,0.7660444\n");
    file.close();
    const int job = m_page->measureFile(path);
    QVERIFY(job > 0);
    QTRY_COMPARE(m_page->entryCount(), 1);
    const ThresholdEntryPtr e = m_page->shown();
    QVERIFY(e);
    QCOMPARE(e->name, QStringLiteral("tst_thresholdpage.csv"));
    QCOMPARE(e->report.retrieval.recallAt1, 0.8);
    QCOMPARE(m_page->curvePlot()->classCurveCount(), 2);
    // A bad file fails its job with the file named, and adds nothing.
    const QString bad = QDir(QDir::tempPath()).filePath(QStringLiteral("tst_thresholdbad.csv"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    badFile.write("0,1,0\n1,x\n");
    badFile.close();
    const int failed = m_page->measureFile(bad);
    QTRY_COMPARE(m_jobs->model()->at(m_jobs->model()->rowOf(failed)).state, JobState::Failed);
    QVERIFY(m_jobs->model()->at(m_jobs->model()->rowOf(failed)).detail.contains(
        QStringLiteral("tst_thresholdbad.csv")));
    QCOMPARE(m_page->entryCount(), 1);
    QFile::remove(path);
    QFile::remove(bad);
}

void TestThresholdPage::isTheMainWindowsWorkbench()
{
    // The switcher's Thresholds tab is this page, enabled (no longer the placeholder).
    MainWindow window(EngineHooks{});
    auto *page = qobject_cast<ThresholdPage *>(
        window.workbenches()->widget(WorkbenchTabs::Thresholds));
    QVERIFY(page);
    QVERIFY(page->isEnabled());
    QCOMPARE(window.workbenches()->tabText(WorkbenchTabs::Thresholds),
             QStringLiteral("Thresholds"));
    // It fits a 1280-pixel window beside the docks (about 220 pixels on the left).
    QVERIFY2(page->minimumSizeHint().width() <= 1040,
             qPrintable(QString::number(page->minimumSizeHint().width())));
}

void TestThresholdPage::screenshot()
{
    // EG_THRESHOLD_SCREENSHOTS=<folder> trains on Fashion-MNIST (the synthetic set when it is
    // not installed) and saves the page at 1280 x 800 as thresholds.png, plus the loss and PCA
    // views.
    const QString folder = qEnvironmentVariable("EG_THRESHOLD_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set EG_THRESHOLD_SCREENSHOTS to a folder to save the page's screenshots");
    ThresholdTrainRequest request = m_page->trainBar()->request();
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QVERIFY(m_page->train(request) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->entryCount(), 2, 600000);
    QTRY_VERIFY(!m_page->isTraining());
    const std::pair<ThresholdPage::View, const char *> views[] = {
        {ThresholdPage::LossView, "thresholds-loss.png"},
        {ThresholdPage::ScatterView, "thresholds-pca.png"},
        {ThresholdPage::CurvesView, "thresholds.png"}};
    for (const auto &[view, file] : views) {
        m_page->showView(view);
        QTest::qWait(400);
        QVERIFY(m_page->grab().save(QDir(folder).filePath(QLatin1String(file))));
    }
}

QTEST_MAIN(TestThresholdPage)
#include "tst_thresholdpage.moc"
