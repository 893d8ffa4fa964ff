#include "common/error.h"
#include "eval/ranking.h"
#include "eval_test_util.h"

#include <QTest>

using namespace eg;

// A hand-made graph with integer embeddings (dimension 2), so every score is exact and the
// ranks can be worked out on paper.
//
//   e0 = (0,0)  e1 = (2,1)  e2 = (1,1)  e3 = (3,0)  e4 = (2,1) (= e1)  e5 = (0,2)
//   r0 = (1,1)  r1 = (-1,2)
//   train: (e0,r0,e2) (e2,r0,e4) (e3,r1,e5) (e0,r1,e5)
//   test:  A = (e2,r0,e1)  B = (e3,r1,e2)  C = (e0,r0,e3)
//
// TransE L1, score = -|h + r - t|_1 (listed below as the distance |.|_1 per candidate e0..e5):
//  A tail: q = e2 + r0 = (2,2): 4 1 2 3 1 2. Answer e1 (1); e4 ties.
//          raw 1 + 0 + 1/2 = 1.5; filtered: (e2,r0,e4) is known, drop e4 -> 1.
//  A head: |c - (e1 - r0)| = |c - (1,0)|: 1 2 1 2 2 3. Answer e2 (1); e0 ties -> 1.5.
//          Heads known for (r0,e1): only e2 -> filtered 1.5.
//  B tail: q = e3 + r1 = (2,2): 4 1 2 3 1 2. Answer e2 (2); e1, e4 closer; e5 ties.
//          raw 1 + 2 + 1/2 = 3.5; filtered: (e3,r1,e5) known, drop e5 -> 3.
//  B head: |c - (e2 - r1)| = |c - (2,-1)|: 3 2 3 2 2 5. Answer e3 (2); e1, e4 tie -> 2 (both).
//  C tail: q = e0 + r0 = (1,1): 2 1 0 3 1 2. Answer e3 (3); the five others closer -> 6;
//          filtered: (e0,r0,e2) known, drop e2 -> 5.
//  C head: |c - (e3 - r0)| = |c - (2,-1)|: 3 2 3 2 2 5. Answer e0 (3); e1, e3, e4 closer,
//          e2 ties -> 4.5 (both).
class TestRankingTiny : public QObject
{
    Q_OBJECT

    static Model tinyModel(ModelType type, bool separateRhs = false)
    {
        Model m;
        m.spec.type = type;
        m.spec.dim = 2;
        m.spec.norm = 1;
        m.spec.separateRhs = separateRhs;
        m.entities.resize(6, 2);
        m.entities << 0, 0, 2, 1, 1, 1, 3, 0, 2, 1, 0, 2;
        m.relations.resize(2, 2);
        m.relations << 1, 1, -1, 2;
        if (separateRhs) {
            m.relationsRhs.resize(2, 2);
            m.relationsRhs << -2, 1, 0, 0;
        }
        return m;
    }
    const std::vector<Triple> m_train = {{0, 0, 2}, {2, 0, 4}, {3, 1, 5}, {0, 1, 5}};
    const std::vector<Triple> m_test = {{2, 0, 1}, {3, 1, 2}, {0, 0, 3}};

    static EvalOptions options(bool filtered, int threads = 1)
    {
        EvalOptions o;
        o.filtered = filtered;
        o.keepRanks = true;
        o.threads = threads;
        return o;
    }

    static void compareMetrics(const RankingMetrics &m, double mrr, double mr, double h1,
                               double h3, double h10, qint64 count)
    {
        QCOMPARE(m.count, count);
        QCOMPARE(m.mrr, mrr);
        QCOMPARE(m.meanRank, mr);
        QCOMPARE(m.hits1, h1);
        QCOMPARE(m.hits3, h3);
        QCOMPARE(m.hits10, h10);
    }

private Q_SLOTS:
    void transeL1Ranks()
    {
        const Model model = tinyModel(ModelType::TransE);
        const KnownTriples known({m_train, m_test});
        for (int threads : {1, 2, 3}) {
            const EvalResult raw = evaluate(model, m_test, nullptr, options(false, threads));
            QCOMPARE(raw.tailRanks, (std::vector<double>{1.5, 3.5, 6.0}));
            QCOMPARE(raw.headRanks, (std::vector<double>{1.5, 2.0, 4.5}));
            const EvalResult f = evaluate(model, m_test, &known, options(true, threads));
            QCOMPARE(f.tailRanks, (std::vector<double>{1.0, 3.0, 5.0}));
            QCOMPARE(f.headRanks, (std::vector<double>{1.5, 2.0, 4.5}));
        }
    }

    void transeL1Metrics()
    {
        const Model model = tinyModel(ModelType::TransE);
        const KnownTriples known({m_train, m_test});
        const EvalResult r = evaluate(model, m_test, &known, options(true));
        // Filtered ranks: tail 1, 3, 5; head 1.5, 2, 4.5.
        // tail: MRR (1 + 1/3 + 1/5) / 3 = 23/45; MR 3; hits 1/3, 2/3, 1.
        compareMetrics(r.tail, 23.0 / 45.0, 3.0, 1.0 / 3.0, 2.0 / 3.0, 1.0, 3);
        // head: MRR (2/3 + 1/2 + 2/9) / 3 = 25/54; MR 8/3; hits 0, 2/3, 1.
        compareMetrics(r.head, 25.0 / 54.0, 8.0 / 3.0, 0.0, 2.0 / 3.0, 1.0, 3);
        // overall: MRR (23/15 + 25/18) / 6 = 263/540; MR 17/6; hits 1/6, 4/6, 1.
        compareMetrics(r.overall, 263.0 / 540.0, 17.0 / 6.0, 1.0 / 6.0, 4.0 / 6.0, 1.0, 6);

        // Per relation: r0 has A and C, r1 has B.
        QCOMPARE(r.perRelation.size(), size_t(2));
        QCOMPARE(r.perRelation[0].relation, 0);
        // r0 tail 1, 5: MRR 0.6, MR 3; head 1.5, 4.5: MRR (2/3 + 2/9) / 2 = 4/9, MR 3.
        compareMetrics(r.perRelation[0].tail, 0.6, 3.0, 0.5, 0.5, 1.0, 2);
        compareMetrics(r.perRelation[0].head, 4.0 / 9.0, 3.0, 0.0, 0.5, 1.0, 2);
        QCOMPARE(r.perRelation[1].relation, 1);
        compareMetrics(r.perRelation[1].tail, 1.0 / 3.0, 3.0, 0.0, 1.0, 1.0, 1);
        compareMetrics(r.perRelation[1].head, 0.5, 2.0, 0.0, 1.0, 1.0, 1);

        EvalOptions o = options(true);
        o.perRelation = false;
        o.keepRanks = false;
        const EvalResult lean = evaluate(model, m_test, &known, o);
        QVERIFY(lean.perRelation.empty());
        QVERIFY(lean.headRanks.empty() && lean.tailRanks.empty());
        QCOMPARE(lean.overall.mrr, r.overall.mrr);
    }

    // Query A under the other scoring functions (candidates e0..e5 as scores):
    //  DistMult  tail <e2, r0, c> = c_x + c_y: 0 3 2 3 3 2. Answer e1 (3); e3, e4 tie
    //            -> raw 2, filtered (drop e4) 1.5.
    //            head <c, r0, e1> = 2 c_x + c_y: 0 5 3 6 5 2. Answer e2 (3); e1, e3, e4
    //            higher -> 4 (both).
    //  TransEDot tail <e2 + r0, c> = 2 (c_x + c_y): 0 6 4 6 6 4 -> raw 2, filtered 1.5.
    //            head <c + r0, e1> = 2 c_x + c_y + 3: 3 8 6 9 8 5 -> 4 (both).
    //  TransEDot with separate rhs r0' = (-2,1): head <c, e1 + r0'> = <c, (0,2)> = 2 c_y:
    //            0 2 2 0 2 4. Answer e2 (2); e5 higher, e1, e4 tie -> 1 + 1 + 1 = 3.
    //            Tail as without it -> raw 2, filtered 1.5.
    void otherTypes_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("rhs");
        QTest::addColumn<double>("rawTail");
        QTest::addColumn<double>("rawHead");
        QTest::addColumn<double>("filteredTail");
        QTest::addColumn<double>("filteredHead");
        QTest::newRow("transe-l1") << int(ModelType::TransE) << false << 1.5 << 1.5 << 1.0 << 1.5;
        QTest::newRow("distmult") << int(ModelType::DistMult) << false << 2.0 << 4.0 << 1.5 << 4.0;
        QTest::newRow("transe-dot") << int(ModelType::TransEDot) << false << 2.0 << 4.0 << 1.5
                                    << 4.0;
        QTest::newRow("transe-dot rhs") << int(ModelType::TransEDot) << true << 2.0 << 3.0 << 1.5
                                        << 3.0;
    }
    void otherTypes()
    {
        QFETCH(int, type);
        QFETCH(bool, rhs);
        QFETCH(double, rawTail);
        QFETCH(double, rawHead);
        QFETCH(double, filteredTail);
        QFETCH(double, filteredHead);
        const Model model = tinyModel(ModelType(type), rhs);
        const KnownTriples known({m_train, m_test});
        const std::vector<Triple> queryA = {m_test[0]};
        const EvalResult raw = evaluate(model, queryA, nullptr, options(false));
        QCOMPARE(raw.tailRanks[0], rawTail);
        QCOMPARE(raw.headRanks[0], rawHead);
        const EvalResult f = evaluate(model, queryA, &known, options(true));
        QCOMPARE(f.tailRanks[0], filteredTail);
        QCOMPARE(f.headRanks[0], filteredHead);
        // The straightforward evaluator agrees.
        QCOMPARE(test::referenceRank(model, queryA[0], true, &known), filteredTail);
        QCOMPARE(test::referenceRank(model, queryA[0], false, &known), filteredHead);
    }

    void errors()
    {
        const Model model = tinyModel(ModelType::TransE);
        const KnownTriples known({m_train});
        // Filtered ranking without the known triples.
        QVERIFY_THROWS_EXCEPTION(Error, evaluate(model, m_test, nullptr, options(true)));
        // Ids outside the model.
        const std::vector<Triple> bad = {{0, 0, 6}};
        QVERIFY_THROWS_EXCEPTION(Error, evaluate(model, bad, &known, options(true)));
        const std::vector<Triple> badRelation = {{0, 2, 1}};
        QVERIFY_THROWS_EXCEPTION(Error, evaluate(model, badRelation, &known, options(true)));
        // Not-a-number embeddings.
        Model nan = model;
        nan.entities(3, 1) = std::numeric_limits<float>::quiet_NaN();
        QVERIFY_THROWS_EXCEPTION(Error, evaluate(nan, m_test, &known, options(true)));
        // Shapes that disagree with the spec.
        Model wide = model;
        wide.spec.dim = 3;
        QVERIFY_THROWS_EXCEPTION(Error, evaluate(wide, m_test, &known, options(true)));
        Model rhs = model;
        rhs.spec.separateRhs = true; // but no second relation table
        QVERIFY_THROWS_EXCEPTION(Error, evaluate(rhs, m_test, &known, options(true)));
        // No queries: nothing ranked.
        const EvalResult none = evaluate(model, {}, &known, options(true));
        QCOMPARE(none.overall.count, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestRankingTiny)
#include "test_ranking_tiny.moc"
