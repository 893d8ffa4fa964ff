// The KL debiasing term (core/debias/kl_term.h): a hand-computed value, finite differences of
// the analytic gradient for every model type, and the rule that only humans move.
#include "../bias/bias_test_util.h"
#include "common/error.h"
#include "debias/kl_term.h"

#include <QTest>
#include <cmath>
#include <map>

using namespace eg;
using eg::test::makeGraph;
using eg::test::makeSpec;
using eg::test::randomModel;

namespace {

// Two people with a gender (m, f), one with a religion; `thing` is no human.
Graph tinyGraph() {
    return makeGraph({"p", "q", "male", "female", "thing", "cath", "prot"},
                     {"gender", "religion", "likes"},
                     {{"p", "gender", "male"},
                      {"q", "gender", "female"},
                      {"p", "religion", "cath"},
                      {"q", "religion", "prot"},
                      {"q", "religion", "cath"},
                      {"p", "likes", "thing"}});
}

// Records the rows a hook touches.
class MapGradients final : public SoftmaxGradients {
public:
    explicit MapGradients(int width)
        : m_width(width) {}
    float *entity(qint32 row) override { return get(m_entities, row); }
    float *relation(qint32 row) override { return get(m_relations, row); }
    float *relationRhs(qint32 row) override { return get(m_relations, row); }
    std::map<qint32, std::vector<float>> m_entities, m_relations;

private:
    float *get(std::map<qint32, std::vector<float>> &table, qint32 row) {
        auto it = table.find(row);
        if (it == table.end())
            it = table.emplace(row, std::vector<float>(size_t(m_width), 0.0f)).first;
        return it->second.data();
    }
    int m_width;
};

} // namespace

class TestKlTerm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void handComputed();
    void gradient_data();
    void gradient();
    void onlyHumansMove();
    void meanReduction();
    void badSettings();
};

// TransEDot, dim 2: e_p = (1, 0), r_gender = 0, e_male = (1, 0), e_female = (0, 0). Scores
// S = (1, 0), q = (e/(e+1), 1/(e+1)) = (0.731059, 0.268941). Uniform G:
// KL = -log 2 - (log q1 + log q2)/2 = -0.693147 + (0.313262 + 1.313262)/2 = 0.120115.
// d KL / d e_p = sum_m (q_m - G_m) e_m = 0.231059 * (1, 0). With target G = (0.9, 0.1):
// KL = 0.9 log(0.9/0.731059) + 0.1 log(0.1/0.268941) = 0.187111 - 0.098932 = 0.088179.
void TestKlTerm::handComputed() {
    const Graph g = tinyGraph();
    Model m;
    m.spec = makeSpec(ModelType::TransEDot, 2);
    m.entities = Matrix::Zero(g.entityCount(), 2);
    m.relations = Matrix::Zero(g.relationCount(), 2);
    m.entities(g.entities.find(std::string_view("p")), 0) = 1.0f;
    m.entities(g.entities.find(std::string_view("male")), 0) = 1.0f;
    const qint32 gender = g.relations.find(std::string_view("gender"));
    const qint32 p = g.entities.find(std::string_view("p"));

    KlTerm uniform(g, {{gender, 1.0f, 2, {}}});
    QCOMPARE(uniform.values().at(0).size(), size_t(2));
    Matrix grad;
    const std::vector<qint32> humans = {p};
    // Float model, double arithmetic: 1e-6 is well above the rounding of exp/log here.
    QVERIFY(std::abs(uniform.loss(humans, m, &grad) - 0.120115) < 1e-6);
    QVERIFY(std::abs(grad(0, 0) - 0.231059f) < 1e-6f);
    QCOMPARE(grad(0, 1), 0.0f);

    // The values are ordered by frequency then id: male (id 2) before female (id 3).
    KlTerm skewed(g, {{gender, 2.0f, 2, {0.9, 0.1}}});
    QVERIFY(std::abs(skewed.loss(humans, m) - 2.0 * 0.0881787) < 2e-6);
}

void TestKlTerm::gradient_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("norm");
    QTest::newRow("transe-dot") << int(ModelType::TransEDot) << 1;
    QTest::newRow("distmult") << int(ModelType::DistMult) << 1;
    QTest::newRow("complex") << int(ModelType::ComplEx) << 1;
    QTest::newRow("transe-l2") << int(ModelType::TransE) << 2;
}

// Central differences in float with step 1e-2 on a loss of order 1: truncation O(h^2) ~ 1e-4
// and rounding ~ 1e-7 / h = 1e-5, so 2e-3 absolute + 1 % relative leaves room and still catches
// a wrong sign or factor.
void TestKlTerm::gradient() {
    QFETCH(int, type);
    QFETCH(int, norm);
    const Graph g = tinyGraph();
    const Model m0 = randomModel(makeSpec(ModelType(type), 3, norm), g.entityCount(),
                                 g.relationCount(), 7, 0.8f);
    const KlTerm kl(g, {{g.relations.find(std::string_view("gender")), 1.5f, 2, {0.3, 0.7}},
                        {g.relations.find(std::string_view("religion")), 0.5f, 30, {}}});
    QCOMPARE(kl.humans().size(), size_t(2));
    const std::vector<qint32> humans = kl.humans();
    Matrix grad;
    kl.loss(humans, m0, &grad);
    const float h = 1e-2f;
    for (size_t i = 0; i < humans.size(); ++i)
        for (int k = 0; k < m0.spec.width(); ++k) {
            Model plus = m0, minus = m0;
            plus.entities(humans[i], k) += h;
            minus.entities(humans[i], k) -= h;
            const double fd = (kl.loss(humans, plus) - kl.loss(humans, minus)) / (2.0 * h);
            const double an = grad(qint64(i), k);
            QVERIFY2(std::abs(fd - an) < 2e-3 + 0.01 * std::abs(fd),
                     qPrintable(QStringLiteral("human %1 col %2: fd %3 analytic %4")
                                    .arg(i)
                                    .arg(k)
                                    .arg(fd)
                                    .arg(an)));
        }
}

// The batch hook gives gradients to the humans of the batch only: never to values, relations
// or non-human entities; and it sums over distinct humans.
void TestKlTerm::onlyHumansMove() {
    const Graph g = tinyGraph();
    const Model m =
        randomModel(makeSpec(ModelType::TransEDot, 4), g.entityCount(), g.relationCount(), 3);
    const KlTerm kl(g, {{g.relations.find(std::string_view("gender")), 1.0f, 2, {}}});
    MapGradients grads(4);
    // p appears twice, thing is no human.
    const std::vector<Triple> batch = {g.train[5], g.train[0], g.train[2]};
    const double loss = kl.batchLoss(batch, m, grads);
    QVERIFY(grads.m_relations.empty());
    QCOMPARE(grads.m_entities.size(), size_t(1));
    QVERIFY(grads.m_entities.count(g.entities.find(std::string_view("p"))) == 1);
    const std::vector<qint32> p = {g.entities.find(std::string_view("p"))};
    Matrix expected;
    QVERIFY(std::abs(loss - kl.loss(p, m, &expected)) < 1e-9);
    for (int k = 0; k < 4; ++k)
        QCOMPARE(grads.m_entities[p[0]][size_t(k)], expected(0, k));
}

void TestKlTerm::meanReduction() {
    const Graph g = tinyGraph();
    const Model m =
        randomModel(makeSpec(ModelType::DistMult, 4), g.entityCount(), g.relationCount(), 5);
    const qint32 gender = g.relations.find(std::string_view("gender"));
    const KlTerm sum(g, {{gender, 1.0f, 2, {}}}, KlReduction::Sum);
    const KlTerm mean(g, {{gender, 1.0f, 2, {}}}, KlReduction::Mean);
    const std::vector<qint32> humans = sum.humans();
    QVERIFY(std::abs(sum.loss(humans, m) - 2.0 * mean.loss(humans, m)) < 1e-9);
    const std::vector<double> per = sum.meanKl(m);
    QVERIFY(std::abs(per.at(0) - mean.loss(humans, m)) < 1e-9);
}

void TestKlTerm::badSettings() {
    const Graph g = tinyGraph();
    const qint32 gender = g.relations.find(std::string_view("gender"));
    QVERIFY_THROWS_EXCEPTION(Error, KlTerm(g, {{gender, 1.0f, 2, {0.5, 0.2, 0.3}}}));
    QVERIFY_THROWS_EXCEPTION(Error, KlTerm(g, {{gender, 1.0f, 2, {0.5, 0.6}}}));
    QVERIFY_THROWS_EXCEPTION(Error, KlTerm(g, {{gender, -1.0f, 2, {}}}));
    QVERIFY_THROWS_EXCEPTION(Error, KlTerm(g, {{99, 1.0f, 2, {}}}));
    // "likes" has a single value.
    QVERIFY_THROWS_EXCEPTION(
        Error, KlTerm(g, {{g.relations.find(std::string_view("likes")), 1.0f, 30, {}}}));
}

QTEST_GUILESS_MAIN(TestKlTerm)
#include "test_kl_term.moc"
