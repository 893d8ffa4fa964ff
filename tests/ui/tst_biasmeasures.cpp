// The bias page's Measures tab: the table model over hand-made measures (values, an empty
// comparison column, "computing…", NaN as "–", CSV), and the tab on the demo world with a
// Basic and a KL + Attr model: Basic's gender difference in scores is larger, its probe beats
// the most-frequent-class rate, the graph-facts probe is shown, results are cached per model,
// and Cancel leaves no result. EG_BIAS_SCREENSHOTS=<folder> (and EG_BIAS_LANGUAGE=de) saves
// the tab as bias-measures.png.
#include "debias/debias.h"
#include "demo/demo_world.h"
#include "embed/presets.h"
#include "jobcontroller.h"
#include "models/biasmeasuresmodel.h"
#include "pages/bias/biasdebias.h"
#include "pages/bias/biasmeasuresview.h"
#include "plots/groupedbarplot.h"
#include "pages/bias/biaspage.h"
#include "pages/bias/biassettingsbar.h"
#include "pages/bias/tablecsv.h"
#include "services/trainingservice.h"
#include "translations.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace eg;

class TestBiasMeasures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelShowsValues_data();
    void modelShowsValues();
    void modelPassesTheTester();
    void modelExportsCsv();
    void pageShowsMeasures();
    void cancelLeavesNoResult();
    void whitelistLeavesOutItsTriples();
    void screenshot();

private:
    BiasModelEntry entry(const QString &name, const QString &method,
                         const std::shared_ptr<const Model> &model) const;
    void addBoth();
    // Waits until the tab's job has ended and the current column holds measures.
    bool waitMeasures(int timeoutMs = 60000) const;
    double cell(BiasMeasuresModel::Kind kind, int column) const;

    DemoWorld m_world;
    std::shared_ptr<const Graph> m_graph;
    std::shared_ptr<const Model> m_basic;
    std::shared_ptr<const Model> m_klAttr;
    Workspace *m_workspace = nullptr;
    JobController *m_jobs = nullptr;
    TrainingService *m_training = nullptr;
    BiasPage *m_page = nullptr;
};

namespace {

// gender (2 values) and religion (30), the probe on gender; the current model's measures,
// religion not measurable; no comparison model; the graph facts.
BiasMeasuresModel::Table handMade() {
    BiasMeasuresModel::Table t;
    t.spec.relations = {{QStringLiteral("gender"), 1, 2}, {QStringLiteral("religion"), 2, 30}};
    t.spec.probed = t.spec.relations[0];
    auto m = std::make_shared<BiasModelMeasures>();
    m->scoreDifference = {2.5, std::nan("")};
    m->probeAccuracy = 0.9;
    m->majorityRate = 0.625;
    t.current = {QStringLiteral("Basic"), false, m};
    auto f = std::make_shared<BiasFactMeasures>();
    f->accuracy = 0.75;
    f->majorityRate = 0.625;
    t.facts = f;
    return t;
}

TrainConfig demoConfig(int epochs, int dim) {
    TrainConfig c = findTrainPreset(QStringLiteral("demo"))->config;
    c.threads = 0;
    c.seed = 1;
    c.epochs = epochs;
    c.model.dim = dim;
    return c;
}

} // namespace

void TestBiasMeasures::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c()); // "0.900", not "0,900"
    m_world = generateDemoWorld();     // seed 42, 3,000 people
    m_graph = std::make_shared<const Graph>(m_world.graph);
    const Graph &g = *m_graph;
    // 12 epochs at dimension 50: the CLI's `compare --demo` shows KL + Attr's drop of the
    // gender difference in scores from 12 epochs on; smaller keeps the test under 20 s.
    const TrainConfig config = demoConfig(12, 50);
    m_basic =
        std::make_shared<const Model>(train(g.train, g.entityCount(), g.relationCount(), config));
    const DebiasConfig dc = BiasDebias::config(g, BiasMethod::KlAttr, config, {});
    m_klAttr = std::make_shared<const Model>(trainDebiased(g, dc).model);
}

void TestBiasMeasures::init() {
    m_workspace = new Workspace;
    m_jobs = new JobController;
    m_training = new TrainingService(m_jobs, m_workspace);
    m_page = new BiasPage(m_workspace, m_jobs, m_training);
}

void TestBiasMeasures::cleanup() {
    delete m_page;
    delete m_training;
    delete m_jobs;
    delete m_workspace;
}

BiasModelEntry TestBiasMeasures::entry(const QString &name, const QString &method,
                                       const std::shared_ptr<const Model> &model) const {
    BiasModelEntry e;
    e.name = name;
    e.method = method;
    e.type = describeModelSpec(model->spec);
    e.source = QStringLiteral("trained by the test");
    e.dataSet = QStringLiteral("Demo world");
    e.model = model;
    e.graph = m_graph;
    return e;
}

void TestBiasMeasures::addBoth() {
    m_page->addModel(entry(QStringLiteral("Basic"), QStringLiteral("Basic"), m_basic));
    m_page->addModel(entry(QStringLiteral("KL + Attr"), QStringLiteral("KL + Attr"), m_klAttr));
}

bool TestBiasMeasures::waitMeasures(int timeoutMs) const {
    const BiasMeasuresView *view = m_page->measuresView();
    return QTest::qWaitFor(
        [view] {
            const BiasMeasuresModel::Table &t = view->model()->table();
            return view->jobId() < 0 && t.current.measures && t.facts;
        },
        timeoutMs);
}

double TestBiasMeasures::cell(BiasMeasuresModel::Kind kind, int column) const {
    const BiasMeasuresModel *model = m_page->measuresView()->model();
    const int row = model->rowOf(kind);
    if (row < 0)
        return std::nan("");
    const QVariant v = model->index(row, column).data(Qt::EditRole);
    return v.typeId() == QMetaType::Double ? v.toDouble() : std::nan("");
}

void TestBiasMeasures::modelShowsValues_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    using M = BiasMeasuresModel;
    QTest::newRow("gender label") << 0 << int(M::MeasureColumn)
                                  << QStringLiteral("Difference in scores, gender");
    QTest::newRow("gender") << 0 << int(M::CurrentColumn) << QStringLiteral("2.500");
    QTest::newRow("religion NaN") << 1 << int(M::CurrentColumn) << QStringLiteral("–");
    QTest::newRow("probe") << 2 << int(M::CurrentColumn) << QStringLiteral("0.900");
    QTest::newRow("rate") << 3 << int(M::CurrentColumn) << QStringLiteral("0.625");
    QTest::newRow("gap") << 4 << int(M::CurrentColumn) << QStringLiteral("+0.275");
    QTest::newRow("facts") << 5 << int(M::CurrentColumn) << QStringLiteral("0.750");
    QTest::newRow("facts gap") << 6 << int(M::CurrentColumn) << QStringLiteral("+0.125");
    QTest::newRow("no comparison") << 0 << int(M::CompareColumn) << QString();
    QTest::newRow("facts, comparison column") << 5 << int(M::CompareColumn) << QString();
}

void TestBiasMeasures::modelShowsValues() {
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    BiasMeasuresModel model;
    model.setTable(handMade());
    QCOMPARE(model.rowCount(), 2 + 5);
    QCOMPARE(model.columnCount(), 3);
    const QModelIndex index = model.index(row, column);
    QCOMPARE(index.data().toString(), text);
    QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
    if (column != BiasMeasuresModel::MeasureColumn)
        QCOMPARE(index.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    // EditRole: the raw number, or nothing (NaN, no model).
    const QVariant raw = index.data(Qt::EditRole);
    if (column != BiasMeasuresModel::MeasureColumn)
        QCOMPARE(raw.typeId() == QMetaType::Double, !text.isEmpty() && text != QStringLiteral("–"));
}

void TestBiasMeasures::modelPassesTheTester() {
    BiasMeasuresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // nothing yet
    BiasMeasuresModel::Table t = handMade();
    model.setTable(t);
    QCOMPARE(model.headerData(BiasMeasuresModel::CurrentColumn, Qt::Horizontal).toString(),
             QStringLiteral("Basic"));
    // A comparison model being computed, the facts too: "computing…", never old values.
    t.compare = {QStringLiteral("KL + Attr"), true, nullptr};
    t.facts = nullptr;
    t.factsComputing = true;
    model.setTable(t);
    QCOMPARE(model.index(0, BiasMeasuresModel::CompareColumn).data().toString(),
             QStringLiteral("computing…"));
    QCOMPARE(
        model.index(model.rowOf(BiasMeasuresModel::FactAccuracy), BiasMeasuresModel::CurrentColumn)
            .data()
            .toString(),
        QStringLiteral("computing…"));
    QCOMPARE(model.rowOf(BiasMeasuresModel::ScoreDifference, 1), 1);
    QCOMPARE(model.rowOf(BiasMeasuresModel::FactGap), 6);
    // Without a probed relation only the differences in scores remain.
    t.spec.probed = {};
    model.setTable(t);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(BiasMeasuresModel::ProbeAccuracy), -1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestBiasMeasures::modelExportsCsv() {
    BiasMeasuresModel model;
    model.setTable(handMade());
    const QStringList lines = tableToCsv(&model).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 7);
    QCOMPARE(lines[0], QStringLiteral("Measure,Basic,Compare with"));
    QCOMPARE(lines[1], QStringLiteral("\"Difference in scores, gender\",2.5,"));
    QCOMPARE(lines[2], QStringLiteral("\"Difference in scores, religion\",,")); // NaN: empty
    QCOMPARE(lines[5], QStringLiteral("Probe gap (accuracy − most frequent),0.275,"));
}

void TestBiasMeasures::pageShowsMeasures() {
    addBoth();
    QCOMPARE(m_page->settingsBar()->settings().sensitiveRelation, m_world.genderRelation);
    BiasMeasuresView *view = m_page->measuresView();
    QCOMPARE(view->jobId(), -1); // not computed before the tab is shown
    m_page->showView(BiasPage::MeasuresTab);
    QCOMPARE(m_page->views()->tabText(BiasPage::MeasuresTab), QStringLiteral("Measures"));
    QVERIFY(view->jobId() >= 0);
    QCOMPARE(view->model()->index(0, BiasMeasuresModel::CurrentColumn).data().toString(),
             QStringLiteral("computing…"));
    QVERIFY(waitMeasures());
    QVERIFY(view->model()->table().compare.measures);
    const BiasMeasuresModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r)
        qInfo("%-45s %10s %10s", qPrintable(model->index(r, 0).data().toString()),
              qPrintable(model->index(r, 1).data().toString()),
              qPrintable(model->index(r, 2).data().toString()));
    using M = BiasMeasuresModel;
    // The demo world has gender, religion and nationality: three rows of differences.
    QCOMPARE(model->rowOf(M::ProbeAccuracy), 3);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Difference in scores, gender"));
    // Basic's gender difference in scores is larger than KL + Attr's (published on FB15k:
    // 2.79 against 0.19); KL + Attr pulls each person's two gender scores together.
    const double basicGender = cell(M::ScoreDifference, M::CurrentColumn);
    const double klGender = cell(M::ScoreDifference, M::CompareColumn);
    QVERIFY2(std::abs(basicGender) > std::abs(klGender),
             qPrintable(QStringLiteral("%1 vs %2").arg(basicGender).arg(klGender)));
    // The demo world plants gender in the professions, so Basic's embedding tells it better
    // than always guessing the commonest gender.
    QVERIFY(cell(M::ProbeAccuracy, M::CurrentColumn) > cell(M::MajorityRate, M::CurrentColumn));
    const double facts = cell(M::FactAccuracy, M::CurrentColumn);
    QVERIFY(facts >= 0.0 && facts <= 1.0);
    QCOMPARE(view->table()->columnSpan(model->rowOf(M::FactAccuracy), M::CurrentColumn), 2);
    // The plots under the table draw the same numbers: a bar per relation and model, and the
    // probe gaps of both models and of the graph facts.
    const GroupedBarPlot *differences = view->differencePlot();
    QCOMPARE(differences->categories(),
             (QStringList{QStringLiteral("gender"), QStringLiteral("religion"),
                          QStringLiteral("nationality")}));
    QCOMPARE(differences->barCount(), 6);
    QCOMPARE(differences->drawnValues(0).front(), basicGender);
    QCOMPARE(differences->drawnValues(1).front(), klGender);
    const GroupedBarPlot *gaps = view->gapPlot();
    QCOMPARE(gaps->barCount(), 3);
    QCOMPARE(gaps->drawnValues(2).front(), cell(M::FactGap, M::CurrentColumn));
    QCOMPARE(gaps->drawnValues(0).front(), cell(M::ProbeGap, M::CurrentColumn));

    // Swapping the models: both are cached, shown at once, no job.
    m_page->settingsBar()->setCurrentModel(m_page->settingsBar()->comparisonModel());
    QCOMPARE(view->jobId(), -1);
    QCOMPARE(model->headerData(M::CurrentColumn, Qt::Horizontal).toString(),
             QStringLiteral("KL + Attr"));
    QCOMPARE(cell(M::ScoreDifference, M::CurrentColumn), klGender);
}

// A KL + Attr model trained with a whitelist: the graph-facts probe does not read the
// whitelisted triples either (here every lives_in triple, one per person who has one), so it
// keeps fewer facts than without the whitelist, and the line above the table names the file.
void TestBiasMeasures::whitelistLeavesOutItsTriples() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("places.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("relation lives_in  where a person lives may use the attribute (a test)\n");
    f.close();
    m_page->addModel(entry(QStringLiteral("Basic"), QStringLiteral("Basic"), m_basic));
    BiasModelEntry attr = entry(QStringLiteral("KL + Attr"), QStringLiteral("KL + Attr"), m_klAttr);
    attr.whitelistPath = file;
    m_page->addModel(attr);
    BiasMeasuresView *view = m_page->measuresView();
    m_page->showView(BiasPage::MeasuresTab);
    QVERIFY(waitMeasures());
    const qint64 withWhitelist = view->model()->table().facts->features;
    const BiasFactMeasures plain =
        BiasMeasures::measureFacts(*m_graph, view->model()->table().spec);
    QVERIFY2(withWhitelist < plain.features,
             qPrintable(QStringLiteral("%1 vs %2").arg(withWhitelist).arg(plain.features)));
    QVERIFY2(view->statusText().contains(QStringLiteral("places.txt")),
             qPrintable(view->statusText()));
}

void TestBiasMeasures::cancelLeavesNoResult() {
    addBoth();
    BiasMeasuresView *view = m_page->measuresView();
    m_page->showView(BiasPage::MeasuresTab);
    const int job = view->jobId();
    QVERIFY(job >= 0);
    m_jobs->cancel(job);
    QTRY_VERIFY(!m_jobs->isActive(job));
    QCOMPARE(view->jobId(), -1);
    const BiasMeasuresModel *model = view->model();
    QVERIFY(!model->table().current.measures && !model->table().facts);
    QCOMPARE(model->index(0, BiasMeasuresModel::CurrentColumn).data().toString(), QString());
    QCOMPARE(view->differencePlot()->barCount(), 0); // no bars of a result that is not there
    QTest::qWait(200);
    QCOMPARE(view->jobId(), -1); // does not start again by itself
    // Showing the tab again computes anew: nothing was kept.
    m_page->showView(BiasPage::TablesView);
    m_page->showView(BiasPage::MeasuresTab);
    QVERIFY(view->jobId() >= 0);
    QCOMPARE(model->index(0, BiasMeasuresModel::CurrentColumn).data().toString(),
             QStringLiteral("computing…"));
}

void TestBiasMeasures::screenshot() {
    const QString folder = qEnvironmentVariable("EG_BIAS_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set EG_BIAS_SCREENSHOTS to a folder to save the Measures tab's screenshot");
    Translations translations;
    const QString language = qEnvironmentVariable("EG_BIAS_LANGUAGE");
    if (!language.isEmpty()) {
        QVERIFY(translations.install(language));
        cleanup();
        init(); // the page again, in that language
    }
    addBoth();
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_page->showView(BiasPage::MeasuresTab);
    QVERIFY(waitMeasures());
    QTest::qWait(300);
    const QString file = language.isEmpty() ? QStringLiteral("bias-measures.png")
                                            : QStringLiteral("bias-measures-%1.png").arg(language);
    QVERIFY(m_page->grab().save(QDir(folder).filePath(file)));
}

QTEST_MAIN(TestBiasMeasures)
#include "tst_biasmeasures.moc"
