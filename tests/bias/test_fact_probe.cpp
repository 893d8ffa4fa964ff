// The graph-facts probe (core/bias/fact_probe.h): people told apart by their other facts, the
// exclusions (relations, a predicate, r_s itself), the vocabulary threshold, and the split it
// shares with the embedding probe (core/bias/probe.h).

#include "bias/fact_probe.h"
#include "bias/probe.h"
#include "bias_test_util.h"
#include "common/error.h"
#include "jobs/progress.h"

#include <QTest>

using namespace eg;

namespace {

// 60 people p0..p59; p_i is a woman ("f") when i % 4 == 0 (15), else a man ("m", 45).
// Relations: gender 0; likes 1 (women like "x", men like "y": the attribute in a fact);
// born 2 (everyone born in "z": no information); member 3 (the gender value -> person, a
// mirror of gender); id 4 (every person has a fact of its own, "u<i>").
struct World {
    Graph graph;
    qint32 x = -1, y = -1;
};

World makeWorld() {
    World w;
    Graph &g = w.graph;
    for (int i = 0; i < 60; ++i)
        g.entities.insert(QByteArray("p").append(QByteArray::number(i)).toStdString());
    const qint32 m = g.entities.insert("m"), f = g.entities.insert("f");
    w.x = g.entities.insert("x");
    w.y = g.entities.insert("y");
    const qint32 z = g.entities.insert("z");
    for (const char *r : {"gender", "likes", "born", "member", "id"})
        g.relations.insert(r);
    for (qint32 i = 0; i < 60; ++i) {
        const bool woman = i % 4 == 0;
        g.train.push_back({i, 0, woman ? f : m});
        g.train.push_back({i, 1, woman ? w.x : w.y});
        g.train.push_back({i, 2, z});
        g.train.push_back({woman ? f : m, 3, i});
        g.train.push_back(
            {i, 4, g.entities.insert(QByteArray("u").append(QByteArray::number(i)).toStdString())});
    }
    return w;
}

FactProbeOptions baseOptions(std::vector<qint32> exclude) {
    FactProbeOptions o;
    o.relation = 0;
    o.topValues = 2;
    o.excludeRelations = std::move(exclude);
    o.seed = 2; // its held-out part has 9 men of 12 (seed 1 has a 6 / 6 tie)
    return o;
}

} // namespace

class TestFactProbe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exclusions_data() {
        QTest::addColumn<QList<qint32>>("exclude");
        QTest::addColumn<bool>("dropLikedThings");
        QTest::addColumn<bool>("informative");
        QTest::addColumn<qint64>("excludedFacts");
        // Excluded per person: its gender triple (r_s, always), plus one per excluded
        // relation or rejected triple. 60 people.
        QTest::newRow("likes and the mirror known")
            << QList<qint32>{3} << false << true << qint64(120);
        QTest::newRow("mirror left in") << QList<qint32>{1} << false << true << qint64(120);
        QTest::newRow("likes and mirror excluded")
            << QList<qint32>{1, 3} << false << false << qint64(180);
        QTest::newRow("likes rejected by the predicate")
            << QList<qint32>{3} << true << false << qint64(180);
    }

    // With an informative fact left, every held-out person is right; with none, the classifier
    // has only its class biases and says "m" for all, which scores the held-out majority rate.
    void exclusions() {
        QFETCH(QList<qint32>, exclude);
        QFETCH(bool, dropLikedThings);
        QFETCH(bool, informative);
        QFETCH(qint64, excludedFacts);
        const World w = makeWorld();
        FactProbeOptions o = baseOptions({exclude.begin(), exclude.end()});
        if (dropLikedThings)
            o.excluded = [&w](const Triple &t) {
                return t.t == w.x || t.t == w.y;
            };
        const FactProbeResult r = factProbeAccuracy(w.graph, o);
        QCOMPARE(r.testHumans, qint64(12)); // round(0.2 * 60)
        QCOMPARE(r.validHumans, qint64(5)); // round(0.1 * 48)
        QCOMPARE(r.trainHumans, qint64(43));
        QCOMPARE(r.excludedFacts, excludedFacts);
        QCOMPARE(qint64(r.heldOut.size()), r.testHumans);
        qint64 men = 0;
        for (qint32 p : r.heldOut)
            men += p % 4 != 0;
        QCOMPARE(r.majorityRate, double(std::max(men, 12 - men)) / 12.0);
        QCOMPARE(men, qint64(9)); // seed 2 (baseOptions): a majority of men, as overall
        if (informative)
            QCOMPARE(r.accuracy, 1.0);
        else
            QCOMPARE(r.accuracy, double(men) / 12.0);
    }

    // Facts of fewer than minCount training people are dropped: the "u<i>" facts are one
    // person's each. minCount 2 keeps (out likes x), (out likes y), (out born z) and (in member
    // f/m) = 5; minCount 1 adds the 43 training people's own facts.
    void vocabulary_data() {
        QTest::addColumn<qint32>("minCount");
        QTest::addColumn<qint64>("features");
        QTest::newRow("2") << 2 << qint64(5);
        QTest::newRow("1") << 1 << qint64(5 + 43);
        QTest::newRow("44: nothing left") << 44 << qint64(0);
    }

    void vocabulary() {
        QFETCH(qint32, minCount);
        QFETCH(qint64, features);
        const World w = makeWorld();
        FactProbeOptions o = baseOptions({});
        o.minCount = minCount;
        const FactProbeResult r = factProbeAccuracy(w.graph, o);
        QCOMPARE(r.features, features);
        QCOMPARE(r.excludedFacts, qint64(60));
        // At minCount 2 a person keeps 3 facts: likes, born, member (its "u" fact is dropped).
        if (minCount == 2)
            QCOMPARE(r.meanFacts, 3.0);
        if (minCount == 44)
            QCOMPARE(r.withoutFacts, qint64(60));
    }

    // Seed for seed, both probes hold out the same people.
    void sameSplitAsEmbeddingProbe_data() {
        QTest::addColumn<quint64>("seed");
        for (quint64 s : {1, 2, 7})
            QTest::addRow("seed %llu", static_cast<unsigned long long>(s)) << s;
    }

    void sameSplitAsEmbeddingProbe() {
        QFETCH(quint64, seed);
        const World w = makeWorld();
        const Model model = test::randomModel(test::makeSpec(ModelType::TransEDot, 4),
                                              w.graph.entityCount(), w.graph.relationCount(), 3);
        ProbeOptions po;
        po.relation = 0;
        po.topValues = 2;
        po.seed = seed;
        po.maxEpochs = 2;
        const ProbeResult p = probeAccuracy(model, w.graph, po);
        FactProbeOptions fo = baseOptions({});
        fo.seed = seed;
        const FactProbeResult f = factProbeAccuracy(w.graph, fo);
        QCOMPARE(f.heldOut, p.heldOut);
        QCOMPARE(f.majorityRate, p.majorityRate);
    }

    void badOptions_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("relation out of range") << 0;
        QTest::newRow("one class") << 1;
        QTest::newRow("negative l2") << 2;
        QTest::newRow("no learning rate") << 3;
        QTest::newRow("relation with one value") << 4;
    }

    void badOptions() {
        QFETCH(int, which);
        const World w = makeWorld();
        FactProbeOptions o = baseOptions({});
        switch (which) {
        case 0:
            o.relation = 5;
            break;
        case 1:
            o.topValues = 1;
            break;
        case 2:
            o.l2 = -1;
            break;
        case 3:
            o.learningRate = 0;
            break;
        case 4:
            o.relation = 2;
            break; // born: "z" only
        }
        QVERIFY_THROWS_EXCEPTION(Error, factProbeAccuracy(w.graph, o));
    }

    void cancel() {
        const World w = makeWorld();
        int calls = 0;
        const ProgressFn stop = [&calls](qint64 done, qint64) {
            ++calls;
            return done < 1;
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, factProbeAccuracy(w.graph, baseOptions({}), stop));
        QVERIFY(calls >= 2);
    }
};

QTEST_GUILESS_MAIN(TestFactProbe)
#include "test_fact_probe.moc"
