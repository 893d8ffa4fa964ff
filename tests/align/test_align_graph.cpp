#include "align/align_data.h"
#include "align/entity_types.h"
#include "align/neighbour_sampler.h"
#include "align/relation_classes.h"
#include "embed/rng.h"
#include "testsupport.h"

#include <QTest>

using namespace eg;

namespace {

Graph star() {
    // 0 -r0-> 1, 2, 3 (tph(r0) = 3) and 0 -r1-> 4 (tph(r1) = 1).
    Graph g;
    for (const char *k : {"e0", "e1", "e2", "e3", "e4"})
        g.entities.insert(k);
    g.relations.insert("r0");
    g.relations.insert("r1");
    g.train = {{0, 0, 1}, {0, 0, 2}, {0, 0, 3}, {0, 1, 4}, {0, 1, 4}};
    return g;
}

} // namespace

class TestAlignGraph : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void samplerWeights() {
        const NeighbourSampler s(star(), {0, 1});
        // The repeated edge 0 -r1-> 4 counts once.
        QCOMPARE(s.degree(0), 4);
        QCOMPARE(s.weight(0, 0), 1.0 / 3.0); // r0, one of three tails per head
        QCOMPARE(s.weight(0, 3), 1.0);       // r1, one tail per head
        QCOMPARE(s.degree(1), 1);
        QVERIFY(s.all(1)[0].inverse);
    }

    // With a cap of 1, entity 0 keeps the r1 edge with probability 1 / (1 + 3 * 1/3) = 0.5
    // (relation-aware) and 1/4 (uniform). 4,000 draws: standard error 0.008, band 0.04.
    void samplerFrequencies_data() {
        QTest::addColumn<int>("mode");
        QTest::addColumn<double>("expected");
        QTest::newRow("relation-aware") << int(SamplingMode::RelationAware) << 0.5;
        QTest::newRow("uniform") << int(SamplingMode::Uniform) << 0.25;
    }
    void samplerFrequencies() {
        QFETCH(int, mode);
        QFETCH(double, expected);
        const NeighbourSampler s(star(), {0, 1});
        Rng rng(9);
        int r1 = 0;
        const int draws = 4000;
        for (int i = 0; i < draws; ++i) {
            const Neighbourhoods n = s.sample(1, SamplingMode(mode), rng);
            QCOMPARE(n(0).size(), size_t(1));
            r1 += n(0)[0].relation == 1 ? 1 : 0;
        }
        QVERIFY(std::abs(double(r1) / draws - expected) < 0.04);
        // No sampling: every neighbour.
        QCOMPARE(s.sample(1, SamplingMode::All, rng)(0).size(), size_t(4));
    }

    void relationClasses() {
        const AlignmentData d =
            loadAlignmentData(eg::test::fixture(QStringLiteral("align/dbp_tiny")));
        const RelationClasses c = buildRelationClasses(d, 1);
        // ref_r_ids aligns pays (0) with country (20); birthPlace (21) co-occurs with
        // lieuDeNaissance on no linked pair (Hugo is a test entity), so it stays alone.
        QCOMPARE(c.classOf[1][0], 0);
        QCOMPARE(c.fromData, 1);
        QCOMPARE(c.classOf[1][1], 2);
        QCOMPARE(c.classCount, 3);
        QCOMPARE(c.name[2], QStringLiteral("birthPlace"));
    }

    void relationClassesFromAnchors() {
        AlignmentData d = loadAlignmentData(eg::test::fixture(QStringLiteral("align/dbp_tiny")));
        d.relationLinks.clear();
        // Make every link a training link: Hugo -lieuDeNaissance-> Paris and Hugo -birthPlace->
        // Paris, Paris -pays-> France and Paris -country-> France are then linked triples.
        d.trainLinks = {{0, 0}, {1, 1}, {2, 2}};
        const RelationClasses c = buildRelationClasses(d, 1);
        QCOMPARE(c.fromAnchors, 2);
        QCOMPARE(c.classOf[1][0], 0);
        QCOMPARE(c.classOf[1][1], 1);
        // With a higher support threshold nothing is aligned.
        QCOMPARE(buildRelationClasses(d, 2).fromAnchors, 0);
    }

    // Two obvious kinds in both graphs: "people" (born_in out-edges) and "places" (born_in
    // in-edges); k-means with k = 2 must separate them and give the same type across graphs.
    void entityTypes() {
        AlignmentData d;
        for (AlignSide *side : {&d.first, &d.second}) {
            Graph &g = side->graph;
            g.relations.insert("born_in");
            for (int i = 0; i < 6; ++i)
                g.entities.insert(std::string("p") + char('0' + i));
            for (int i = 0; i < 2; ++i)
                g.entities.insert(std::string("c") + char('0' + i));
            g.entities.insert("lonely");
            for (qint32 p = 0; p < 6; ++p)
                g.train.push_back({p, 0, 6 + p % 2});
        }
        d.relationLinks = {{0, 0}};
        const RelationClasses c = buildRelationClasses(d);
        EntityTypeOptions o;
        o.clusters = 2;
        const EntityTypes t = inferEntityTypes(d, c, o);
        QCOMPARE(t.typeCount, 3);
        const qint32 person = t.typeOf[0][0], place = t.typeOf[0][6];
        QVERIFY(person != place);
        for (int side = 0; side < 2; ++side) {
            for (int p = 0; p < 6; ++p)
                QCOMPARE(t.typeOf[side][size_t(p)], person);
            QCOMPARE(t.typeOf[side][7], place);
            QCOMPARE(t.typeOf[side][8], 2); // no relation at all
        }
        QCOMPARE(t.description[size_t(person)], QStringLiteral("born_in"));
        QCOMPARE(t.description[size_t(place)], QStringLiteral("<-born_in"));
    }
};

QTEST_GUILESS_MAIN(TestAlignGraph)
#include "test_align_graph.moc"
