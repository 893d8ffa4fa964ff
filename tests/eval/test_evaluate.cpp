#include "common/error.h"
#include "eval/ranking.h"
#include "eval_test_util.h"
#include "kg/loader.h"
#include "testsupport.h"

#include <QTest>
#include <QThread>

#include <cmath>
#include <cstring>
#include <numeric>

using namespace eg;

namespace {

ModelSpec makeSpec(int type, int norm, bool rhs, int dim)
{
    ModelSpec spec;
    spec.type = ModelType(type);
    spec.norm = norm;
    spec.separateRhs = rhs;
    spec.dim = dim;
    return spec;
}

bool sameBits(const RankingMetrics &a, const RankingMetrics &b)
{
    return a.count == b.count && std::memcmp(&a.mrr, &b.mrr, sizeof(double)) == 0 &&
           std::memcmp(&a.meanRank, &b.meanRank, sizeof(double)) == 0 &&
           std::memcmp(&a.hits1, &b.hits1, sizeof(double)) == 0 &&
           std::memcmp(&a.hits3, &b.hits3, sizeof(double)) == 0 &&
           std::memcmp(&a.hits10, &b.hits10, sizeof(double)) == 0;
}

} // namespace

class TestEvaluate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The fast evaluator against the straightforward one (one scoreVectors call per candidate):
    // ranks must be identical, ties included. Integer-valued rows make ties frequent; the
    // 600-entity rows at width >= 256 cut the candidates into several chunks, and 150 queries
    // make several blocks per side.
    void agreesWithReference_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("norm");
        QTest::addColumn<bool>("rhs");
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("entities");
        QTest::addColumn<bool>("integer");
        const int transe = int(ModelType::TransE), dot = int(ModelType::TransEDot),
                  distmult = int(ModelType::DistMult), complex = int(ModelType::ComplEx);
        QTest::newRow("transe l1 ties") << transe << 1 << false << 4 << 40 << true;
        QTest::newRow("transe l1 rhs ties") << transe << 1 << true << 3 << 40 << true;
        QTest::newRow("transe l1 floats") << transe << 1 << false << 300 << 600 << false;
        QTest::newRow("transe l2 ties") << transe << 2 << false << 4 << 40 << true;
        QTest::newRow("transe l2 floats") << transe << 2 << false << 300 << 600 << false;
        QTest::newRow("transe-dot ties") << dot << 1 << false << 4 << 40 << true;
        QTest::newRow("transe-dot rhs ties") << dot << 1 << true << 4 << 40 << true;
        QTest::newRow("transe-dot rhs floats") << dot << 1 << true << 256 << 600 << false;
        QTest::newRow("distmult ties") << distmult << 1 << false << 4 << 40 << true;
        QTest::newRow("distmult floats") << distmult << 1 << false << 100 << 300 << false;
        QTest::newRow("complex ties") << complex << 1 << false << 2 << 40 << true;
        QTest::newRow("complex rhs floats") << complex << 1 << true << 128 << 600 << false;
    }
    void agreesWithReference()
    {
        QFETCH(int, type);
        QFETCH(int, norm);
        QFETCH(bool, rhs);
        QFETCH(int, dim);
        QFETCH(int, entities);
        QFETCH(bool, integer);
        const qint32 relations = 3;
        const Model model =
            test::randomModel(makeSpec(type, norm, rhs, dim), entities, relations, 17, integer);
        const std::vector<Triple> queries = test::randomTriples(entities, relations, 150, 5);
        // Enough other known triples that many candidates are filtered.
        const std::vector<Triple> other = test::randomTriples(entities, relations, 3000, 6);
        const KnownTriples known({other, queries});

        EvalOptions options;
        options.keepRanks = true;
        options.threads = 2;
        for (bool filtered : {true, false}) {
            options.filtered = filtered;
            const EvalResult r = evaluate(model, queries, &known, options);
            const KnownTriples *filter = filtered ? &known : nullptr;
            int ties = 0;
            for (size_t k = 0; k < queries.size(); ++k) {
                const double tail = test::referenceRank(model, queries[k], true, filter);
                const double head = test::referenceRank(model, queries[k], false, filter);
                QCOMPARE(r.tailRanks[k], tail);
                QCOMPARE(r.headRanks[k], head);
                ties += (tail != std::floor(tail)) + (head != std::floor(head));
            }
            // The integer rows really exercise ties.
            if (integer)
                QVERIFY(ties > 20);
        }
    }

    // Candidates whose canonical scores tie while their fast float keys need not: copies of the
    // answer with its components permuted, scored against a query vector of equal components
    // (h = 1, r = 1 for DistMult and ComplEx-free dot forms; h + r = 0 for TransE L1). The
    // float kernels sum the components in a fixed order, so the permuted copies get keys a few
    // ulps apart; the double sums of scoreVectors round to the same float. Only the exact
    // resolution inside the band gives the reference's half-counted ties.
    void permutedTies_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("transe l1") << int(ModelType::TransE);
        QTest::newRow("transe-dot") << int(ModelType::TransEDot);
        QTest::newRow("distmult") << int(ModelType::DistMult);
    }
    void permutedTies()
    {
        QFETCH(int, type);
        const int dim = 64, copies = 40, entities = 300;
        Model model = test::randomModel(makeSpec(type, 1, false, dim), entities, 1, 21, false);
        const bool transe = ModelType(type) == ModelType::TransE;
        model.relations.setConstant(transe ? 0.0f : 1.0f);
        model.entities.row(0).setConstant(transe ? 0.0f : 1.0f); // the query's head
        if (ModelType(type) == ModelType::TransEDot)
            model.entities.row(0).setZero(); // <0 + 1, c> = sum c
        // Entity 1 is the answer; entities 2 .. copies + 1 are permutations of it, with
        // magnitudes spread over several binades so that the float order matters.
        Rng rng(5);
        for (int i = 0; i < dim; ++i)
            model.entities(1, i) = (rng.uniform() + 0.01f) * float(1 << (i % 9));
        std::vector<int> perm(dim);
        std::iota(perm.begin(), perm.end(), 0);
        for (int c = 2; c < copies + 2; ++c) {
            for (int i = dim - 1; i > 0; --i)
                std::swap(perm[i], perm[rng.below(quint32(i + 1))]);
            for (int i = 0; i < dim; ++i)
                model.entities(c, i) = model.entities(1, perm[i]);
        }
        const std::vector<Triple> queries = {{0, 0, 1}};
        EvalOptions options;
        options.filtered = false;
        options.keepRanks = true;
        const EvalResult r = evaluate(model, queries, nullptr, options);
        const double expected = test::referenceRank(model, queries[0], true, nullptr);
        QCOMPARE(r.tailRanks[0], expected);
        // Every copy ties with the answer in the canonical scores.
        int tied = 0;
        const float answer = model.score(0, 0, 1);
        for (int c = 2; c < copies + 2; ++c)
            tied += model.score(0, 0, c) == answer;
        QCOMPARE(tied, copies);
    }

    void threadsGiveIdenticalResults()
    {
        const Model model = test::randomModel(makeSpec(int(ModelType::TransE), 1, false, 50),
                                              1000, 7, 3, false);
        const std::vector<Triple> queries = test::randomTriples(1000, 7, 700, 8);
        const KnownTriples known({queries});
        EvalOptions options;
        options.keepRanks = true;
        options.threads = 1;
        const EvalResult one = evaluate(model, queries, &known, options);
        for (int threads : {2, 3, 0}) {
            options.threads = threads;
            const EvalResult many = evaluate(model, queries, &known, options);
            QVERIFY(many.headRanks == one.headRanks);
            QVERIFY(many.tailRanks == one.tailRanks);
            QVERIFY(sameBits(many.overall, one.overall));
            QVERIFY(sameBits(many.head, one.head));
            QVERIFY(sameBits(many.tail, one.tail));
            QCOMPARE(many.perRelation.size(), one.perRelation.size());
            for (size_t i = 0; i < one.perRelation.size(); ++i) {
                QCOMPARE(many.perRelation[i].relation, one.perRelation[i].relation);
                QVERIFY(sameBits(many.perRelation[i].head, one.perRelation[i].head));
                QVERIFY(sameBits(many.perRelation[i].tail, one.perRelation[i].tail));
            }
        }
    }

    void progressAndCancel_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("stopAtCall"); // 0 = never
        QTest::newRow("1 thread, runs through") << 1 << 0;
        QTest::newRow("2 threads, runs through") << 2 << 0;
        QTest::newRow("1 thread, stop at once") << 1 << 1;
        QTest::newRow("2 threads, stop at once") << 2 << 1;
        // The second call comes after the calling thread's first block, or, if the other
        // threads took every block, at the end; either way it says stop and is obeyed.
        QTest::newRow("1 thread, stop after a block") << 1 << 2;
        QTest::newRow("2 threads, stop after a block") << 2 << 2;
        QTest::newRow("3 threads, stop after a block") << 3 << 2;
    }
    void progressAndCancel()
    {
        QFETCH(int, threads);
        QFETCH(int, stopAtCall);
        const Model model = test::randomModel(makeSpec(int(ModelType::DistMult), 1, false, 32),
                                              500, 4, 2, false);
        const std::vector<Triple> queries = test::randomTriples(500, 4, 1000, 9);
        const KnownTriples known({queries});
        EvalOptions options;
        options.threads = threads;

        QThread *caller = QThread::currentThread();
        int calls = 0;
        qint64 last = -1, lastTotal = 0;
        bool monotone = true, onCaller = true;
        const ProgressFn progress = [&](qint64 done, qint64 total) {
            ++calls;
            monotone = monotone && done >= last;
            onCaller = onCaller && QThread::currentThread() == caller;
            last = done;
            lastTotal = total;
            return stopAtCall == 0 || calls < stopAtCall;
        };
        if (stopAtCall == 0) {
            const EvalResult r = evaluate(model, queries, &known, options, progress);
            QCOMPARE(r.overall.count, qint64(2000));
            QCOMPARE(last, qint64(2000)); // both sides of every query
        } else {
            QVERIFY_THROWS_EXCEPTION(Cancelled,
                                     evaluate(model, queries, &known, options, progress));
            QCOMPARE(calls, stopAtCall); // no call after the one that said stop
            if (stopAtCall == 1)
                QCOMPARE(last, qint64(0)); // before any work
            else
                QVERIFY(last > 0);
        }
        QCOMPARE(lastTotal, qint64(2000));
        QVERIFY(monotone);
        QVERIFY(onCaller);
    }

    // Real data: a random model on FB15k-237's first test triples, filtered against
    // train + valid + test, agrees with the straightforward evaluator.
    void fb15k237Sample()
    {
        const QString dir = eg::test::sharedData(QStringLiteral("fb15k-237"));
        if (dir.isEmpty())
            QSKIP("../shared/data/fb15k-237 is not available");
        const Graph g = loadGraph(dir);
        const KnownTriples known({g.train, g.valid, g.test});
        const Model model = test::randomModel(makeSpec(int(ModelType::TransE), 1, false, 32),
                                              g.entityCount(), g.relationCount(), 4, false);
        const std::span<const Triple> queries = std::span<const Triple>(g.test).first(60);
        EvalOptions options;
        options.keepRanks = true;
        const EvalResult r = evaluate(model, queries, &known, options);
        for (size_t k = 0; k < queries.size(); ++k) {
            QCOMPARE(r.tailRanks[k], test::referenceRank(model, queries[k], true, &known));
            QCOMPARE(r.headRanks[k], test::referenceRank(model, queries[k], false, &known));
        }
    }
};

QTEST_GUILESS_MAIN(TestEvaluate)
#include "test_evaluate.moc"
