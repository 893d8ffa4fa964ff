#include "common/error.h"
#include "kg/adjacency.h"
#include "kg/loader.h"
#include "kg/relation_stats.h"
#include "testsupport.h"

#include <QTest>

using namespace eg;
using Edge = Adjacency::Edge;

// tests/data/kg/tiny train (a=0 b=1 c=2 d=3, r1=0 r2=1):
//   a r1 b, a r1 c, b r2 a, a r1 d, c r2 a, b r1 c, d r2 a, a r1 b (repeated)
class TestAdjacency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows()
    {
        const Graph g = loadGraph(eg::test::fixture(QStringLiteral("kg/tiny")));
        const Adjacency adj(g.train, g.entityCount());
        QCOMPARE(adj.entityCount(), 4);
        QCOMPARE(adj.edgeCount(), 8);
        using Edges = std::vector<Edge>;
        const auto out = [&](qint32 e) {
            const auto s = adj.outgoing(e);
            return Edges(s.begin(), s.end());
        };
        const auto in = [&](qint32 e) {
            const auto s = adj.incoming(e);
            return Edges(s.begin(), s.end());
        };
        // Sorted by relation, then entity; the repeated triple gives two edges.
        QVERIFY(out(0) == Edges({{0, 1}, {0, 1}, {0, 2}, {0, 3}}));
        QVERIFY(out(1) == Edges({{0, 2}, {1, 0}}));
        QVERIFY(out(2) == Edges({{1, 0}}));
        QVERIFY(out(3) == Edges({{1, 0}}));
        QVERIFY(in(0) == Edges({{1, 1}, {1, 2}, {1, 3}}));
        QVERIFY(in(1) == Edges({{0, 0}, {0, 0}}));
        QVERIFY(in(2) == Edges({{0, 0}, {0, 1}}));
        QVERIFY(in(3) == Edges({{0, 0}}));
        QVERIFY(adj.outgoing(4).empty());
        QVERIFY(adj.incoming(-1).empty());
        // 8 edges each way of 8 bytes, 5 offsets each way of 8 bytes.
        QCOMPARE(adj.memoryBytes(), 2 * 8 * 8 + 2 * 5 * 8);
    }

    void isolatedEntities()
    {
        const std::vector<Triple> triples = {{2, 0, 2}};
        const Adjacency adj(triples, 5);
        QVERIFY(adj.outgoing(0).empty());
        QCOMPARE(adj.outgoing(2).size(), size_t(1));
        QCOMPARE(adj.incoming(2).size(), size_t(1));
        QVERIFY(adj.incoming(4).empty());
        const Adjacency none;
        QVERIFY(none.outgoing(0).empty());
    }

    void badEntity()
    {
        const std::vector<Triple> triples = {{0, 0, 5}};
        QVERIFY_THROWS_EXCEPTION(Error, Adjacency(triples, 5));
        QVERIFY_THROWS_EXCEPTION(Error, RelationStats(triples, 6, 0));
    }

    // r1: pairs ab ac ad bc = 4 (ab twice: 5 triples), heads a b = 2, tails b c d = 3
    //     tph = 4/2 = 2, hpt = 4/3, P(corrupt head) = 2 / (2 + 4/3) = 0.6
    // r2: pairs ba ca da = 3, heads b c d = 3, tails a = 1
    //     tph = 1, hpt = 3, P(corrupt head) = 1 / 4 = 0.25
    // Ratios of small integers: exact up to one rounding, hence the 1e-12 tolerance.
    void relationStats()
    {
        const Graph g = loadGraph(eg::test::fixture(QStringLiteral("kg/tiny")));
        const RelationStats stats(g.train, g.entityCount(), g.relationCount() + 1);
        QCOMPARE(stats.relationCount(), 3);
        QCOMPARE(stats.triples(0), 5);
        QCOMPARE(stats[0].pairs, 4);
        QCOMPARE(stats[0].heads, 2);
        QCOMPARE(stats[0].tails, 3);
        QVERIFY(qAbs(stats.tph(0) - 2.0) < 1e-12);
        QVERIFY(qAbs(stats.hpt(0) - 4.0 / 3.0) < 1e-12);
        QVERIFY(qAbs(stats.headCorruptionProbability(0) - 0.6) < 1e-12);
        QCOMPARE(stats.triples(1), 3);
        QCOMPARE(stats[1].heads, 3);
        QCOMPARE(stats[1].tails, 1);
        QVERIFY(qAbs(stats.tph(1) - 1.0) < 1e-12);
        QVERIFY(qAbs(stats.hpt(1) - 3.0) < 1e-12);
        QVERIFY(qAbs(stats.headCorruptionProbability(1) - 0.25) < 1e-12);
        // Relation 2 has no triples; ids outside the range read as empty.
        QCOMPARE(stats.triples(2), 0);
        QCOMPARE(stats.tph(2), 0.0);
        QCOMPARE(stats.headCorruptionProbability(2), 0.5);
        QCOMPARE(stats.triples(7), 0);
        QCOMPARE(stats.memoryBytes(), qint64(3 * sizeof(RelationStats::Entry)));
    }
};

QTEST_GUILESS_MAIN(TestAdjacency)
#include "test_adjacency.moc"
