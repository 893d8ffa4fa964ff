// One trainer step (margin_step.h) on a tiny table: with SGD at rate 1 every row moves by
// exactly minus its loss gradient, which is compared with central finite differences of an
// independent double-precision loss, for every model, both losses, both corruption sides,
// with and without the L2 regulariser, with the portable and the native SIMD pack.
//
// Tolerance 2e-4 (absolute, plus relative): the reference is smooth (margin hinges and L1 kinks
// kept >= 0.02 away from the points evaluated; step 1e-3, truncation error ~1e-6); the
// recovered gradient (row before - row after) carries float rounding of ~1e-7 per row value,
// and the float scores entering the adversarial weights ~1e-6. A wrong term errs by O(0.01+).

#include "embed/margin_optimizer.h"
#include "embed/margin_step.h"
#include "margin_test_util.h"

#include <QTest>

using namespace eg;
using namespace eg::margin;

namespace {

constexpr int entityCount = 6;
constexpr int relationCount = 2;
const Triple positive{0, 1, 1};
const std::vector<qint32> negatives{2, 3, 5};

struct Case
{
    ModelSpec spec;
    LossSettings loss;
    float regularization = 0.0f;
    bool headSide = false;
};

struct Tables2
{
    std::vector<float> entities, relations;
};

// Double-precision loss of the positive and its negatives, adversarial weights frozen at `p`.
double referenceLoss(const Case &c, const std::vector<double> &ent, const std::vector<double> &rel,
                     std::vector<double> *p)
{
    const int w = c.spec.width();
    const auto e = [&](qint32 id) {
        return ent.data() + size_t(id) * w;
    };
    const double *r = rel.data() + size_t(positive.r) * w;
    std::vector<double> s;
    s.push_back(test::referenceScore(c.spec, e(positive.h), r, e(positive.t)));
    for (qint32 n : negatives)
        s.push_back(c.headSide ? test::referenceScore(c.spec, e(n), r, e(positive.t))
                               : test::referenceScore(c.spec, e(positive.h), r, e(n)));
    double loss = 0.0;
    const double gamma = c.loss.margin;
    if (c.loss.type == LossType::Margin) {
        for (size_t i = 1; i < s.size(); ++i)
            loss += std::max(0.0, gamma - s[0] + s[i]);
    } else {
        if (p->empty()) {
            double z = 0.0;
            for (size_t i = 1; i < s.size(); ++i)
                z += std::exp(c.loss.temperature * s[i]);
            for (size_t i = 1; i < s.size(); ++i)
                p->push_back(std::exp(c.loss.temperature * s[i]) / z);
        }
        const auto softplus = [](double x) {
            return std::log1p(std::exp(x));
        };
        loss = softplus(-gamma - s[0]);
        for (size_t i = 1; i < s.size(); ++i)
            loss += (*p)[i - 1] * softplus(gamma + s[i]);
    }
    double norms = 0.0;
    for (const double *x : {e(positive.h), r, e(positive.t)})
        for (int i = 0; i < w; ++i)
            norms += x[i] * x[i];
    return loss + c.regularization * norms;
}

// Is the reference loss smooth at this point (hinges and L1 kinks at least 0.02 away)?
bool smoothAt(const Case &c, const Tables2 &t)
{
    const int w = c.spec.width(), n = c.spec.dim;
    const auto e = [&](qint32 id) {
        return t.entities.data() + size_t(id) * w;
    };
    const float *r = t.relations.data() + size_t(positive.r) * w;
    std::vector<std::pair<const float *, const float *>> pairs{{e(positive.h), e(positive.t)}};
    for (qint32 k : negatives)
        pairs.push_back(c.headSide ? std::pair{e(k), e(positive.t)}
                                   : std::pair{e(positive.h), e(k)});
    if (c.spec.type == ModelType::TransE) {
        for (const auto &[h, tt] : pairs)
            if (test::smallestGap(h, r, tt, n) < 0.02)
                return false;
    }
    if (c.loss.type == LossType::Margin) {
        const auto score = [&](const float *h, const float *tt) {
            return scoreVectors(c.spec, h, r, tt);
        };
        const float s0 = score(pairs[0].first, pairs[0].second);
        for (size_t i = 1; i < pairs.size(); ++i)
            if (std::abs(c.loss.margin - s0 + score(pairs[i].first, pairs[i].second)) < 0.02f)
                return false;
    }
    return true;
}

template <class P, Cmp C> void runStep(const Case &c, Tables2 &t)
{
    Tables tab;
    tab.entities = t.entities.data();
    tab.relations = t.relations.data();
    tab.width = c.spec.width();
    StepSettings settings{c.spec, c.loss, c.regularization, false};
    Scratch scratch(tab.width, int(negatives.size()));
    const SgdUpdate<P> sgd(1.0f);
    step<P, C>(settings, tab, scratch, sgd, positive, c.headSide, negatives.data(),
               int(negatives.size()));
}

template <class P> void runStep(const Case &c, Tables2 &t)
{
    switch (comparator(c.spec)) {
    case Cmp::L1:
        return runStep<P, Cmp::L1>(c, t);
    case Cmp::L2:
        return runStep<P, Cmp::L2>(c, t);
    case Cmp::Dot:
        return runStep<P, Cmp::Dot>(c, t);
    }
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestMarginStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gradient_data();
    void gradient();
    void normalizesTouchedRows();
};

void TestMarginStep::gradient_data()
{
    QTest::addColumn<Case>("c");
    const std::pair<const char *, ModelSpec> models[] = {
        {"transe-l1", {ModelType::TransE, 7, 1, false}},
        {"transe-l2", {ModelType::TransE, 7, 2, false}},
        {"transe-dot", {ModelType::TransEDot, 7, 1, false}},
        {"distmult", {ModelType::DistMult, 7, 1, false}},
        {"complex", {ModelType::ComplEx, 7, 1, false}},
    };
    for (const auto &[name, spec] : models) {
        for (int loss = 0; loss < 2; ++loss) {
            for (bool head : {false, true}) {
                for (float reg : {0.0f, 0.1f}) {
                    Case c;
                    c.spec = spec;
                    // Margin 4: distances of random rows differ by a few units, so some pairs
                    // violate and some do not.
                    c.loss = loss == 0 ? LossSettings{LossType::Margin, 4.0f, 1.0f}
                                       : LossSettings{LossType::SelfAdversarial, 2.0f, 1.0f};
                    c.headSide = head;
                    c.regularization = reg;
                    const QByteArray row = QByteArray(name) + (loss == 0 ? " margin" : " adv") +
                                           (head ? " head" : " tail") + (reg > 0 ? " reg" : "");
                    QTest::newRow(row.constData()) << c;
                }
            }
        }
    }
}

void TestMarginStep::gradient()
{
    QFETCH(Case, c);
    const int w = c.spec.width();
    Tables2 start;
    for (quint64 seed = 1;; ++seed) {
        Rng rng(seed);
        start.entities = test::randomRow(rng, entityCount * w);
        start.relations = test::randomRow(rng, relationCount * w);
        if (smoothAt(c, start))
            break;
        QVERIFY(seed < 1000);
    }
    std::vector<double> ent(start.entities.begin(), start.entities.end());
    std::vector<double> rel(start.relations.begin(), start.relations.end());
    std::vector<double> p;
    referenceLoss(c, ent, rel, &p);

    for (int pack = 0; pack < 2; ++pack) {
        Tables2 t = start;
        if (pack == 0)
            runStep<simd::Scalar>(c, t);
        else
            runStep<simd::Native>(c, t);
        const double h = 1e-3;
        const auto check = [&](std::vector<double> &x, const std::vector<float> &before,
                               const std::vector<float> &after, const char *what) {
            for (size_t i = 0; i < x.size(); ++i) {
                const double keep = x[i];
                x[i] = keep + h;
                const double up = referenceLoss(c, ent, rel, &p);
                x[i] = keep - h;
                const double down = referenceLoss(c, ent, rel, &p);
                x[i] = keep;
                const double numeric = (up - down) / (2 * h);
                const double analytic = double(before[i]) - double(after[i]);
                if (std::abs(numeric - analytic) > 2e-4 * (1.0 + std::abs(numeric)))
                    QFAIL(qPrintable(QStringLiteral("pack %1, %2 row %3 col %4: analytic %5, "
                                                    "numeric %6")
                                         .arg(pack)
                                         .arg(QLatin1String(what))
                                         .arg(i / size_t(w))
                                         .arg(i % size_t(w))
                                         .arg(analytic)
                                         .arg(numeric)));
            }
        };
        check(ent, start.entities, t.entities, "entity");
        check(rel, start.relations, t.relations, "relation");
    }
}

// Margin + normalize: every entity row the step moved ends at unit length; untouched rows
// (entity 4, and everything when no pair violates) keep their values.
void TestMarginStep::normalizesTouchedRows()
{
    const ModelSpec spec{ModelType::TransE, 9, 1, false};
    Rng rng(5);
    Tables2 t{test::randomRow(rng, entityCount * 9), test::randomRow(rng, relationCount * 9)};
    const Tables2 before = t;
    Tables tab{t.entities.data(), t.relations.data(), 9};
    StepSettings settings{spec, {LossType::Margin, 100.0f, 1.0f}, 0.0f, true}; // all violate
    Scratch scratch(9, 3);
    step<simd::Native, Cmp::L1>(settings, tab, scratch, SgdUpdate<simd::Native>(0.01f), positive,
                                false, negatives.data(), 3);
    for (qint32 e : {0, 1, 2, 3, 5}) {
        double norm = 0.0;
        for (int i = 0; i < 9; ++i)
            norm += double(t.entities[size_t(e * 9 + i)]) * t.entities[size_t(e * 9 + i)];
        QVERIFY2(std::abs(std::sqrt(norm) - 1.0) < 1e-6, qPrintable(QString::number(e)));
    }
    for (int i = 0; i < 9; ++i)
        QCOMPARE(t.entities[size_t(4 * 9 + i)], before.entities[size_t(4 * 9 + i)]);

    settings.loss.margin = -100.0f; // nothing violates: nothing moves
    const Tables2 settled = t;
    step<simd::Native, Cmp::L1>(settings, tab, scratch, SgdUpdate<simd::Native>(0.01f), positive,
                                false, negatives.data(), 3);
    QVERIFY(t.entities == settled.entities);
    QVERIFY(t.relations == settled.relations);
}

QTEST_APPLESS_MAIN(TestMarginStep)
#include "test_margin_step.moc"
