// Sensitive relations, mirrors, filtering and labels on the real FB15k (../shared/data/fb15k);
// skipped when the data are absent. Expected counts: fb15k/sensitive_relation_counts.tsv and
// the data README (male /m/05zppz, female /m/02zsn).

#include "bias/filter.h"
#include "bias/labels.h"
#include "bias/mirrors.h"
#include "bias/sensitive.h"
#include "common/error.h"
#include "kg/loader.h"
#include "testsupport.h"

#include <QTest>

using namespace eg;

class TestBiasFb15k : public QObject
{
    Q_OBJECT

    Graph m_graph;
    QString m_dir;

    qint32 relation(const char *name) { return findRelation(m_graph, QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = test::sharedData(QStringLiteral("fb15k"));
        if (m_dir.isEmpty())
            QSKIP("../shared/data/fb15k is absent (set EG_SHARED_DATA)");
        m_graph = loadGraph(m_dir);
        QCOMPARE(m_graph.entityCount(), 14951);
    }

    void counts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("train");
        QTest::addColumn<qint64>("valid");
        QTest::addColumn<qint64>("test");
        QTest::addColumn<qint64>("heads");
        QTest::addColumn<qint64>("tails");
        // sensitive_relation_counts.tsv
        QTest::newRow("gender") << QStringLiteral("person/gender") << 3721ll << 377ll << 436ll
                                << 4534ll << 2ll;
        QTest::newRow("profession") << QStringLiteral("person/profession") << 11636ll << 1200ll
                                    << 1384ll << 4388ll << 155ll;
        QTest::newRow("religion") << QStringLiteral("person/religion") << 1086ll << 126ll << 127ll
                                  << 1174ll << 45ll;
        QTest::newRow("ethnicity")
            << QStringLiteral("person/ethnicity") << 2030ll << 228ll << 237ll << 1904ll << 79ll;
        QTest::newRow("nationality")
            << QStringLiteral("person/nationality") << 4198ll << 422ll << 508ll << 4473ll << 105ll;
    }
    void counts()
    {
        QFETCH(QString, name);
        QFETCH(qint64, train);
        QFETCH(qint64, valid);
        QFETCH(qint64, test);
        QFETCH(qint64, heads);
        QFETCH(qint64, tails);
        const qint32 r = findRelation(m_graph, name);
        QVERIFY(r >= 0);
        QVERIFY(m_graph.relations.keyString(r).startsWith(QStringLiteral("/people/person/")));
        auto triples = [&](unsigned splits) {
            qint64 n = 0;
            for (const ValueCount &v : relationValues(m_graph, r, splits))
                n += v.triples;
            return n;
        };
        QCOMPARE(triples(SplitTrain), train);
        QCOMPARE(triples(SplitValid), valid);
        QCOMPARE(triples(SplitTest), test);
        QCOMPARE(qint64(relationHeads(m_graph, r, SplitAll).size()), heads);
        QCOMPARE(qint64(relationValues(m_graph, r).size()), tails);
    }

    void gender()
    {
        const qint32 r = relation("person/gender");
        const std::vector<ValueCount> v = relationValues(m_graph, r);
        QCOMPARE(m_graph.entities.keyString(v[0].entity), QStringLiteral("/m/05zppz"));
        QCOMPARE(v[0].triples, 3555);
        QCOMPARE(m_graph.entities.keyString(v[1].entity), QStringLiteral("/m/02zsn"));
        QCOMPARE(v[1].triples, 979);
        QCOMPARE(relationHeads(m_graph, r, SplitTrain).size(), size_t(3721));
        QVERIFY_THROWS_EXCEPTION(Error, findRelation(m_graph, QStringLiteral("gender")));
    }

    void mirrorsAndFilter()
    {
        const std::vector<qint32> sensitive{
            relation("person/gender"), relation("person/profession"), relation("person/religion"),
            relation("person/ethnicity"), relation("person/nationality")};
        const std::vector<MirrorPair> mirrors = findMirrors(m_graph, sensitive);
        QCOMPARE(mirrors.size(), size_t(2));
        QStringList keys;
        for (const MirrorPair &m : mirrors)
            keys << m_graph.relations.keyString(m.relation) + QStringLiteral(" <- ") +
                        m_graph.relations.keyString(m.mirror);
        keys.sort();
        QCOMPARE(keys, (QStringList{
                           QStringLiteral("/people/person/ethnicity <- /people/ethnicity/people"),
                           QStringLiteral("/people/person/profession <- "
                                          "/people/profession/people_with_this_profession")}));
        for (const MirrorPair &m : mirrors) // exact on FB15k
            QCOMPARE(m.matched, m.pairs);

        FilterOptions o;
        o.relations = sensitive;
        FilterReport report;
        const Graph out = filterSensitive(m_graph, o, &report);
        // Sensitive valid triples 377 + 1200 + 126 + 228 + 422 = 2353; test 436 + 1384 + 127
        // + 237 + 508 = 2692; the mirrors add 14220 - 11547 = 2673 and 2495 - 2073 = 422.
        QCOMPARE(report.entries.size(), size_t(7));
        QCOMPARE(report.removed(1) + report.removed(2), 2353 + 2692 + 2673 + 422);
        QCOMPARE(report.removed(0), 0);
        QCOMPARE(out.train.size(), m_graph.train.size());
        QCOMPARE(qint64(out.valid.size() + out.test.size()),
                 qint64(m_graph.valid.size() + m_graph.test.size()) - report.removedTotal());
    }

    void labels()
    {
        Graph g = m_graph;
        const FreebaseLabelStats stats = loadFreebaseLabels(g, m_dir);
        QCOMPARE(stats.fromText, 14951);
        QCOMPARE(stats.fromWikidata, 14515); // the other 436 keep their entity2text name
        QCOMPARE(stats.missing, 0);
        int gb = 0;
        for (const QString &label : g.entityLabels)
            gb += label.endsWith(QStringLiteral("-GB"));
        QCOMPARE(gb, 0);
        // Wikidata labels win: "Male" in entity2text.txt is "male organism" there, and
        // "Actor-GB" is "actor". 7 names carry "-GB" and have no Wikidata label (stripped).
        auto label = [&](const char *key) {
            return g.entityLabel(g.entities.find(std::string_view(key)));
        };
        QCOMPARE(label("/m/05zppz"), QStringLiteral("male organism"));
        QCOMPARE(label("/m/02hrh1q"), QStringLiteral("actor"));
    }
};

QTEST_GUILESS_MAIN(TestBiasFb15k)
#include "test_bias_fb15k.moc"
