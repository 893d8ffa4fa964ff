#include "demo/demo_split.h"

#include <QTest>

using namespace eg;
using namespace eg::demo;

namespace {

using Parts = std::vector<SplitPart>;

int countOf(const Parts &parts, SplitPart which)
{
    return int(std::count(parts.begin(), parts.end(), which));
}

} // namespace

class TestDemoSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handMadeGraphs_data()
    {
        QTest::addColumn<std::vector<Triple>>("triples");
        QTest::addColumn<qint32>("entities");
        QTest::addColumn<double>("validShare");
        QTest::addColumn<double>("testShare");
        QTest::addColumn<int>("valid");
        QTest::addColumn<int>("test");

        // A star: every leaf occurs once, so no triple may leave train.
        QTest::newRow("star") << std::vector<Triple>{{0, 0, 1}, {0, 0, 2}, {0, 0, 3}} << 4 << 0.5
                              << 0.5 << 0 << 0;
        // Both directions between three nodes: each node is in 4 triples, so any 3 may leave
        // (no node loses all 4). Quotas round(0.34 * 6) = 2 and round(0.17 * 6) = 1.
        QTest::newRow("two-way triangle")
            << std::vector<Triple>{{0, 0, 1}, {1, 0, 0}, {1, 0, 2}, {2, 0, 1}, {0, 0, 2}, {2, 0, 0}}
            << 3 << 0.34 << 0.17 << 2 << 1;
        // A self loop uses its entity twice; (0,0,0) + (0,0,1): entity 0 has 3 uses, so the
        // loop may leave; (0,0,1) may not (entity 1 has one use). Quota round(0.5 * 2) = 1.
        QTest::newRow("self loop")
            << std::vector<Triple>{{0, 0, 0}, {0, 0, 1}} << 2 << 0.5 << 0.0 << 1 << 0;
        // Relation 1 occurs once: its triple stays although both entities are common.
        QTest::newRow("rare relation") << std::vector<Triple>{{0, 0, 1}, {1, 0, 0}, {0, 1, 1}} << 2
                                       << 1.0 / 3 << 0.0 << 1 << 0;
    }
    void handMadeGraphs()
    {
        QFETCH(std::vector<Triple>, triples);
        QFETCH(qint32, entities);
        QFETCH(double, validShare);
        QFETCH(double, testShare);
        QFETCH(int, valid);
        QFETCH(int, test);
        for (quint64 seed : {1, 2, 3, 4, 5}) {
            Rng rng(seed);
            const Parts parts = splitTriples(triples, entities, 2, {}, validShare, testShare, rng);
            QCOMPARE(countOf(parts, SplitPart::Valid), valid);
            QCOMPARE(countOf(parts, SplitPart::Test), test);
            // Whatever moved, its entities and relation still occur in train.
            for (size_t i = 0; i < triples.size(); ++i) {
                if (parts[i] == SplitPart::Train)
                    continue;
                for (qint32 e : {triples[i].h, triples[i].t}) {
                    bool seen = false;
                    for (size_t j = 0; j < triples.size(); ++j)
                        seen |= parts[j] == SplitPart::Train &&
                                (triples[j].h == e || triples[j].t == e);
                    QVERIFY(seen);
                }
            }
        }
        const Parts loop = [&] {
            Rng rng(1);
            return splitTriples(triples, entities, 2, {}, validShare, testShare, rng);
        }();
        if (QByteArray(QTest::currentDataTag()) == "self loop")
            QVERIFY(loop == (Parts{SplitPart::Valid, SplitPart::Train}));
        if (QByteArray(QTest::currentDataTag()) == "rare relation")
            QCOMPARE(loop[2], SplitPart::Train);
    }

    void pinnedRelationsStay()
    {
        // Two-way triangle on relation 0 plus the same on relation 1; relation 1 pinned.
        std::vector<Triple> triples;
        for (qint32 r : {0, 1})
            for (auto [h, t] : {std::pair{0, 1}, {1, 0}, {1, 2}, {2, 1}, {0, 2}, {2, 0}})
                triples.push_back({h, r, t});
        const qint32 pinned[] = {1};
        Rng rng(9);
        const Parts parts = splitTriples(triples, 3, 2, pinned, 0.25, 0.25, rng);
        for (size_t i = 6; i < 12; ++i)
            QCOMPARE(parts[i], SplitPart::Train);
        // Quotas round(0.25 * 12) = 3 each; only the 6 triples of relation 0 may move and 5 of
        // them at most (one must keep relation 0 in train): valid 3, test 2.
        QCOMPARE(countOf(parts, SplitPart::Valid), 3);
        QCOMPARE(countOf(parts, SplitPart::Test), 2);
    }

    void seededAndDeterministic()
    {
        std::vector<Triple> triples;
        for (qint32 i = 0; i < 200; ++i)
            triples.push_back({i % 20, i % 3, (i * 7 + 1) % 20});
        Rng a(5), b(5), c(6);
        const Parts first = splitTriples(triples, 20, 3, {}, 0.1, 0.1, a);
        QVERIFY(first == splitTriples(triples, 20, 3, {}, 0.1, 0.1, b));
        QVERIFY(first != splitTriples(triples, 20, 3, {}, 0.1, 0.1, c));
        QCOMPARE(countOf(first, SplitPart::Valid), 20);
        QCOMPARE(countOf(first, SplitPart::Test), 20);
    }
};

QTEST_GUILESS_MAIN(TestDemoSplit)
#include "tst_demo_split.moc"
