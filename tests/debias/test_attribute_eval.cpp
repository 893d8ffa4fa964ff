// Link prediction of a KL + Attr model under its own scoring rule (core/debias/attribute_eval.h)
// on a hand-made graph whose ranks are worked out by hand below.
#include "../bias/bias_test_util.h"
#include "common/error.h"
#include "debias/attribute_eval.h"

#include <QTest>

using namespace eg;
using eg::test::makeGraph;
using eg::test::makeSpec;

namespace {

// Entities 0 ann, 1 bob, 2 male, 3 female, 4 best-actress, 5 best-actor, 6 film; relations
// 0 gender, 1 nominated, 2 starred. Test: (ann, nominated, best-actress), (ann, starred, film);
// train (ann, nominated, best-actor) is the one known triple that filters a candidate.
Graph graph() {
    return makeGraph({"ann", "bob", "male", "female", "best-actress", "best-actor", "film"},
                     {"gender", "nominated", "starred"},
                     {{"ann", "nominated", "best-actor"}, {"ann", "gender", "female"}}, {},
                     {{"ann", "nominated", "best-actress"}, {"ann", "starred", "film"}});
}

// TransEDot, dimension 2, relations 0: every score is a plain dot product <head, tail>.
Model model() {
    Model m;
    m.spec = makeSpec(ModelType::TransEDot, 2);
    m.entities.resize(7, 2);
    m.entities << 1, 0, // ann
        0.5f, 0.5f,     // bob
        0, 0,           // male
        0, 0,           // female
        0, 1,           // best-actress
        1.5f, 0,        // best-actor
        2, -1;          // film
    m.relations = Matrix::Zero(3, 2);
    return m;
}

} // namespace

class TestAttributeEval : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ranks_data();
    void ranks();
    void plainEqualsEvaluate();
    void badShapes();
};

// Hand computation (ranks are realistic: 1 + #higher + #equal / 2, filtered).
// Plain scores, tail side of (ann, nominated, ?), anchor ann = (1, 0): ann 1, bob .5, male 0,
// female 0, best-actress 0, film 2; best-actor is filtered (known). Rank of best-actress:
// 1 + 3 higher + 2 ties / 2 = 5. Head side of (?, nominated, best-actress), anchor (0, 1): bob
// .5, best-actress 1 higher, male, female, best-actor 0 tie with ann's 0: 1 + 2 + 1.5 = 4.5.
// (ann, starred, ?): nothing beats film's 2: rank 1. (?, starred, film), anchor (2, -1): ann 2,
// beaten by best-actor 3 and film 5: rank 3.
// Ann's attribute sum A = (0, 3); A = 0 for everyone else.
// "entity": best-actress whitelisted. Tail of (ann, nominated, ?): the answer is whitelisted,
// so it scores <(1, 3), (0, 1)> = 3; no plain candidate reaches 3: rank 1. Head side: the
// anchor is whitelisted, every candidate composite: ann <(1, 3), (0, 1)> = 3 beats all: rank 1.
// (ann, starred, ?): film stays plain (2) but best-actress becomes composite 3 > 2: rank 2.
// (?, starred, film): the anchor film has no attributes and neither has best-actress: plain, 3.
// "relation": starred whitelisted. (ann, nominated, ...) as plain: 5 and 4.5. (ann, starred, ?)
// all composite with query (1, 3): ann+A (1, 3) 10, bob 2, best-actress 3, best-actor 1.5,
// male 0, female 0 all beat film's 2 - 3 = -1: rank 7. (?, starred, film), anchor (2, -1):
// ann+A = (1, 3) scores -1; higher: bob .5, male 0, female 0, best-actor 3, film 5; tie:
// best-actress -1: 1 + 5 + .5 = 6.5.
void TestAttributeEval::ranks_data() {
    QTest::addColumn<QString>("whitelist");
    QTest::addColumn<bool>("attributes");
    QTest::addColumn<QList<double>>("expected"); // q1 head, q1 tail, q2 head, q2 tail
    QTest::newRow("no attributes")
        << QStringLiteral("entity best-actress w") << false << QList<double>{4.5, 5, 3, 1};
    QTest::newRow("entity") << QStringLiteral("entity best-actress w") << true
                            << QList<double>{1, 1, 3, 2};
    QTest::newRow("relation") << QStringLiteral("relation starred w") << true
                              << QList<double>{4.5, 5, 6.5, 7};
}

void TestAttributeEval::ranks() {
    QFETCH(QString, whitelist);
    QFETCH(bool, attributes);
    QFETCH(QList<double>, expected);
    const Graph g = graph();
    const Model m = model();
    AttributeScoring scoring{Matrix::Zero(7, 2), resolveWhitelist(parseWhitelist(whitelist), g)};
    if (attributes)
        scoring.sums(0, 1) = 3.0f;
    const KnownTriples known{g.train, g.valid, g.test};
    EvalOptions options;
    options.keepRanks = true;
    const EvalResult r = evaluateWithAttributes(m, scoring, g.test, known, options);
    QCOMPARE(r.headRanks[0], expected[0]);
    QCOMPARE(r.tailRanks[0], expected[1]);
    QCOMPARE(r.headRanks[1], expected[2]);
    QCOMPARE(r.tailRanks[1], expected[3]);
    double reciprocal = 0.0;
    for (double rank : expected)
        reciprocal += 1.0 / rank;
    // Four reciprocal ranks summed in another order: a few ulps at most.
    QVERIFY(std::abs(r.overall.mrr - reciprocal / 4.0) < 1e-12);
    QCOMPARE(r.overall.count, qint64(4));
}

// Random model, no attributes: exactly eg::evaluate's ranks.
void TestAttributeEval::plainEqualsEvaluate() {
    const Graph g = graph();
    const Model m = eg::test::randomModel(makeSpec(ModelType::TransEDot, 4, 1, true), 7, 3, 11);
    const AttributeScoring scoring{
        Matrix::Zero(7, 4),
        resolveWhitelist(parseWhitelist(QStringLiteral("entity best-actress w")), g)};
    const KnownTriples known{g.train, g.valid, g.test};
    EvalOptions options;
    options.keepRanks = true;
    const EvalResult a = evaluate(m, g.test, &known, options);
    const EvalResult b = evaluateWithAttributes(m, scoring, g.test, known, options);
    QCOMPARE(b.headRanks, a.headRanks);
    QCOMPARE(b.tailRanks, a.tailRanks);
}

void TestAttributeEval::badShapes() {
    const Graph g = graph();
    const Model m = model();
    const KnownTriples known{g.train, g.valid, g.test};
    const ResolvedWhitelist wl = resolveWhitelist({}, g);
    QVERIFY_THROWS_EXCEPTION(Error,
                             evaluateWithAttributes(m, {Matrix::Zero(6, 2), wl}, g.test, known));
    QVERIFY_THROWS_EXCEPTION(Error,
                             evaluateWithAttributes(m, {Matrix::Zero(7, 3), wl}, g.test, known));
    ResolvedWhitelist other = wl;
    other.entity.pop_back();
    QVERIFY_THROWS_EXCEPTION(Error,
                             evaluateWithAttributes(m, {Matrix::Zero(7, 2), other}, g.test, known));
}

QTEST_GUILESS_MAIN(TestAttributeEval)
#include "test_attribute_eval.moc"
