#include "eval/candidate_scorer.h"
#include "eval_test_util.h"

#include <QTest>

#include <cmath>

using namespace eg;

namespace {

constexpr double kU = 0x1p-24; // unit roundoff of float

double gamma(int k)
{
    return k * kU / (1.0 - k * kU);
}

// sum |terms| of the exact score of (h, r, c): what float rounding errors are proportional to.
// For TransE L2 it bounds the terms of ||q||^2 - 2 q.c + ||c||^2: (|h| + |r| + |c|)^2.
double termMagnitude(const ModelSpec &spec, const float *a, const float *b, const float *c,
                     PredictSide side)
{
    const int n = spec.dim, w = spec.width();
    double s = 0.0;
    switch (spec.type) {
    case ModelType::TransE:
        if (spec.norm == 1) {
            for (int i = 0; i < w; ++i)
                s += std::abs(a[i]) + std::abs(b[i]) + std::abs(c[i]);
            return s;
        } else {
            double na = 0, nb = 0, nc = 0;
            for (int i = 0; i < w; ++i) {
                na += double(a[i]) * a[i];
                nb += double(b[i]) * b[i];
                nc += double(c[i]) * c[i];
            }
            const double t = std::sqrt(na) + std::sqrt(nb) + std::sqrt(nc);
            return t * t;
        }
    case ModelType::TransEDot:
        if (side == PredictSide::Tail || spec.separateRhs) {
            // <a + b, c>: tail <h + r, c>, head <c, t + r_rhs>.
            for (int i = 0; i < w; ++i)
                s += (std::abs(a[i]) + std::abs(b[i])) * std::abs(c[i]);
        } else {
            // <c + r, t> = <c, t> + <r, t> with a = t, b = r.
            for (int i = 0; i < w; ++i)
                s += std::abs(a[i]) * (std::abs(b[i]) + std::abs(c[i]));
        }
        return s;
    case ModelType::DistMult:
        for (int i = 0; i < w; ++i)
            s += std::abs(double(a[i]) * b[i] * c[i]);
        return s;
    case ModelType::ComplEx:
        for (int i = 0; i < n; ++i) {
            const double ar = a[i], ai = a[n + i], br = b[i], bi = b[n + i];
            s += (std::abs(ar * br) + std::abs(ai * bi)) * std::abs(c[i]) +
                 (std::abs(ai * br) + std::abs(ar * bi)) * std::abs(c[n + i]);
        }
        return s;
    }
    return s;
}

} // namespace

class TestCandidateScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesScoreVectors_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("norm");
        QTest::addColumn<bool>("rhs");
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("entities");
        // Odd dimensions and entity counts that are not a multiple of the 32-candidate panel.
        QTest::newRow("transe l1 d37") << int(ModelType::TransE) << 1 << false << 37 << 75;
        QTest::newRow("transe l1 d100 rhs") << int(ModelType::TransE) << 1 << true << 100 << 64;
        QTest::newRow("transe l2 d37") << int(ModelType::TransE) << 2 << false << 37 << 75;
        QTest::newRow("transe l2 d128 rhs") << int(ModelType::TransE) << 2 << true << 128 << 50;
        QTest::newRow("transe-dot d50") << int(ModelType::TransEDot) << 1 << false << 50 << 70;
        QTest::newRow("transe-dot d50 rhs") << int(ModelType::TransEDot) << 1 << true << 50 << 70;
        QTest::newRow("distmult d33") << int(ModelType::DistMult) << 1 << false << 33 << 41;
        QTest::newRow("distmult d33 rhs") << int(ModelType::DistMult) << 1 << true << 33 << 41;
        QTest::newRow("complex d20") << int(ModelType::ComplEx) << 1 << false << 20 << 45;
        QTest::newRow("complex d20 rhs") << int(ModelType::ComplEx) << 1 << true << 20 << 45;
    }

    // Fast keys and scores of every candidate against the double-precision values and
    // eg::scoreVectors. Tolerance (Higham 3.1): a float sum of k terms is within gamma_k times
    // the sum of |terms| of the exact one, in any order, with or without FMA; the kernels add
    // at most 5 roundings per term (folding h and r into the query, the L2 norm terms), so
    // |key - exact| <= gamma_(n+5) * termMagnitude. The canonical score adds its own rounding
    // to float, u |score|. For TransE L2 the bound is on the squared distance; on the distance
    // it becomes sqrt(bound) (|sqrt x - sqrt y| <= sqrt |x - y|).
    void matchesScoreVectors()
    {
        QFETCH(int, type);
        QFETCH(int, norm);
        QFETCH(bool, rhs);
        QFETCH(int, dim);
        QFETCH(int, entities);
        ModelSpec spec;
        spec.type = ModelType(type);
        spec.norm = norm;
        spec.dim = dim;
        spec.separateRhs = rhs;
        const Model model = test::randomModel(spec, entities, 5, 11, false);
        const std::vector<Triple> queries = test::randomTriples(entities, 5, 21, 3);
        const CandidateScorer scorer(model);
        const qint32 n = scorer.candidateCount();
        const int w = spec.width();

        for (PredictSide side : {PredictSide::Tail, PredictSide::Head}) {
            const bool tail = side == PredictSide::Tail;
            const CandidateScorer::Block block = scorer.prepare(side, queries);
            std::vector<float> keys(queries.size() * n), scores(queries.size() * n);
            scorer.keys(block, 0, n, keys.data(), n);
            scorer.scores(block, scores.data());
            // A chunk in the middle, written with a wider stride.
            const qint32 first = 32, count = n - 40, stride = n;
            std::vector<float> chunk(queries.size() * stride, 0.0f);
            scorer.keys(block, first, count, chunk.data(), stride);

            for (size_t k = 0; k < queries.size(); ++k) {
                const Triple &x = queries[k];
                const float *a = model.entities.row(tail ? x.h : x.t).data();
                const float *b = (rhs && !tail ? model.relationsRhs : model.relations)
                                     .row(x.r)
                                     .data();
                for (qint32 c = 0; c < n; ++c) {
                    const float *cv = model.entities.row(c).data();
                    const double tol = 1.01 * gamma(w + 5) * termMagnitude(spec, a, b, cv, side);
                    const double exact = scorer.exactKey(side, x, c);
                    const float key = keys[k * n + c];
                    QVERIFY2(std::abs(key - exact) <= tol,
                             qPrintable(QStringLiteral("query %1 candidate %2: key %3, exact %4, "
                                                       "tolerance %5")
                                            .arg(k)
                                            .arg(c)
                                            .arg(key)
                                            .arg(exact)
                                            .arg(tol)));
                    if (c >= first && c < first + count)
                        QVERIFY(std::abs(chunk[k * stride + (c - first)] - exact) <= tol);

                    const float canonical = scorer.canonicalScore(side, x, c);
                    const float score = scores[k * n + c];
                    const bool l2 = spec.type == ModelType::TransE && norm == 2;
                    const double stol = (l2 ? std::sqrt(tol) : tol) + kU * std::abs(canonical);
                    QVERIFY(std::isfinite(score));
                    QVERIFY2(std::abs(score - canonical) <= stol,
                             qPrintable(QStringLiteral("query %1 candidate %2: score %3, "
                                                       "scoreVectors %4")
                                            .arg(k)
                                            .arg(c)
                                            .arg(score)
                                            .arg(canonical)));
                }
                // The band contract for the answer's own key.
                const qint32 answer = tail ? x.t : x.h;
                QVERIFY(std::abs(keys[k * n + answer] - scorer.exactKey(side, x, answer)) <=
                        scorer.band(side, x));
            }
        }
    }

    // The canonical score of tail prediction is Model::score itself.
    void canonicalIsModelScore()
    {
        ModelSpec spec;
        spec.type = ModelType::ComplEx;
        spec.dim = 8;
        const Model model = test::randomModel(spec, 10, 3, 5, false);
        const CandidateScorer scorer(model);
        const Triple x{2, 1, 7};
        for (qint32 c = 0; c < 10; ++c) {
            QCOMPARE(scorer.canonicalScore(PredictSide::Tail, x, c), model.score(2, 1, c));
            QCOMPARE(scorer.canonicalScore(PredictSide::Head, x, c), model.score(c, 1, 7));
        }
    }

    // TransE L2 through ||q||^2 - 2 q.c + ||c||^2 can go below zero by rounding when a
    // candidate sits exactly on q; the clamp keeps the score at -0 instead of NaN.
    void l2ClampAtZero()
    {
        ModelSpec spec;
        spec.type = ModelType::TransE;
        spec.norm = 2;
        spec.dim = 64;
        Model model = test::randomModel(spec, 60, 4, 9, false);
        std::vector<Triple> queries;
        for (qint32 k = 0; k < 20; ++k) {
            const Triple x{k, k % 4, 40 + k};
            model.entities.row(x.t) = model.entities.row(x.h) + model.relations.row(x.r);
            queries.push_back(x);
        }
        const CandidateScorer scorer(model);
        const CandidateScorer::Block block = scorer.prepare(PredictSide::Tail, queries);
        std::vector<float> scores(queries.size() * 60);
        scorer.scores(block, scores.data());
        for (size_t k = 0; k < queries.size(); ++k) {
            const float s = scores[k * 60 + queries[k].t];
            QVERIFY(std::isfinite(s));
            QVERIFY(s <= 0.0f);
            // ||q|| ~ 6.5 here: the bound sqrt(gamma_69 * (2 ||q||)^2) ~ 0.03.
            QVERIFY(s > -0.03f);
        }
    }
};

QTEST_GUILESS_MAIN(TestCandidateScorer)
#include "test_candidate_scorer.moc"
