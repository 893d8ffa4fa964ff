// SeedFigure: the educator view's geometry (gradient direction, re-ranking along alpha, the
// query vector of each scoring function, and the 2-D principal-component projection) on
// hand-made models with hand-computed answers.
#include "common/error.h"
#include "pages/bias/seedfigure.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace eg;

class TestSeedFigure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void directionAndLimit();
    void ranking_data();
    void ranking();
    void queryVector_data();
    void queryVector();
    void projectionKeepsDistances();
    void sceneRoles();
    void badQuery();
};

namespace {

// TransEDot, dim 2. Entities: 0 person (1, 0); 1 a (1, 1); 2 b (1, -1); 3 P (0, -1);
// 4 Q (0, 1); 5 R (3, 0). Relations: 0 r_s (0, 0.5); 1 r_p (0, 0).
// g(h, r, t) = <h + r, t>, so dm/de = e_a - e_b = (0, 2) and, with e' = (1, 2 alpha),
// g(e', r_p, P) = -2 alpha, g(e', r_p, Q) = 2 alpha, g(e', r_p, R) = 3.
std::shared_ptr<const Model> handModel()
{
    auto m = std::make_shared<Model>();
    m->spec = {ModelType::TransEDot, 2, 1, false};
    m->entities.resize(6, 2);
    m->entities << 1, 0, 1, 1, 1, -1, 0, -1, 0, 1, 3, 0;
    m->relations.resize(2, 2);
    m->relations << 0, 0.5f, 0, 0;
    return m;
}

SeedFigure::Query handQuery()
{
    SeedFigure::Query q;
    q.person = 0;
    q.sensitiveRelation = 0;
    q.valueA = 1;
    q.valuesB = {2};
    q.targetRelation = 1;
    q.professions = {3, 4, 5};
    return q;
}

} // namespace

void TestSeedFigure::directionAndLimit()
{
    const SeedFigure f(handModel(), handQuery(), 2);
    QCOMPARE(f.direction()(0), 0.0f);
    QCOMPARE(f.direction()(1), 2.0f);
    // Twice the person's length (1) over the step's length (2).
    QCOMPARE(f.alphaLimit(), 1.0);
}

void TestSeedFigure::ranking_data()
{
    QTest::addColumn<double>("alpha");
    QTest::addColumn<QList<int>>("order");
    // alpha 0: R 3, P 0, Q 0 (tie: smaller id first).
    QTest::newRow("0") << 0.0 << QList<int>{5, 3, 4};
    QTest::newRow("+1") << 1.0 << QList<int>{5, 4, 3};   // R 3, Q 2, P -2
    QTest::newRow("-1") << -1.0 << QList<int>{5, 3, 4};  // R 3, P 2, Q -2
    QTest::newRow("+2") << 2.0 << QList<int>{4, 5, 3};   // Q 4, R 3, P -4
    QTest::newRow("-2") << -2.0 << QList<int>{3, 5, 4};  // P 4, R 3, Q -4
}

void TestSeedFigure::ranking()
{
    QFETCH(double, alpha);
    QFETCH(QList<int>, order);
    const SeedFigure f(handModel(), handQuery());
    const std::vector<SeedFigure::Ranked> ranked = f.ranking(alpha, 3);
    QList<int> got;
    for (const SeedFigure::Ranked &r : ranked)
        got << r.entity;
    QCOMPARE(got, order);
    QCOMPARE(f.ranking(alpha, 1).size(), size_t(1));
    QCOMPARE(f.ranking(alpha, 10).size(), size_t(3));
}

void TestSeedFigure::queryVector_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("norm");
    QTest::newRow("transe-l1") << int(ModelType::TransE) << 1;
    QTest::newRow("transe-l2") << int(ModelType::TransE) << 2;
    QTest::newRow("transe-dot") << int(ModelType::TransEDot) << 1;
    QTest::newRow("distmult") << int(ModelType::DistMult) << 1;
    QTest::newRow("complex") << int(ModelType::ComplEx) << 1;
}

void TestSeedFigure::queryVector()
{
    // The query vector q reproduces the engine's score: -||q - t||_p for TransE, <q, t>
    // otherwise. Tolerance: scoreVectors sums in double and rounds to float once; the check
    // sums in float over 2 x 3 terms of size < 1, so 1e-5 covers the rounding.
    QFETCH(int, type);
    QFETCH(int, norm);
    Model m;
    m.spec = {ModelType(type), 3, norm, false};
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    m.entities.resize(2, m.spec.width());
    m.relations.resize(1, m.spec.width());
    for (int i = 0; i < m.entities.size(); ++i)
        m.entities.data()[i] = u(rng);
    for (int i = 0; i < m.relations.size(); ++i)
        m.relations.data()[i] = u(rng);
    const Eigen::VectorXf h = m.entities.row(0).transpose();
    const Eigen::VectorXf t = m.entities.row(1).transpose();
    const Eigen::VectorXf q = SeedFigure::queryVector(m, h, 0);
    const float expected = m.score(0, 0, 1);
    float got = 0.0f;
    if (ModelType(type) == ModelType::TransE)
        got = -(norm == 1 ? (q - t).lpNorm<1>() : (q - t).norm());
    else
        got = q.dot(t);
    QVERIFY2(std::abs(got - expected) < 1e-5f,
             qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(expected)));
}

void TestSeedFigure::projectionKeepsDistances()
{
    // Width 2: the two principal components span the whole space, so the projection is a
    // rotation (or reflection) and keeps every distance; all variance is explained.
    const SeedFigure f(handModel(), handQuery());
    QVERIFY(std::abs(f.explained(0) + f.explained(1) - 1.0) < 1e-9);
    QVERIFY(f.explained(0) >= f.explained(1));
    const auto at = [&f](float x, float y) { return f.project(Eigen::Vector2f(x, y)); };
    const QPointF a = at(1, 1), b = at(1, -1), r = at(3, 0), person = at(1, 0);
    QVERIFY(std::abs(QLineF(a, b).length() - 2.0) < 1e-6);
    QVERIFY(std::abs(QLineF(r, person).length() - 2.0) < 1e-6);
    QVERIFY(std::abs(QLineF(a, r).length() - std::sqrt(5.0)) < 1e-6);
    QVERIFY(a.x() > b.x()); // orientation: a to the right of b
    // The target query (r_p = 0) is the person itself, so PC 2's orientation is free here;
    // the sensitive query (e + r_s = (1, 0.5)) lies on the way from b to a.
    const QPointF sq = at(1, 0.5f);
    QVERIFY(std::abs(QLineF(sq, a).length() - 0.5) < 1e-6);
}

void TestSeedFigure::sceneRoles()
{
    const SeedFigure f(handModel(), handQuery(), 2);
    using P = SeedFigure::ScenePoint;
    const auto roles = [](const std::vector<P> &scene) {
        QList<int> out;
        for (const P &p : scene)
            out << int(p.role);
        return out;
    };
    // alpha 0: no moved person; the two best professions (R, P).
    const std::vector<P> still = f.scene(0.0);
    QCOMPARE(roles(still), (QList<int>{P::Person, P::SensitiveQuery, P::ValueA, P::ValueB,
                                       P::TargetQuery, P::Profession, P::Profession}));
    QCOMPARE(still[5].entity, 5);
    QCOMPARE(still[6].entity, 3);
    // alpha 1: the moved person (1, 2) appears; the second profession is now Q.
    const std::vector<P> moved = f.scene(1.0);
    QCOMPARE(moved[1].role, P::MovedPerson);
    QVERIFY(std::abs(QLineF(moved[0].pos, moved[1].pos).length() - 2.0) < 1e-6);
    QCOMPARE(moved.back().entity, 4);
}

void TestSeedFigure::badQuery()
{
    SeedFigure::Query q = handQuery();
    q.person = 6;
    QVERIFY_THROWS_EXCEPTION(Error, SeedFigure(handModel(), q));
    q = handQuery();
    q.targetRelation = 2;
    QVERIFY_THROWS_EXCEPTION(Error, SeedFigure(handModel(), q));
    q = handQuery();
    q.valuesB.clear();
    QVERIFY_THROWS_EXCEPTION(Error, SeedFigure(handModel(), q));
    QVERIFY_THROWS_EXCEPTION(Error, SeedFigure(nullptr, handQuery()));
}

QTEST_MAIN(TestSeedFigure)
#include "tst_seedfigure.moc"
