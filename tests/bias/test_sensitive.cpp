// Sensitive-relation discovery (core/bias/sensitive.h) and Freebase labels (core/bias/labels.h).

#include "bias/labels.h"
#include "bias/sensitive.h"
#include "bias_test_util.h"
#include "common/error.h"
#include "testsupport.h"

#include <QTest>

using namespace eg;

namespace {

// Three relations end in "/gender"; /people/person/gender has the most triples.
Graph graph()
{
    return test::makeGraph({"/m/a", "/m/b", "/m/c", "/m/male", "/m/female"},
                           {"/people/person/gender", "/film/character/gender",
                            "/x/sports_team_gender/gender", "/people/person/profession"},
                           {{"/m/a", "/people/person/gender", "/m/male"},
                            {"/m/b", "/people/person/gender", "/m/female"},
                            {"/m/c", "/people/person/gender", "/m/male"},
                            {"/m/a", "/film/character/gender", "/m/male"},
                            {"/m/a", "/x/sports_team_gender/gender", "/m/male"},
                            {"/m/a", "/x/sports_team_gender/gender", "/m/female"}},
                           {{"/m/b", "/people/person/gender", "/m/female"}}, // repeated triple
                           {{"/m/a", "/people/person/gender", "/m/female"}});
}

} // namespace

class TestSensitive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findRelation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("id");
        QTest::newRow("exact") << QStringLiteral("/people/person/gender") << 0;
        QTest::newRow("two components") << QStringLiteral("person/gender") << 0;
        QTest::newRow("with slash") << QStringLiteral("/character/gender") << 1;
        QTest::newRow("profession") << QStringLiteral("profession") << 3;
        QTest::newRow("partial component") << QStringLiteral("der") << -1;
        QTest::newRow("none") << QStringLiteral("religion") << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void findRelation()
    {
        QFETCH(QString, name);
        QFETCH(int, id);
        QCOMPARE(eg::findRelation(graph(), name), id);
    }

    void ambiguous()
    {
        // person/gender has 5 triples, sports_team_gender 2, character 1.
        QCOMPARE(findRelations(graph(), QStringLiteral("gender")), (std::vector<qint32>{0, 2, 1}));
        try {
            eg::findRelation(graph(), QStringLiteral("gender"));
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("/film/character/gender")));
        }
    }

    void values()
    {
        const Graph g = graph();
        // All splits: male a c (2 heads, 2 triples); female b a (2 heads, 3 triples: b twice).
        std::vector<ValueCount> v = relationValues(g, 0);
        QCOMPARE(v.size(), size_t(2));
        QCOMPARE(v[0].entity, 4); // female: same heads, more triples
        QCOMPARE(v[0].heads, 2);
        QCOMPARE(v[0].triples, 3);
        QCOMPARE(v[1].entity, 3);
        // Train: male 2, female 1.
        v = relationValues(g, 0, SplitTrain);
        QCOMPARE(v[0].entity, 3);
        QCOMPARE(v[1].heads, 1);
        QCOMPARE(relationValues(g, 0, SplitTrain, 1).size(), size_t(1));
        QCOMPARE(relationHeads(g, 0, SplitTrain), (std::vector<qint32>{0, 1, 2}));
        QCOMPARE(relationHeads(g, 0, SplitValid), (std::vector<qint32>{1}));
        const HeadValues all(g, 0, SplitAll);
        QCOMPARE(all.values(0).size(), size_t(2)); // a: male, female (test)
        QVERIFY(all.has(0, 4));
        QVERIFY(!HeadValues(g, 0, SplitTrain).has(0, 4));
        QVERIFY(all.values(99).empty());
        QCOMPARE(splitSetName(SplitTrain | SplitTest), QStringLiteral("train+test"));
        QCOMPARE(splitSetName(SplitAll), QStringLiteral("all"));
    }

    void labels()
    {
        QCOMPARE(cleanFreebaseName(QStringLiteral("Actor-GB")), QStringLiteral("Actor"));
        QCOMPARE(cleanFreebaseName(QStringLiteral("GB")), QStringLiteral("GB"));
        QCOMPARE(cleanFreebaseName(QStringLiteral("Guinea-Bissau")),
                 QStringLiteral("Guinea-Bissau"));

        Graph g = graph();
        const QString folder =
            QFileInfo(test::writeTempFile(QStringLiteral("fb/entity2text.txt"),
                                          "/m/a\tAnn-GB\n/m/b\tBob\n/m/zz\tNobody\n"))
                .absolutePath();
        test::writeTempFile(QStringLiteral("fb/entity2wikidata.json"),
                            R"({"/m/b": {"label": "Robert", "wikidata_id": "Q1"},
                                "/m/c": {"label": "Cy"}, "/m/male": {"description": "x"},
                                "/m/nope": {"label": "N"}})");
        const FreebaseLabelStats stats = loadFreebaseLabels(g, folder);
        QCOMPARE(stats.fromText, 2);
        QCOMPARE(stats.fromWikidata, 2);
        QCOMPARE(stats.missing, 2); // male (no label in the JSON), female
        QCOMPARE(g.entityLabel(0), QStringLiteral("Ann"));
        QCOMPARE(g.entityLabel(1), QStringLiteral("Robert"));
        QCOMPARE(g.entityLabel(2), QStringLiteral("Cy"));
        QCOMPARE(g.entityLabel(3), QStringLiteral("/m/male"));

        const QString broken = test::writeTempFile(QStringLiteral("broken.json"),
                                                   "{\n\"/m/a\": {\"label\": \"A\"},\n oops\n}");
        try {
            loadWikidataLabels(g, broken);
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(e.file(), broken);
            QCOMPARE(e.line(), 3);
        }
        const QString array = test::writeTempFile(QStringLiteral("array.json"), "[1, 2]");
        QVERIFY_THROWS_EXCEPTION(Error, loadWikidataLabels(g, array));
        QVERIFY_THROWS_EXCEPTION(Error, loadWikidataLabels(g, folder + QStringLiteral("/no")));
    }
};

QTEST_GUILESS_MAIN(TestSensitive)
#include "test_sensitive.moc"
