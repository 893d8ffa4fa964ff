// Analytic score gradients against central finite differences of an independent
// double-precision scorer, for every model type:
//  - eg::headGradient (model.cpp), used by bias measurement and debiasing;
//  - the margin trainer's query form (margin_query.h + kernels_rows.h), which yields the
//    gradients for head, relation and tail, scoring from either side, with the portable and
//    the native SIMD pack.
//
// Tolerance 1e-4 (absolute, plus 1e-4 relative): the central difference with step 1e-3 has a
// truncation error of step^2 / 6 * |f'''| <= 1e-6 for these smooth functions of values in
// [-1, 1] (and none at all for L1, whose components are kept >= 0.01 from their kink), the
// double evaluation adds ~1e-13 / 1e-3, and the float analytic gradient is off by a few ulps
// (~1e-6). A wrong term or sign errs by O(0.1).

#include "embed/kernels_rows.h"
#include "embed/margin_optimizer.h"
#include "embed/margin_query.h"
#include "margin_test_util.h"

#include <QTest>

using namespace eg;

Q_DECLARE_METATYPE(eg::ModelSpec)

namespace {

constexpr double step = 1e-3;
constexpr double tolerance = 1e-4;

ModelSpec spec(ModelType type, int dim, int norm = 1)
{
    ModelSpec s;
    s.type = type;
    s.dim = dim;
    s.norm = norm;
    return s;
}

struct Rows
{
    std::vector<float> h, r, t;
};

// Random rows; for TransE, redrawn until no component of h + r - t is within 0.01 of the
// L1 kink (which also keeps the L2 norm away from its kink at 0).
Rows randomRows(const ModelSpec &s, quint64 seed)
{
    Rng rng(seed);
    for (;;) {
        Rows x{test::randomRow(rng, s.width()), test::randomRow(rng, s.width()),
               test::randomRow(rng, s.width())};
        if (s.type != ModelType::TransE ||
            test::smallestGap(x.h.data(), x.r.data(), x.t.data(), s.dim) > 0.01)
            return x;
    }
}

// d referenceScore / d (which: 0 = h, 1 = r, 2 = t), by central differences.
std::vector<double> numericGradient(const ModelSpec &s, const Rows &x, int which)
{
    std::vector<double> h = test::toDouble(x.h.data(), s.width());
    std::vector<double> r = test::toDouble(x.r.data(), s.width());
    std::vector<double> t = test::toDouble(x.t.data(), s.width());
    std::vector<double> &v = which == 0 ? h : (which == 1 ? r : t);
    std::vector<double> g(v.size());
    for (size_t i = 0; i < v.size(); ++i) {
        const double keep = v[i];
        v[i] = keep + step;
        const double up = test::referenceScore(s, h.data(), r.data(), t.data());
        v[i] = keep - step;
        const double down = test::referenceScore(s, h.data(), r.data(), t.data());
        v[i] = keep;
        g[i] = (up - down) / (2.0 * step);
    }
    return g;
}

void compare(const std::vector<float> &analytic, const std::vector<double> &numeric,
             const char *what)
{
    QCOMPARE(analytic.size(), numeric.size());
    for (size_t i = 0; i < numeric.size(); ++i) {
        const double error = std::abs(double(analytic[i]) - numeric[i]);
        if (error > tolerance * (1.0 + std::abs(numeric[i])))
            QFAIL(qPrintable(QStringLiteral("%1[%2]: analytic %3, numeric %4")
                                 .arg(QLatin1String(what))
                                 .arg(i)
                                 .arg(double(analytic[i]))
                                 .arg(numeric[i])));
    }
}

struct TrainerGradients
{
    float score = 0.0f;
    std::vector<float> h, r, t;
};

// Score and gradients of g(h, r, t) computed the way the trainer does: query from the fixed
// rows, the candidate moved by one SGD step of rate 1 on L = -g (so it moves by +dg/de), and
// dL/dq back-propagated to the fixed rows.
template <class P, margin::Cmp C>
TrainerGradients trainerGradients(const ModelSpec &s, bool headSide, Rows x)
{
    const int w = s.width();
    const size_t n = static_cast<size_t>(w);
    std::vector<float> q(n), gq(n, 0.0f), gEntity(n), gRelation(n);
    const float c = margin::makeQuery(s, headSide, x.h.data(), x.r.data(), x.t.data(), q.data());
    std::vector<float> &candidate = headSide ? x.h : x.t;
    const float f = margin::candidateScore<P, C>(q.data(), candidate.data(), w);
    std::vector<float> moved = candidate;
    const margin::SgdUpdate<P> sgd(1.0f);
    margin::updateCandidate<P, C>(moved.data(), nullptr, nullptr, q.data(), gq.data(), -1.0f, f,
                                  0.0f, w, sgd);
    margin::backprop(s, headSide, x.h.data(), x.r.data(), x.t.data(), gq.data(), -1.0f,
                     gEntity.data(), gRelation.data());
    TrainerGradients out;
    out.score = f + c;
    std::vector<float> gCandidate(n);
    for (int i = 0; i < w; ++i) {
        gCandidate[size_t(i)] = moved[size_t(i)] - candidate[size_t(i)];
        gEntity[size_t(i)] = -gEntity[size_t(i)]; // dL/d = -dg/d
        gRelation[size_t(i)] = -gRelation[size_t(i)];
    }
    out.h = headSide ? gCandidate : gEntity;
    out.t = headSide ? gEntity : gCandidate;
    out.r = gRelation;
    return out;
}

template <class P>
TrainerGradients trainerGradientsFor(const ModelSpec &s, bool headSide, const Rows &x)
{
    switch (margin::comparator(s)) {
    case margin::Cmp::L1:
        return trainerGradients<P, margin::Cmp::L1>(s, headSide, x);
    case margin::Cmp::L2:
        return trainerGradients<P, margin::Cmp::L2>(s, headSide, x);
    case margin::Cmp::Dot:
        return trainerGradients<P, margin::Cmp::Dot>(s, headSide, x);
    }
    return {};
}

} // namespace

class TestModelGradients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headGradient_data();
    void headGradient();
    void trainerGradients_data() { headGradient_data(); }
    void trainerGradients();
    void transEL1HandComputed();
};

void TestModelGradients::headGradient_data()
{
    QTest::addColumn<ModelSpec>("spec");
    QTest::addColumn<quint64>("seed");
    for (int dim : {1, 5, 17, 100}) {
        const auto add = [dim](const char *model, const ModelSpec &s, quint64 seed) {
            const QByteArray name = QByteArray(model) + " dim " + QByteArray::number(dim);
            QTest::newRow(name.constData()) << s << seed;
        };
        add("transe-l1", spec(ModelType::TransE, dim, 1), quint64(dim));
        add("transe-l2", spec(ModelType::TransE, dim, 2), quint64(dim + 1));
        add("transe-dot", spec(ModelType::TransEDot, dim), quint64(dim + 2));
        add("distmult", spec(ModelType::DistMult, dim), quint64(dim + 3));
        add("complex", spec(ModelType::ComplEx, dim), quint64(dim + 4));
    }
}

void TestModelGradients::headGradient()
{
    QFETCH(ModelSpec, spec);
    QFETCH(quint64, seed);
    const Rows x = randomRows(spec, seed);
    std::vector<float> g(static_cast<size_t>(spec.width()));
    eg::headGradient(spec, x.h.data(), x.r.data(), x.t.data(), g.data());
    compare(g, numericGradient(spec, x, 0), "d/dh");
    // scoreVectors agrees with the reference scorer (float result of a double sum).
    const double reference =
        test::referenceScore(spec, test::toDouble(x.h.data(), spec.width()).data(),
                             test::toDouble(x.r.data(), spec.width()).data(),
                             test::toDouble(x.t.data(), spec.width()).data());
    QVERIFY(std::abs(scoreVectors(spec, x.h.data(), x.r.data(), x.t.data()) - reference) <=
            1e-6 * (1.0 + std::abs(reference)));
}

void TestModelGradients::trainerGradients()
{
    QFETCH(ModelSpec, spec);
    QFETCH(quint64, seed);
    const Rows x = randomRows(spec, seed);
    const double reference =
        test::referenceScore(spec, test::toDouble(x.h.data(), spec.width()).data(),
                             test::toDouble(x.r.data(), spec.width()).data(),
                             test::toDouble(x.t.data(), spec.width()).data());
    const std::vector<double> gh = numericGradient(spec, x, 0), gr = numericGradient(spec, x, 1),
                              gt = numericGradient(spec, x, 2);
    for (bool headSide : {false, true}) {
        for (const TrainerGradients &g : {trainerGradientsFor<simd::Scalar>(spec, headSide, x),
                                          trainerGradientsFor<simd::Native>(spec, headSide, x)}) {
            // float sums over up to 200 terms of size <= 3: 1e-5 relative is a few hundred ulps.
            QVERIFY2(std::abs(g.score - reference) <= 1e-5 * (1.0 + std::abs(reference)),
                     qPrintable(QStringLiteral("score %1 vs %2").arg(g.score).arg(reference)));
            compare(g.h, gh, headSide ? "head side d/dh" : "tail side d/dh");
            compare(g.r, gr, headSide ? "head side d/dr" : "tail side d/dr");
            compare(g.t, gt, headSide ? "head side d/dt" : "tail side d/dt");
        }
    }
}

// By hand: h = (0.5, -1), r = (0.25, 0.5), t = (1, 1): h + r - t = (-0.25, -1.5),
// g = -1.75, dg/dh = -sign(h + r - t) = (1, 1).
void TestModelGradients::transEL1HandComputed()
{
    const ModelSpec s = spec(ModelType::TransE, 2, 1);
    const float h[] = {0.5f, -1.0f}, r[] = {0.25f, 0.5f}, t[] = {1.0f, 1.0f};
    float g[2];
    eg::headGradient(s, h, r, t, g);
    QCOMPARE(g[0], 1.0f);
    QCOMPARE(g[1], 1.0f);
    QCOMPARE(scoreVectors(s, h, r, t), -1.75f);
}

QTEST_APPLESS_MAIN(TestModelGradients)
#include "test_model_gradients.moc"
