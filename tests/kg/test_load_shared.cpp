#include "common/error.h"
#include "kg/adjacency.h"
#include "kg/loader.h"
#include "kg/relation_stats.h"
#include "testsupport.h"

#include <QTest>

using namespace eg;

// The real benchmark data beside the project; the figures are the published ones (see
// ../shared/data/README.md), the unseen/dropped counts were counted independently with awk.
class TestLoadShared : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fb15k237()
    {
        const QString dir = eg::test::sharedData(QStringLiteral("fb15k-237"));
        if (dir.isEmpty())
            QSKIP("../shared/data/fb15k-237 is absent");
        LoadOptions options;
        options.namesFile = dir + QStringLiteral("/entity2text.txt");
        LoadReport report;
        const Graph g = loadGraph(dir, options, {}, &report);
        QCOMPARE(g.train.size(), size_t(272115));
        QCOMPARE(g.valid.size(), size_t(17535));
        QCOMPARE(g.test.size(), size_t(20466));
        QCOMPARE(g.entityCount(), 14541);
        QCOMPARE(g.relationCount(), 237);
        // 36 entities occur in valid/test only (train alone has 14,505).
        QCOMPARE(report.unseenEntities, 36);
        QCOMPARE(report.unseenRelations, 0);
        // entity2text.txt names all 14,951 FB15k entities; 410 are not in FB15k-237.
        QCOMPARE(report.labelLines, 14951);
        QCOMPARE(report.unknownLabelKeys, 410);
        QCOMPARE(g.entityLabel(g.entities.find(QStringLiteral("/m/016ywr"))),
                 QStringLiteral("Jeremy Irons"));
        // CRLF files: no key may end in '\r'.
        QVERIFY(!g.entities.key(0).ends_with('\r'));
        QVERIFY(!g.relations.key(0).ends_with('\r'));

        const Adjacency adj(g.train, g.entityCount());
        QCOMPARE(adj.edgeCount(), 272115);
        const RelationStats stats(adj, g.relationCount());
        qint64 total = 0;
        for (qint32 r = 0; r < stats.relationCount(); ++r) {
            total += stats.triples(r);
            QVERIFY(stats.tph(r) >= 1.0 && stats.hpt(r) >= 1.0);
        }
        QCOMPARE(total, 272115);
    }

    void fb15k237Unseen()
    {
        const QString dir = eg::test::sharedData(QStringLiteral("fb15k-237"));
        if (dir.isEmpty())
            QSKIP("../shared/data/fb15k-237 is absent");
        LoadOptions options;
        options.unseen = UnseenIds::Drop;
        LoadReport report;
        const Graph g = loadGraph(dir, options, {}, &report);
        QCOMPARE(g.entityCount(), 14505);
        QCOMPARE(report.droppedTriples, 9 + 28);
        QCOMPARE(g.valid.size(), size_t(17535 - 9));
        QCOMPARE(g.test.size(), size_t(20466 - 28));

        options.unseen = UnseenIds::Reject;
        try {
            loadGraph(dir, options);
            QFAIL("no error");
        } catch (const Error &error) {
            QVERIFY(error.file().endsWith(QStringLiteral("valid.txt")));
            QCOMPARE(error.line(), 211);
            QVERIFY(error.message().contains(QStringLiteral("does not occur")));
        }
    }

    void fb15k()
    {
        const QString dir = eg::test::sharedData(QStringLiteral("fb15k"));
        if (dir.isEmpty())
            QSKIP("../shared/data/fb15k is absent");
        LoadReport report;
        const Graph g = loadGraph(dir, {}, {}, &report);
        QCOMPARE(g.train.size(), size_t(483142));
        QCOMPARE(g.valid.size(), size_t(50000));
        QCOMPARE(g.test.size(), size_t(59071));
        QCOMPARE(g.entityCount(), 14951);
        QCOMPARE(g.relationCount(), 1345);
        QCOMPARE(report.unseenEntities, 0);
    }
};

QTEST_GUILESS_MAIN(TestLoadShared)
#include "test_load_shared.moc"
