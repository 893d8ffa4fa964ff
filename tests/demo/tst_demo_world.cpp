#include "common/error.h"
#include "demo/demo_world.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <map>
#include <set>
#include <tuple>

using namespace eg;

namespace {

std::vector<Triple> allTriples(const Graph &g)
{
    std::vector<Triple> out = g.train;
    out.insert(out.end(), g.valid.begin(), g.valid.end());
    out.insert(out.end(), g.test.begin(), g.test.end());
    return out;
}

QStringList entityKeys(const Graph &g)
{
    QStringList out;
    for (qint32 id = 0; id < g.entityCount(); ++id)
        out << g.entities.keyString(id);
    return out;
}

// The bound of plantedSharesRespected: 4 binomial standard deviations plus one person.
// For a share p and n people the realised share k/n has standard deviation sqrt(p(1-p)/n);
// under the normal approximation |k/n - p| > 4 sd has probability 6e-5. Near p = 0.02 with
// n = 50 the binomial is skewed and its upper tail heavier than the normal one, hence the
// extra 1/n: the bound then allows k <= 5 of 50 and the exact probability of falling outside
// is 5e-4 (p = 0.03: 1e-4; p = 0.5: 6e-6). With ~35 professions per seed a correct generator
// fails a given seed with probability < 2 %; the seeds are fixed, so the outcome is
// deterministic. A wrong generator is caught (see boundRejectsWrongShares).
double shareBound(double p, qint32 n)
{
    return 4.0 * std::sqrt(p * (1 - p) / n) + 1.0 / n;
}

} // namespace

class TestDemoWorld : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_world = generateDemoWorld({}); }

    void sameSeedSameWorld_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<qint32>("people");
        QTest::newRow("seed 1, 200 people") << quint64(1) << 200;
        QTest::newRow("seed 42, 3000 people") << quint64(42) << 3000;
        QTest::newRow("seed 2^40, 1000 people") << (quint64(1) << 40) << 1000;
    }
    void sameSeedSameWorld()
    {
        QFETCH(quint64, seed);
        QFETCH(qint32, people);
        DemoOptions options;
        options.seed = seed;
        options.people = people;
        const DemoWorld a = generateDemoWorld(options);
        const DemoWorld b = generateDemoWorld(options);
        QCOMPARE(entityKeys(a.graph), entityKeys(b.graph));
        QCOMPARE(a.graph.entityLabels, b.graph.entityLabels);
        QVERIFY(a.graph.train == b.graph.train);
        QVERIFY(a.graph.valid == b.graph.valid);
        QVERIFY(a.graph.test == b.graph.test);
        QCOMPARE(a.professions.size(), b.professions.size());
        for (size_t i = 0; i < a.professions.size(); ++i)
            QCOMPARE(a.professions[i].women, b.professions[i].women);
    }

    void differentSeedsDiffer()
    {
        DemoOptions one, two;
        one.seed = 1;
        two.seed = 2;
        const DemoWorld a = generateDemoWorld(one);
        const DemoWorld b = generateDemoWorld(two);
        QVERIFY(!(a.graph.train == b.graph.train));
        QVERIFY(a.graph.entityLabels != b.graph.entityLabels);
        int differentWomen = 0;
        for (size_t i = 0; i < a.professions.size(); ++i)
            differentWomen += a.professions[i].women != b.professions[i].women;
        QVERIFY(differentWomen > 10);
    }

    void tripleCountInRange_data()
    {
        QTest::addColumn<qint32>("people");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("2000") << 2000 << quint64(3);
        QTest::newRow("3000 (default)") << 3000 << quint64(42);
        QTest::newRow("4000") << 4000 << quint64(5);
    }
    void tripleCountInRange()
    {
        QFETCH(qint32, people);
        QFETCH(quint64, seed);
        DemoOptions options;
        options.people = people;
        options.seed = seed;
        const DemoWorld world = generateDemoWorld(options);
        QVERIFY2(world.graph.tripleCount() >= 10000 && world.graph.tripleCount() <= 50000,
                 qPrintable(QString::number(world.graph.tripleCount())));
        // Every person has at least gender, profession, nationality, religion, born_in,
        // lives_in and employer.
        QVERIFY(world.graph.tripleCount() >= 7 * people);
        QCOMPARE(qint32(world.people.size()), people);
    }

    void plantedSharesRespected_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1, 2, 3, 42, 1000})
            QTest::addRow("seed %llu", seed) << seed;
    }
    void plantedSharesRespected()
    {
        QFETCH(quint64, seed);
        DemoOptions options;
        options.seed = seed;
        const DemoWorld world = generateDemoWorld(options);
        int checked = 0;
        for (const DemoProfession &p : world.professions) {
            if (p.people < 50)
                continue;
            ++checked;
            const double realised = double(p.women) / p.people;
            QVERIFY2(std::abs(realised - p.plantedFemaleShare) <=
                         shareBound(p.plantedFemaleShare, p.people),
                     qPrintable(QStringLiteral("%1: %2 of %3 women, planted %4")
                                    .arg(p.key)
                                    .arg(p.women)
                                    .arg(p.people)
                                    .arg(p.plantedFemaleShare)));
        }
        // With 3000 people and weights 0.8 .. 1.4 nearly every profession has >= 50 people.
        QVERIFY(checked >= 30);
    }

    void boundRejectsWrongShares()
    {
        // The check above would catch a generator that ignores the table: with uniform genders
        // nurses (0.88) would be near 0.5 and electricians (0.02) near 0.5.
        QVERIFY(std::abs(0.5 - 0.88) > shareBound(0.88, 50));
        QVERIFY(std::abs(0.5 - 0.02) > shareBound(0.02, 50));
        // ... and one that swaps two rows of the table (nurses 0.88, physicians 0.44). Errors
        // smaller than ~0.2 are below what 80 people can resolve at this bound.
        QVERIFY(std::abs(0.88 - 0.44) > shareBound(0.44, 80));
    }

    void groundTruthMatchesTriples()
    {
        const Graph &g = m_world.graph;
        QCOMPARE(g.relations.keyString(m_world.targetRelation), QStringLiteral("profession"));
        QCOMPARE(g.relations.keyString(m_world.genderRelation), QStringLiteral("gender"));
        QCOMPARE(g.entities.keyString(m_world.femaleEntity), QStringLiteral("gender/female"));
        QCOMPARE(g.entities.keyString(m_world.maleEntity), QStringLiteral("gender/male"));
        QCOMPARE(m_world.sensitive.size(), size_t(3));
        QCOMPARE(m_world.sensitive[0].values,
                 (std::vector<qint32>{m_world.maleEntity, m_world.femaleEntity}));
        QCOMPARE(m_world.sensitive[1].values.size(), size_t(8)); // countries
        QCOMPARE(m_world.sensitive[2].values.size(), size_t(5)); // religions

        // Recount people and women per profession from the triples themselves.
        std::map<qint32, qint32> gender, profession;
        for (const Triple &x : allTriples(g)) {
            if (x.r == m_world.genderRelation)
                QVERIFY(gender.emplace(x.h, x.t).second); // one gender per person
            if (x.r == m_world.targetRelation)
                QVERIFY(profession.emplace(x.h, x.t).second);
        }
        QCOMPARE(gender.size(), m_world.people.size());
        std::map<qint32, std::pair<qint32, qint32>> counts; // profession -> (people, women)
        for (const auto &[person, prof] : profession) {
            ++counts[prof].first;
            counts[prof].second += gender.at(person) == m_world.femaleEntity;
        }
        for (const DemoProfession &p : m_world.professions) {
            QCOMPARE(counts[p.entity].first, p.people);
            QCOMPARE(counts[p.entity].second, p.women);
            QCOMPARE(g.entities.keyString(p.entity), p.key);
        }
        for (const DemoPerson &person : m_world.people) {
            QCOMPARE(gender.at(person.entity), person.gender);
            QCOMPARE(profession.at(person.entity), person.profession);
            QVERIFY(m_world.professionIndex(person.profession) >= 0);
        }
        QCOMPARE(m_world.professions.size(), size_t(37));
        QCOMPARE(m_world.professions.front().key, QStringLiteral("profession/nurse"));
    }

    void skewsPlanted()
    {
        // A person of a skewed profession takes the value with probability >= strength (the
        // forced draw, plus the ordinary draw otherwise); the realised share may fall short of
        // the strength by 4 binomial standard deviations at most (reasoning as shareBound).
        QCOMPARE(m_world.skews.size(), size_t(12));
        for (const PlantedSkew &s : m_world.skews) {
            QVERIFY(s.people >= 50);
            const double realised = double(s.withValue) / s.people;
            QVERIFY2(realised >= s.strength - shareBound(s.strength, s.people),
                     qPrintable(m_world.professions[size_t(s.profession)].key));
        }
    }

    void validAndTestSeenInTrain_data()
    {
        QTest::addColumn<qint32>("people");
        QTest::addColumn<double>("share");
        QTest::newRow("default") << 3000 << 0.05;
        QTest::newRow("tiny, large held-out shares") << 50 << 0.25;
    }
    void validAndTestSeenInTrain()
    {
        QFETCH(qint32, people);
        QFETCH(double, share);
        DemoOptions options;
        options.people = people;
        options.validShare = options.testShare = share;
        const DemoWorld world = generateDemoWorld(options);
        const Graph &g = world.graph;
        std::set<qint32> entities, relations;
        for (const Triple &x : g.train) {
            entities.insert({x.h, x.t});
            relations.insert(x.r);
        }
        std::set<qint32> sensitive;
        for (const SensitiveRelation &s : world.sensitive)
            sensitive.insert(s.relation);
        for (const auto *split : {&g.valid, &g.test})
            for (const Triple &x : *split) {
                QVERIFY(entities.count(x.h) && entities.count(x.t) && relations.count(x.r));
                QVERIFY(!sensitive.count(x.r));
            }
        QCOMPARE(qint32(entities.size()), g.entityCount()); // every entity is in train
        if (people >= 3000) { // dense enough for the quota to be met exactly
            const auto quota = qint64(std::llround(share * double(g.tripleCount())));
            QCOMPARE(qint64(g.valid.size()), quota);
            QCOMPARE(qint64(g.test.size()), quota);
        }
        QVERIFY(!g.valid.empty() && !g.test.empty());
    }

    void idsInFirstAppearanceOrder()
    {
        // Scanning train, valid, test (head, relation, tail) meets ids 0, 1, 2, ... in order:
        // the numbering the TSV loader gives a folder it reads.
        const Graph &g = m_world.graph;
        qint32 nextEntity = 0, nextRelation = 0;
        for (const Triple &x : allTriples(g)) {
            for (qint32 e : {x.h, x.t}) {
                QVERIFY(e <= nextEntity);
                nextEntity += e == nextEntity;
            }
            QVERIFY(x.r <= nextRelation);
            nextRelation += x.r == nextRelation;
        }
        QCOMPARE(nextEntity, g.entityCount());
        QCOMPARE(nextRelation, g.relationCount());
    }

    void noDuplicatesNoSelfLoops()
    {
        std::set<std::tuple<qint32, qint32, qint32>> seen;
        for (const Triple &x : allTriples(m_world.graph)) {
            QVERIFY(x.h != x.t);
            QVERIFY(seen.insert({x.h, x.r, x.t}).second);
        }
    }

    void keysAndLabels()
    {
        const Graph &g = m_world.graph;
        QCOMPARE(qint64(g.entityLabels.size()), qint64(g.entityCount()));
        const QRegularExpression key(QStringLiteral(
            "^(person/\\d{4}|work/\\d{5}|employer/\\d{3}|university/\\d{2}|"
            "(profession|field|gender|country|city|language|religion|genre)/[a-z_]+)$"));
        for (qint32 id = 0; id < g.entityCount(); ++id) {
            QVERIFY2(key.match(g.entities.keyString(id)).hasMatch(),
                     qPrintable(g.entities.keyString(id)));
            QVERIFY(!g.entityLabels[size_t(id)].trimmed().isEmpty());
        }
        const qint32 nurse = g.entities.find(QStringLiteral("profession/nurse"));
        QVERIFY(nurse >= 0);
        QCOMPARE(g.entityLabel(nurse), QStringLiteral("Registered nurse"));
        QVERIFY(g.entities.find(QStringLiteral("person/0042")) >= 0);
        QVERIFY(g.relations.find(QStringLiteral("born_in")) >= 0);
        QVERIFY(g.relations.find(QStringLiteral("created")) >= 0);
        QCOMPARE(g.relationCount(), 16);
    }

    void rejectsBadOptions_data()
    {
        QTest::addColumn<qint32>("people");
        QTest::addColumn<double>("validShare");
        QTest::addColumn<qint32>("knows");
        QTest::newRow("too few people") << 10 << 0.05 << 2;
        QTest::newRow("too many people") << 200000 << 0.05 << 2;
        QTest::newRow("negative share") << 100 << -0.1 << 2;
        QTest::newRow("shares over half") << 100 << 0.49 << 2;
        QTest::newRow("too many links") << 100 << 0.05 << 11;
    }
    void rejectsBadOptions()
    {
        QFETCH(qint32, people);
        QFETCH(double, validShare);
        QFETCH(qint32, knows);
        DemoOptions options;
        options.people = people;
        options.validShare = validShare;
        options.knowsPerPerson = knows;
        QVERIFY_THROWS_EXCEPTION(Error, generateDemoWorld(options));
    }

private:
    DemoWorld m_world;
};

QTEST_GUILESS_MAIN(TestDemoWorld)
#include "tst_demo_world.moc"
