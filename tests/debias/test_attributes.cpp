// KL + Attr building blocks: the whitelist file (core/debias/whitelist.h) and the attribute
// layout (core/debias/attributes.h) on a tiny hand-made graph.
#include "../bias/bias_test_util.h"
#include "common/error.h"
#include "debias/attributes.h"
#include "debias/whitelist.h"
#include "testsupport.h"

#include <QTest>

using namespace eg;
using eg::test::makeGraph;
using eg::test::makeSpec;
using eg::test::randomModel;

namespace {

Graph tinyGraph() {
    return makeGraph({"ann", "bob", "male", "female", "nun", "cook", "paris", "best-actress"},
                     {"gender", "profession", "born", "award"},
                     {{"ann", "gender", "female"},
                      {"bob", "gender", "male"},
                      {"ann", "profession", "nun"},
                      {"bob", "profession", "cook"},
                      {"ann", "born", "paris"},
                      {"ann", "award", "best-actress"},
                      {"bob", "born", "paris"}});
}

} // namespace

class TestAttributes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseGood();
    void parseBad_data();
    void parseBad();
    void resolve();
    void layout();
    void extendStrip();
};

void TestAttributes::parseGood() {
    const Whitelist w = parseWhitelist(QStringLiteral("# comment\n\n"
                                                      "relation award\tgendered award categories\n"
                                                      "  profession nun   nuns are women\n"
                                                      "entity best-actress an actress award\n"),
                                       QStringLiteral("w.txt"));
    QCOMPARE(w.entries.size(), size_t(3));
    QCOMPARE(w.entries[0].kind, WhitelistEntry::Relation);
    QCOMPARE(w.entries[0].key, QStringLiteral("award"));
    QCOMPARE(w.entries[0].reason, QStringLiteral("gendered award categories"));
    QCOMPARE(w.entries[0].line, qint64(3));
    QCOMPARE(w.entries[1].kind, WhitelistEntry::Profession);
    QCOMPARE(w.entries[1].reason, QStringLiteral("nuns are women"));
    QCOMPARE(w.entries[2].kind, WhitelistEntry::Entity);
    QCOMPARE(w.entries[2].line, qint64(5));
}

void TestAttributes::parseBad_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("unknown kind") << QStringLiteral("relation a why\nperson b why\n") << 2;
    QTest::newRow("no key") << QStringLiteral("# x\nrelation\n") << 2;
    QTest::newRow("no reason") << QStringLiteral("\n\nprofession nun\n") << 3;
}

void TestAttributes::parseBad() {
    QFETCH(QString, text);
    QFETCH(int, line);
    const QString path = eg::test::writeTempFile(QStringLiteral("bad.txt"), text.toUtf8());
    try {
        readWhitelist(path);
        QFAIL("no error");
    } catch (const Error &e) {
        QCOMPARE(e.file(), path);
        QCOMPARE(e.line(), qint64(line));
    }
    QVERIFY_THROWS_EXCEPTION(Error, readWhitelist(path + QStringLiteral(".missing")));
}

void TestAttributes::resolve() {
    const Graph g = tinyGraph();
    const Whitelist w = parseWhitelist(QStringLiteral("relation award r\nprofession nun n\n"
                                                      "relation /no/such x\n"),
                                       QStringLiteral("w.txt"));
    const ResolvedWhitelist r =
        resolveWhitelist(w, g, g.relations.find(std::string_view("profession")));
    QVERIFY(r.relation[size_t(g.relations.find(std::string_view("award")))]);
    QVERIFY(!r.relation[size_t(g.relations.find(std::string_view("born")))]);
    QVERIFY(r.entity[size_t(g.entities.find(std::string_view("nun")))]);
    QCOMPARE(r.unknown.size(), size_t(1));
    QVERIFY(r.unknown[0].contains(QStringLiteral("line 3")));
    // paris is no profession.
    const Whitelist bad =
        parseWhitelist(QStringLiteral("\nprofession paris p\n"), QStringLiteral("b.txt"));
    try {
        resolveWhitelist(bad, g, g.relations.find(std::string_view("profession")));
        QFAIL("no error");
    } catch (const Error &e) {
        QCOMPARE(e.file(), QStringLiteral("b.txt"));
        QCOMPARE(e.line(), qint64(2));
    }
}

// N = 8 entities, R = 4 relations. Gender top values: female (id 3) and male (id 2) have one
// head each; ties by id put male first: attribute rows 8 = male, 9 = female. Twin relation 4.
void TestAttributes::layout() {
    const Graph g = tinyGraph();
    const ResolvedWhitelist wl =
        resolveWhitelist(parseWhitelist(QStringLiteral("profession nun n\nrelation award a\n")), g);
    const std::vector<AttributeLayout::Sensitive> sensitive = {
        {g.relations.find(std::string_view("gender")), 2}};
    const AttributeLayout layout(g, sensitive, wl);
    QCOMPARE(layout.entityCount(), 10);
    QCOMPARE(layout.relationCount(), 5);
    QCOMPARE(layout.values().size(), size_t(2));
    QCOMPARE(layout.values()[0].value, g.entities.find(std::string_view("male")));
    QCOMPARE(layout.twinTriples(), qint64(2));
    // ann-nun and ann-award.
    QCOMPARE(layout.whitelistedTriples(), qint64(2));
    const auto &t = layout.triples();
    QCOMPARE(t.size(), g.train.size());
    QCOMPARE(t[0].r, 4); // (ann, gender[ATTR], female)
    QCOMPARE(t[2].r, g.train[2].r);

    std::vector<qint32> head, tail;
    layout.extraRows(t[0], head, tail); // twin: ann's gender row
    QCOMPARE(head, std::vector<qint32>({9}));
    QVERIFY(tail.empty());
    head.clear();
    layout.extraRows(t[2], head, tail); // ann is a nun: whitelisted, so a composite instead
    QVERIFY(head.empty() && tail.empty());
    const auto composites = layout.composites();
    const Triple nun = t[2], cook = t[3], born = t[4];
    QVERIFY(composites->allowed(nun.r, nun.h, nun.t));   // by the profession nun
    QVERIFY(composites->allowed(nun.r, cook.h, nun.t));  // bob as a nun too: every candidate
    QVERIFY(!composites->allowed(cook.r, cook.h, cook.t));
    QVERIFY(!composites->allowed(born.r, born.h, born.t));
    QVERIFY(!composites->allowed(t[0].r, t[0].h, t[0].t)); // twins never
    const qint32 award = g.relations.find(std::string_view("award"));
    QVERIFY(composites->allowed(award, born.h, born.t)); // the relation is whitelisted
    QCOMPARE(std::vector<qint32>(composites->rowsOf(nun.h).begin(),
                                 composites->rowsOf(nun.h).end()),
             std::vector<qint32>({9})); // ann's attribute row: female
    QVERIFY(composites->rowsOf(nun.t).empty());
    QVERIFY(composites->rowsOf(7).empty() && composites->rowsOf(10).empty());
    layout.extraRows(t[3], head, tail); // bob the cook: plain
    QVERIFY(head.empty() && tail.empty());
    layout.extraRows(t[4], head, tail); // ann born in paris: plain
    QVERIFY(head.empty() && tail.empty());
}

void TestAttributes::extendStrip() {
    const Graph g = tinyGraph();
    const std::vector<AttributeLayout::Sensitive> sensitive = {
        {g.relations.find(std::string_view("gender")), 2}};
    const AttributeLayout layout(g, sensitive, resolveWhitelist({}, g));
    const Model base = randomModel(makeSpec(ModelType::TransEDot, 3, 1, true), g.entityCount(),
                                   g.relationCount(), 1);
    const Model big = layout.extend(base, 1, 0.0f);
    QCOMPARE(big.entities.rows(), qint64(10));
    QCOMPARE(big.relations.rows(), qint64(5));
    QCOMPARE(big.relationsRhs.rows(), qint64(5));
    QCOMPARE(big.relations.row(4).squaredNorm(), 0.0f); // TransEDot identity
    Matrix attributes;
    const Model back = layout.strip(big, &attributes);
    QCOMPARE(back.entities, base.entities);
    QCOMPARE(back.relations, base.relations);
    QCOMPARE(back.relationsRhs, base.relationsRhs);
    QCOMPARE(attributes.rows(), qint64(2));
    QVERIFY(attributes.norm() > 0.0f);
    // Per entity the sum of its attribute rows: ann is female (row 1), bob male (row 0).
    const Matrix sums = layout.attributeSums(attributes);
    QCOMPARE(sums.rows(), qint64(g.entityCount()));
    QCOMPARE(Matrix(sums.row(0)), Matrix(attributes.row(1)));
    QCOMPARE(Matrix(sums.row(1)), Matrix(attributes.row(0)));
    QCOMPARE(sums.bottomRows(g.entityCount() - 2).squaredNorm(), 0.0f);
    QVERIFY_THROWS_EXCEPTION(Error, layout.attributeSums(attributes.topRows(1)));
}

QTEST_GUILESS_MAIN(TestAttributes)
#include "test_attributes.moc"
