// eg::train on the real FB15k-237 (skipped when ../shared/data is absent): a short
// self-adversarial TransE run must learn something the filtered ranking sees, and a short
// margin run (the speed setting) must lower its loss. Slow (tens of seconds on a busy machine).

#include "embed/train.h"
#include "eval/ranking.h"
#include "kg/known_triples.h"
#include "kg/loader.h"
#include "testsupport.h"

#include <QTest>

using namespace eg;

class TestTrainFb15k237 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void selfAdversarialLearns();
    void marginLossFalls();

private:
    Graph m_graph;
};

void TestTrainFb15k237::initTestCase()
{
    const QString dir = test::sharedData(QStringLiteral("fb15k-237"));
    if (dir.isEmpty())
        QSKIP("../shared/data/fb15k-237 is absent");
    m_graph = loadGraph(dir);
    QCOMPARE(m_graph.train.size(), size_t(272115));
}

// Dimension 64, 64 negatives, 4 epochs: filtered test MRR about 0.23 here (a random ranking
// gives ~0.001; the tuned setting of docs/training.md reaches 0.30+). The bar 0.18 leaves
// room for thread timing.
void TestTrainFb15k237::selfAdversarialLearns()
{
    TrainConfig c;
    c.model.type = ModelType::TransE;
    c.model.dim = 64;
    c.loss = LossType::SelfAdversarial;
    c.optimizer = OptimizerType::Adagrad;
    c.negatives = 64;
    c.margin = 9.0f;
    c.learningRate = 0.05f;
    c.epochs = 4;
    c.threads = 2;
    const Model m = train(m_graph.train, m_graph.entityCount(), m_graph.relationCount(), c);
    const KnownTriples known({m_graph.train, m_graph.valid, m_graph.test});
    EvalOptions options;
    options.threads = 2;
    options.perRelation = false;
    const EvalResult r = evaluate(m, m_graph.test, &known, options);
    QVERIFY2(r.overall.mrr > 0.18, qPrintable(QString::number(r.overall.mrr)));
    QVERIFY2(r.overall.hits10 > 0.30, qPrintable(QString::number(r.overall.hits10)));
}

void TestTrainFb15k237::marginLossFalls()
{
    TrainConfig c; // the defaults are Fast-TransX's setting but for the learning rate
    c.model.dim = 100;
    c.learningRate = 0.001f;
    c.epochs = 5;
    c.threads = 2;
    std::vector<double> losses;
    train(m_graph.train, m_graph.entityCount(), m_graph.relationCount(), c, {},
          [&](const EpochStats &s, const Model &) {
              losses.push_back(s.loss);
              return true;
          });
    QCOMPARE(losses.size(), size_t(5));
    QVERIFY2(losses.back() < 0.6 * losses.front(),
             qPrintable(QStringLiteral("%1 -> %2").arg(losses.front()).arg(losses.back())));
}

QTEST_APPLESS_MAIN(TestTrainFb15k237)
#include "test_train_fb15k237.moc"
