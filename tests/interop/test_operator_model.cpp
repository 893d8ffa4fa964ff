// PBG-scored models: scores against hand computations, gradients against finite differences,
// engine conversions against the operator definitions, the generic ranking against a
// one-candidate-at-a-time loop.

#include "embed/model.h"
#include "interop/operator_convert.h"
#include "interop/operator_model.h"
#include "interop/operator_ranking.h"
#include "kg/known_triples.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace eg;

Q_DECLARE_METATYPE(eg::PbgOperator)
Q_DECLARE_METATYPE(eg::PbgComparator)

namespace {

// A random model: 12 entities, 3 relations, entries uniform in [-1, 1] (fixed seed).
OperatorModel randomModel(PbgOperator op, PbgComparator c, bool dynamic, bool bias, int dim = 4,
                          quint32 seed = 7) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-1.f, 1.f);
    auto fill = [&](qint64 rows, qint64 cols) {
        Matrix m(rows, cols);
        for (qint64 i = 0; i < m.size(); ++i)
            m.data()[i] = u(rng);
        return m;
    };
    OperatorModel m;
    m.comparator = c;
    m.dynamic = dynamic;
    m.bias = bias;
    m.dim = dim;
    m.entities = RowTable(fill(12, dim));
    m.ops.assign(3, op);
    const int n = pbgOperatorParams(op, dim);
    m.rhsParams = fill(3, n);
    m.lhsParams = dynamic ? fill(3, n) : Matrix(3, 0);
    return m;
}

std::vector<Triple> randomQueries(int count, quint32 seed) {
    std::mt19937 rng(seed);
    std::vector<Triple> out;
    for (int i = 0; i < count; ++i)
        out.push_back({qint32(rng() % 12), qint32(rng() % 3), qint32(rng() % 12)});
    return out;
}

void addRows() {
    QTest::addColumn<PbgOperator>("op");
    QTest::addColumn<PbgComparator>("comparator");
    QTest::addColumn<bool>("dynamic");
    QTest::addColumn<bool>("bias");
    const PbgOperator ops[] = {PbgOperator::None,     PbgOperator::Translation,
                               PbgOperator::Diagonal, PbgOperator::Linear,
                               PbgOperator::Affine,   PbgOperator::ComplexDiagonal};
    const PbgComparator cs[] = {PbgComparator::Dot, PbgComparator::Cos,
                                PbgComparator::L2,  PbgComparator::SquaredL2,
                                PbgComparator::L1,  PbgComparator::ComplexL1};
    for (PbgOperator op : ops)
        for (PbgComparator c : cs)
            for (bool dynamic : {true, false})
                for (bool bias : {false, true}) {
                    if (bias && c == PbgComparator::ComplexL1)
                        continue;
                    QTest::addRow("%s/%s/%s%s", qPrintable(pbgOperatorName(op)),
                                  qPrintable(pbgComparatorName(c)),
                                  dynamic ? "dynamic" : "standard", bias ? "/bias" : "")
                        << op << c << dynamic << bias;
                }
}

} // namespace

class TestOperatorModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Hand-computed scores on 2-D vectors h = (1, 2), t = (3, -1).
    void handScores_data() {
        QTest::addColumn<PbgOperator>("op");
        QTest::addColumn<PbgComparator>("comparator");
        QTest::addColumn<bool>("dynamic");
        QTest::addColumn<int>("side"); // 0 tail, 1 head
        QTest::addColumn<double>("expected");
        // translation lhs (0.5, 0.5), rhs (1, -2).
        // dynamic tail: <(1.5, 2.5), (3, -1)> = 4.5 - 2.5 = 2
        QTest::newRow("translation dot tail")
            << PbgOperator::Translation << PbgComparator::Dot << true << 0 << 2.0;
        // head: <(1, 2), (4, -3)> = 4 - 6 = -2
        QTest::newRow("translation dot head")
            << PbgOperator::Translation << PbgComparator::Dot << true << 1 << -2.0;
        // standard, tail = head: <(1, 2), (4, -3)> = -2
        QTest::newRow("translation dot standard")
            << PbgOperator::Translation << PbgComparator::Dot << false << 0 << -2.0;
        // l2 dynamic tail: -|(1.5, 2.5) - (3, -1)| = -|(-1.5, 3.5)| = -sqrt(14.5)
        QTest::newRow("translation l2 tail")
            << PbgOperator::Translation << PbgComparator::L2 << true << 0 << -std::sqrt(14.5);
        // squared_l2 head: -|(1, 2) - (4, -3)|^2 = -(9 + 25) = -34
        QTest::newRow("translation sq head")
            << PbgOperator::Translation << PbgComparator::SquaredL2 << true << 1 << -34.0;
        // cos dynamic tail: <(1.5, 2.5), (3, -1)> / (|.| |.|) = 2 / (sqrt(8.5) sqrt(10))
        QTest::newRow("translation cos tail")
            << PbgOperator::Translation << PbgComparator::Cos << true << 0 << 2.0 / std::sqrt(85.0);
        // diagonal lhs (0.5, 0.5): <(0.5, 1), (3, -1)> = 0.5
        QTest::newRow("diagonal dot tail")
            << PbgOperator::Diagonal << PbgComparator::Dot << true << 0 << 0.5;
        // complex lhs rho = 0.5 + 0.5i: h = 1 + 2i, h rho = 0.5 - 1 + (0.5 + 1)i = -0.5 + 1.5i;
        // <(-0.5, 1.5), (3, -1)> = -1.5 - 1.5 = -3
        QTest::newRow("complex dot tail")
            << PbgOperator::ComplexDiagonal << PbgComparator::Dot << true << 0 << -3.0;
        // complex rhs rho = 1 - 2i: t rho = (3 - i)(1 - 2i) = 3 - 6i - i + 2i^2 = 1 - 7i;
        // l1 head: -(|1 - 1| + |2 + 7|) = -9
        QTest::newRow("complex l1 head")
            << PbgOperator::ComplexDiagonal << PbgComparator::L1 << true << 1 << -9.0;
        // complex_l1 head: -|(1 + 2i) - (1 - 7i)| = -9
        QTest::newRow("complex complex_l1 head")
            << PbgOperator::ComplexDiagonal << PbgComparator::ComplexL1 << true << 1 << -9.0;
        // linear lhs [[0.5, 0.5], ...] is 4 params: A = [[0.5, 0.5], [0.5, 0.5]] -> (1.5, 1.5);
        // <(1.5, 1.5), (3, -1)> = 3
        QTest::newRow("linear dot tail")
            << PbgOperator::Linear << PbgComparator::Dot << true << 0 << 3.0;
        QTest::newRow("none dot") << PbgOperator::None << PbgComparator::Dot << true << 1 << 1.0;
    }
    void handScores() {
        QFETCH(PbgOperator, op);
        QFETCH(PbgComparator, comparator);
        QFETCH(bool, dynamic);
        QFETCH(int, side);
        QFETCH(double, expected);
        OperatorModel m;
        m.dim = 2;
        m.comparator = comparator;
        m.dynamic = dynamic;
        Matrix e(2, 2);
        e << 1, 2, 3, -1;
        m.entities = RowTable(e);
        m.ops = {op};
        const int n = pbgOperatorParams(op, 2);
        m.lhsParams = Matrix::Constant(1, n, 0.5f);
        m.rhsParams = Matrix(1, n);
        if (n == 2)
            m.rhsParams << 1, -2;
        else if (n == 4)
            m.rhsParams << 1, 0, 0, 1;
        // Doubles of small integers and halves: exact, so the comparison can be tight.
        QCOMPARE(m.score(0, 0, 1, side == 0 ? ScoreSide::Tail : ScoreSide::Head), expected);
    }

    void biasCoordinate() {
        // bias: a0 + b0 + dot of the rest. dim 3, none operator.
        OperatorModel m;
        m.dim = 3;
        m.bias = true;
        Matrix e(2, 3);
        e << 0.5, 1, 2, -1, 3, 4;
        m.entities = RowTable(e);
        m.ops = {PbgOperator::None};
        m.lhsParams = m.rhsParams = Matrix(1, 0);
        QCOMPARE(m.score(0, 0, 1, ScoreSide::Tail), 0.5 - 1 + 3 + 8);
    }

    // d score / d h against central differences in double on every combination.
    void gradients_data() { addRows(); }
    void gradients() {
        QFETCH(PbgOperator, op);
        QFETCH(PbgComparator, comparator);
        QFETCH(bool, dynamic);
        QFETCH(bool, bias);
        const OperatorModel m = randomModel(op, comparator, dynamic, bias);
        for (ScoreSide side : {ScoreSide::Tail, ScoreSide::Head}) {
            std::vector<float> h(m.entities.row(1), m.entities.row(1) + m.dim);
            const float *t = m.entities.row(5);
            std::vector<double> g(size_t(m.dim));
            m.headGradient(h.data(), 2, t, side, g.data());
            for (int i = 0; i < m.dim; ++i) {
                // step 1e-3 in float: truncation O(1e-6) for these smooth functions; float
                // rounding of the perturbed vectors O(1e-7 / 1e-3) = 1e-4: tolerance 2e-3.
                const float step = 1e-3f;
                std::vector<float> p = h, q = h;
                p[size_t(i)] += step;
                q[size_t(i)] -= step;
                const double fd = (m.score(p.data(), 2, t, side) - m.score(q.data(), 2, t, side)) /
                                  (double(p[size_t(i)]) - double(q[size_t(i)]));
                if (std::abs(fd - g[size_t(i)]) > 2e-3 * std::max(1.0, std::abs(fd)))
                    QFAIL(qPrintable(QStringLiteral("side %1 coordinate %2: analytic %3, "
                                                    "finite difference %4")
                                         .arg(int(side))
                                         .arg(i)
                                         .arg(g[size_t(i)])
                                         .arg(fd)));
            }
        }
    }

    // Every conversion to an engine model scores as the operator model does, both sides.
    void engineConversion_data() { addRows(); }
    void engineConversion() {
        QFETCH(PbgOperator, op);
        QFETCH(PbgComparator, comparator);
        QFETCH(bool, dynamic);
        QFETCH(bool, bias);
        const OperatorModel m = randomModel(op, comparator, dynamic, bias);
        const EngineConversion c = toEngineModel(m);
        const bool expected =
            !bias && ((op == PbgOperator::Translation &&
                       (comparator == PbgComparator::L1 || comparator == PbgComparator::L2 ||
                        (comparator == PbgComparator::Dot && dynamic))) ||
                      (comparator == PbgComparator::Dot &&
                       (op == PbgOperator::Diagonal || op == PbgOperator::ComplexDiagonal ||
                        op == PbgOperator::None)));
        QCOMPARE(c.model.has_value(), expected);
        if (!c.model)
            return;
        const Model &e = *c.model;
        const Matrix &head = e.spec.separateRhs ? e.relationsRhs : e.relations;
        for (qint32 h = 0; h < 12; ++h)
            for (qint32 r = 0; r < 3; ++r)
                for (qint32 t = 0; t < 12; t += 5) {
                    const double tail = e.score(h, r, t);
                    const double headScore =
                        e.spec.type == ModelType::TransEDot && e.spec.separateRhs
                            ? scoreVectors(e.spec, e.entities.row(t).data(), head.row(r).data(),
                                           e.entities.row(h).data())
                            : scoreVectors(e.spec, e.entities.row(h).data(), head.row(r).data(),
                                           e.entities.row(t).data());
                    // float scores of O(1) values with dim 4: 1e-5 covers the rounding.
                    QVERIFY(std::abs(tail - m.score(h, r, t, ScoreSide::Tail)) < 1e-5);
                    QVERIFY(std::abs(headScore - m.score(h, r, t, ScoreSide::Head)) < 1e-5);
                }
        // And back: fromEngineModel gives the same scores again.
        const OperatorModel back = fromEngineModel(e);
        for (ScoreSide side : {ScoreSide::Tail, ScoreSide::Head})
            QVERIFY(std::abs(back.score(3, 1, 7, side) - m.score(3, 1, 7, side)) < 1e-5);
    }

    // The generic ranking equals ranks counted one candidate at a time from score().
    void ranking_data() { addRows(); }
    void ranking() {
        QFETCH(PbgOperator, op);
        QFETCH(PbgComparator, comparator);
        QFETCH(bool, dynamic);
        QFETCH(bool, bias);
        const OperatorModel m = randomModel(op, comparator, dynamic, bias, 6);
        const std::vector<Triple> queries = randomQueries(30, 11);
        const std::vector<Triple> extra = randomQueries(40, 12);
        const KnownTriples known({queries, extra});
        OperatorEvalOptions options;
        options.base.keepRanks = true;
        options.base.threads = 2;
        const OperatorEvalResult got = evaluateOperatorModel(m, queries, &known, options);
        QCOMPARE(got.label(), QStringLiteral("filtered"));
        for (int side = 0; side < 2; ++side)
            for (size_t k = 0; k < queries.size(); ++k) {
                const Triple &x = queries[k];
                const ScoreSide s = side == 0 ? ScoreSide::Tail : ScoreSide::Head;
                const qint32 answer = side == 0 ? x.t : x.h;
                const double a = side == 0 ? m.score(x.h, x.r, x.t, s) : m.score(x.h, x.r, x.t, s);
                double rank = 1;
                for (qint32 c = 0; c < 12; ++c) {
                    const Triple y = side == 0 ? Triple{x.h, x.r, c} : Triple{c, x.r, x.t};
                    if (c == answer || known.contains(y))
                        continue;
                    const double v = m.score(y.h, y.r, y.t, s);
                    // Scores differ from the float block product by ~1e-6; random data keep
                    // every pair apart by far more, so the comparison is unambiguous.
                    rank += v > a ? 1.0 : 0.0;
                }
                const double r = side == 0 ? got.result.tailRanks[k] : got.result.headRanks[k];
                if (r != rank)
                    QFAIL(qPrintable(QStringLiteral("side %1 query %2: %3, expected %4")
                                         .arg(side)
                                         .arg(k)
                                         .arg(r)
                                         .arg(rank)));
            }
    }

    void sampled() {
        const OperatorModel m =
            randomModel(PbgOperator::Translation, PbgComparator::Dot, true, false);
        const std::vector<Triple> queries = randomQueries(20, 3);
        OperatorEvalOptions options;
        options.base.filtered = false;
        options.base.keepRanks = true;
        options.sampledCandidates = 5;
        const OperatorEvalResult got = evaluateOperatorModel(m, queries, nullptr, options);
        QCOMPARE(got.label(), QStringLiteral("sampled 5 (raw)"));
        for (double r : got.result.tailRanks)
            QVERIFY(r >= 1 && r <= 6);
        // All candidates sampled = exhaustive.
        options.sampledCandidates = 0;
        const OperatorEvalResult all = evaluateOperatorModel(m, queries, nullptr, options);
        QCOMPARE(all.sampledCandidates, 0);
        QVERIFY(all.result.overall.mrr <= got.result.overall.mrr);
    }
};

QTEST_GUILESS_MAIN(TestOperatorModel)
#include "test_operator_model.moc"
