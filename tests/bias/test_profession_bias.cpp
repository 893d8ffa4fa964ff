// Per-profession bias B_p (core/bias/profession_bias.h): hand-computed values on a three-person
// graph for TransE L1, L2 and the dot form; the dot form's closed form; the fast paths against
// the definition (gradient by central differences, scores in double) for every model type;
// the data counts and log-ratios; errors and cancellation.

#include "bias/profession_bias.h"
#include "bias_test_util.h"
#include "common/error.h"

#include <QTest>
#include <cmath>

using namespace eg;

Q_DECLARE_METATYPE(eg::ModelSpec)
Q_DECLARE_METATYPE(eg::ScoreForm)

namespace {

// The tiny world. Entities 0..8: p0 p1 p2 male female actor nurse p3 p4; relations gender,
// profession. Humans (gender in train): p0 male, p1 female, p2 male. Professions: p0 actor,
// p1 nurse, p2 nurse and actor, p3 nurse (test, no gender). p4 is female in valid only.
Graph tinyGraph()
{
    return test::makeGraph({"p0", "p1", "p2", "male", "female", "actor", "nurse", "p3", "p4"},
                           {"gender", "profession"},
                           {{"p0", "gender", "male"},
                            {"p1", "gender", "female"},
                            {"p2", "gender", "male"},
                            {"p0", "profession", "actor"},
                            {"p1", "profession", "nurse"},
                            {"p2", "profession", "nurse"},
                            {"p2", "profession", "actor"}},
                           {{"p4", "gender", "female"}}, {{"p3", "profession", "nurse"}});
}

// Dimension 2: r_gender = (0.5, 0.25), r_profession = (0.25, -0.5), male = (1, 0),
// female = (0, 1), actor = (1, -1), nurse = (-1, 0.75), p0 = (0, 0), p1 = (1, 0.5),
// p2 = (-0.25, 1); p3, p4 = (0, 0) (not humans; never used by B_p).
Model tinyModel(const ModelSpec &spec)
{
    Model m;
    m.spec = spec;
    m.entities.resize(9, 2);
    m.entities << 0, 0, 1, 0.5, -0.25, 1, 1, 0, 0, 1, 1, -1, -1, 0.75, 0, 0, 0, 0;
    m.relations.resize(2, 2);
    m.relations << 0.5, 0.25, 0.25, -0.5;
    if (spec.separateRhs) { // used by the head-prediction form only
        m.relationsRhs.resize(2, 2);
        m.relationsRhs << 7, 7, 1, 3;
    }
    return m;
}

ProfessionBiasOptions tinyOptions(float alpha, ScoreForm form = ScoreForm::TailPrediction)
{
    ProfessionBiasOptions o;
    o.form = form;
    o.countSplits = SplitAll;
    o.sensitiveRelation = 0;
    o.valueA = 3; // male
    o.valueB = 4; // female
    o.targetRelation = 1;
    o.alpha = alpha;
    o.minPeople = 1;
    o.threads = 1;
    return o;
}

double biasOf(const ProfessionBiasResult &r, qint32 profession)
{
    for (const ProfessionBias &row : r.rows)
        if (row.profession == profession)
            return row.bias;
    return std::nan("");
}

// A random world for comparisons with the definition: 40 people, 3 sensitive values, 5
// professions, one unrelated relation; some gender triples in valid (those people are no
// humans with humanSplits = train).
Graph randomGraph(quint64 seed)
{
    Graph g;
    for (int i = 0; i < 40; ++i)
        g.entities.insert("person/" + std::to_string(i));
    for (const char *v : {"v0", "v1", "v2", "q0", "q1", "q2", "q3", "q4"})
        g.entities.insert(v);
    for (const char *r : {"gender", "profession", "knows"})
        g.relations.insert(r);
    Rng rng(seed);
    for (qint32 p = 0; p < 40; ++p) {
        (p % 7 == 3 ? g.valid : g.train).push_back({p, 0, qint32(40 + rng.below(3))});
        g.train.push_back({p, 1, qint32(43 + rng.below(5))});
        if (rng.below(2))
            g.test.push_back({p, 1, qint32(43 + rng.below(5))});
        g.train.push_back({p, 2, qint32(rng.below(40))});
    }
    return g;
}

// B_p from the definition: dm/de by central differences of double scores, then the mean
// score change over the humans.
std::vector<double> referenceBias(const Model &model, const Graph &graph,
                                  const ProfessionBiasOptions &o, const std::vector<qint32> &bs,
                                  const std::vector<qint32> &professions)
{
    const ModelSpec &s = model.spec;
    const std::vector<qint32> humans = relationHeads(graph, o.sensitiveRelation, o.humanSplits);
    const bool head = o.form == ScoreForm::HeadPrediction && s.separateRhs;
    const Matrix &table = head ? model.relationsRhs : model.relations;
    const std::vector<double> rs = test::rowD(table, o.sensitiveRelation);
    const std::vector<double> rp = test::rowD(table, o.targetRelation);
    auto g = [&](const std::vector<double> &x, const std::vector<double> &r, qint32 t) {
        const std::vector<double> tv = test::rowD(model.entities, t);
        return head ? test::refScoreHeadForm(s, x, r.data(), tv.data())
                    : test::refScore(s, x, r.data(), tv.data());
    };
    auto m = [&](const std::vector<double> &x) {
        double b = 0;
        for (qint32 v : bs)
            b += g(x, rs, v);
        return g(x, rs, o.valueA) - b / double(bs.size());
    };
    std::vector<double> out(professions.size(), 0.0);
    for (qint32 j : humans) {
        const std::vector<double> x = test::rowD(model.entities, j);
        std::vector<double> moved = x;
        for (size_t i = 0; i < x.size(); ++i) {
            const double step = 1e-5;
            std::vector<double> up = x, down = x;
            up[i] += step;
            down[i] -= step;
            moved[i] += double(o.alpha) * (m(up) - m(down)) / (2 * step);
        }
        for (size_t p = 0; p < professions.size(); ++p)
            out[p] += g(moved, rp, professions[p]) - g(x, rp, professions[p]);
    }
    for (double &v : out)
        v /= double(humans.size());
    return out;
}

} // namespace

class TestProfessionBias : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tinyHandComputed_data()
    {
        QTest::addColumn<ModelSpec>("spec");
        QTest::addColumn<ScoreForm>("form");
        QTest::addColumn<double>("actor");
        QTest::addColumn<double>("nurse");
        const ScoreForm tail = ScoreForm::TailPrediction, head = ScoreForm::HeadPrediction;
        // alpha = 0.1 throughout.
        // Dot form <h + r, t>: dm/dh = male - female = (1, -1) for everyone, so
        // B_actor = 0.1 <(1,-1), (1,-1)> = 0.2 and B_nurse = 0.1 <(1,-1), (-1,0.75)> = -0.175.
        QTest::newRow("dot") << test::makeSpec(ModelType::TransEDot, 2) << tail << 0.2 << -0.175;
        QTest::newRow("dot, separate rhs")
            << test::makeSpec(ModelType::TransEDot, 2, 1, true) << tail << 0.2 << -0.175;
        // Head-prediction form <h, t + r_rhs> with r_rhs(profession) = (1, 3): dm/dh is still
        // male - female (r_rhs(gender) cancels), and c_p = e_p + (1, 3): B_actor =
        // 0.1 <(1,-1), (2, 2)> = 0, B_nurse = 0.1 <(1,-1), (0, 3.75)> = -0.375.
        QTest::newRow("dot, separate rhs, head form")
            << test::makeSpec(ModelType::TransEDot, 2, 1, true) << head << 0.0 << -0.375;
        // Head form on a model without a second table is the tail form.
        QTest::newRow("dot, head form, no rhs")
            << test::makeSpec(ModelType::TransEDot, 2) << head << 0.2 << -0.175;
        // L1, g = -|h + r - t|_1, dg/dh = -sign(h + r - t). h + r_g: p0 (0.5, 0.25),
        // p1 (1.5, 0.75), p2 (0.25, 1.25).
        //  p0: -male (-0.5, 0.25) -> dg (1, -1); -female (0.5, -0.75) -> (-1, 1); d0 = (0.2, -0.2)
        //  p1: -male (0.5, 0.75) -> (-1, -1); -female (1.5, -0.25) -> (-1, 1); d1 = (0, -0.2)
        //  p2: -male (-0.75, 1.25) -> (1, -1); -female (0.25, 0.25) -> (-1, -1); d2 = (0.2, 0)
        // u = h + r_p - t; D = |u|_1 - |u + d|_1:
        //  actor: p0 u (-0.75, 0.5) 1.25 -> (-0.55, 0.3) 0.85, D 0.4; p1 u (0.25, 1) 1.25 ->
        //         (0.25, 0.8) 1.05, D 0.2; p2 u (-1, 1.5) 2.5 -> (-0.8, 1.5) 2.3, D 0.2
        //         B = 0.8 / 3 = 0.2666667
        //  nurse: p0 u (1.25, -1.25) 2.5 -> (1.45, -1.45) 2.9, D -0.4; p1 u (2.25, -0.75) 3 ->
        //         (2.25, -0.95) 3.2, D -0.2; p2 u (1, -0.25) 1.25 -> (1.2, -0.25) 1.45, D -0.2
        //         B = -0.8 / 3
        QTest::newRow("transe L1")
            << test::makeSpec(ModelType::TransE, 2, 1) << tail << 0.8 / 3 << -0.8 / 3;
        // L2, dg/dh = -(h + r - t) / |h + r - t|:
        //  p0: -male (-0.5, 0.25) |.| 0.5590170 -> (0.894427, -0.447214); -female (0.5, -0.75)
        //      |.| 0.9013878 -> (-0.554700, 0.832050); d0 = 0.1 (1.449127, -1.279264)
        //  p1: (0.5, 0.75) 0.9013878, (1.5, -0.25) 1.5206906; d1 = (0.0431694, -0.0996449)
        //  p2: (-0.75, 1.25) 1.4577380, (0.25, 0.25) 0.3535534; d2 = (0.1221603, -0.0150386)
        //  actor: |u| -> |u + d|: p0 0.9013878 -> 0.7103305 (D 0.1910574), p1 1.0307764 ->
        //         0.9468831 (0.0838933), p2 1.8027756 -> 1.7250255 (0.0777501); B 0.1175670
        //  nurse: p0 1.7677670 -> 1.9607301 (-0.1929632), p1 2.3717082 -> 2.4455106
        //         (-0.0738024), p2 1.0307764 -> 1.1530347 (-0.1222583); B -0.1296746
        QTest::newRow("transe L2")
            << test::makeSpec(ModelType::TransE, 2, 2) << tail << 0.11756695 << -0.12967464;
    }
    void tinyHandComputed()
    {
        QFETCH(ModelSpec, spec);
        QFETCH(ScoreForm, form);
        QFETCH(double, actor);
        QFETCH(double, nurse);
        const Graph g = tinyGraph();
        const ProfessionBiasResult r = professionBias(tinyModel(spec), g, tinyOptions(0.1f, form));
        // Float inputs are exact binary fractions; alpha = 0.1f differs from 0.1 by 1.5e-8
        // relative and the float steps by ~1e-7: 1e-6 is far below the smallest hand value.
        QCOMPARE(r.humans, 3);
        QVERIFY(std::abs(biasOf(r, 5) - actor) < 1e-6);
        QVERIFY(std::abs(biasOf(r, 6) - nurse) < 1e-6);
        QCOMPARE(r.rows.front().profession, 5); // actor is "most male" in every row here
        QCOMPARE(r.rows.back().profession, 6);
    }

    void tinyCounts()
    {
        const Graph g = tinyGraph();
        const Model model = tinyModel(test::makeSpec(ModelType::TransE, 2, 1));
        ProfessionBiasResult r = professionBias(model, g, tinyOptions(0.1f));
        // All splits: males p0, p2 (N_a 2); females p1, p4 (N_b 2).
        QCOMPARE(r.totalA, 2);
        QCOMPARE(r.totalB, 2);
        QCOMPARE(r.valuesB, std::vector<qint32>{4});
        QCOMPARE(r.rows.size(), size_t(2));
        // actor: p0, p2, both male. log(2.5 / 0.5) - log(2.5 / 2.5) = log 5.
        const ProfessionBias &actor = r.rows[0];
        QCOMPARE(actor.profession, 5);
        QCOMPARE(actor.people, 2);
        QCOMPARE(actor.countA, 2);
        QCOMPARE(actor.countB, 0);
        QVERIFY(std::abs(actor.dataLogRatio - std::log(5.0)) < 1e-12);
        // nurse: p1 (f), p2 (m), p3 (no gender). log(1.5 / 1.5) - 0 = 0.
        const ProfessionBias &nurse = r.rows[1];
        QCOMPARE(nurse.people, 3);
        QCOMPARE(nurse.countA, 1);
        QCOMPARE(nurse.countB, 1);
        QVERIFY(std::abs(nurse.dataLogRatio) < 1e-12);
        // Both kept; orders agree -> Spearman 1.
        QCOMPARE(r.kept, 2);
        QCOMPARE(r.spearman, 1.0);
        QCOMPARE(mostBiased(r, 5, true).front().profession, 5);
        QCOMPARE(mostBiased(r, 1, false).size(), size_t(1));
        QCOMPARE(mostBiased(r, 1, false).front().profession, 6);

        // actor and nurse both have C_a + C_b = 2: minPeople 3 drops both.
        ProfessionBiasOptions o = tinyOptions(0.1f);
        o.minPeople = 3;
        r = professionBias(model, g, o);
        QCOMPARE(r.kept, 0);
        QVERIFY(std::isnan(r.spearman));
        QVERIFY(mostBiased(r, 5, true).empty());

        // Counting in train only: p4 (female, valid) and p3 (nurse, test) drop out.
        o = tinyOptions(0.1f);
        o.countSplits = SplitTrain;
        r = professionBias(model, g, o);
        QCOMPARE(r.totalB, 1);
        QCOMPARE(r.rows[1].people, 2);
        // actor: log(2.5 / 0.5) - log(2.5 / 1.5) = log 3.
        QVERIFY(std::abs(r.rows[0].dataLogRatio - std::log(3.0)) < 1e-12);

        // One against all: gender has two values, so it is the pairwise measure.
        o = tinyOptions(0.1f);
        o.valueB = -1;
        const ProfessionBiasResult rest = professionBias(model, g, o);
        QCOMPARE(rest.valuesB, std::vector<qint32>{4});
        QCOMPARE(biasOf(rest, 5), biasOf(r, 5));
    }

    // TransEDot: B_p = alpha <e_a - e_b, e_p> whatever the people and relations.
    void dotClosedForm()
    {
        const Graph g = randomGraph(7);
        const Model model = test::randomModel(test::makeSpec(ModelType::TransEDot, 16), 48, 3, 3);
        ProfessionBiasOptions o;
        o.sensitiveRelation = 0;
        o.valueA = 40;
        o.valueB = 41;
        o.targetRelation = 1;
        o.alpha = 0.01f;
        const ProfessionBiasResult r = professionBias(model, g, o);
        QCOMPARE(r.rows.size(), size_t(5));
        for (const ProfessionBias &row : r.rows) {
            const double closed =
                0.01 * double((model.entities.row(40) - model.entities.row(41))
                                  .cast<double>()
                                  .dot(model.entities.row(row.profession).cast<double>()));
            // Float rows, double sums: ~1e-7 relative; alpha as float 1.5e-8.
            QVERIFY2(std::abs(row.bias - closed) < 1e-7 + 1e-5 * std::abs(closed),
                     qPrintable(QStringLiteral("%1 vs %2").arg(row.bias).arg(closed)));
        }
    }

    void matchesDefinition_data()
    {
        QTest::addColumn<ModelSpec>("spec");
        QTest::addColumn<bool>("pairwise");
        QTest::addColumn<ScoreForm>("form");
        for (bool pairwise : {true, false}) {
            const char *mode = pairwise ? "a vs b" : "a vs rest";
            auto row = [&](const char *name, ModelSpec s,
                           ScoreForm form = ScoreForm::TailPrediction) {
                QTest::addRow("%s, %s", name, mode) << s << pairwise << form;
            };
            const ScoreForm head = ScoreForm::HeadPrediction;
            row("transe L1", test::makeSpec(ModelType::TransE, 8, 1));
            row("transe L2", test::makeSpec(ModelType::TransE, 8, 2));
            row("transe-dot", test::makeSpec(ModelType::TransEDot, 8));
            row("transe-dot rhs", test::makeSpec(ModelType::TransEDot, 8, 1, true));
            row("distmult", test::makeSpec(ModelType::DistMult, 8));
            row("complex", test::makeSpec(ModelType::ComplEx, 4));
            row("transe-dot rhs, head form", test::makeSpec(ModelType::TransEDot, 8, 1, true),
                head);
            row("transe L1 rhs, head form", test::makeSpec(ModelType::TransE, 8, 1, true), head);
            row("transe L2 rhs, head form", test::makeSpec(ModelType::TransE, 8, 2, true), head);
            row("distmult rhs, head form", test::makeSpec(ModelType::DistMult, 8, 1, true), head);
            row("complex rhs, head form", test::makeSpec(ModelType::ComplEx, 4, 1, true), head);
        }
    }
    void matchesDefinition()
    {
        QFETCH(ModelSpec, spec);
        QFETCH(bool, pairwise);
        QFETCH(ScoreForm, form);
        const Graph g = randomGraph(11);
        const Model model = test::randomModel(spec, 48, 3, 5);
        ProfessionBiasOptions o;
        o.sensitiveRelation = 0;
        o.valueA = 41;
        o.valueB = pairwise ? 42 : -1;
        o.targetRelation = 1;
        o.alpha = 0.05f;
        o.threads = 1;
        o.form = form;
        const ProfessionBiasResult r = professionBias(model, g, o);
        const std::vector<qint32> bs =
            pairwise ? std::vector<qint32>{42} : std::vector<qint32>{40, 42};
        QCOMPARE(r.valuesB, bs);
        QCOMPARE(r.humans, 40 - 6); // people 3, 10, 17, 24, 31, 38 have gender in valid only
        const std::vector<qint32> professions{43, 44, 45, 46, 47};
        const std::vector<double> want = referenceBias(model, g, o, bs, professions);
        for (size_t p = 0; p < professions.size(); ++p) {
            const double got = biasOf(r, professions[p]);
            // Values are O(0.01 .. 1). Float steps and float L1 sums give ~1e-6; the central
            // difference (step 1e-5) adds ~1e-9. A wrong sign, term or mean errs by O(B).
            QVERIFY2(std::abs(got - want[p]) < 1e-5 + 1e-4 * std::abs(want[p]),
                     qPrintable(QStringLiteral("profession %1: %2 vs %3")
                                    .arg(professions[p])
                                    .arg(got, 0, 'g', 9)
                                    .arg(want[p], 0, 'g', 9)));
        }
        // Any thread count gives the same bits (per-block sums added in block order).
        o.threads = 3;
        const ProfessionBiasResult r3 = professionBias(model, g, o);
        for (size_t p = 0; p < r.rows.size(); ++p)
            QCOMPARE(r3.rows[p].bias, r.rows[p].bias);
    }

    void errors()
    {
        const Graph g = tinyGraph();
        const Model model = tinyModel(test::makeSpec(ModelType::TransE, 2, 1));
        auto fails = [&](ProfessionBiasOptions o) {
            try {
                professionBias(model, g, o);
            } catch (const Error &) {
                return true;
            }
            return false;
        };
        ProfessionBiasOptions o = tinyOptions(0.1f);
        o.valueB = o.valueA;
        QVERIFY(fails(o));
        o = tinyOptions(0.1f);
        o.targetRelation = 5;
        QVERIFY(fails(o));
        o = tinyOptions(0.1f);
        o.valueA = 99;
        QVERIFY(fails(o));
        o = tinyOptions(0.1f);
        o.alpha = std::nanf("");
        QVERIFY(fails(o));
        o = tinyOptions(0.1f);
        o.humanSplits = SplitTest; // no gender triple in test
        QVERIFY(fails(o));
        Model small = model;
        small.entities.conservativeResize(8, 2);
        QVERIFY_THROWS_EXCEPTION(Error, professionBias(small, g, tinyOptions(0.1f)));
        QVERIFY(!fails(tinyOptions(0.1f)));
        Model noRhs = tinyModel(test::makeSpec(ModelType::TransEDot, 2, 1, true));
        noRhs.relationsRhs.resize(0, 0);
        QVERIFY_THROWS_EXCEPTION(
            Error, professionBias(noRhs, g, tinyOptions(0.1f, ScoreForm::HeadPrediction)));
    }

    void cancel()
    {
        const Graph g = randomGraph(3);
        const Model model = test::randomModel(test::makeSpec(ModelType::TransE, 8, 1), 48, 3, 1);
        ProfessionBiasOptions o;
        o.sensitiveRelation = 0;
        o.valueA = 40;
        o.valueB = 41;
        o.targetRelation = 1;
        qint64 calls = 0;
        const ProgressFn stop = [&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, professionBias(model, g, o, stop));
        QVERIFY(calls >= 2);
    }
};

QTEST_GUILESS_MAIN(TestProfessionBias)
#include "test_profession_bias.moc"
