// The bias page on FB15k (../shared/data/fb15k): the choosers find Freebase's gender and
// profession relations, the table keeps the 46 professions with at least 20 gendered people
// (a property of the data), and the time from adding a loaded model to the views being filled
// is printed (measured, not asserted: timings on a shared machine are noisy).
#include "jobcontroller.h"
#include "models/biasmodellist.h"
#include "models/biastablemodel.h"
#include "pages/bias/biaspage.h"
#include "pages/bias/biassettingsbar.h"
#include "pages/bias/biastablesview.h"
#include "pages/bias/educatorview.h"
#include "bias/labels.h"
#include "kg/loader.h"
#include "services/trainingservice.h"
#include "testsupport.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QtTest>

#include <random>

using namespace eg;

class TestBiasFb15k : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensQuickly_data();
    void opensQuickly();

private:
    std::shared_ptr<const Graph> m_graph;
};

void TestBiasFb15k::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString dir = test::sharedData(QStringLiteral("fb15k"));
    if (dir.isEmpty())
        QSKIP("../shared/data/fb15k is not here");
    Graph graph = loadGraph(dir);
    loadFreebaseLabels(graph, dir);
    m_graph = std::make_shared<const Graph>(std::move(graph));
}

void TestBiasFb15k::opensQuickly_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("norm");
    // The dot form has B_p in closed form; the L2 distance form averages over every person.
    QTest::newRow("transe-dot") << int(ModelType::TransEDot) << 1;
    QTest::newRow("transe-l2") << int(ModelType::TransE) << 2;
}

void TestBiasFb15k::opensQuickly()
{
    QFETCH(int, type);
    QFETCH(int, norm);
    // A seeded random model of Fisher et al.'s size (dimension 200): the time to measure and
    // show does not depend on what the model learnt.
    auto model = std::make_shared<Model>();
    model->spec = {ModelType(type), 200, norm, false};
    model->entities.resize(m_graph->entityCount(), 200);
    model->relations.resize(m_graph->relationCount(), 200);
    std::mt19937 rng(5);
    std::normal_distribution<float> normal(0.0f, 0.1f);
    for (Matrix *m : {&model->entities, &model->relations})
        for (Eigen::Index i = 0; i < m->size(); ++i)
            m->data()[i] = normal(rng);

    Workspace workspace;
    JobController jobs;
    TrainingService training(&jobs, &workspace);
    BiasPage page(&workspace, &jobs, &training);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    BiasModelEntry entry;
    entry.name = QStringLiteral("random");
    entry.model = model;
    entry.graph = m_graph;
    entry.dataSet = QStringLiteral("FB15k");

    QElapsedTimer clock;
    clock.start();
    page.addModel(entry);
    const double added = clock.nsecsElapsed() / 1e9;
    QCoreApplication::processEvents(); // layouts and the first paint of the tables
    page.repaint();
    const double shown = clock.nsecsElapsed() / 1e9;
    qInfo("FB15k %s: model added and views filled in %.3f s (of which the refresh, B_p "
          "included, %.3f s); painted at %.3f s. %s",
          QTest::currentDataTag(), added, page.lastRefreshSeconds(), shown,
          qPrintable(page.statusText()));

    const BiasSettings s = page.settingsBar()->settings();
    QCOMPARE(m_graph->relations.keyString(s.sensitiveRelation),
             QStringLiteral("/people/person/gender"));
    QCOMPARE(m_graph->relations.keyString(s.targetRelation),
             QStringLiteral("/people/person/profession"));
    // sensitive_relation_counts.tsv: male /m/05zppz (3,555), female /m/02zsn (979).
    QCOMPARE(m_graph->entities.keyString(s.valueA), QStringLiteral("/m/05zppz"));
    QCOMPARE(m_graph->entities.keyString(s.valueB), QStringLiteral("/m/02zsn"));
    // pbg-fb15k-transe/README.md: 46 professions with at least 20 gendered people (train).
    page.settingsBar()->setTopK(1000);
    QCOMPARE(page.tablesView()->model(true)->totalRows(), 46);
    QVERIFY(page.educatorView()->person() >= 0);
}

QTEST_MAIN(TestBiasFb15k)
#include "tst_biasfb15k.moc"
