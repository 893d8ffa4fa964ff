#include "kg/known_triples.h"
#include "kg/loader.h"
#include "testsupport.h"

#include <QTest>

#include <vector>

using namespace eg;

using Ids = std::vector<qint32>;

namespace {

// Two lists with repeats inside a list and across lists:
//   A: (0,0,1) (0,0,3) (0,0,1)* (2,1,0) (1,0,3)
//   B: (0,0,2) (2,1,0)* (4,1,0) (0,1,5)                  * = repeat
// Distinct: 7 triples. Keys (h, r): (0,0) (0,1) (1,0) (2,1) (4,1); keys (r, t): (0,1) (0,2)
// (0,3) (1,0) (1,5). (1,0) and (0,1) as (h, r) keys must not be confused.
const std::vector<Triple> kListA = {{0, 0, 1}, {0, 0, 3}, {0, 0, 1}, {2, 1, 0}, {1, 0, 3}};
const std::vector<Triple> kListB = {{0, 0, 2}, {2, 1, 0}, {4, 1, 0}, {0, 1, 5}};

Ids toIds(std::span<const qint32> span)
{
    return Ids(span.begin(), span.end());
}

} // namespace

class TestKnownTriples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tails_data()
    {
        QTest::addColumn<int>("h");
        QTest::addColumn<int>("r");
        QTest::addColumn<Ids>("expected");
        QTest::newRow("three, one repeated") << 0 << 0 << Ids{1, 2, 3};
        QTest::newRow("(1,0) not (0,1)") << 1 << 0 << Ids{3};
        QTest::newRow("(0,1) not (1,0)") << 0 << 1 << Ids{5};
        QTest::newRow("repeat across lists") << 2 << 1 << Ids{0};
        QTest::newRow("second list only") << 4 << 1 << Ids{0};
        QTest::newRow("unknown key") << 3 << 0 << Ids{};
        QTest::newRow("negative id") << -1 << 0 << Ids{};
        QTest::newRow("past every key") << 99 << 99 << Ids{};
    }
    void tails()
    {
        QFETCH(int, h);
        QFETCH(int, r);
        QFETCH(Ids, expected);
        const KnownTriples known({kListA, kListB});
        QCOMPARE(toIds(known.tails(h, r)), expected);
    }

    void heads_data()
    {
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("t");
        QTest::addColumn<Ids>("expected");
        QTest::newRow("(0,1)") << 0 << 1 << Ids{0};
        QTest::newRow("(0,3) two heads") << 0 << 3 << Ids{0, 1};
        QTest::newRow("(0,2)") << 0 << 2 << Ids{0};
        QTest::newRow("(1,0) repeat across lists") << 1 << 0 << Ids{2, 4};
        QTest::newRow("(1,5)") << 1 << 5 << Ids{0};
        QTest::newRow("unknown") << 1 << 3 << Ids{};
    }
    void heads()
    {
        QFETCH(int, r);
        QFETCH(int, t);
        QFETCH(Ids, expected);
        const KnownTriples known({kListA, kListB});
        QCOMPARE(toIds(known.heads(r, t)), expected);
    }

    void containsAndSize()
    {
        const KnownTriples known({kListA, kListB});
        QCOMPARE(known.size(), qint64(7));
        for (const auto *list : {&kListA, &kListB}) {
            for (const Triple &x : *list)
                QVERIFY(known.contains(x));
        }
        QVERIFY(!known.contains({0, 0, 4}));
        QVERIFY(!known.contains({1, 0, 0}));
        QVERIFY(!known.contains({3, 0, 1}));
        // Per side: 5 keys x 8 bytes, 6 offsets x 8 bytes, 7 values x 4 bytes = 116 bytes.
        QCOMPARE(known.memoryBytes(), qint64(sizeof(KnownTriples)) + 2 * 116);
    }

    void empty()
    {
        const KnownTriples none;
        QCOMPARE(none.size(), qint64(0));
        QVERIFY(none.tails(0, 0).empty());
        QVERIFY(none.heads(0, 0).empty());
        QVERIFY(!none.contains({0, 0, 0}));
        const KnownTriples fromEmpty({std::span<const Triple>()});
        QCOMPARE(fromEmpty.size(), qint64(0));
        QVERIFY(fromEmpty.tails(0, 0).empty());
    }

    void fb15k237()
    {
        const QString dir = eg::test::sharedData(QStringLiteral("fb15k-237"));
        if (dir.isEmpty())
            QSKIP("../shared/data/fb15k-237 is not available");
        const Graph g = loadGraph(dir);
        const KnownTriples known({g.train, g.valid, g.test});
        // 272,115 + 17,535 + 20,466 triples, none repeated.
        QCOMPARE(known.size(), qint64(310116));
        // Two CSR tables: 4 bytes per triple each plus 16 bytes per key; keys <= triples.
        QVERIFY(known.memoryBytes() <= 2 * (4 + 16) * known.size() + 1024);
        for (const Triple &x : g.test) {
            QVERIFY(known.contains(x));
            const auto heads = known.heads(x.r, x.t);
            QVERIFY(std::binary_search(heads.begin(), heads.end(), x.h));
        }
    }
};

QTEST_GUILESS_MAIN(TestKnownTriples)
#include "test_known_triples.moc"
