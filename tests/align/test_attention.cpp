#include "align/collective_layer.h"

#include <QTest>

using namespace eg;
using Eigen::MatrixXf;
using Eigen::VectorXf;

namespace {

// Values computed by hand (with a calculator) from the formulas in collective_layer.h.
// Tolerance 1e-5: float arithmetic on numbers of order 1, a handful of operations.
constexpr float kTol = 1e-5f;

MatrixXf rows(std::initializer_list<std::initializer_list<float>> values) {
    MatrixXf m(qsizetype(values.size()), qsizetype(values.begin()->size()));
    qsizetype r = 0;
    for (const auto &row : values) {
        qsizetype c = 0;
        for (const float v : row)
            m(r, c++) = v;
        ++r;
    }
    return m;
}

// The pair of the example: side A neighbours (0,0) and (3,4), side B (0,0) and (0,4).
void example(CollectiveSide &a, CollectiveSide &b, MatrixXf &attention) {
    a.centre = VectorXf::Zero(2);
    a.centre(0) = 1;
    a.neighbours = rows({{0, 0}, {3, 4}});
    a.attention = {0, 1};
    b.centre = VectorXf::Zero(2);
    b.centre(1) = 1;
    b.neighbours = rows({{0, 0}, {0, 4}});
    b.attention = {0, 2};
    // Columns: a_0 = 0 (score 0), a_1 = centre (2, 0), neighbour (0.2, 0); a_2 = neighbour
    // (0, -1). Scores are divided by sqrt(2H) = 2.
    attention = MatrixXf::Zero(4, 3);
    attention(0, 1) = 2;
    attention(2, 1) = 0.2f;
    attention(3, 2) = -1;
}

} // namespace

class TestAttention : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // D = [[0.001, 4], [5, 3]] (eps = 1e-3), E = exp(-D) = [[0.9990005, 0.0183156],
    // [0.0067379, 0.0497871]], S = 1.0738411; alpha = row sums / S, alpha' = column sums / S.
    void crossAttention() {
        VectorXf alphaA, alphaB;
        CrossCache cache;
        CollectiveLayer::crossAttention(rows({{0, 0}, {3, 4}}), rows({{0, 0}, {0, 4}}), 1e-3f,
                                        alphaA, alphaB, cache);
        QVERIFY(std::abs(alphaA(0) - 0.9473619f) < kTol);
        QVERIFY(std::abs(alphaA(1) - 0.0526381f) < kTol);
        QVERIFY(std::abs(alphaB(0) - 0.9365803f) < kTol);
        QVERIFY(std::abs(alphaB(1) - 0.0634197f) < kTol);
        // Row and column normalisations each sum to one.
        QVERIFY(std::abs(alphaA.sum() - 1) < kTol);
        QVERIFY(std::abs(alphaB.sum() - 1) < kTol);
        // The neighbour pair at distance 0 (a counterpart) takes most of the weight.
        QVERIFY(alphaA(0) > 0.9f && alphaB(0) > 0.9f);
        // Evidence mass: log S = log 1.0738411 = 0.0712421.
        QVERIFY(std::abs(cache.mass - 0.0712421f) < kTol);
    }

    void crossAttentionShapes_data() {
        QTest::addColumn<int>("p");
        QTest::addColumn<int>("q");
        QTest::newRow("1x3") << 1 << 3;
        QTest::newRow("4x2") << 4 << 2;
        QTest::newRow("0x3: uniform") << 0 << 3;
        QTest::newRow("5x5") << 5 << 5;
    }
    void crossAttentionShapes() {
        QFETCH(int, p);
        QFETCH(int, q);
        // Far-apart vectors (distances up to ~60) must not underflow to 0 / 0.
        const MatrixXf za = MatrixXf::Random(p, 3) * 20.0f, zb = MatrixXf::Random(q, 3) * 20.0f;
        VectorXf alphaA, alphaB;
        CrossCache cache;
        CollectiveLayer::crossAttention(za, zb, 1e-3f, alphaA, alphaB, cache);
        QCOMPARE(alphaA.size(), qsizetype(p));
        if (p > 0)
            QVERIFY(std::abs(alphaA.sum() - 1) < kTol);
        QVERIFY(std::abs(alphaB.sum() - 1) < kTol);
        if (p == 0)
            QVERIFY((alphaB.array() - 1.0f / float(q)).abs().maxCoeff() < kTol);
        QVERIFY(alphaA.allFinite() && alphaB.allFinite());
    }

    // Side A: s = (0, (2*1 + 0.2*3) / 2 = 1.3), beta = softmax(0, 1.3) = (0.2141650, 0.7858350).
    // Side B: s = (0, -1*4 / 2 = -2) -> LeakyReLU(0.2): (0, -0.4), beta = (0.5986877,
    // 0.4013123).
    void selfAttention() {
        CollectiveSide a, b;
        MatrixXf attention;
        example(a, b, attention);
        VectorXf score, beta;
        CollectiveLayer::selfAttention(a, attention, 0.2f, score, beta);
        QVERIFY(std::abs(score(1) - 1.3f) < kTol);
        QVERIFY(std::abs(beta(0) - 0.2141650f) < kTol);
        QVERIFY(std::abs(beta(1) - 0.7858350f) < kTol);
        CollectiveLayer::selfAttention(b, attention, 0.2f, score, beta);
        QVERIFY(std::abs(score(1) + 2.0f) < kTol);
        QVERIFY(std::abs(beta(0) - 0.5986877f) < kTol);
        QVERIFY(std::abs(beta(1) - 0.4013123f) < kTol);
    }

    // gamma = alpha beta / sum(alpha beta): A (0.8306499, 0.1693501), B (0.9565807, 0.0434193);
    // pooled A = 0.1693501 * (3, 4), h_A = tanh(1, 0, 0.5080504, 0.6774005)
    //   = (0.7615942, 0, 0.4684248, 0.5898268); h_B = tanh(0, 1, 0, 0.1736773)
    //   = (0, 0.7615942, 0, 0.1719519).
    void combined_data() {
        QTest::addColumn<bool>("cross");
        QTest::addColumn<bool>("self");
        QTest::newRow("both") << true << true;
        QTest::newRow("no cross") << false << true;
        QTest::newRow("no self") << true << false;
        QTest::newRow("neither") << false << false;
    }
    void combined() {
        QFETCH(bool, cross);
        QFETCH(bool, self);
        CollectiveSide a, b;
        MatrixXf attention;
        example(a, b, attention);
        AttentionSwitches sw;
        sw.cross = cross;
        sw.self = self;
        CollectiveState sa, sb;
        CrossCache cache;
        CollectiveLayer::forward(a, b, attention, VectorXf::Zero(4), sw, sa, sb, cache);
        for (const CollectiveState *st : {&sa, &sb}) {
            // sum_j alpha_j beta_j, normalised, is one; alpha and beta sum to one each.
            QVERIFY(std::abs(st->gamma.sum() - 1) < kTol);
            QVERIFY(std::abs(st->alpha.sum() - 1) < kTol);
            QVERIFY(std::abs(st->beta.sum() - 1) < kTol);
            const VectorXf m = st->alpha.cwiseProduct(st->beta);
            QVERIFY((st->gamma - m / m.sum()).cwiseAbs().maxCoeff() < kTol);
        }
        if (!cross)
            QVERIFY((sa.alpha.array() - 0.5f).abs().maxCoeff() < kTol);
        if (!self)
            QVERIFY((sb.beta.array() - 0.5f).abs().maxCoeff() < kTol);
        // Evidence mass: without self-attention log S = 0.0712421 (as in crossAttention); with
        // it log(P Q sum_pq beta_p beta'_q E_pq) = log(4 * 0.1485351) = -0.5206397, where
        // sum = 0.2141650 * (0.5986877 * 0.9990005 + 0.4013123 * 0.0183156)
        //     + 0.7858350 * (0.5986877 * 0.0067379 + 0.4013123 * 0.0497871) = 0.1485351:
        // side A's self-attention gives its matched neighbour (0, 0) little weight, so the match
        // counts less. 0 without cross-graph attention.
        const float mass = !cross ? 0.0f : self ? -0.5206397f : 0.0712421f;
        QVERIFY2(std::abs(cache.mass - mass) < kTol, qPrintable(QString::number(cache.mass)));
        if (cross && self) {
            QVERIFY(std::abs(sa.gamma(0) - 0.8306499f) < kTol);
            QVERIFY(std::abs(sb.gamma(1) - 0.0434193f) < kTol);
            const float hA[] = {0.7615942f, 0, 0.4684248f, 0.5898268f};
            const float hB[] = {0, 0.7615942f, 0, 0.1719519f};
            for (int i = 0; i < 4; ++i) {
                QVERIFY(std::abs(sa.h(i) - hA[i]) < kTol);
                QVERIFY(std::abs(sb.h(i) - hB[i]) < kTol);
            }
        }
    }

    // Self-attention on but every attention vector zero: beta is uniform (1/2, 1/2) and the
    // weighted evidence log(2 * 2 * sum_pq E_pq / 4) is log S = 0.0712421 again.
    void evidenceUniformSelfAttention() {
        CollectiveSide a, b;
        MatrixXf attention;
        example(a, b, attention);
        attention.setZero();
        CollectiveState sa, sb;
        CrossCache cache;
        CollectiveLayer::forward(a, b, attention, VectorXf::Zero(4), {}, sa, sb, cache);
        QVERIFY((sa.beta.array() - 0.5f).abs().maxCoeff() < kTol);
        QVERIFY(std::abs(cache.mass - 0.0712421f) < kTol);
    }

    // No neighbours: the neighbourhood half is zero, the self half is tanh(centre).
    void noNeighbours() {
        CollectiveSide a, b;
        MatrixXf attention;
        example(a, b, attention);
        a.neighbours.resize(0, 2);
        a.attention.clear();
        CollectiveState sa, sb;
        CrossCache cache;
        CollectiveLayer::forward(a, b, attention, VectorXf::Zero(4), {}, sa, sb, cache);
        QVERIFY(std::abs(sa.h(2)) < kTol && std::abs(sa.h(3)) < kTol);
        QVERIFY(std::abs(sb.alpha.sum() - 1) < kTol);
        QVERIFY(sb.h.allFinite());
    }
};

QTEST_GUILESS_MAIN(TestAttention)
#include "test_attention.moc"
