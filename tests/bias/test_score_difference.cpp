// The "difference in scores" measure (core/bias/score_difference.h), hand-computed.

#include "bias/score_difference.h"
#include "bias_test_util.h"
#include "common/error.h"

#include <QTest>
#include <cmath>

using namespace eg;

namespace {

// Gender: p0 male, p1 female, p2 male (train). TransEDot, dimension 2, r_gender = (0.5, 0.25),
// male = (1, 0), female = (0, 1), p0 = (0, 0), p1 = (1, 0.5), p2 = (-0.25, 1).
Graph genderGraph()
{
    return test::makeGraph(
        {"p0", "p1", "p2", "male", "female"}, {"gender"},
        {{"p0", "gender", "male"}, {"p1", "gender", "female"}, {"p2", "gender", "male"}});
}

Model genderModel()
{
    Model m;
    m.spec = test::makeSpec(ModelType::TransEDot, 2);
    m.entities.resize(5, 2);
    m.entities << 0, 0, 1, 0.5, -0.25, 1, 1, 0, 0, 1;
    m.relations.resize(1, 2);
    m.relations << 0.5, 0.25;
    return m;
}

// Religion with three values: x r0 (train) and r1 (test), y r2, z r1 (train). DistMult,
// dimension 1, r = 1: g(h, r, t) = h t with x = 1, y = 2, z = 0.5, r0 = 1, r1 = 2, r2 = 3.
Graph religionGraph()
{
    return test::makeGraph(
        {"x", "y", "z", "r0", "r1", "r2"}, {"religion"},
        {{"x", "religion", "r0"}, {"y", "religion", "r2"}, {"z", "religion", "r1"}}, {},
        {{"x", "religion", "r1"}});
}

Model religionModel()
{
    Model m;
    m.spec = test::makeSpec(ModelType::DistMult, 1);
    m.entities.resize(6, 1);
    m.entities << 1, 2, 0.5, 1, 2, 3;
    m.relations = Matrix::Constant(1, 1, 1.0f);
    return m;
}

} // namespace

class TestScoreDifference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gender()
    {
        ScoreDifferenceOptions o;
        o.relation = 0;
        const ScoreDifferenceResult r = scoreDifference(genderModel(), genderGraph(), o);
        // h + r: p0 (0.5, 0.25), p1 (1.5, 0.75), p2 (0.25, 1.25); g(male) = first component,
        // g(female) = second. p0 (male): 0.5 - 0.25 = 0.25; p1 (female): 0.75 - 1.5 = -0.75;
        // p2 (male): 0.25 - 1.25 = -1. Mean -1.5 / 3 = -0.5; male (0.25 - 1) / 2 = -0.375.
        QCOMPARE(r.values, (std::vector<qint32>{3, 4})); // male (2 people), female (1)
        QCOMPARE(r.humans, 3);
        QCOMPARE(r.skipped, 0);
        // Exact binary fractions, float scores: exact up to float rounding (1e-7).
        QVERIFY(std::abs(r.mean - (-0.5)) < 1e-6);
        QVERIFY(std::abs(r.perValue[0] - (-0.375)) < 1e-6);
        QVERIFY(std::abs(r.perValue[1] - (-0.75)) < 1e-6);
        QCOMPARE(r.perValueHumans, (std::vector<qint64>{2, 1}));
    }

    // Head-prediction form <h, t + r_rhs>: the translation cancels between the true and the
    // false value, diff = <h, e_true - e_false>: p0 0, p1 <(1, 0.5), (-1, 1)> = -0.5,
    // p2 <(-0.25, 1), (1, -1)> = -1.25; mean -1.75 / 3.
    void headForm()
    {
        Model m = genderModel();
        m.spec.separateRhs = true;
        m.relationsRhs.resize(1, 2);
        m.relationsRhs << 3, -2;
        ScoreDifferenceOptions o;
        o.relation = 0;
        o.form = ScoreForm::HeadPrediction;
        const ScoreDifferenceResult r = scoreDifference(m, genderGraph(), o);
        QVERIFY2(std::abs(r.mean - (-1.75 / 3)) < 1e-6, qPrintable(QString::number(r.mean)));
        o.form = ScoreForm::TailPrediction; // the tail form ignores relationsRhs
        QVERIFY(std::abs(scoreDifference(m, genderGraph(), o).mean - (-0.5)) < 1e-6);
    }

    void knownValuesAreNotFalse_data()
    {
        QTest::addColumn<int>("top");
        QTest::addColumn<unsigned>("known");
        QTest::addColumn<double>("mean");
        QTest::addColumn<qint64>("humans");
        // Top values (train, one head each, by id): r0, r1, r2.
        // Known in all splits: x true r0, false r2 (r1 is known from test): 1 - 3 = -2;
        // y true r2, false r0 r1: 6 - (2 + 4) / 2 = 3; z true r1, false r0 r2:
        // 1 - (0.5 + 1.5) / 2 = 0. Mean 1 / 3.
        QTest::newRow("30 values, known = all") << 30 << unsigned(SplitAll) << 1.0 / 3 << 3ll;
        // Known in train only: x's false values are r1 r2: 1 - (2 + 3) / 2 = -1.5. Mean 0.5.
        QTest::newRow("30 values, known = train") << 30 << unsigned(SplitTrain) << 0.5 << 3ll;
        // Top 2 = r0, r1: x has no false value left, y no true one; z: 1 - 0.5 = 0.5.
        QTest::newRow("2 values") << 2 << unsigned(SplitAll) << 0.5 << 1ll;
        // Top 1 = r0: nobody has both a true and a false value.
        QTest::newRow("1 value") << 1 << unsigned(SplitAll) << std::nan("") << 0ll;
    }
    void knownValuesAreNotFalse()
    {
        QFETCH(int, top);
        QFETCH(unsigned, known);
        QFETCH(double, mean);
        QFETCH(qint64, humans);
        ScoreDifferenceOptions o;
        o.relation = 0;
        o.topValues = top;
        o.knownSplits = known;
        const ScoreDifferenceResult r = scoreDifference(religionModel(), religionGraph(), o);
        QCOMPARE(r.humans, humans);
        QCOMPARE(r.skipped, 3 - humans);
        if (std::isnan(mean))
            QVERIFY(std::isnan(r.mean));
        else
            QVERIFY2(std::abs(r.mean - mean) < 1e-6, qPrintable(QString::number(r.mean)));
    }

    void errors()
    {
        ScoreDifferenceOptions o;
        o.relation = 3;
        QVERIFY_THROWS_EXCEPTION(Error, scoreDifference(genderModel(), genderGraph(), o));
        o.relation = 0;
        o.humanSplits = SplitValid;
        QVERIFY_THROWS_EXCEPTION(Error, scoreDifference(genderModel(), genderGraph(), o));
        o.humanSplits = SplitTrain;
        QVERIFY_THROWS_EXCEPTION(Error, scoreDifference(religionModel(), genderGraph(), o));
    }
};

QTEST_GUILESS_MAIN(TestScoreDifference)
#include "test_score_difference.moc"
