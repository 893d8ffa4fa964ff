// Inverse-mirror detection (core/bias/mirrors.h) and filtered data sets (core/bias/filter.h)
// on a hand-made fixture.

#include "bias/filter.h"
#include "bias/mirrors.h"
#include "bias_test_util.h"
#include "common/error.h"

#include <QTest>

using namespace eg;

namespace {

// Relations: 0 person/profession, 1 profession/people (its exact mirror, spread over the
// splits), 2 person/ethnicity, 3 ethnicity/people (mirrors 3 of ethnicity's 4 pairs),
// 4 knows (symmetric), 5 likes (one inverted profession pair).
//
// Distinct pairs over all splits: profession (p1 actor) (p2 actor) (p3 nurse) (p4 nurse) = 4,
// the repeated (p1 profession actor) in test counting once; people 4, all matched;
// ethnicity 4; ethnicity/people 3, all matched; likes 1, matched with profession.
Graph fixture()
{
    return test::makeGraph({"p1", "p2", "p3", "p4", "actor", "nurse", "e1", "e2"},
                           {"person/profession", "profession/people", "person/ethnicity",
                            "ethnicity/people", "knows", "likes"},
                           {{"p1", "person/profession", "actor"},
                            {"p2", "person/profession", "actor"},
                            {"p3", "person/profession", "nurse"},
                            {"actor", "profession/people", "p1"},
                            {"nurse", "profession/people", "p3"},
                            {"nurse", "profession/people", "p4"},
                            {"p1", "person/ethnicity", "e1"},
                            {"p2", "person/ethnicity", "e2"},
                            {"e1", "ethnicity/people", "p1"},
                            {"e2", "ethnicity/people", "p2"},
                            {"e1", "ethnicity/people", "p3"},
                            {"p1", "knows", "p2"},
                            {"p2", "knows", "p1"},
                            {"actor", "likes", "p1"}},
                           {{"p4", "person/profession", "nurse"},
                            {"p3", "person/ethnicity", "e1"},
                            {"actor", "profession/people", "p2"}},
                           {{"p4", "person/ethnicity", "e1"},
                            {"p1", "person/profession", "actor"},
                            {"p3", "knows", "p4"}});
}

struct Expected
{
    qint32 relation, mirror;
    qint64 pairs, mirrorPairs, matched;
};

void compareMirrors(const std::vector<MirrorPair> &got, const std::vector<Expected> &want)
{
    QCOMPARE(got.size(), want.size());
    for (size_t i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].relation, want[i].relation);
        QCOMPARE(got[i].mirror, want[i].mirror);
        QCOMPARE(got[i].pairs, want[i].pairs);
        QCOMPARE(got[i].mirrorPairs, want[i].mirrorPairs);
        QCOMPARE(got[i].matched, want[i].matched);
    }
}

} // namespace

class TestMirrorsFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mirrors()
    {
        const Graph g = fixture();
        const std::vector<qint32> sensitive{0, 2};
        // 0.95: only profession <-> people (1.0 both ways); ethnicity's mirror covers 3 / 4.
        compareMirrors(findMirrors(g, sensitive), {{0, 1, 4, 4, 4}});
        MirrorOptions loose;
        loose.threshold = 0.75;
        compareMirrors(findMirrors(g, sensitive, loose), {{0, 1, 4, 4, 4}, {2, 3, 4, 3, 3}});
        // Every relation: both directions of the exact pair; "knows" is not its own mirror and
        // "likes" covers 1 / 4 of profession.
        compareMirrors(findMirrors(g), {{0, 1, 4, 4, 4}, {1, 0, 4, 4, 4}});
        // Train only: (p2 actor) has its inverse in valid, so 2 of 3 pairs match.
        MirrorOptions train;
        train.splits = SplitTrain;
        compareMirrors(findMirrors(g, sensitive, train), {});
        const std::vector<MirrorPair> c = mirrorCandidates(g, 0, SplitTrain);
        QCOMPARE(c.size(), size_t(2));
        QCOMPARE(c[0].mirror, 1);
        QCOMPARE(c[0].pairs, 3);
        QCOMPARE(c[0].matched, 2);
        QCOMPARE(c[1].mirror, 5); // likes: min(1 / 3, 1 / 1)
        QVERIFY_THROWS_EXCEPTION(Error, findMirrors(g, std::vector<qint32>{6}));
    }

    void filter_data()
    {
        QTest::addColumn<bool>("mirrors");
        QTest::addColumn<unsigned>("from");
        QTest::addColumn<qint64>("train");
        QTest::addColumn<qint64>("valid");
        QTest::addColumn<qint64>("test");
        // Valid holds one triple each of profession, ethnicity, people; test two of the
        // sensitive relations and one "knows".
        QTest::newRow("valid+test, mirrors")
            << true << unsigned(SplitValid | SplitTest) << 14ll << 0ll << 1ll;
        QTest::newRow("valid+test, no mirrors")
            << false << unsigned(SplitValid | SplitTest) << 14ll << 1ll << 1ll;
        // Train loses profession 3, ethnicity 2, people 3: 14 - 8 = 6.
        QTest::newRow("everywhere, mirrors") << true << unsigned(SplitAll) << 6ll << 0ll << 1ll;
    }
    void filter()
    {
        QFETCH(bool, mirrors);
        QFETCH(unsigned, from);
        QFETCH(qint64, train);
        QFETCH(qint64, valid);
        QFETCH(qint64, test);
        const Graph g = fixture();
        FilterOptions o;
        o.relations = {0, 2};
        o.removeMirrors = mirrors;
        o.removeFrom = from;
        FilterReport report;
        const Graph out = filterSensitive(g, o, &report);
        QCOMPARE(qint64(out.train.size()), train);
        QCOMPARE(qint64(out.valid.size()), valid);
        QCOMPARE(qint64(out.test.size()), test);
        QCOMPARE(out.entityCount(), g.entityCount());
        QCOMPARE(out.relationCount(), g.relationCount());
        QCOMPARE(out.test.back(), (Triple{2, 4, 3})); // p3 knows p4 survives
        QCOMPARE(report.entries.size(), size_t(mirrors ? 3 : 2));
        const FilterReport::Entry &profession = report.entries[0];
        QCOMPARE(profession.relation, 0);
        QCOMPARE(profession.mirrorOf, -1);
        const bool fromTrain = from & SplitTrain;
        QCOMPARE(profession.removed[0], fromTrain ? 3 : 0);
        QCOMPARE(profession.kept[0], fromTrain ? 0 : 3);
        QCOMPARE(profession.removed[1], 1);
        QCOMPARE(profession.removed[2], 1);
        QCOMPARE(report.entries[1].relation, 2);
        QCOMPARE(report.entries[1].removed[2], 1);
        if (mirrors) {
            QCOMPARE(report.entries[2].relation, 1);
            QCOMPARE(report.entries[2].mirrorOf, 0);
            QCOMPARE(report.entries[2].removed[1], 1);
            QCOMPARE(report.mirrors.size(), size_t(1));
        }
        QCOMPARE(report.removedTotal(), g.tripleCount() - out.tripleCount());
    }
};

QTEST_GUILESS_MAIN(TestMirrorsFilter)
#include "test_mirrors_filter.moc"
