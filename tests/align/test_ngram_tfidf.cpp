#include "align/name_index.h"
#include "align/ngram_tfidf.h"

#include <QTest>
#include <cmath>

using namespace eg;

class TestNgramTfidf : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalise_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lower case, padded") << "Paris"
                                            << " paris ";
        QTest::newRow("accents dropped") << QString::fromUtf8("Citroën ZX") << " citroen zx ";
        QTest::newRow("punctuation is a space") << "Where_Is-My  Mind?"
                                                << " where is my mind ";
        QTest::newRow("digits kept") << "Expedition 46 (ISS)"
                                     << " expedition 46 iss ";
        QTest::newRow("nothing left") << "?!"
                                      << "";
    }
    void normalise() {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(NgramTfidf::normalise(name), expected);
    }

    void grams() {
        QCOMPARE(NgramTfidf::grams(QStringLiteral(" abc "), 3),
                 (std::vector<QString>{QStringLiteral(" ab"), QStringLiteral("abc"),
                                       QStringLiteral("bc ")}));
        QCOMPARE(NgramTfidf::grams(QStringLiteral(" a "), 3).size(), size_t(1));
    }

    // names: "abc" (graph 1), "abd" and "xyz" (graph 2); N = 3.
    // " ab" is in 2 names: idf = ln(4/3) + 1 = 1.2876821; the other grams: ln(4/2) + 1 =
    // 1.6931472. cos(abc, abd) = 1.2876821^2 / (1.2876821^2 + 2 * 1.6931472^2) = 0.2243250;
    // cos(abc, xyz) = 0. Tolerance 1e-6: float, a few operations on numbers of order 1.
    void cosine() {
        const NgramTfidf t({QStringLiteral("abc")}, {QStringLiteral("abd"), QStringLiteral("xyz")});
        QCOMPARE(t.gramCount(), 8);                       // " ab" is shared
        QVERIFY(std::abs(t.idf(0) - 1.2876821f) < 1e-6f); // " ab" is the first gram seen
        QVERIFY(std::abs(t.cosine(0, 0) - 0.2243250f) < 1e-6f);
        QCOMPARE(t.cosine(0, 1), 0.0f);
        // Unit length: the cosine of a name with itself is 1.
        QVERIFY(std::abs(sparseDot(t.vector(1, 0), t.vector(1, 0)) - 1) < 1e-6f);
        // Repeated grams count: "aaaa" has " aa", "aaa" twice, "aa ".
        const NgramTfidf r({QStringLiteral("aaaa")}, {});
        QCOMPARE(r.vector(0, 0).index.size(), size_t(3));
    }

    void hashedKeepsUnitLength() {
        const NgramTfidf t({QStringLiteral("victor hugo"), QStringLiteral("paris")},
                           {QStringLiteral("hugo victor")});
        const Eigen::MatrixXf h = t.hashed(0, 16, 5);
        QCOMPARE(h.cols(), qsizetype(16));
        QVERIFY(std::abs(h.row(0).norm() - 1) < 1e-5f);
        // Same grams, same buckets: the two orderings of a name are close.
        const Eigen::MatrixXf h2 = t.hashed(1, 16, 5);
        QVERIFY(h.row(0).dot(h2.row(0)) > 0.5f);
    }

    void index() {
        const NgramTfidf t({QStringLiteral("abc")},
                           {QStringLiteral("xyz"), QStringLiteral("abd"), QStringLiteral("abc")});
        const NameIndex idx(t, 1, {0, 1, 2});
        std::vector<float> row;
        idx.scoreRow(t.vector(0, 0), row);
        QVERIFY(std::abs(row[1] - t.cosine(0, 1)) < 1e-6f);
        const auto top = idx.topK(t.vector(0, 0), 2, row);
        QCOMPARE(top.size(), size_t(2));
        QCOMPARE(top[0].entity, 2);
        QCOMPARE(top[1].entity, 1);
        const auto skip = idx.topK(
            t.vector(0, 0), 1, [](qint32 e) { return e == 2; }, row);
        QCOMPARE(skip[0].entity, 1);
    }
};

QTEST_GUILESS_MAIN(TestNgramTfidf)
#include "test_ngram_tfidf.moc"
