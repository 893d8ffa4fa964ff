// The Bias Explorer's debiasing methods on the demo world, through the page's one training
// path (TrainingService): Basic finds the professions planted as most skewed, KL + Attr then
// shows the drop of |B_p| in the paired plot; every method trains with live epochs, is recorded
// in the session with its method (and comes back from it), and cancels; a run started elsewhere
// (the main window's Train dialog) joins the model list; the KL-weight sweep draws its
// trade-off points.
#include "demo/demo_world.h"
#include "embed/model_file.h"
#include "embed/presets.h"
#include "jobcontroller.h"
#include "models/biasmodellist.h"
#include "models/biastablemodel.h"
#include "pages/bias/biaspage.h"
#include "pages/bias/biasmodelsview.h"
#include "pages/bias/biasplotsview.h"
#include "pages/bias/biassettingsbar.h"
#include "pages/bias/biastablesview.h"
#include "pages/bias/biastrainpanel.h"
#include "plots/paireddotplot.h"
#include "plots/tradeoffplot.h"
#include "plots/trainingcurveplot.h"
#include "services/trainingservice.h"
#include "store/embeddings.h"
#include "store/epochs.h"
#include "store/runs.h"
#include "workspace.h"

#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace eg;

class TestBiasDebias : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void basicThenKlAttrShowsTheDrop();
    void everyMethodTrains_data();
    void everyMethodTrains();
    void cancelsDebiasedTraining();
    void refusesWhatCannotTrain();
    void adoptsRunsStartedElsewhere();
    void sweepDrawsTradeoff();

private:
    // Waits until entry `id` is ready (or has ended otherwise); true when ready.
    bool waitReady(int id, int timeoutMs = 120000);

    DemoWorld m_world;
    std::shared_ptr<const Graph> m_graph;
    QTemporaryDir m_dir;
    Workspace *m_workspace = nullptr;
    JobController *m_jobs = nullptr;
    TrainingService *m_training = nullptr;
    BiasPage *m_page = nullptr;
};

namespace {

const QString kDemo = QStringLiteral("Demo world (built in)");

TrainConfig demoConfig(int epochs, int dim)
{
    TrainConfig c = findTrainPreset(QStringLiteral("demo"))->config;
    c.threads = 1; // reproducible bit for bit
    c.seed = 1;
    c.epochs = epochs;
    c.model.dim = dim;
    return c;
}

// The `count` professions planted with the highest share of women, or of men.
std::set<qint32> planted(const DemoWorld &world, bool male, int count)
{
    std::vector<const DemoProfession *> byShare;
    for (const DemoProfession &p : world.professions)
        byShare.push_back(&p);
    std::stable_sort(byShare.begin(), byShare.end(), [male](auto *a, auto *b) {
        return male ? a->plantedFemaleShare < b->plantedFemaleShare
                    : a->plantedFemaleShare > b->plantedFemaleShare;
    });
    std::set<qint32> out;
    for (int i = 0; i < count && i < int(byShare.size()); ++i)
        out.insert(byShare[size_t(i)]->entity);
    return out;
}

// The paired plot as the user sees it: each row's label and its two dots (a = current model,
// b = comparison model).
struct PairedRow
{
    QString label;
    double a = 0.0;
    double b = 0.0;
};

std::vector<PairedRow> pairedRows(PairedDotPlot *plot)
{
    const auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(plot->yAxis->ticker());
    std::vector<PairedRow> rows;
    if (!ticker || plot->graphCount() < 2)
        return rows;
    for (int i = 0; i < plot->graph(0)->dataCount(); ++i) {
        const double key = plot->graph(0)->data()->at(i)->key;
        rows.push_back({ticker->ticks().value(key), plot->graph(0)->data()->at(i)->value,
                        plot->graph(1)->data()->at(i)->value});
    }
    return rows;
}

} // namespace

void TestBiasDebias::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_world = generateDemoWorld(); // seed 42, 3,000 people, as the page's own demo data set
    m_graph = std::make_shared<const Graph>(m_world.graph);
}

void TestBiasDebias::init()
{
    m_workspace = new Workspace;
    m_workspace->setSession(Session::create(
        m_dir.filePath(QStringLiteral("%1-%2.egs")
                           .arg(QLatin1String(QTest::currentTestFunction()),
                                QLatin1String(QTest::currentDataTag())))));
    m_jobs = new JobController;
    m_training = new TrainingService(m_jobs, m_workspace);
    m_page = new BiasPage(m_workspace, m_jobs, m_training);
}

void TestBiasDebias::cleanup()
{
    delete m_page;
    delete m_training;
    delete m_jobs;
    delete m_workspace;
}

bool TestBiasDebias::waitReady(int id, int timeoutMs)
{
    const auto ended = [this, id] {
        const BiasModelEntry *e = m_page->models()->find(id);
        return !e || e->state != BiasModelEntry::State::Training;
    };
    if (!QTest::qWaitFor(ended, timeoutMs))
        return false;
    const BiasModelEntry *e = m_page->models()->find(id);
    if (e && !e->isReady())
        qWarning("entry %d: %s", id, qPrintable(e->detail));
    return e && e->isReady();
}

void TestBiasDebias::basicThenKlAttrShowsTheDrop()
{
    // 20 epochs of the demo preset at dimension 100: Basic's validation MRR is near its plateau
    // (0.25 from epoch 6 in the screenshot run), and KL + Attr has had time to move the people.
    const TrainConfig config = demoConfig(20, 100);
    const int basic = m_page->train(QStringLiteral("Basic"), BiasMethod::Basic, config, m_graph,
                                    kDemo);
    QVERIFY(basic > 0);
    QVERIFY(waitReady(basic));
    QCOMPARE(m_page->views()->currentIndex(), int(BiasPage::TablesView));
    QCOMPARE(m_page->settingsBar()->currentModel(), basic);
    QCOMPARE(m_page->settingsBar()->settings().valueA, m_world.maleEntity);

    // The tables' top rows are the planted professions. Bound (as in tst_biaspage): the planted
    // shares of ranks 5 to 10 lie close together and the data's own share of a profession has a
    // standard error of about 0.04, so 4 of the top 5 must be among the planted top 8. A model
    // without the association: P(>= 4 of 5 among 8 of 37) < 0.5 %.
    const std::set<qint32> mostMale = planted(m_world, true, 8);
    const std::set<qint32> mostFemale = planted(m_world, false, 8);
    for (bool towardsA : {true, false}) {
        const BiasTableModel *table = m_page->tablesView()->model(towardsA);
        QVERIFY(table && table->totalRows() >= 5);
        int hits = 0;
        QStringList top;
        for (int r = 0; r < 5; ++r) {
            const qint32 p = table->index(r, 0).data(BiasTableModel::EntityRole).toInt();
            hits += (towardsA ? mostMale : mostFemale).count(p) ? 1 : 0;
            top << table->index(r, BiasTableModel::ProfessionColumn).data().toString();
        }
        qInfo("Basic, most %s: %s (%d of 5 planted)", towardsA ? "male" : "female",
              qPrintable(top.join(QStringLiteral(", "))), hits);
        QVERIFY2(hits >= 4, qPrintable(top.join(QStringLiteral(", "))));
    }
    QVERIFY(!m_page->plotsView()->pairedShown()); // one model: nothing to pair yet

    // KL + Attr with the same settings becomes the comparison model when it is ready.
    const int debiased = m_page->train(QStringLiteral("KL + Attr"), BiasMethod::KlAttr, config,
                                       m_graph, kDemo);
    QVERIFY(debiased > 0);
    QVERIFY(waitReady(debiased));
    QCOMPARE(m_page->models()->find(debiased)->method, QStringLiteral("KL + Attr"));
    QCOMPARE(m_page->settingsBar()->currentModel(), basic);
    QCOMPARE(m_page->settingsBar()->comparisonModel(), debiased);
    QVERIFY(m_page->plotsView()->pairedShown());

    // The paired plot: Basic's top ±10 professions, Basic's B_p and KL + Attr's. Every planted
    // profession shown loses most of its |B_p|, and so does the plot as a whole. Bounds: the
    // CLI's comparison on the demo world (`equigraph-cli compare --demo`, 12 to 30 epochs)
    // gives mean |B_p| over all professions 0.029 for Basic and 0.005 (30 epochs) to 0.011
    // (12 epochs) for KL + Attr: a factor of 2.6 or more. We ask for half, over the most
    // biased professions, where Basic's |B_p| is largest.
    const std::vector<PairedRow> rows = pairedRows(m_page->plotsView()->paired());
    QCOMPARE(int(rows.size()), 20);
    double sumA = 0.0, sumB = 0.0;
    int plantedShown = 0;
    for (const PairedRow &row : rows) {
        sumA += std::abs(row.a);
        sumB += std::abs(row.b);
        qint32 entity = -1;
        for (const DemoProfession &p : m_world.professions)
            entity = p.label == row.label ? p.entity : entity;
        QVERIFY2(entity >= 0, qPrintable(row.label));
        if (!mostMale.count(entity) && !mostFemale.count(entity))
            continue;
        ++plantedShown;
        qInfo("%-20s Basic %+.4f  KL + Attr %+.4f", qPrintable(row.label), row.a, row.b);
        QVERIFY2(std::abs(row.b) < std::abs(row.a), qPrintable(row.label));
    }
    qInfo("mean |B_p| of the plot: Basic %.4f, KL + Attr %.4f", sumA / 20, sumB / 20);
    QVERIFY(plantedShown >= 12); // 8 + 8 planted, most among Basic's top 10 a side
    QVERIFY(sumB < 0.5 * sumA);

    // The KL + Attr model's own table: its top B_p is smaller than Basic's.
    const auto topBias = [this](bool towardsA) {
        return std::abs(m_page->tablesView()
                            ->model(towardsA)
                            ->index(0, BiasTableModel::BiasColumn)
                            .data(BiasTableModel::SortRole)
                            .toDouble());
    };
    const double basicTop = topBias(true);
    m_page->settingsBar()->setCurrentModel(debiased);
    m_page->settingsBar()->setComparisonModel(basic);
    QVERIFY(topBias(true) < basicTop);
    // Both runs are in the session, finished, with their epochs and model files.
    const std::vector<store::RunRecord> runs = store::runs(m_workspace->session());
    QCOMPARE(runs.size(), size_t(2));
    for (const store::RunRecord &run : runs) {
        QCOMPARE(run.status, store::RunStatus::Finished);
        QCOMPARE(store::epochs(m_workspace->session(), run.id).size(), size_t(20));
        QCOMPARE(store::embeddings(m_workspace->session(), run.id).size(), size_t(1));
    }
    QVERIFY(runs[1].label.contains(QStringLiteral("KL + Attr")));
}

void TestBiasDebias::everyMethodTrains_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    const auto row = [](const char *tag, BiasMethod::Kind kind, const char *name) {
        QTest::newRow(tag) << int(kind) << QString::fromUtf8(name) << QString::fromLatin1(tag);
    };
    row("basic", BiasMethod::Basic, "Basic");
    row("kl", BiasMethod::Kl, "KL");
    row("kl-attr", BiasMethod::KlAttr, "KL + Attr");
    row("adversarial", BiasMethod::Adversarial, "Adversarial filters");
}

void TestBiasDebias::everyMethodTrains()
{
    QFETCH(int, method);
    QFETCH(QString, name);
    QFETCH(QString, key);
    const auto kind = BiasMethod::Kind(method);
    BiasTrainPanel *panel = m_page->modelsView()->trainPanel();
    QVERIFY(BiasMethods::get(kind).available);
    panel->setPreset(QStringLiteral("demo"));
    QVERIFY(panel->setMethod(kind));
    QCOMPARE(panel->method(), kind);
    QCOMPARE(panel->methodWeight(), BiasMethods::get(kind).defaultWeight);
    panel->setEpochs(3);
    panel->setDimension(16);
    QVERIFY2(panel->problem().isEmpty(), qPrintable(panel->problem()));
    const int id = m_page->trainFromForm();
    QVERIFY(id > 0);
    QCOMPARE(m_page->models()->find(id)->state, BiasModelEntry::State::Training);
    QVERIFY(waitReady(id));
    const BiasModelEntry *e = m_page->models()->find(id);
    QCOMPARE(e->method, name);
    QVERIFY(e->name.startsWith(name));
    QCOMPARE(e->model->entityCount(), m_graph->entityCount()); // graph-sized, attributes dropped
    // Live: one epoch point with validation MRR per epoch, drawn as loss and MRR curves.
    QCOMPARE(e->epochs.size(), size_t(3));
    for (const EpochPoint &p : e->epochs)
        QVERIFY(p.hasValid && std::isfinite(p.loss) && p.validMrr > 0.0 && p.validMrr <= 1.0);
    QCOMPARE(m_page->modelsView()->curves()->lossPoints(), 3);
    QCOMPARE(m_page->modelsView()->curves()->mrrPoints(), 3);
    if (kind != BiasMethod::Basic)
        QVERIFY(e->detail.contains(kind == BiasMethod::Adversarial ? QStringLiteral("γ = 10")
                                                                   : QStringLiteral("gender 1")));
    // Measured and shown.
    QVERIFY(m_page->tablesView()->model(true)->totalRows() > 0);
    // In the session: the run, its 3 epochs, and the model file naming its method.
    const std::vector<store::RunRecord> runs = store::runs(m_workspace->session());
    QCOMPARE(runs.size(), size_t(1));
    QCOMPARE(runs[0].status, store::RunStatus::Finished);
    QVERIFY(runs[0].label.contains(name));
    QCOMPARE(store::epochs(m_workspace->session(), runs[0].id).size(), size_t(3));
    const std::vector<store::EmbeddingRecord> files =
        store::embeddings(m_workspace->session(), runs[0].id);
    QCOMPARE(files.size(), size_t(1));
    const KeyedModel stored =
        loadModel(store::embeddingPath(m_workspace->session(), files[0].id, true));
    QCOMPARE(stored.meta.value(QStringLiteral("method")).toString(), key);
    QVERIFY(stored.model.entities.isApprox(e->model->entities));

    // A page opened on the session later (the session opened again) lists the model, with its
    // method and epochs, loaded from the session's file.
    const std::shared_ptr<const Model> trained = e->model;
    BiasPage later(m_workspace, m_jobs, m_training);
    QTRY_COMPARE_WITH_TIMEOUT(later.models()->rowCount(), 1, 30000);
    const BiasModelEntry &restored = later.models()->at(0);
    QVERIFY(restored.isReady());
    QCOMPARE(restored.method, name);
    QCOMPARE(restored.name, runs[0].label);
    QCOMPARE(restored.epochs.size(), size_t(3));
    QVERIFY(restored.epochs.back().hasValid);
    QCOMPARE(restored.model->entityCount(), m_graph->entityCount());
    QVERIFY(restored.model->entities.isApprox(trained->entities));
    QCOMPARE(m_page->models()->rowCount(), 1); // the page that trained it lists it once
}

void TestBiasDebias::cancelsDebiasedTraining()
{
    TrainConfig config = demoConfig(100000, 16);
    const int id = m_page->train(QStringLiteral("long"), BiasMethod::KlAttr, config, m_graph,
                                 kDemo);
    QVERIFY(id > 0);
    BiasModelsView *view = m_page->modelsView();
    QCOMPARE(view->shownEntry(), id);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->models()->find(id)->epochs.empty(), 60000);
    // The models view shows the job's progress and its Cancel while it trains.
    QTRY_VERIFY(view->progressBar()->isVisibleTo(view));
    QVERIFY(view->cancelButton()->isVisibleTo(view));
    QVERIFY(view->progressBar()->value() >= 0);
    view->cancelButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->models()->find(id)->state,
                              BiasModelEntry::State::Cancelled, 60000);
    QVERIFY(!view->progressBar()->isVisibleTo(view));
    QVERIFY(m_page->models()->readyIds().empty());
    // Recorded as cancelled, with the epochs done and no model file.
    const std::vector<store::RunRecord> runs = store::runs(m_workspace->session());
    QCOMPARE(runs.size(), size_t(1));
    QCOMPARE(runs[0].status, store::RunStatus::Cancelled);
    QVERIFY(!store::epochs(m_workspace->session(), runs[0].id).empty());
    QVERIFY(store::embeddings(m_workspace->session(), runs[0].id).empty());
}

void TestBiasDebias::refusesWhatCannotTrain()
{
    BiasTrainPanel *panel = m_page->modelsView()->trainPanel();
    // The debiasing trainers need the softmax loss: the margin preset is refused with a reason.
    panel->setPreset(QStringLiteral("fast-transx"));
    QVERIFY(panel->setMethod(BiasMethod::Basic));
    QVERIFY(panel->problem().isEmpty());
    for (BiasMethod::Kind kind : {BiasMethod::Kl, BiasMethod::KlAttr, BiasMethod::Adversarial}) {
        QVERIFY(panel->setMethod(kind));
        QVERIFY2(panel->problem().contains(QStringLiteral("softmax")),
                 qPrintable(panel->problem()));
        QCOMPARE(m_page->trainFromForm(), -1);
        QCOMPARE(m_page->train(QStringLiteral("x"), kind, panel->config(), m_graph, kDemo), -1);
    }
    // A whitelist file that is not there.
    panel->setPreset(QStringLiteral("demo"));
    QVERIFY(panel->setMethod(BiasMethod::KlAttr));
    panel->setWhitelistPath(m_dir.filePath(QStringLiteral("missing.txt")));
    QCOMPARE(m_page->trainFromForm(), -1);
    QVERIFY(m_page->statusText().contains(QStringLiteral("missing.txt")));
    // A graph without sensitive relations.
    auto plain = std::make_shared<Graph>();
    plain->entities.insert("a");
    plain->entities.insert("b");
    plain->relations.insert("likes");
    plain->train = {{0, 0, 1}};
    plain->source = QStringLiteral("plain");
    QCOMPARE(m_page->train(QStringLiteral("x"), BiasMethod::Kl, demoConfig(1, 8), plain,
                           QStringLiteral("plain")),
             -1);
    QVERIFY(m_page->statusText().contains(QStringLiteral("gender")));
    QCOMPARE(m_page->models()->rowCount(), 0);
    QVERIFY(store::runs(m_workspace->session()).empty());
}

void TestBiasDebias::adoptsRunsStartedElsewhere()
{
    // The main window's Train dialog trains the workspace's graph through the same service.
    m_workspace->setGraph(m_graph);
    TrainingService::Options options;
    options.evalEvery = 1;
    const int job = m_training->start(QStringLiteral("Train TransE (dot) on demo"),
                                      demoConfig(2, 16), {}, options);
    QVERIFY(job > 0);
    QCOMPARE(m_page->models()->rowCount(), 1);
    const BiasModelEntry *e = m_page->models()->findByJob(job);
    QVERIFY(e);
    const int id = e->id;
    QCOMPARE(e->name, QStringLiteral("Train TransE (dot) on demo"));
    QCOMPARE(e->method, QStringLiteral("Basic"));
    QCOMPARE(e->dataSet, m_workspace->graphName());
    QCOMPARE(e->plannedEpochs, 2);
    QVERIFY(waitReady(id));
    QCOMPARE(m_page->models()->find(id)->epochs.size(), size_t(2));
    QCOMPARE(m_page->settingsBar()->currentModel(), id); // measured at once
    QVERIFY(m_page->tablesView()->model(true)->totalRows() > 0);
    // The page's own runs are listed once.
    const int own = m_page->train(QStringLiteral("own"), BiasMethod::Basic, demoConfig(1, 8),
                                  m_graph, kDemo);
    QVERIFY(own > 0);
    QCOMPARE(m_page->models()->rowCount(), 2);
    QVERIFY(waitReady(own));
}

void TestBiasDebias::sweepDrawsTradeoff()
{
    BiasTrainPanel *panel = m_page->modelsView()->trainPanel();
    panel->setPreset(QStringLiteral("demo"));
    QVERIFY(panel->setMethod(BiasMethod::Kl));
    panel->setEpochs(8);
    panel->setDimension(32);
    BiasPlotsView *plots = m_page->plotsView();
    plots->setSweepWeights({0.0, 10.0});
    QCOMPARE(plots->sweepWeights(), (std::vector<double>{0.0, 10.0}));
    QVERIFY(plots->sweepButton()->isEnabled());
    QSignalSpy ended(m_page->sweep(), &SweepJob::ended);
    plots->sweepButton()->click(); // the page starts the sweep
    QVERIFY(m_page->sweep()->isRunning());
    QVERIFY(!plots->sweepButton()->isEnabled());
    QVERIFY(ended.wait(120000));
    QCOMPARE(ended.at(0).at(0).toInt(), 2);
    QVERIFY(plots->sweepButton()->isEnabled());
    const TradeoffPlot *plot = plots->tradeoff();
    QCOMPARE(plot->pointCount(), 2);
    QVERIFY(plot->unavailableReason().isEmpty());
    const TradeoffPlot::Point &plain = plot->points()[0], &strong = plot->points()[1];
    QCOMPARE(plain.weight, 0.0);
    QCOMPARE(strong.weight, 10.0);
    qInfo("gender difference in scores: weight 0 %.3f (MRR %.3f), weight 10 %.3f (MRR %.3f)",
          plain.bias, plain.mrr, strong.bias, strong.mrr);
    // Weight 0 is Basic: people score their own gender well above the other (the CLI: 4.6 at
    // 30 epochs; measured here 2.7 to 2.8 after 8 epochs at dimension 32). The KL term pulls
    // both genders' scores together: at weight 10 (gender 10, the others 1000) the difference
    // must fall to under a quarter of it (measured 0.04 to 0.07). Both models still rank links
    // far above chance (a random ranking of the ~3,100 entities gives an MRR under 0.01); the
    // strong term costs quality (measured 0.24 -> 0.06), hence the bound of half that.
    QVERIFY(plain.bias > 0.5);
    QVERIFY(std::abs(strong.bias) < 0.25 * plain.bias);
    QVERIFY(plain.mrr > 0.1 && strong.mrr > 0.03);
    // Weights that are not numbers disable Run Sweep.
    plots->sweepButton()->setEnabled(true);
    QTest::keyClicks(plots->findChild<QLineEdit *>(), QStringLiteral("x"));
    QVERIFY(plots->sweepWeights().empty());
    QVERIFY(!plots->sweepButton()->isEnabled());
}

QTEST_MAIN(TestBiasDebias)
#include "tst_biasdebias.moc"
