// The softmax trainer's loss of one chunk and its analytic gradient, in double precision:
// against a hand-computed case, against a plain re-implementation of the loss straight from
// the score functions of model.h, and against central finite differences of that loss.

#include "embed/rng.h"
#include "embed/softmax_chunk.h"

#include <QTest>

#include <cmath>
#include <memory>
#include <vector>

using namespace eg;
using namespace eg::softmax;

namespace {

using RowsD = Rows<double>;

struct Fixture
{
    ModelSpec spec;
    RowsD entities, relations, relationsRhs;
    std::vector<Triple> chunk;
    std::vector<qint32> tailNegatives, headNegatives;
    // SoftmaxHooks::extraRows: per positive, rows added to its head / tail vector.
    std::vector<std::vector<qint32>> headExtras, tailExtras;
    // SoftmaxHooks::composites: the whitelist rule, when set.
    std::shared_ptr<const SoftmaxComposites> composites;
};

// Entity e's row plus its composite rows.
std::vector<double> compositeOf(const Fixture &f, qint32 e)
{
    const auto row = f.entities.row(e);
    std::vector<double> v(row.data(), row.data() + row.size());
    for (qint32 extra : f.composites->rowsOf(e))
        for (size_t k = 0; k < v.size(); ++k)
            v[k] += f.entities(extra, int(k));
    return v;
}

// Positive i's head (or tail) vector: its row plus its extra rows.
std::vector<double> composite(const Fixture &f, size_t i, bool head)
{
    const Triple &x = f.chunk[i];
    const auto row = f.entities.row(head ? x.h : x.t);
    std::vector<double> v(row.data(), row.data() + row.size());
    const auto &extras = head ? f.headExtras : f.tailExtras;
    if (i < extras.size())
        for (qint32 e : extras[i])
            for (size_t k = 0; k < v.size(); ++k)
                v[k] += f.entities(e, int(k));
    return v;
}

// g(h, r, t) of model.h in double; `headSide` selects PBG's right-hand relation table form
// <h, t + r_rhs> for TransEDot (the other types use the same formula with r_rhs).
double score(const ModelSpec &spec, const double *h, const double *r, const double *t,
             bool rhsForm)
{
    const int n = spec.dim;
    double s = 0.0;
    for (int k = 0; k < n; ++k) {
        switch (spec.type) {
        case ModelType::TransEDot:
            s += rhsForm ? h[k] * (t[k] + r[k]) : (h[k] + r[k]) * t[k];
            break;
        case ModelType::DistMult:
            s += h[k] * r[k] * t[k];
            break;
        case ModelType::ComplEx:
            s += h[k] * r[k] * t[k] + h[n + k] * r[k] * t[n + k] + h[k] * r[n + k] * t[n + k] -
                 h[n + k] * r[n + k] * t[k];
            break;
        default:
            break;
        }
    }
    return s;
}

double regulariser(const ModelSpec &spec, SoftmaxRegularizer kind, const double *x)
{
    double s = 0.0;
    const int n = spec.dim;
    if (kind == SoftmaxRegularizer::L2) {
        for (int k = 0; k < spec.width(); ++k)
            s += x[k] * x[k];
    } else if (spec.type == ModelType::ComplEx) {
        for (int k = 0; k < n; ++k)
            s += std::pow(std::hypot(x[k], x[n + k]), 3.0);
    } else {
        for (int k = 0; k < n; ++k)
            s += std::pow(std::abs(x[k]), 3.0);
    }
    return s;
}

// The loss written the slow, obvious way: for each positive and side, the candidate list, the
// full score of each candidate, -s_pos + log sum exp over the positive and the candidates.
double referenceLoss(const Fixture &f, const ChunkSettings &settings)
{
    const ModelSpec &spec = f.spec;
    double loss = 0.0;
    for (size_t i = 0; i < f.chunk.size(); ++i) {
        const Triple &x = f.chunk[i];
        const std::vector<double> head = composite(f, i, true), tail = composite(f, i, false);
        for (int side = 0; side < 2; ++side) {
            const bool predictTail = side == 0;
            const bool rhs = !predictTail && spec.separateRhs;
            const double *r = (rhs ? f.relationsRhs : f.relations).row(x.r).data();
            const qint32 truth = predictTail ? x.t : x.h;
            // Candidates as (id, vector): the chunk's true entities, then the uniform ones.
            std::vector<std::pair<qint32, std::vector<double>>> candidates;
            if (settings.batchNegatives)
                for (size_t j = 0; j < f.chunk.size(); ++j)
                    if (j != i)
                        candidates.emplace_back(predictTail ? f.chunk[j].t : f.chunk[j].h,
                                                composite(f, j, !predictTail));
            for (qint32 c : predictTail ? f.tailNegatives : f.headNegatives) {
                const auto row = f.entities.row(c);
                candidates.emplace_back(c,
                                        std::vector<double>(row.data(), row.data() + row.size()));
            }
            const qint32 anchor = predictTail ? x.h : x.t;
            // The candidate triple of entity `id`: composite under the whitelist rule, else the
            // positive's anchor vector against `c`.
            const auto g = [&](qint32 id, const std::vector<double> &c) {
                if (f.composites && f.composites->allowed(x.r, predictTail ? x.h : id,
                                                           predictTail ? id : x.t)) {
                    const std::vector<double> a = compositeOf(f, anchor), b = compositeOf(f, id);
                    return predictTail ? score(spec, a.data(), r, b.data(), false)
                                       : score(spec, b.data(), r, a.data(), rhs);
                }
                return predictTail ? score(spec, head.data(), r, c.data(), false)
                                   : score(spec, c.data(), r, tail.data(), rhs);
            };
            const double positive = g(truth, predictTail ? tail : head);
            double sum = std::exp(positive);
            for (const auto &[id, vector] : candidates)
                if (id != truth)
                    sum += std::exp(g(id, vector));
            loss += std::log(sum) - positive;
        }
        if (settings.regularization > 0.0) {
            double reg = regulariser(spec, settings.regularizer, f.entities.row(x.h).data()) +
                         regulariser(spec, settings.regularizer, f.entities.row(x.t).data()) +
                         regulariser(spec, settings.regularizer, f.relations.row(x.r).data());
            if (spec.separateRhs)
                reg += regulariser(spec, settings.regularizer, f.relationsRhs.row(x.r).data());
            loss += settings.regularization * reg;
        }
    }
    return loss;
}

RowsD randomTable(Rng &rng, int rows, int width)
{
    RowsD m(rows, width);
    for (int i = 0; i < m.size(); ++i)
        m.data()[i] = 1.5 * (rng.uniformDouble() - 0.5);
    return m;
}

// 7 entities, 3 relations, a chunk of 4 positives that share entities (so rows get gradient
// from several roles), uniform negatives with repeats and with the positives' own entities.
Fixture makeFixture(ModelType type, bool separateRhs)
{
    Fixture f;
    f.spec.type = type;
    f.spec.dim = 3;
    f.spec.separateRhs = separateRhs;
    Rng rng(20240611, quint64(type) * 2 + separateRhs);
    const int w = f.spec.width();
    f.entities = randomTable(rng, 7, w);
    f.relations = randomTable(rng, 3, w);
    if (separateRhs)
        f.relationsRhs = randomTable(rng, 3, w);
    f.chunk = {{0, 0, 1}, {2, 1, 1}, {1, 2, 3}, {0, 1, 4}};
    f.tailNegatives = {5, 1, 6, 5, 0};
    f.headNegatives = {3, 6, 2, 2, 4};
    return f;
}

struct Analytic
{
    double loss = 0.0;
    BatchGradients<double> grads;
};

Analytic analytic(const Fixture &f, const ChunkSettings &settings)
{
    Analytic a;
    a.grads.entities.resize(f.entities.rows(), f.spec.width());
    a.grads.relations.resize(f.relations.rows(), f.spec.width());
    a.grads.relationsRhs.resize(f.relationsRhs.rows(), f.spec.width());
    Tables<double> tables{&f.entities, &f.relations,
                          f.spec.separateRhs ? &f.relationsRhs : nullptr};
    ChunkWorkspace<double> ws;
    a.loss = chunkLoss(settings, tables, std::span<const Triple>(f.chunk), f.tailNegatives,
                       f.headNegatives, ws, a.grads);
    return a;
}

double gradientAt(const RowGradients<double> &g, int row, int k)
{
    const double *p = g.find(row);
    return p ? p[k] : 0.0;
}

} // namespace

class TestSoftmaxGradient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // TransEDot, dim 1, one positive (0, r0, 1): e0 = 1, e1 = 0, e2 = 2, r0 = 0.5.
    // Tail: query 1.5, candidates {e2} (e1 is the truth and is left out): scores 0 vs 3, loss
    // log(1 + e^3). Head: candidates {e2} (e0 left out): <e2 + r, e1> = 0 = <e0 + r, e1>, loss
    // log 2. d loss / d e2 = p(e2) * 1.5 on the tail side (head side: p * e1 = 0).
    void handComputed()
    {
        Fixture f;
        f.spec.type = ModelType::TransEDot;
        f.spec.dim = 1;
        f.entities = RowsD(3, 1);
        f.entities << 1.0, 0.0, 2.0;
        f.relations = RowsD(1, 1);
        f.relations << 0.5;
        f.chunk = {{0, 0, 1}};
        f.tailNegatives = {2, 1};
        f.headNegatives = {2, 0};
        ChunkSettings settings;
        settings.spec = f.spec;
        const Analytic a = analytic(f, settings);
        const double e3 = std::exp(3.0);
        QCOMPARE(a.loss, std::log(1.0 + e3) + std::log(2.0));
        QVERIFY(std::abs(gradientAt(a.grads.entities, 2, 0) - e3 / (1.0 + e3) * 1.5) < 1e-12);
        // d/d r0: tail side (p_pos - 1) * e1 + p(e2) * e2 ... through the query: dq * 1,
        // dq = (p_pos - 1) e1 + p(e2) e2 = 2 e^3 / (1 + e^3).
        QVERIFY(std::abs(gradientAt(a.grads.relations, 0, 0) - 2.0 * e3 / (1.0 + e3)) < 1e-12);
    }

    void matchesReferenceAndFiniteDifferences_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("separateRhs");
        QTest::addColumn<bool>("batchNegatives");
        QTest::addColumn<int>("regularizer"); // -1 none, else SoftmaxRegularizer
        QTest::addColumn<bool>("extras");      // SoftmaxHooks::extraRows in use
        QTest::addColumn<bool>("composites");  // SoftmaxHooks::composites in use
        const struct
        {
            const char *name;
            ModelType type;
        } types[] = {{"transe-dot", ModelType::TransEDot},
                     {"distmult", ModelType::DistMult},
                     {"complex", ModelType::ComplEx}};
        for (const auto &t : types)
            for (bool rhs : {false, true})
                for (bool batch : {true, false})
                    for (int reg : {-1, int(SoftmaxRegularizer::N3), int(SoftmaxRegularizer::L2)})
                        for (bool extras : {false, true})
                            for (bool composites : {false, true}) {
                                if (composites && reg >= 0)
                                    continue; // the regulariser does not see composites
                                QTest::addRow("%s%s%s%s%s%s", t.name, rhs ? " rhs" : "",
                                              batch ? " batchneg" : "",
                                              reg < 0 ? "" : (reg == 0 ? " n3" : " l2"),
                                              extras ? " extras" : "",
                                              composites ? " composites" : "")
                                    << int(t.type) << rhs << batch << reg << extras
                                    << composites;
                            }
    }

    void matchesReferenceAndFiniteDifferences()
    {
        QFETCH(int, type);
        QFETCH(bool, separateRhs);
        QFETCH(bool, batchNegatives);
        QFETCH(int, regularizer);
        QFETCH(bool, extras);
        QFETCH(bool, composites);
        Fixture f = makeFixture(ModelType(type), separateRhs);
        ChunkSettings settings;
        settings.spec = f.spec;
        settings.batchNegatives = batchNegatives;
        if (composites) {
            // Relation 1 and entity 3 allowed: positives 1 and 3 are composite rows on both
            // sides, positive 2 on the head side (anchor 3); entity 3 is a composite column
            // wherever it is a candidate (positive 2's tail, a head negative). Entities 0, 1
            // and 2 carry extra rows (5; 4; 6 and 5), some of them entities of the chunk.
            auto cp = std::make_shared<SoftmaxComposites>();
            cp->relationAllowed = {0, 1, 0};
            cp->entityAllowed = {0, 0, 0, 1};
            cp->start = {0, 1, 2, 4};
            cp->rows = {5, 4, 6, 5};
            f.composites = cp;
            settings.composites = cp.get();
        }
        if (extras) {
            // Positive 0's head gets one extra row, positive 2's tail two (one of them also a
            // uniform negative and another positive's entity), positive 3's head one.
            f.headExtras = {{5}, {}, {}, {6}};
            f.tailExtras = {{}, {}, {6, 0}, {}};
            settings.extraRows = [&f](const Triple &x, std::vector<qint32> &head,
                                      std::vector<qint32> &tail) {
                for (size_t i = 0; i < f.chunk.size(); ++i)
                    if (f.chunk[i] == x) {
                        head = f.headExtras[i];
                        tail = f.tailExtras[i];
                    }
            };
        }
        if (regularizer >= 0) {
            settings.regularizer = SoftmaxRegularizer(regularizer);
            settings.regularization = 0.05;
        }
        const Analytic a = analytic(f, settings);
        // Same sums in another order: agreement to rounding.
        const double reference = referenceLoss(f, settings);
        QVERIFY2(std::abs(a.loss - reference) < 1e-12 * std::abs(a.loss),
                 qPrintable(QStringLiteral("%1 vs %2").arg(a.loss).arg(reference)));

        // Central differences with step 1e-5: truncation error ~ h^2 |f'''| / 6 ~ 1e-10 and
        // rounding ~ 1e-16 |f| / h ~ 1e-10 for these O(1) losses, so 1e-7 leaves a wide margin
        // while a wrong term (O(0.01) at least here) fails.
        const double h = 1e-5;
        int checked = 0;
        const auto checkTable = [&](RowsD &table, const RowGradients<double> &g, const char *name) {
            for (int row = 0; row < table.rows(); ++row)
                for (int k = 0; k < table.cols(); ++k) {
                    double &x = table(row, k);
                    const double saved = x;
                    x = saved + h;
                    const double plus = referenceLoss(f, settings);
                    x = saved - h;
                    const double minus = referenceLoss(f, settings);
                    x = saved;
                    const double numeric = (plus - minus) / (2.0 * h);
                    const double exact = gradientAt(g, row, k);
                    QVERIFY2(std::abs(numeric - exact) < 1e-7,
                             qPrintable(QStringLiteral("%1[%2][%3]: analytic %4, numeric %5")
                                            .arg(QLatin1String(name))
                                            .arg(row)
                                            .arg(k)
                                            .arg(exact)
                                            .arg(numeric)));
                    ++checked;
                }
        };
        checkTable(f.entities, a.grads.entities, "entities");
        checkTable(f.relations, a.grads.relations, "relations");
        if (separateRhs)
            checkTable(f.relationsRhs, a.grads.relationsRhs, "relationsRhs");
        QVERIFY(checked > 0);
    }

    // A chunk whose tables hold one entity more than the sampled range: untouched rows get no
    // gradient row at all (the optimiser then skips them).
    void untouchedRowsStayAbsent()
    {
        Fixture f = makeFixture(ModelType::DistMult, false);
        ChunkSettings settings;
        settings.spec = f.spec;
        const Analytic a = analytic(f, settings);
        // Entities 0..6 all play a role; relation 0, 1, 2 all occur.
        QCOMPARE(int(a.grads.entities.rows().size()), 7);
        f.chunk = {{0, 0, 1}};
        f.tailNegatives = {2};
        f.headNegatives = {3};
        const Analytic b = analytic(f, settings);
        QCOMPARE(int(b.grads.entities.rows().size()), 4);
        QVERIFY(b.grads.entities.find(5) == nullptr);
        QVERIFY(b.grads.relations.find(1) == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestSoftmaxGradient)
#include "test_softmax_gradient.moc"
